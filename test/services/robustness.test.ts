// Every service answers at every token boundary of every example, and on random token soup, without
// throwing: a language server must never fail a request because the text is half-written.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeLenses } from '../../server/src/language/services/codelens';
import { completion } from '../../server/src/language/services/completion';
import { format } from '../../server/src/language/services/format';
import { hover } from '../../server/src/language/services/hover';
import { definition, prepareRename, references, rename } from '../../server/src/language/services/navigation';
import { documentSymbols, foldingRanges, workspaceSymbols } from '../../server/src/language/services/symbols';
import type { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES } from '../support/lint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { example, workspaceOf } from './support';

function everything(ws: Workspace, uri: string, offsets: Iterable<number>): void {
  documentSymbols(ws, uri);
  foldingRanges(ws, uri);
  codeLenses(ws, uri);
  format(ws, uri, { tabSize: 2, insertSpaces: true });
  workspaceSymbols(ws, 'a');
  for (const offset of offsets) {
    hover(ws, uri, offset);
    completion(ws, uri, offset);
    definition(ws, uri, offset);
    references(ws, uri, offset, true);
    prepareRename(ws, uri, offset);
    rename(ws, uri, offset, 'renamed');
  }
}

/** Every boundary between classes of characters, and the offset just inside each token. */
function boundaries(text: string): number[] {
  const cls = (c: string | undefined): string => (c === undefined ? '' : /[A-Za-z0-9_.\-]/.test(c) ? 'w' : /[ \t]/.test(c) ? 's' : c);
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
        everything(ws, uri, [-5, ...boundaries(text), text.length + 5]);
      }
    });
  }

  it('answers on random token soup', function () {
    this.timeout(120_000);
    const token = fc.constantFrom(
      'request', 'offence', 'party', 'case', ' ', '  ', '\n', '\r\n', '\t', '{', '}', '[', ']', ',', ':', ';', '(', ')', '"', '"""',
      '#', '# coopspec-disable-next-line ', 'CR101', 'X', 'FR', 'extradition', 'preservation', 'grounds', 'law', 'offences', 'measure',
      'budapest', 'art', '29', '5 years', 'provider', 'in', 'treaty', 'not-engaged', '"x"', '\uFEFF', 'é', '\u{1F600}',
    );
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), (tokens, picks) => {
      const text = tokens.join('');
      const ws = workspaceOf({ 'a.coop': text, 'b.coop': 'offence o {\n}\nparty FR {\n}\n' });
      const uri = 'file:///ws/a.coop';
      everything(ws, uri, picks.map((p) => p % (text.length + 1)));
      return true;
    }), { numRuns: 300, seed: 7 });
    assert.ok(true);
  });
});
