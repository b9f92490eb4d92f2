// `coopspec lint --fix` on temporary copies: line endings and BOM kept, files with a syntax error
// untouched, a second run a no-op, read-only and changed-on-disk files skipped with a message,
// atomic writes (no temporary file left), and what changed listed on stderr.

import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  lstatSync,
  writeFileSync,
  utimesSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../../server/src/cli/files';
import { encode, writeAtomically } from '../../server/src/cli/write';
import { fixAllDetailed } from '../../server/src/language/fixall';
import { RULES } from '../../server/src/language/rules/index';
import { EXAMPLES, lintTexts } from '../support/lint';
import { assertNoCrash, canRunUnprivileged, ensureBuilt, NOBODY, runCli, type Run } from './run';

/** A workspace of the engine holding the texts, as `file:///ws/<name>`. */
const workspaceOf = (files: Record<string, string>) => lintTexts(files).ws;

const FIXABLE = new Set(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id));

/**
 * An extradition request missing four grounds, the speciality undertaking and its documents: the
 * grounds are safe fixes (inserted as `unassessed`), the undertaking and the documents are legal
 * positions the drafter chooses in the editor, never applied by --fix.
 */
const REQUEST = [
  'request EXT-1 extradition {',
  '  from: FR',
  '  to: US',
  '  basis: budapest art 24',
  '  grounds {',
  '    dual-criminality: not-engaged "Punishable in both"',
  '  }',
  '}',
  '',
].join('\n');

let dir: string;
const file = (name: string): string => join(dir, name);
const write = (name: string, content: string | Buffer): void => writeFileSync(file(name), content);
const bytes = (name: string): Buffer => readFileSync(file(name));
const fix = (...args: string[]): Run => {
  const r = runCli(['lint', '--fix', ...args], { cwd: dir });
  assertNoCrash(r);
  return r;
};
const leftovers = (): string[] => readdirSync(dir).filter((n) => n.includes('coopspec-tmp'));

function jsonRules(r: Run): string[] {
  return (JSON.parse(r.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
}

describe('cli: lint --fix', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopspec-fix-'));
  });
  afterEach(() => {
    try {
      chmodSync(dir, 0o755);
    } catch {
      /* gone */
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('fixes, says what it changed on stderr, reports what remains on stdout, and a second run changes nothing', () => {
    write('a.coop', REQUEST);
    const first = fix('--format', 'json', 'a.coop');
    assert.equal(first.stderr, 'fixed 4 problems in a.coop\n');
    const text = bytes('a.coop').toString('utf8');
    for (const ground of ['human-rights', 'nationality', 'persecution', 'political-offence'])
      assert.match(text, new RegExp(`^    ${ground}: unassessed  # `, 'm'));
    assert.doesNotMatch(
      text,
      /specialty|documents/,
      "an undertaking and the documents are the drafter's to give: --fix does not write them",
    );
    const remaining = jsonRules(first);
    assert.ok(
      remaining.every((r) => !FIXABLE.has(r)),
      `fixable findings remain: ${remaining.join(', ')}`,
    );
    assert.ok(remaining.includes('CR107'), 'the inserted grounds are reported as unassessed');
    assert.ok(
      remaining.includes('CR204') && remaining.includes('CR303') === false,
      'the undertaking is still missing (CR303 applies only where ETS 24 governs)',
    );
    assert.equal(first.code, 1, '--fix never turns a failing run green: CR107 is an error');

    const before = bytes('a.coop');
    const mtime = statSync(file('a.coop')).mtimeMs;
    const second = fix('a.coop');
    assert.equal(second.stderr, 'nothing to fix\n');
    assert.ok(bytes('a.coop').equals(before));
    assert.equal(statSync(file('a.coop')).mtimeMs, mtime, 'the file is not rewritten');
    assert.deepEqual(leftovers(), []);
  });

  it('keeps CRLF line endings', () => {
    write('crlf.coop', REQUEST.replace(/\n/g, '\r\n'));
    fix('crlf.coop');
    const text = bytes('crlf.coop').toString('utf8');
    assert.match(text, /human-rights: unassessed {2}# ECHR Art\. 3; ICCPR Art\. 7\r\n/);
    assert.equal(text.replace(/\r\n/g, '').search(/[\r\n]/), -1, 'every line break is CRLF');
  });

  it('keeps lone CR line endings and a byte order mark', () => {
    write('cr.coop', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REQUEST.replace(/\n/g, '\r'))]));
    const r = fix('cr.coop');
    assert.equal(r.stderr, 'fixed 4 problems in cr.coop\n');
    const out = bytes('cr.coop');
    assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
    assert.equal(out.subarray(3).indexOf(0xef), -1, 'and not doubled');
    const text = out.subarray(3).toString('utf8');
    assert.ok(!text.includes('\n'), 'no LF appears');
    assert.match(text, /\r {4}human-rights: unassessed {2}# ECHR Art\. 3; ICCPR Art\. 7\r/);
  });

  it('keeps a BOM on an LF file, and reports columns without counting it', () => {
    write('bom.coop', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REQUEST)]));
    const r = runCli(['lint', '--format', 'json', 'bom.coop'], { cwd: dir });
    const first = (JSON.parse(r.stdout) as { findings: { line: number; column: number }[] }).findings[0]!;
    assert.deepEqual([first.line, first.column], [1, 9], 'the request name starts at column 9, as an editor shows it');
    fix('bom.coop');
    const out = bytes('bom.coop');
    assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.ok(!out.subarray(3).toString('utf8').includes('\r'));
  });

  it('does not touch a file with a syntax error, and says so', () => {
    const broken = REQUEST.replace('  to: US\n', '  to: US\n  purpose: "unterminated\n');
    write('broken.coop', broken);
    write('good.coop', REQUEST.replace('EXT-1', 'EXT-2'));
    const r = fix('.');
    assert.equal(bytes('broken.coop').toString('utf8'), broken);
    assert.match(
      r.stderr,
      /^not fixed: broken\.coop: it has a syntax error \(CR001\); correct it and run --fix again \(\d+ fixable problems waiting\)$/m,
    );
    assert.match(r.stderr, /^fixed 4 problems in good\.coop$/m);
    assert.equal(r.code, 1, 'the syntax error is an error finding');
  });

  it('skips a read-only file with a message and exit 2, leaving it as it was', () => {
    write('ro.coop', REQUEST);
    chmodSync(file('ro.coop'), 0o444);
    const r = fix('ro.coop');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^not fixed: ro\.coop: it is read-only \(4 fixable problems\)$/m);
    assert.equal(bytes('ro.coop').toString('utf8'), REQUEST);
    assert.equal(statSync(file('ro.coop')).mode & 0o777, 0o444);
    const dry = runCli(['lint', '--fix-dry-run', 'ro.coop'], { cwd: dir });
    assert.match(dry.stderr, /^would not fix: ro\.coop: it is read-only \(4 fixable problems\)$/m);
    assert.equal(dry.code, 1, 'a dry run fails on the findings only');
  });

  it('skips a file that is not valid UTF-8 rather than rewrite its bytes', () => {
    const raw = Buffer.concat([Buffer.from(REQUEST), Buffer.from('# caf\xe9 \xff\n', 'latin1')]);
    write('latin1.coop', raw);
    const r = fix('latin1.coop');
    assert.match(r.stderr, /^not fixed: latin1\.coop: it is not valid UTF-8/m);
    assert.ok(bytes('latin1.coop').equals(raw));
  });

  it('writes only the files given, and through a symbolic link to its target', () => {
    write('a.coop', REQUEST);
    write('b.coop', REQUEST.replace('EXT-1', 'EXT-2'));
    symlinkSync(file('b.coop'), file('link.coop'));
    fix('a.coop');
    assert.equal(bytes('b.coop').toString('utf8'), REQUEST.replace('EXT-1', 'EXT-2'), 'b.coop was not given');
    const r = fix('link.coop');
    assert.match(r.stderr, /^fixed 4 problems in link\.coop$/m);
    assert.ok(lstatSync(file('link.coop')).isSymbolicLink(), 'the link is still a link');
    assert.match(bytes('b.coop').toString('utf8'), /human-rights: unassessed/);
  });

  it('a file in a folder it cannot write to: not fixed, said so, exit 2, the file as it was (as nobody when run as root)', function () {
    if (!canRunUnprivileged()) {
      console.log('\n    skipped: a folder --fix cannot write to: the tests run as root and `setpriv` cannot drop to nobody here');
      this.skip();
    }
    write('a.coop', REQUEST);
    chmodSync(dir, 0o755);
    if (process.getuid?.() === 0)
      chownSync(file('a.coop'), NOBODY, NOBODY); // nobody may write the file, not its folder
    else chmodSync(dir, 0o555);
    try {
      const r = runCli(['lint', '--fix', 'a.coop'], { cwd: dir, unprivileged: true });
      assertNoCrash(r);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^not fixed: a\.coop: cannot write it: permission denied$/m);
    } finally {
      chmodSync(dir, 0o755);
    }
    assert.equal(bytes('a.coop').toString('utf8'), REQUEST);
    assert.deepEqual(readdirSync(dir), ['a.coop'], 'no temporary file left behind');
  });

  it('says where the placeholders it inserted are, so the drafter completes them', () => {
    cpSync(join(EXAMPLES, 'flawed', 'safeguards', 'surveillance.coop'), file('s.coop'));
    chmodSync(file('s.coop'), 0o644);
    const before = bytes('s.coop').toString('utf8');
    const r = fix('s.coop');
    const after = bytes('s.coop').toString('utf8');
    const lines = after.split('\n').flatMap((l, i) => (l.includes('"…"') ? [i + 1] : []));
    const added = after.split('"…"').length - before.split('"…"').length;
    assert.ok(added > 6, `${added} placeholders`);
    // As many problems as the engine's fix-all applies to the file.
    const fixes = fixAllDetailed(workspaceOf({ 's.coop': before }), ['file:///ws/s.coop']).applied.length;
    assert.equal(
      r.stderr,
      `fixed ${fixes} problems in s.coop; ${added} placeholders "…" to complete (lines ${lines.slice(0, 6).join(', ')}, …)\n`,
    );
    // The REQUEST fixes insert no placeholder (only grounds as unassessed): nothing is said of them.
    write('a.coop', REQUEST);
    assert.equal(fix('a.coop').stderr, 'fixed 4 problems in a.coop\n');
  });

  it('keeps the file mode', () => {
    write('m.coop', REQUEST);
    chmodSync(file('m.coop'), 0o640);
    fix('m.coop');
    assert.equal(statSync(file('m.coop')).mode & 0o777, 0o640);
  });

  it('--fix-dry-run prints the change as a unified diff, says what it would fix, reports what would remain, and writes nothing', () => {
    write('a.coop', REQUEST);
    const r = runCli(['lint', '--fix-dry-run', '--format', 'json', 'a.coop'], { cwd: dir });
    assert.equal(
      r.stderr,
      [
        '--- a/a.coop',
        '+++ b/a.coop',
        '@@ -4,5 +4,9 @@',
        '   basis: budapest art 24',
        '   grounds {',
        '     dual-criminality: not-engaged "Punishable in both"',
        '+    human-rights: unassessed  # ECHR Art. 3; ICCPR Art. 7',
        "+    nationality: unassessed  # the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
        "+    persecution: unassessed  # the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
        "+    political-offence: unassessed  # the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
        '   }',
        ' }',
        'would fix 4 problems in a.coop',
        '',
      ].join('\n'),
    );
    assert.equal(bytes('a.coop').toString('utf8'), REQUEST);
    assert.ok(jsonRules(r).every((x) => !FIXABLE.has(x)));
    assert.ok(jsonRules(runCli(['lint', '--format', 'json', 'a.coop'], { cwd: dir })).some((x) => FIXABLE.has(x)));
    // The diff is what `patch -p1` applies: the same text --fix writes.
    const patched = mkdtempSync(join(tmpdir(), 'coopspec-patch-'));
    try {
      writeFileSync(join(patched, 'a.coop'), REQUEST);
      writeFileSync(join(patched, 'a.diff'), `${r.stderr.slice(0, r.stderr.indexOf('would fix')).trimEnd()}\n`);
      fix('a.coop');
      const applied = spawnSync('patch', ['-p1', '-s', '-i', 'a.diff'], { cwd: patched });
      if (applied.error) return; // no patch program: the diff's text was checked above
      assert.equal(applied.status, 0, String(applied.stderr));
      assert.equal(readFileSync(join(patched, 'a.coop'), 'utf8'), bytes('a.coop').toString('utf8'));
    } finally {
      rmSync(patched, { recursive: true, force: true });
    }
  });

  it('fixes copies of every example folder: nothing fixable remains outside syntax errors, a second run is a no-op', () => {
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
    const writable = (p: string): void => {
      chmodSync(p, statSync(p).mode | 0o200); // the copies of ../shared may come without write bits
      if (statSync(p).isDirectory()) for (const n of readdirSync(p)) writable(join(p, n));
    };
    writable(join(dir, 'examples'));
    for (const folder of ['clean', ...readdirSync(join(EXAMPLES, 'flawed')).map((n) => `flawed/${n}`)]) {
      const path = `examples/${folder}`;
      const first = runCli(['lint', '--fix', '--format', 'json', path], { cwd: dir });
      assertNoCrash(first);
      const findings = (JSON.parse(first.stdout) as { findings: { rule: string; path: string }[] }).findings;
      const broken = new Set(findings.filter((f) => f.rule === 'CR001').map((f) => f.path));
      const left = findings.filter((f) => FIXABLE.has(f.rule) && !broken.has(f.path));
      assert.deepEqual(left, [], `${folder}: fixable findings remain`);
      const snapshot = readdirSync(join(dir, path)).map((n) => readFileSync(join(dir, path, n)).toString('base64'));
      const second = runCli(['lint', '--fix', path], { cwd: dir });
      assert.doesNotMatch(second.stderr, /^fixed/m, `${folder}: the second run changed something`);
      assert.deepEqual(
        readdirSync(join(dir, path)).map((n) => readFileSync(join(dir, path, n)).toString('base64')),
        snapshot,
      );
    }
    assert.deepEqual(leftovers(), []);
  });
});

describe('cli: atomic writes', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopspec-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the new bytes and leaves no temporary file', () => {
    write('a.coop', REQUEST);
    const source = readSource(file('a.coop'), dir);
    assert.deepEqual(writeAtomically(source, encode(source, 'new text\n')), { ok: true });
    assert.equal(bytes('a.coop').toString('utf8'), 'new text\n');
    assert.deepEqual(leftovers(), []);
  });

  it('does not write a file whose content changed on disk since it was read', () => {
    write('a.coop', REQUEST);
    const source = readSource(file('a.coop'), dir);
    write('a.coop', REQUEST.replace('FR', 'BE')); // same size, another editor's change
    utimesSync(file('a.coop'), new Date(source.mtimeMs), new Date(source.mtimeMs)); // even with the old time
    const outcome = writeAtomically(source, encode(source, 'fixed\n'));
    assert.deepEqual(outcome, { ok: false, reason: 'it changed on disk since it was read' });
    assert.equal(bytes('a.coop').toString('utf8'), REQUEST.replace('FR', 'BE'));
    assert.deepEqual(leftovers(), []);
  });

  it('does not recreate a file deleted since it was read', () => {
    write('a.coop', REQUEST);
    const source = readSource(file('a.coop'), dir);
    rmSync(file('a.coop'));
    assert.equal(writeAtomically(source, encode(source, 'fixed\n')).ok, false);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('reports a directory it cannot write to, and leaves the file', function () {
    if (process.getuid?.() === 0) this.skip(); // root writes anywhere
    write('a.coop', REQUEST);
    const source = readSource(file('a.coop'), dir);
    chmodSync(dir, 0o555);
    try {
      const outcome = writeAtomically(source, encode(source, 'fixed\n'));
      assert.deepEqual(outcome, { ok: false, reason: 'cannot write it: permission denied' });
    } finally {
      chmodSync(dir, 0o755);
    }
    assert.equal(bytes('a.coop').toString('utf8'), REQUEST);
  });
});
