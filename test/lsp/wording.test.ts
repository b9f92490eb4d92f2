// What a drafter reads, through the server as an editor shows it: on every example, the
// diagnostics, the hovers at every word and the completion items at every line start and after
// every colon. No internal note of the reference texts (sources, commits, "(verify)", "Part C"), no
// message starting in lower case, no "a extradition", no "Takes one of" a single word, no bare
// paragraph label line in an article's text, and the CR101 fix inserts a short line: the ground,
// `unassessed` and the citation, whose text the hover on that citation shows.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, CompletionItem, Hover, MarkupContent, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { coopFiles, EXAMPLES } from '../support/lint';
import { ensureBuilt, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

/** Working notes of the reference that a reader must never see (as test/unit/articles.test.ts). */
const INTERNAL = [
  /laws-markdown|statengeneraal/i,
  /\bLM\b/,
  /BWBV\d/,
  /treaties\.md|instruments\.md/,
  /\bPart [A-D]\b/,
  /\(verify\)/i,
  /\bverify\b(?! against the official text)/i,
  /\bcommit `?[0-9a-f]{7}|@ ?[0-9a-f]{7}/,
  /\bNote:/,
  /Status:/,
  /unverified/i,
  /Quote paragraphs/,
  /Cross-check/i,
  /\(see [^)]*header\)/i,
  /Primary source|Second source/,
];

function wordingProblems(what: string, text: string): string[] {
  const out: string[] = [];
  for (const re of INTERNAL) if (re.test(text)) out.push(`${what} shows a working note (${re}): ${text.slice(0, 200)}`);
  const article =
    /\ba ((?:extradition|emergency|assurance|offence|interception|act|order|ets|uncc|instrument|item|entry|undertaking)\b[^\n]{0,30})/i.exec(
      text,
    );
  if (article) out.push(`${what} says "a ${article[1]}"`);
  if (/Takes one of `[^`]+`\./.test(text)) out.push(`${what} says "Takes one of" a single word`);
  if (/^> \(?(\d+|[a-z]+)[.)]\s*$/m.test(text)) out.push(`${what} shows a bare paragraph label line`);
  return out;
}

const markdown = (h: Hover | null): string => (h ? (h.contents as MarkupContent).value : '');

describe('language server: what the drafter reads', function () {
  this.timeout(180000);
  let dir: string;
  let client: LspClient;
  const files: { uri: string; text: string }[] = [];

  before(async () => {
    dir = tempWorkspace({ clean: join(EXAMPLES, 'clean'), flawed: join(EXAMPLES, 'flawed') });
    client = await LspClient.start(dir);
    for (const path of coopFiles(dir)) {
      const f = { uri: uriOf(path), text: readFileSync(path, 'utf8') };
      files.push(f);
      client.open(f.uri, f.text);
    }
    for (const f of files) await client.diagnosticsForVersion(f.uri, 1);
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it('diagnostics: every message starts with a capital, says "an extradition" and shows no working note', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const f of files) {
      for (const d of client.latest(f.uri)!.diagnostics) {
        seen++;
        const message = d.message;
        if (!/^[A-Z"`]/.test(message)) problems.push(`${String(d.code)} starts in lower case: ${message}`);
        problems.push(...wordingProblems(`${String(d.code)}`, message));
      }
    }
    assert.ok(seen > 50, `only ${seen} diagnostics`);
    assert.deepEqual(problems, []);
  });

  it('hovers on every word and completion items at every line and after every colon show no working note and read well', async () => {
    const problems: string[] = [];
    let hovers = 0,
      items = 0;
    for (const f of files) {
      const lines = f.text.split('\n');
      for (let line = 0; line < lines.length; line++) {
        for (const m of lines[line]!.matchAll(/[A-Za-z][\w.-]*(?:\s+art\s+\d+(?:\(\w+\))*)?/g)) {
          // Suppression comments link to the rule page on the web: that is no working note.
          if (/coopspec-disable/.test(lines[line]!)) continue;
          const h = await client.request<Hover | null>('textDocument/hover', {
            textDocument: { uri: f.uri },
            position: { line, character: m.index + 1 },
          });
          if (!h) continue;
          hovers++;
          problems.push(...wordingProblems(`hover at ${f.uri.slice(-30)}:${line + 1} "${m[0]}"`, markdown(h)));
        }
        const colon = lines[line]!.indexOf(':');
        for (const character of [0, ...(colon > 0 ? [colon + 1] : [])]) {
          const list = await client.request<CompletionItem[]>('textDocument/completion', {
            textDocument: { uri: f.uri },
            position: { line, character },
          });
          for (const i of list) {
            items++;
            const doc = typeof i.documentation === 'object' ? i.documentation.value : (i.documentation ?? '');
            problems.push(...wordingProblems(`completion "${i.label}" at ${f.uri.slice(-30)}:${line + 1}`, `${i.detail ?? ''}\n${doc}`));
          }
        }
      }
    }
    assert.ok(hovers > 500 && items > 500, `only ${hovers} hovers and ${items} completion items`);
    assert.deepEqual([...new Set(problems)].slice(0, 20), []);
  });

  it('a key of one word says "Takes `undertaken`", and an article hover has no bare "1." line', async () => {
    const uri = uriOf(join(dir, 'wording.coop'));
    const text = 'request E extradition {\n  specialty: undertaken\n  basis: ets24 art 12(2)\n}\n';
    client.open(uri, text);
    const specialty = markdown(
      await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 4 } }),
    );
    assert.match(specialty, /Takes `undertaken`\./);
    const article = markdown(
      await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 18 } }),
    );
    assert.match(article, /ETS 24 Art\. 12\(2\)/);
    assert.doesNotMatch(article, /^> \(?\d+[.)]\s*$/m);
    client.close(uri);
  });

  it('the CR101 fix inserts a short line, the ground, `unassessed` and its citation, whose hover shows the article', async () => {
    const f = files.find((x) => x.uri.endsWith('missing-grounds/extradition.coop'))!;
    const diagnostics = client.latest(f.uri)!.diagnostics.filter((d) => d.code === 'CR101');
    assert.ok(diagnostics.length >= 2);
    for (const d of diagnostics) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: f.uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const fix = actions.find((a) => a.isPreferred)!;
      const edit = ((fix.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit).newText;
      assert.match(edit, /^\s+[a-z-]+: unassessed {2}# [^\n…]+\n$/, edit);
      assert.ok(edit.trim().length <= 120, `${edit.trim().length} characters: ${edit}`);
    }
  });
});
