// Issue 6, item 1: properties that hold for any input.
// - For any text, the engine returns findings without throwing, and every range (of a finding, of
//   its related places and of its fixes' edits) lies inside its document.
// - The same for random mutations of the shared examples, linted as workspaces.
// - Formatting is idempotent and keeps the parse; applying all fixes and re-linting leaves nothing
//   fixable and the files still parse.
// - Analysis takes time linear in the input (the work for 16 times the text is compared with the
//   work for the text, in CPU time, against the geometric middle between linear, 16 times, and
//   quadratic, 256 times).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { fixAll } from '../../server/src/language/fixall';
import { format } from '../../server/src/language/services/format';
import { ruleById } from '../../server/src/language/rules/index';
import type { Declaration } from '../../server/src/language/syntax';
import { Workspace } from '../../server/src/language/workspace';
import { applyTextEdits } from '../support/apply';
import { EXAMPLES, readFolder } from '../support/lint';

// ---------------------------------------------------------------- inputs

/** Pieces of the language and of what breaks it: a random sequence of them is a plausible slip. */
const FRAGMENTS = [
  'case ',
  'party ',
  'offence ',
  'person ',
  'data ',
  'request ',
  'proceeding ',
  'consent ',
  'transfer ',
  'EXT-1 ',
  'extradition ',
  'mutual-assistance ',
  'preservation ',
  'FR',
  'US',
  'ransomware',
  'doe',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  ';',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '#',
  '# coopspec-disable-next-line CR101 -- x\n',
  '"',
  '"""',
  '\\',
  '\\"',
  '"text"',
  'budapest art 29(2)(c)',
  'ets24 art 14',
  'treaty "T" art 5',
  'provider "P" in IE',
  'not-engaged "r"',
  'engaged',
  'unassessed',
  '5 years',
  '6 months',
  '2026-02-30',
  'grounds {',
  'safeguards {',
  'law FR {',
  'max-penalty: ',
  'offences: [',
  'surrender: ',
  'evidence: [',
  'measure: interception',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u00e9',
  '\u{1F600}',
  'x'.repeat(50),
];

const tokenSoup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((xs) => xs.join(''));
const anyText = fc.oneof(
  tokenSoup,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'binary-ascii', maxLength: 300 }),
  // Any UTF-16 code units, lone surrogates included.
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes)),
);

const EXAMPLE_FOLDERS = [
  'clean',
  'flawed/missing-grounds',
  'flawed/specialty',
  'flawed/references',
  'flawed/syntax',
  'flawed/preservation',
  'flawed/safeguards',
  'flawed/fiscal',
  'flawed/provider',
];
const examples = EXAMPLE_FOLDERS.map((f) => readFolder(join(EXAMPLES, f)));

interface Mutation {
  at: number;
  del: number;
  insert: string;
}
const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 30 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })),
});

/** A workspace from one examples/ folder with every file mutated. */
const mutant = fc
  .record({
    folder: fc.nat({ max: examples.length - 1 }),
    edits: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  })
  .map(({ folder, edits }) => {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(examples[folder]!)) files[name] = mutate(text, edits);
    return files;
  });

function mutate(text: string, edits: Mutation[]): string {
  let t = text;
  for (const e of edits) {
    const at = Math.floor(e.at * t.length);
    t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
  }
  return t;
}

// ---------------------------------------------------------------- invariants

function workspace(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.set(`file:///ws/${name}`, text);
  return ws;
}

/** Findings of every document, checked: known rules, no internal error, every range inside its document. */
function checkInvariants(ws: Workspace): void {
  const inside = (uri: string, start: number, end: number, what: string): void => {
    const doc = ws.document(uri);
    assert.ok(doc, `${what} points into a document the workspace does not have: ${uri}`);
    assert.ok(
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= doc.text.length,
      `${what} range ${start}-${end} is not inside ${uri} (length ${doc.text.length})`,
    );
  };
  for (const uri of ws.uris()) {
    for (const f of ws.findings(uri)) {
      assert.ok(ruleById(f.rule), `unknown rule ${f.rule}`);
      assert.doesNotMatch(f.message, /Internal error/, `a rule threw: ${f.message}`);
      inside(f.uri, f.start, f.end, `${f.rule} finding`);
      for (const r of f.related) inside(r.uri, r.start, r.end, `${f.rule} related place`);
      for (const fix of f.fixes) for (const e of fix.edits) inside(e.uri, e.start, e.end, `${f.rule} fix "${fix.title}"`);
    }
  }
}

function syntaxErrors(ws: Workspace): number {
  return ws.uris().reduce((n, u) => n + ws.findings(u).filter((f) => f.rule === 'CR001').length, 0);
}

/** The syntax tree without offsets: what formatting must not change. */
function shape(ws: Workspace, uri: string): string {
  const decls: Declaration[] = ws.document(uri)!.chunks.flatMap((u) => u.declarations);
  return JSON.stringify(decls, (k, v: unknown) => (k === 'start' || k === 'end' ? undefined : v));
}

// ---------------------------------------------------------------- properties

describe('reliability: properties of the engine', () => {
  it('any text: findings without throwing, every range inside the document', () => {
    fc.assert(
      fc.property(anyText, (text) => checkInvariants(workspace({ 'main.coop': text }))),
      { numRuns: 400, seed: 6001 },
    );
  });

  it('any text beside the clean example: findings without throwing, every range inside its document', () => {
    fc.assert(
      fc.property(anyText, (text) => checkInvariants(workspace({ ...examples[0]!, 'extra.coop': text }))),
      { numRuns: 150, seed: 6002 },
    );
  });

  it('random mutations of the examples: findings without throwing, every range inside its document', () => {
    fc.assert(
      fc.property(mutant, (files) => checkInvariants(workspace(files))),
      { numRuns: 400, seed: 6003 },
    );
  });

  it('formatting is idempotent and keeps the parse (mutants that still parse)', () => {
    fc.assert(
      fc.property(mutant, (files) => {
        for (const [name, text] of Object.entries(files)) {
          const uri = `file:///ws/${name}`;
          const ws = workspace({ [name]: text });
          if (syntaxErrors(ws) > 0) continue; // format leaves a file with a syntax error alone
          const once = applyTextEdits(text, format(ws, uri, { tabSize: 2, insertSpaces: true }));
          const ws1 = workspace({ [name]: once });
          assert.equal(syntaxErrors(ws1), 0, 'formatting introduced a syntax error');
          assert.equal(shape(ws1, uri), shape(ws, uri), 'formatting changed the syntax tree');
          assert.deepEqual(format(ws1, uri, { tabSize: 2, insertSpaces: true }), [], 'formatting twice changes something');
        }
      }),
      { numRuns: 150, seed: 6004 },
    );
  });

  it('applying all fixes, then re-linting: nothing fixable remains and the files still parse', () => {
    fc.assert(
      fc.property(mutant, (files) => {
        const ws = workspace(files);
        const before = new Map(ws.uris().map((u) => [u, ws.findings(u).filter((f) => f.rule === 'CR001').length]));
        const changed = fixAll(ws, ws.uris());
        const after = workspace(
          Object.fromEntries(ws.uris().map((u) => [u.slice('file:///ws/'.length), changed.get(u) ?? ws.document(u)!.text])),
        );
        checkInvariants(after);
        for (const uri of after.uris()) {
          const findings = after.findings(uri);
          assert.equal(findings.filter((f) => f.rule === 'CR001').length, before.get(uri), `fixes changed the syntax errors of ${uri}`);
          // A file with a syntax error is never fixed; every other file has no safe fix left.
          if (before.get(uri)! > 0) continue;
          const left = findings.filter((f) => f.fixes.some((x) => x.safe));
          assert.deepEqual(
            left.map((f) => `${f.rule}: ${f.message}`),
            [],
            `safe fixes left in ${uri}`,
          );
        }
      }),
      { numRuns: 120, seed: 6005 },
    );
  });
});

// ---------------------------------------------------------------- linear time

/** CPU milliseconds to analyse a workspace from scratch, once. */
function cpuMs(files: Record<string, string>): number {
  const t0 = process.cpuUsage();
  const ws = workspace(files);
  for (const u of ws.uris()) ws.findings(u);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

/**
 * The least CPU time of several analyses of two workspaces, measured in turns so that whatever
 * else the machine does weighs on both alike; after a warm-up of each (the JIT).
 */
function bestOf(runs: number, a: Record<string, string>, b: Record<string, string>): [number, number] {
  cpuMs(a);
  cpuMs(b);
  let ta = Infinity,
    tb = Infinity;
  for (let i = 0; i < runs; i++) {
    ta = Math.min(ta, cpuMs(a));
    tb = Math.min(tb, cpuMs(b));
  }
  return [ta, tb];
}

/** Inputs that would expose a quadratic path: `make(n)` builds a workspace of size proportional to n. */
const SHAPES: Record<string, (n: number) => Record<string, string>> = {
  'copies of the flawed examples, one file': (n) => ({
    'main.coop': Array.from({ length: 5 * n }, (_, i) =>
      Object.values(examples[6]!)[0]!.replace(/\b(MLA-IT-3|MLA-IT-4|threats|chats|chat-traffic)\b/g, (m) => `${m}-${i}`),
    ).join('\n'),
  }),
  'many declarations of one name': (n) => ({ 'main.coop': 'case same {\n  title: "t"\n}\n'.repeat(800 * n) }),
  'many references to a misspelt name among many names': (n) => ({
    'main.coop': Array.from(
      { length: 150 * n },
      (_, i) => `offence o${i} { conduct: "x" }\nproceeding p${i} { charges: [ransomwar${i % 2 ? 'e' : ''}] }\n`,
    ).join(''),
  }),
  'many files referring to each other': (n) =>
    Object.fromEntries(
      Array.from({ length: 60 * n }, (_, i) => [
        `f${i}.coop`,
        `offence o${i} { conduct: "x" }\nproceeding p${i} { charges: [o${(i + 1) % (60 * n)}] }\nconsent c${i} { request: p${i} }\n`,
      ]),
    ),
  'long lines of unparsable text': (n) => ({ 'main.coop': `case c {\n${'  = oops "x\n'.repeat(600 * n)}}\n` }),
  'a long string and a long list': (n) => ({
    'main.coop': `request R extradition {\n  facts: "${'x'.repeat(50000 * n)}"\n  offences: [${Array.from({ length: 800 * n }, (_, i) => `o${i}`).join(', ')}]\n}\n`,
  }),
};

describe('reliability: analysis time is linear in the input', function () {
  this.timeout(120000);
  for (const [name, make] of Object.entries(SHAPES)) {
    it(name, () => {
      // CPU time, not elapsed time: a busy machine makes it wait, not work more. 16 times the input
      // is about 16 times the time when the work is linear, 256 times when it is quadratic. The
      // limit is their geometric middle, 64 times, so the noise of small measurements (JIT, garbage
      // collection: up to twice the linear ratio) stays far from it on either side.
      const [small, large] = bestOf(5, make(1), make(16));
      assert.ok(
        large <= Math.max(small, 5) * 64,
        `16× the input took ${(large / Math.max(small, 0.001)).toFixed(1)}× the time (${small.toFixed(1)} ms -> ${large.toFixed(1)} ms)`,
      );
    });
  }
});
