// Every service answers at every token boundary of every example, and on random token soup, without
// throwing and with answers a client can use (ranges inside the document, holding the cursor where
// they should): a language server must never fail a request because the text is half-written.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeLenses } from '../../server/src/language/services/codelens';
import { completion } from '../../server/src/language/services/completion';
import { format } from '../../server/src/language/services/format';
import { hover } from '../../server/src/language/services/hover';
import { definition, prepareRename, references, rename } from '../../server/src/language/services/navigation';
import { documentSymbols, foldingRanges, workspaceSymbols, type DocSymbol } from '../../server/src/language/services/symbols';
import type { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES } from '../support/lint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { example, workspaceOf } from './support';

/**
 * Ask every service at the offsets, and return what a client could not use: a range outside its
 * document or reversed, a location in no document, a hover, completion word or rename range that
 * does not hold its offset, a folding range outside the lines. Nothing may throw.
 */
function everything(ws: Workspace, uri: string, offsets: Iterable<number>): string[] {
  const problems: string[] = [];
  const length = (u: string): number | undefined => ws.document(u)?.text.length;
  const span = (what: string, s: { start: number; end: number }, u = uri): boolean => {
    const n = length(u);
    if (n === undefined) problems.push(`${what}: in ${u}, which is not a document of the workspace`);
    else if (!(s.start >= 0 && s.start <= s.end && s.end <= n))
      problems.push(`${what}: ${s.start}-${s.end} is not a range of ${u} (length ${n})`);
    else return true;
    return false;
  };
  const holds = (what: string, s: { start: number; end: number }, offset: number): void => {
    if (span(what, s) && !(s.start <= offset && offset <= s.end))
      problems.push(`${what} ${s.start}-${s.end} does not hold its offset ${offset}`);
  };
  const symbol = (s: DocSymbol): void => {
    span(`symbol ${s.name}`, s);
    span(`symbol ${s.name} (selection)`, { start: s.selectionStart, end: s.selectionEnd });
    if (s.selectionStart < s.start || s.selectionEnd > s.end) problems.push(`symbol ${s.name}: its selection is not inside its range`);
    s.children.forEach(symbol);
  };
  documentSymbols(ws, uri).forEach(symbol);
  const lines = ws.document(uri)!.lineStarts.length;
  for (const f of foldingRanges(ws, uri)) {
    if (!(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < lines))
      problems.push(`folding range ${f.startLine}-${f.endLine} of ${lines} lines`);
  }
  for (const l of codeLenses(ws, uri)) span(`code lens ${l.title}`, l);
  for (const e of format(ws, uri, { tabSize: 2, insertSpaces: true })) span('format edit', e, e.uri);
  for (const s of workspaceSymbols(ws, 'a')) span(`workspace symbol ${s.name}`, s, s.uri);
  for (const offset of offsets) {
    // An offset outside the document is taken as its nearest end.
    const at = Math.min(Math.max(offset, 0), length(uri)!);
    const h = hover(ws, uri, offset);
    if (h) holds('hover', h, at);
    for (const item of completion(ws, uri, offset)) if (item.replace) holds(`completion ${item.label}`, item.replace, at);
    for (const l of definition(ws, uri, offset)) span(`definition at ${offset}`, l, l.uri);
    for (const l of references(ws, uri, offset, true)) span(`reference at ${offset}`, l, l.uri);
    const prepared = prepareRename(ws, uri, offset);
    if (!('error' in prepared)) holds('rename range', prepared, at);
    const renamed = rename(ws, uri, offset, 'renamed');
    if (!('error' in renamed)) for (const e of renamed.edits) span(`rename edit at ${offset}`, e, e.uri);
  }
  return problems;
}

/** Every boundary between classes of characters, and the offset just inside each token. */
function boundaries(text: string): number[] {
  const cls = (c: string | undefined): string => (c === undefined ? '' : /[A-Za-z0-9_.-]/.test(c) ? 'w' : /[ \t]/.test(c) ? 's' : c);
  const out = new Set<number>();
  for (let i = 0; i <= text.length; i++) {
    if (i === 0 || i === text.length || cls(text[i - 1]) !== cls(text[i])) {
      out.add(i);
      if (i < text.length) out.add(i + 1);
    }
  }
  return [...out];
}

describe('services: robustness', () => {
  const folders = ['clean', ...readdirSync(join(EXAMPLES, 'flawed')).map((f) => `flawed/${f}`)];
  for (const folder of folders) {
    it(`answers at every token boundary of examples/${folder}`, function () {
      this.timeout(120_000);
      const ws = workspaceOf(example(folder));
      for (const uri of ws.uris()) {
        const text = ws.document(uri)!.text;
        assert.deepEqual(everything(ws, uri, [-5, ...boundaries(text), text.length + 5]), [], uri);
      }
    });
  }

  it('answers on random token soup', function () {
    this.timeout(120_000);
    const token = fc.constantFrom(
      'request',
      'offence',
      'party',
      'case',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ';',
      '(',
      ')',
      '"',
      '"""',
      '#',
      '# coopspec-disable-next-line ',
      'CR101',
      'X',
      'FR',
      'extradition',
      'preservation',
      'grounds',
      'law',
      'offences',
      'measure',
      'budapest',
      'art',
      '29',
      '5 years',
      'provider',
      'in',
      'treaty',
      'not-engaged',
      '"x"',
      '\uFEFF',
      'é',
      '\u{1F600}',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), (tokens, picks) => {
        const text = tokens.join('');
        const ws = workspaceOf({ 'a.coop': text, 'b.coop': 'offence o {\n}\nparty FR {\n}\n' });
        const uri = 'file:///ws/a.coop';
        assert.deepEqual(
          everything(
            ws,
            uri,
            picks.map((p) => p % (text.length + 1)),
          ),
          [],
          JSON.stringify(text),
        );
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
