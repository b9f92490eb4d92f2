// The parser: chunked parsing gives the tree and the CR001 problems of a whole-file parse; recovery
// messages never quote string contents; CRLF, lone CR and BOM inputs; unchanged chunks are reused.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SourceDocument } from '../../server/src/language/document';
import * as parser from '../../server/src/language/generated/parser.js';
import { parseChunk, splitChunks } from '../../server/src/language/parse';
import type { ChunkItem } from '../../server/src/language/syntax';
import { EXAMPLES, coopFiles, keys, lintTexts, markers, readFolder } from '../support/lint';
import { stringContents } from '../support/ruletest';

/** A deep copy with every `start`/`end` offset moved by `base`. */
function shift<T>(node: T, base: number): T {
  if (Array.isArray(node)) return node.map((n: unknown) => shift(n, base)) as T;
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      out[k] = (k === 'start' || k === 'end') && typeof v === 'number' ? v + base : shift(v, base);
    }
    return out as T;
  }
  return node;
}

/** The items of a whole-file parse, with the generated parser's Chunk rule. */
function wholeItems(text: string): ChunkItem[] {
  return JSON.parse(JSON.stringify(parser.parse(text, { startRule: 'Chunk' }))) as ChunkItem[];
}

/** The items of a chunked parse, in document offsets. */
function chunkedItems(doc: SourceDocument): ChunkItem[] {
  return JSON.parse(JSON.stringify(doc.chunks.flatMap((u) => shift(u.items, u.base)))) as ChunkItem[];
}

function assertChunkingEqualsWhole(text: string, what: string): SourceDocument {
  const doc = SourceDocument.parse('file:///ws/t.coop', text);
  assert.deepEqual(chunkedItems(doc), wholeItems(text), `${what}: the chunked tree differs from the whole-file tree`);
  assert.deepEqual(doc.syntaxProblems, parseChunk(text).problems, `${what}: the chunked CR001 problems differ from the whole-file ones`);
  assert.equal(doc.chunks.map((u) => u.text).join(''), text, `${what}: the chunks do not cover the text`);
  return doc;
}

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  '{',
  '}',
  '"',
  '"""',
  '\n',
  '\r\n',
  '\r',
  '[',
  ']',
  ':',
  ',',
  '#',
  ' ',
  '\\',
  ';',
  '(',
  'x',
  '\uFEFF',
  'offence q {',
  '\nrequest Z extradition {\n',
  '\n}\n',
  '"Private Words Here"',
  'budapest art 29(',
  '\t',
];

/** Random edits of a text: deletions, insertions of syntax pieces, duplicated and removed lines. */
function mutate(text: string, random: () => number): string {
  let t = text;
  const n = 1 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(random() * (t.length + 1));
    const op = random();
    if (op < 0.35) {
      const len = 1 + Math.floor(random() * 12);
      t = t.slice(0, at) + t.slice(at + len);
    } else if (op < 0.8) {
      t = t.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)]! + t.slice(at);
    } else {
      const lines = t.split('\n');
      const l = Math.floor(random() * lines.length);
      if (op < 0.9) lines.splice(l, 0, lines[l]!);
      else lines.splice(l, 1);
      t = lines.join('\n');
    }
  }
  return t;
}

const EXAMPLE_FILES = coopFiles(EXAMPLES).sort();

const TRICKY: Record<string, string> = {
  'unclosed declaration before another': 'person a {\n  name: "Ann"\noffence b {\n  conduct: "x"\n}\n',
  'unclosed nested block': 'offence a {\n  law FR { cite: "Code"\n}\nperson b { name: "Bo" }\n',
  'unclosed """ text up to a declaration line': 'request R extradition {\n  facts: """one\ntwo\noffence b {\n  conduct: "x"\n}\n',
  'unclosed """ text to the end': 'request R extradition {\n  facts: """one\ntwo\n}\n',
  '""" text holding a declaration-like line that is indented': 'request R extradition {\n  facts: """one\n  offence b {\n"""\n}\n',
  'top-level junk and stray braces': 'junk here\n}}\n{ }\nperson a { name: "Ann" }\n  person b { name: "Bo" }\n',
  'unterminated strings': 'person a {\n  name: "Ann\n  nationality: FR\n}\nperson b { name: "Bo }\n',
  'one-line declarations': 'person a { name: "Ann" } person b { name: "Bo" }\noffence c { conduct: "x" }',
  'keyword-like names and prefixes': 'cases x {\n}\ndata-x y {\n}\ndata d {\n  type: content\n}\nrequestR x {\n}\n',
  'lists over lines and unclosed lists': 'request R extradition {\n  offences: [a,\n    b, # c\n    c]\n  data: [x,\noffence a {\n}\n',
  'comments holding braces and quotes': '# offence x {\nperson a { # }\n  name: "Ann" # "quoted"\n}\n',
  'empty text': '',
  'only a comment': '# nothing\n',
  'declaration header at the very end': 'person a {',
  'form feeds, tabs and no-break spaces': 'person\ta\u00A0{\f\n\tname:\t"Ann"\n}\n',
};

describe('parser', () => {
  describe('chunking equals whole-file parsing', () => {
    for (const file of EXAMPLE_FILES) {
      it(`examples/${relative(EXAMPLES, file)}`, () => {
        const text = readFileSync(file, 'utf8');
        const doc = assertChunkingEqualsWhole(text, file);
        // One chunk per declaration, after a preamble of comments when the file has one.
        const perChunk = doc.chunks.map((u) => u.declarations.length);
        const declared = perChunk[0] === 0 ? perChunk.slice(1) : perChunk;
        assert.deepEqual(
          declared,
          declared.map(() => 1),
          'one chunk per declaration',
        );
        assert.ok(declared.length > 1, 'the example has several declarations');
      });
    }

    for (const [what, text] of Object.entries(TRICKY)) {
      it(what, () => {
        assertChunkingEqualsWhole(text, what);
        assertChunkingEqualsWhole(text.replace(/\n/g, '\r\n'), `${what} (CRLF)`);
        assertChunkingEqualsWhole(text.replace(/\n/g, '\r'), `${what} (CR)`);
      });
    }

    it('on 250 random mutants of the examples', () => {
      const random = prng(20260302);
      const texts = EXAMPLE_FILES.map((f) => readFileSync(f, 'utf8'));
      for (let i = 0; i < 250; i++) {
        const text = mutate(texts[i % texts.length]!, random);
        assertChunkingEqualsWhole(text, `mutant ${i}: ${JSON.stringify(text)}`);
      }
    });

    it('splits only at lines that start a declaration in their first column', () => {
      const text = 'person a {\n  name: "Ann"\n}\n  person b { }\n# person c {\nperson d {\n}\n';
      assert.deepEqual(splitChunks(text), ['person a {\n  name: "Ann"\n}\n  person b { }\n# person c {\n', 'person d {\n}\n']);
    });
  });

  describe('recovery messages never quote string contents', () => {
    it('on hand-written slips', () => {
      const texts = [
        'person a {\n  name "Secret Name One"\n}\n',
        'person a {\n  name: "Secret Name Two\n}\n',
        'person a {\n  name: "Secret" "Name Three"\n}\n',
        '"Secret Name Four" person a { }\n',
        'request R extradition {\n  facts: """Secret Name Five\n',
        'request R extradition {\n  grounds {\n    persecution: not-engaged "Secret Name Six" extra\n  }\n}\n',
        'person a { name: ["Secret Name Seven" "Secret Name Eight"] }\n',
        'data d { custodian: provider "Secret Name Nine" at US }\n',
        'data d { custodian: provider Secret "Name Ten" }\n',
      ];
      for (const text of texts) {
        const problems = SourceDocument.parse('file:///ws/t.coop', text).syntaxProblems;
        assert.ok(problems.length > 0, `no problem found in ${JSON.stringify(text)}`);
        for (const p of problems) {
          assert.doesNotMatch(
            p.message,
            /Secret|Name (One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)/,
            `${JSON.stringify(text)}: ${p.message}`,
          );
          assert.match(p.message, /^Syntax error: /);
        }
      }
    });

    it('on 250 random mutants of the examples', () => {
      const random = prng(7);
      const texts = EXAMPLE_FILES.map((f) => readFileSync(f, 'utf8'));
      let problems = 0;
      for (let i = 0; i < 250; i++) {
        const text = mutate(texts[i % texts.length]!, random);
        const strings = stringContents({ t: text });
        for (const p of SourceDocument.parse('file:///ws/t.coop', text).syntaxProblems) {
          problems++;
          for (const s of strings) assert.ok(!p.message.includes(s), `mutant ${i}: the message quotes ${JSON.stringify(s)}: ${p.message}`);
          assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end, `mutant ${i}: range outside the text`);
        }
      }
      assert.ok(problems > 100, `only ${problems} problems among the mutants`);
    });
  });

  describe('line endings and BOM', () => {
    const variants: [string, (t: string) => string][] = [
      ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
      ['lone CR', (t) => t.replace(/\n/g, '\r')],
      ['BOM', (t) => `\uFEFF${t}`],
      ['BOM and CRLF', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
    ];
    for (const [name, convert] of variants) {
      it(`${name}: every example lints with its findings on the same lines`, () => {
        for (const dir of ['clean', 'flawed/syntax', 'flawed/missing-grounds', 'flawed/specialty', 'flawed/references']) {
          const files = readFolder(join(EXAMPLES, dir));
          const expected = markers(files);
          const converted = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, convert(v)]));
          assert.deepEqual(keys(lintTexts(converted).findings), expected, `${dir} with ${name}`);
        }
      });

      it(`${name}: the same declarations and entries as with LF`, () => {
        for (const file of EXAMPLE_FILES) {
          const text = readFileSync(file, 'utf8');
          const shape = (t: string) =>
            SourceDocument.parse('file:///ws/t.coop', t)
              .chunks.flatMap((u) => u.declarations)
              .map((d) => `${d.keyword.text} ${d.name.text} ${d.entries.map((e) => (e.kind === 'junk' ? 'junk' : e.key.text)).join(',')}`);
          assert.deepEqual(shape(convert(text)), shape(text), file);
        }
      });
    }

    it('line and column of a finding count CRLF and lone CR as one line break', () => {
      for (const eol of ['\n', '\r\n', '\r']) {
        const text = ['person a {', '  name: "Ann"', '  colour: blue', '}'].join(eol);
        const { ws, findings } = lintTexts({ 'main.coop': text });
        const f = findings.find((x) => x.rule === 'CR004')!;
        assert.deepEqual(ws.document(f.finding.uri)!.positionAt(f.finding.start), { line: 2, character: 2 }, JSON.stringify(eol));
      }
    });

    it("a BOM is not part of the first declaration's line: its findings still point at the name", () => {
      const { ws, findings } = lintTexts({ 'main.coop': '\uFEFFrequest EXT-1 extradition {\n  specialty: undertaken\n}\n' });
      const f = findings.find((x) => x.rule === 'CR101')!;
      assert.equal(ws.document(f.finding.uri)!.text.slice(f.finding.start, f.finding.end), 'EXT-1');
      assert.equal(findings.filter((x) => x.rule === 'CR001').length, 0);
    });
  });

  describe('reuse of unchanged chunks', () => {
    const text = readFileSync(join(EXAMPLES, 'flawed', 'specialty', 'specialty.coop'), 'utf8');

    it('an edit inside one declaration re-parses that chunk only; the others are the same objects', () => {
      const before = SourceDocument.parse('file:///ws/t.coop', text);
      const edited = text.replace('title: "Income tax of the same person"', 'title: "Income tax, edited"');
      assert.notEqual(edited, text);
      const after = SourceDocument.parse('file:///ws/t.coop', edited, before);
      assert.equal(after.chunks.length, before.chunks.length);
      const changed = after.chunks.filter((u, i) => u !== before.chunks[i]);
      assert.equal(changed.length, 1);
      assert.match(changed[0]!.text, /^case CASE-NL-2 \{/);
      for (const [i, u] of after.chunks.entries()) {
        if (u === changed[0]) continue;
        assert.strictEqual(u, before.chunks[i]);
        assert.strictEqual(u.declarations[0], before.chunks[i]!.declarations[0]);
      }
      assertBasesMatch(after);
    });

    it('inserting a declaration keeps every old chunk and moves the ones after it', () => {
      const before = SourceDocument.parse('file:///ws/t.coop', text);
      const at = text.indexOf('offence laundering');
      const edited = `${text.slice(0, at)}offence inserted {\n  conduct: "New"\n}\n\n${text.slice(at)}`;
      const after = SourceDocument.parse('file:///ws/t.coop', edited, before);
      assert.equal(after.chunks.length, before.chunks.length + 1);
      const reused = after.chunks.filter((u) => before.chunks.includes(u));
      assert.equal(reused.length, before.chunks.length, 'the new declaration is a chunk of its own');
      assertBasesMatch(after);
    });

    it('identical chunks are each reused once', () => {
      const twice = 'person a { name: "Ann" }\nperson a { name: "Ann" }\n';
      const before = SourceDocument.parse('file:///ws/t.coop', twice);
      const after = SourceDocument.parse('file:///ws/t.coop', `${twice}person b { }\n`, before);
      assert.strictEqual(after.chunks[0], before.chunks[0]);
      assert.strictEqual(after.chunks[1], before.chunks[1]);
      assert.notStrictEqual(after.chunks[0], after.chunks[1]);
    });

    it('an edit that removes a declaration line merges chunks, and the result equals a fresh parse', () => {
      const before = SourceDocument.parse('file:///ws/t.coop', text);
      const edited = text.replace('offence laundering {', 'Offence laundering {');
      const after = SourceDocument.parse('file:///ws/t.coop', edited, before);
      const fresh = SourceDocument.parse('file:///ws/t.coop', edited);
      assert.equal(after.chunks.length, before.chunks.length - 1);
      assert.deepEqual(chunkedItems(after), chunkedItems(fresh));
      assert.deepEqual(after.syntaxProblems, fresh.syntaxProblems);
      assertBasesMatch(after);
    });
  });
});

function assertBasesMatch(doc: SourceDocument): void {
  let base = 0;
  for (const u of doc.chunks) {
    assert.equal(u.base, base);
    assert.equal(doc.text.slice(base, base + u.text.length), u.text);
    assert.equal(u.uri, doc.uri);
    base += u.text.length;
  }
  assert.equal(base, doc.text.length);
}
