// The hand-written documentation says what the code does: every `coop` example in it is linted,
// every word of the language appears in the language reference, and every relative link leads to
// a file that exists.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RULES } from '../../server/src/language/rules/index';
import { DATA_TYPES, DOCUMENTS, GROUNDS, INSTRUMENTS, MEASURES, REQUEST_KINDS, RISKS, STATUSES } from '../../server/src/language/words';
import { DECLARATIONS, SAFEGUARDS_BLOCK } from '../../server/src/language/vocabulary';
import { ROOT, lint, markers } from '../support/lint';
import { fencedBlocks } from './markdown';

/** The hand-written pages: README.md, CONTRIBUTING.md and docs/*.md (docs/rules/ is generated and tested in docs.test.ts). */
function pages(): string[] {
  const docs = join(ROOT, 'docs');
  return [
    'README.md',
    'CONTRIBUTING.md',
    ...readdirSync(docs)
      .filter((n) => n.endsWith('.md'))
      .map((n) => join('docs', n)),
  ].sort();
}

/** The rules that say whether a snippet is written in the language: syntax, keys and words, articles. */
const LANGUAGE_RULES = new Set(['CR001', 'CR004', 'CR005']);

describe('documentation: coop examples', () => {
  for (const page of pages()) {
    const snippets = fencedBlocks(page, readFileSync(join(ROOT, page), 'utf8')).filter((s) => s.lang === 'coop');
    for (const s of snippets) {
      it(`${page}:${s.line} reads as its markers say`, () => {
        const expected = markers({ 'main.coop': s.text });
        const findings = lint(s.text);
        const actual = findings.map((f) => `${f.file}:${f.line} ${f.rule}`);
        const missing = expected.filter((m) => !actual.includes(m));
        const unexpected = findings
          .filter((f) => LANGUAGE_RULES.has(f.rule) && !expected.includes(`${f.file}:${f.line} ${f.rule}`))
          .map((f) => `line ${f.line}: ${f.rule} ${f.finding.message}`);
        assert.deepEqual(
          { missing, unexpected },
          { missing: [], unexpected: [] },
          `the example at ${page}:${s.line} does not read as the page says (line numbers count from the example's first line)`,
        );
      });
    }
  }

  it('the marker check can fail: an unmarked error and a marker without its finding are both caught', () => {
    const text = 'person doe {\n  nationality: ru\n  name: "x"  #! CR004\n}';
    const actual = lint(text)
      .filter((f) => LANGUAGE_RULES.has(f.rule))
      .map((f) => `${f.file}:${f.line} ${f.rule}`);
    assert.deepEqual(actual, ['main.coop:2 CR004']);
    assert.deepEqual(markers({ 'main.coop': text }), ['main.coop:3 CR004']);
  });

  it('fencedBlocks finds blocks and the line they start on', () => {
    const blocks = fencedBlocks('x.md', 'text\n\n```coop\nperson p { }\n```\n\n```sh\nnpm test\n```\n');
    assert.deepEqual(
      blocks.map((b) => [b.lang, b.line, b.text]),
      [
        ['coop', 4, 'person p { }'],
        ['sh', 8, 'npm test'],
      ],
    );
  });
});

describe('documentation: docs/language.md names every word of the language', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'language.md'), 'utf8');
  const tables: [string, Iterable<string>][] = [
    ['declaration keyword', DECLARATIONS.keys()],
    ['request kind', REQUEST_KINDS.keys()],
    ['measure', MEASURES.keys()],
    ['ground', GROUNDS.keys()],
    ['status', STATUSES.keys()],
    ['data type', DATA_TYPES.keys()],
    ['document', DOCUMENTS.keys()],
    ['risk', RISKS.keys()],
    ['instrument', INSTRUMENTS.keys()],
    ['safeguards key', SAFEGUARDS_BLOCK.fields.keys()],
  ];
  for (const d of DECLARATIONS.values()) {
    tables.push([`key of ${d.keyword}`, d.fields.keys()]);
    tables.push([`block of ${d.keyword}`, d.blocks.keys()]);
    for (const b of d.blocks.values()) tables.push([`key of ${b.key}`, b.fields.keys()]);
  }
  for (const [what, words] of tables) {
    it(`every ${what}`, () => {
      const missing = [...words].filter((w) => !doc.includes(`\`${w}\``) && !doc.includes(`\`${w} `));
      assert.deepEqual(missing, [], `docs/language.md does not mention these (${what}): add them`);
    });
  }
});

describe('documentation: links', () => {
  const all = [...pages(), ...readdirSync(join(ROOT, 'docs', 'rules')).map((n) => join('docs', 'rules', n))];
  for (const page of all) {
    it(`${page}: every relative link leads to a file of the repository`, () => {
      const text = readFileSync(join(ROOT, page), 'utf8');
      const broken: string[] = [];
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const path = join(dirname(join(ROOT, page)), decodeURIComponent(target.split('#')[0]!));
        if (!existsSync(path)) broken.push(`${target} (${relative(ROOT, path)})`);
        const anchor = target.split('#')[1];
        if (anchor && path.endsWith('.md') && existsSync(path) && !anchors(readFileSync(path, 'utf8')).has(anchor))
          broken.push(`${target} (no heading #${anchor})`);
      }
      for (const m of text.matchAll(/\]\((#[^)\s]+)\)/g)) {
        if (!anchors(text).has(m[1]!.slice(1))) broken.push(`${m[1]} (no such heading)`);
      }
      assert.deepEqual(broken, []);
    });
  }

  it('README.md links to CONTRIBUTING.md from its Development section', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Development\n');
    assert.ok(start >= 0, 'README.md has no "## Development" section');
    const end = readme.indexOf('\n## ', start + 1);
    assert.ok(readme.slice(start, end < 0 ? undefined : end).includes('](CONTRIBUTING.md)'));
  });

  it('every "npm run" command the pages give is a script of package.json', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const unknown = pages().flatMap((page) =>
      [...readFileSync(join(ROOT, page), 'utf8').matchAll(/\bnpm run ([\w:-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !scripts[name])
        .map((name) => `${page}: npm run ${name}`),
    );
    assert.deepEqual(unknown, []);
  });

  it('every rule is linked from the catalogue that README.md links to', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes('(docs/rules/README.md)'));
    assert.ok(readme.includes(`${RULES.length} rules`), `README.md should say CoopSpec has ${RULES.length} rules`);
    const catalogue = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    for (const r of RULES) assert.ok(catalogue.includes(`(${r.meta.id}.md)`), r.meta.id);
  });
});

/** GitHub's heading anchors: lower case, spaces to "-", punctuation dropped. */
function anchors(markdown: string): Set<string> {
  const out = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    const m = /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    out.add(
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  return out;
}
