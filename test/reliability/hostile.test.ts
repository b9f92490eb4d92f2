// Issue 6, item 3: hostile inputs, each linted by the CLI (dist/cli.js) as a user would. Each one
// gets findings (exit 1, or 0 when there is nothing to report) or a one-line error (exit 2) —
// never a stack trace or a hang — within bounded time (the run is killed after 60 s) and memory
// (the peak resident memory of the CLI process is measured and bounded). Also 400 random mutants
// of the shared examples, linted in batches.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { collectFiles, readSource } from '../../server/src/cli/files';
import { MAX_DOCUMENT_LENGTH } from '../../server/src/language/document';
import { MAX_NESTING } from '../../server/src/language/parse';
import { CLI, ensureBuilt } from '../cli/run';
import { EXAMPLES, ROOT, readFolder } from '../support/lint';
import { HANG_MS } from '../support/hang';

const RSS = join(ROOT, 'bench', 'rss.cjs');
/** The most memory any of these runs may take (resident, in MB). */
const MEMORY_LIMIT_MB = 1024;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  rssMb: number;
  ms: number;
}

/** Lint with the CLI in a child process, measuring its peak memory (bench/rss.cjs) and time. */
function lint(args: string[], cwd: string): Outcome {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [RSS, CLI, 'lint', '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: HANG_MS,
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Date.now() - t0;
  const m = /maxrss-kb (\d+)\s*$/.exec(r.stderr);
  const stderr = r.stderr.replace(/\n?maxrss-kb \d+\s*$/, '');
  return { code: r.status, stdout: r.stdout, stderr, rssMb: m ? Number(m[1]) / 1024 : NaN, ms };
}

/** Findings or a one-line error; never a crash, a hang or unbounded memory. */
function assertHandled(o: Outcome, what: string): { rule: string; message: string; line: number }[] {
  assert.notEqual(o.code, null, `${what}: the CLI was killed (hang or crash) after ${o.ms} ms`);
  assert.ok([0, 1, 2].includes(o.code!), `${what}: exit ${o.code}`);
  assert.doesNotMatch(
    o.stdout + o.stderr,
    /\n\s+at .+:\d+:\d+\)?(\n|$)|internal error/i,
    `${what}: a stack trace or internal error:\n${o.stderr}`,
  );
  assert.ok(o.rssMb < MEMORY_LIMIT_MB, `${what}: ${Math.round(o.rssMb)} MB of memory`);
  if (o.code === 2) {
    assert.match(o.stderr.trim(), /^coopspec: [^\n]+$/, `${what}: exit 2 must come with one line`);
    return [];
  }
  assert.equal(o.stderr.trim(), '', `${what}: unexpected output on stderr`);
  const json = JSON.parse(o.stdout) as { findings: { rule: string; message: string; line: number }[] };
  assert.equal(
    o.code === 1,
    json.findings.some((f) => f.rule && (f as unknown as { severity: string }).severity === 'error'),
    `${what}: exit code and findings disagree`,
  );
  return json.findings;
}

describe('reliability: hostile inputs to the CLI', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'coopspec-hostile-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, content: string | Buffer): string => {
    writeFileSync(join(dir, name), content);
    return name;
  };

  it(`10,000 levels of nesting: a finding (deeper than ${MAX_NESTING} levels is not read)`, () => {
    const braces = assertHandled(
      lint([file('braces.coop', `case c {\n${'a {'.repeat(10000)}${'}'.repeat(10000)}\n}\ncase d {\n  title: "after"\n}\n`)], dir),
      'braces',
    );
    assert.deepEqual(
      braces.map((f) => f.rule),
      ['CR001'],
    );
    assert.match(braces[0]!.message, /nested deeper than 64 levels/);
    const lists = assertHandled(
      lint([file('lists.coop', `case c {\n  title: ${'['.repeat(10000)}${']'.repeat(10000)}\n}\n`)], dir),
      'lists',
    );
    assert.deepEqual(
      lists.map((f) => f.rule),
      ['CR001'],
    );
  });

  it('a 5 MB string: read, no finding', () => {
    const findings = assertHandled(
      lint([file('long-string.coop', `case c {\n  title: "${'x'.repeat(5 * 2 ** 20)}"\n}\n`)], dir),
      'long string',
    );
    assert.deepEqual(findings, []);
  });

  it('a 100,000-line file: read, its findings found', () => {
    const decls = Array.from({ length: 25000 }, (_, i) => `case c${i} {\n  title: "t"\n  authority: "a"\n}\n`).join('');
    const findings = assertHandled(lint([file('long.coop', `${decls}case c7 {\n  title: "again"\n}\n`)], dir), 'long file');
    assert.deepEqual(
      findings.map((f) => `${f.rule}:${f.line}`),
      ['CR003:100001'],
    );
  });

  it(`a file of more than ${MAX_DOCUMENT_LENGTH / 1e6} million characters: a finding says it is not checked`, () => {
    const findings = assertHandled(
      lint([file('huge.coop', `case c {\n  title: "${'x'.repeat(MAX_DOCUMENT_LENGTH)}"\n}\n`)], dir),
      'huge file',
    );
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['CR001'],
    );
    assert.match(findings[0]!.message, /not checked/);
  });

  it('binary data: findings, no crash', () => {
    let seed = 7;
    const bytes = Buffer.from(Array.from({ length: 200_000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
    const findings = assertHandled(lint([file('binary.coop', bytes)], dir), 'binary');
    assert.ok(findings.some((f) => f.rule === 'CR001'));
  });

  it('invalid UTF-8: a finding at the first invalid byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('case c {\n  title: "ok"\n  authority: "'),
      Buffer.from([0xff, 0xc3, 0x28]),
      Buffer.from('"\n}\n'),
    ]);
    const findings = assertHandled(lint([file('invalid-utf8.coop', bytes)], dir), 'invalid UTF-8');
    assert.deepEqual(
      findings.map((f) => `${f.rule}:${f.line}`),
      ['CR001:3'],
    );
    assert.match(findings[0]!.message, /not valid UTF-8/);
  });

  it('a BOM, CRLF and lone CR line endings: the same findings on the same lines as LF', () => {
    const text = readFolder(join(EXAMPLES, 'flawed', 'missing-grounds'))['extradition.coop']!;
    const expected = assertHandled(lint([file('lf.coop', text)], dir), 'LF').map((f) => `${f.rule}:${f.line}`);
    assert.ok(expected.length > 0);
    for (const [name, variant] of [
      ['bom.coop', `\uFEFF${text}`],
      ['crlf.coop', text.replace(/\n/g, '\r\n')],
      ['cr.coop', text.replace(/\n/g, '\r')],
      ['bom-crlf.coop', `\uFEFF${text.replace(/\n/g, '\r\n')}`],
    ] as const) {
      const got = assertHandled(lint([file(name, variant)], dir), name).map((f) => `${f.rule}:${f.line}`);
      assert.deepEqual(got, expected, name);
    }
  });

  it('NUL and other control characters: findings where they break the syntax, nothing inside strings', () => {
    const findings = assertHandled(
      lint([file('control.coop', 'case c {\n  title: "a\u0000b\u0007c"\n  \u0000\u0001 \u007f\n  authority: "x"\n}\n')], dir),
      'control',
    );
    assert.deepEqual(
      findings.map((f) => `${f.rule}:${f.line}`),
      ['CR001:3'],
    );
    assert.match(findings[0]!.message, /control character \(U\+0000\)/);
  });

  it('a directory loop of symbolic links: each directory is walked once', () => {
    const ws = join(dir, 'loop');
    mkdirSync(join(ws, 'a', 'b'), { recursive: true });
    writeFileSync(join(ws, 'a', 'b', 'x.coop'), 'case x {\n  title: "t"\n}\n');
    symlinkSync('../..', join(ws, 'a', 'b', 'up'));
    symlinkSync('.', join(ws, 'self'));
    const o = lint(['loop'], dir);
    assert.deepEqual(assertHandled(o, 'symlink loop'), []);
  });

  it('a file that disappears between listing and reading: a one-line error, not a crash', () => {
    const ws = join(dir, 'vanishing');
    mkdirSync(ws);
    writeFileSync(join(ws, 'gone.coop'), 'case g {\n  title: "t"\n}\n');
    const [listed] = collectFiles([ws], { cwd: dir });
    assert.ok(listed);
    unlinkSync(listed);
    assert.throws(
      () => readSource(listed, dir),
      (e: Error) => /^cannot read .*gone\.coop: /.test(e.message) && !e.message.includes('\n'),
    );
  });

  it('400 random mutants of the shared examples, in batches: findings or a one-line error, never a crash', () => {
    const folders = [
      'clean',
      'flawed/missing-grounds',
      'flawed/specialty',
      'flawed/references',
      'flawed/syntax',
      'flawed/preservation',
      'flawed/safeguards',
      'flawed/fiscal',
      'flawed/provider',
    ].map((f) => readFolder(join(EXAMPLES, f)));
    const sources = folders.flatMap((f) => Object.values(f));
    const fragments = [
      '{',
      '}',
      '[',
      ']',
      '"',
      '"""',
      ':',
      ',',
      '\n',
      '\r',
      '\u0000',
      '#',
      'request X extradition {',
      'budapest art 99',
      'consent C { request: EXT-NL-7 }',
      '\uD800',
      'x'.repeat(40),
    ];
    const mutants = fc.sample(
      fc.record({
        source: fc.nat({ max: sources.length - 1 }),
        edits: fc.array(
          fc.record({
            at: fc.double({ min: 0, max: 1, noNaN: true }),
            del: fc.nat({ max: 40 }),
            insert: fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'binary', maxLength: 6 })),
          }),
          { minLength: 1, maxLength: 8 },
        ),
      }),
      { numRuns: 400, seed: 6006 },
    );
    const batches = 8;
    for (let b = 0; b < batches; b++) {
      const ws = join(dir, `mutants-${b}`);
      mkdirSync(ws);
      mutants.slice(b * 50, (b + 1) * 50).forEach((m, i) => {
        let t = sources[m.source]!;
        for (const e of m.edits) {
          const at = Math.floor(e.at * t.length);
          t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
        }
        writeFileSync(join(ws, `m${i}.coop`), t);
      });
      const o = lint([`mutants-${b}`], dir);
      assertHandled(o, `mutant batch ${b}`);
      assert.equal(o.code, 1, `mutant batch ${b}: mutants of flawed examples have errors`);
    }
  });
});
