// Bad input on the command line: one line on stderr and exit 2, or findings — never a stack trace
// or a hang. These cases build their own files in a temporary folder (the CLI runs there, so the
// messages name relative paths).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { colourByDefault } from '../../server/src/cli/colour';
import { globRegex } from '../../server/src/cli/files';
import { LINT_FORMAT_NAMES } from '../../server/src/cli/formats/index';
import { assertNoCrash, canRunUnprivileged, ensureBuilt, runCli, type Run } from './run';

let dir: string;
const lint = (...args: string[]): Run => {
  const r = runCli(['lint', ...args], { cwd: dir });
  assertNoCrash(r);
  return r;
};
const REQUEST = 'request EXT-1 extradition {\n  from: FR\n  to: US\n}\n';

function assertUsageError(r: Run, message: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^coopspec: [^\n]+\n$/, 'one line');
  assert.match(r.stderr, message);
}

describe('cli: errors', function () {
  this.timeout(60_000);
  before(() => ensureBuilt());
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopspec-cli-'));
  });
  afterEach(() => {
    try {
      chmodSync(join(dir, 'locked'), 0o755);
    } catch {
      /* not made */
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('--exit-zero reports the findings and exits 0; a usage error still exits 2', () => {
    writeFileSync(join(dir, 'exit-zero.coop'), REQUEST);
    const failing = lint('exit-zero.coop');
    assert.equal(failing.code, 1);
    const zero = lint('--exit-zero', 'exit-zero.coop');
    assert.equal(zero.code, 0);
    assert.equal(zero.stdout, failing.stdout, 'the same report');
    assert.equal(lint('--exit-zero', 'no-such-file.coop').code, 2);
    const both = lint('--exit-zero', '--fail-severity', 'warning', 'exit-zero.coop');
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--exit-zero and --fail-severity cannot be used together/);
  });

  it('an empty folder is an error, as in ESLint, unless --no-error-on-unmatched-pattern', () => {
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'notes.txt'), 'not a request');
    assertUsageError(lint('empty'), /^coopspec: no \*\.coop file in empty \(use --no-error-on-unmatched-pattern to lint nothing\)$/m);
    const r = lint('--no-error-on-unmatched-pattern', 'empty');
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '✔ No problems in 0 files.\n');
  });

  it('with no path, the current folder', () => {
    writeFileSync(join(dir, 'a.coop'), REQUEST);
    const r = lint('--format', 'json');
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { summary: { files: number } }).summary.files, 1);
  });

  it('a symbolic link that points to itself, given as a path', () => {
    symlinkSync('loop.coop', join(dir, 'loop.coop'));
    assertUsageError(lint('loop.coop'), /^coopspec: cannot read loop\.coop: a loop of symbolic links$/m);
  });

  it('a loop of folder links is walked once; a looping or dangling file link inside a folder is passed over', () => {
    mkdirSync(join(dir, 'ws', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'ws', 'sub', 'a.coop'), REQUEST);
    symlinkSync('..', join(dir, 'ws', 'sub', 'up'));
    symlinkSync('self.coop', join(dir, 'ws', 'self.coop'));
    symlinkSync('missing.coop', join(dir, 'ws', 'dangling.coop'));
    const r = lint('--format', 'json', 'ws');
    assert.equal(r.code, 1);
    const paths = (JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
    assert.deepEqual([...new Set(paths)], ['ws/sub/a.coop']);
  });

  it('a path that is neither a file nor a folder (a FIFO) is refused without blocking on it', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.coop')]);
    assertUsageError(lint('pipe.coop'), /^coopspec: cannot lint pipe\.coop: not a file or directory$/m);
  });

  it('a FIFO inside a folder is not read', () => {
    mkdirSync(join(dir, 'ws'));
    execFileSync('mkfifo', [join(dir, 'ws', 'pipe.coop')]);
    writeFileSync(join(dir, 'ws', 'a.coop'), REQUEST);
    assert.equal(lint('ws').code, 1);
  });

  it('a missing path, and a path through a file', () => {
    assertUsageError(lint('nope'), /^coopspec: cannot read nope: no such file or directory$/m);
    writeFileSync(join(dir, 'a.coop'), REQUEST);
    assertUsageError(lint('a.coop/b.coop'), /^coopspec: cannot read a\.coop\/b\.coop: a part of the path is not a directory$/m);
  });

  it('an unreadable folder or file (as nobody when the tests run as root, who reads everything)', function () {
    if (!canRunUnprivileged()) {
      console.log('\n    skipped: an unreadable folder or file: the tests run as root and `setpriv` cannot drop to nobody here');
      this.skip();
    }
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'a.coop'), REQUEST);
    chmodSync(join(dir, 'locked'), 0o000);
    writeFileSync(join(dir, 'secret.coop'), REQUEST);
    chmodSync(join(dir, 'secret.coop'), 0o000);
    const unprivileged = (...args: string[]): Run => {
      const r = runCli(['lint', ...args], { cwd: dir, unprivileged: true });
      assertNoCrash(r);
      return r;
    };
    assertUsageError(unprivileged('locked'), /^coopspec: cannot read directory locked: permission denied$/m);
    assertUsageError(unprivileged('secret.coop'), /^coopspec: cannot read secret\.coop: permission denied$/m);
  });

  it('a binary file given by name gets findings, not a crash', () => {
    writeFileSync(join(dir, 'blob.coop'), Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 13, 0x7b, 0x7d, 0x22]));
    const r = lint('blob.coop');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /CR001 syntax-error/);
  });

  it('a broken coopspec.json found above the files', () => {
    writeFileSync(join(dir, 'coopspec.json'), '{\n  "rules": { "CR405": "off", }\n  "oops"\n}\n');
    writeFileSync(join(dir, 'a.coop'), REQUEST);
    assertUsageError(lint('a.coop'), /^coopspec: coopspec\.json:3:3: coopspec\.json is not valid JSON: [^\n]+\(and \d+ more\)$/m);
  });

  it('messages never quote the strings of the files', () => {
    const secret = 'Maria Secret-Witness';
    writeFileSync(
      join(dir, 'a.coop'),
      `person w {\n  name: "${secret}"\n  nationality: FR\n}\n${REQUEST.replace('to: US', `to: US\n  person: w\n  facts: "${secret} saw it"`)}`,
    );
    for (const format of LINT_FORMAT_NAMES) {
      const r = lint('--format', format, 'a.coop');
      assert.ok(!r.stdout.includes('Secret-Witness') && !r.stderr.includes('Secret-Witness'), `${format} quotes a string`);
    }
  });
});

describe('cli: globs and colours, in process', () => {
  it('globRegex: * within a folder, ** across folders, ? and [...] for one character', () => {
    const m = (pattern: string, path: string): boolean => globRegex(pattern).test(path);
    assert.ok(m('*.coop', 'a.coop') && !m('*.coop', 'sub/a.coop'));
    assert.ok(m('**/*.coop', 'a.coop') && m('**/*.coop', 'x/y/a.coop'));
    assert.ok(m('flawed/**', 'flawed/x/a.coop'));
    assert.ok(m('req-?.coop', 'req-1.coop') && !m('req-?.coop', 'req-10.coop'));
    assert.ok(m('req-[12].coop', 'req-2.coop') && !m('req-[!12].coop', 'req-2.coop') && m('req-[!12].coop', 'req-3.coop'));
    assert.ok(!m('a.coop', 'abcoop'), 'a dot is a dot');
  });

  it('colourByDefault: FORCE_COLOR, then NO_COLOR and TERM=dumb, then the terminal', () => {
    assert.equal(colourByDefault({}, true), true);
    assert.equal(colourByDefault({}, false), false);
    assert.equal(colourByDefault({ NO_COLOR: '1' }, true), false);
    assert.equal(colourByDefault({ TERM: 'dumb' }, true), false);
    assert.equal(colourByDefault({ FORCE_COLOR: '1' }, false), true);
    assert.equal(colourByDefault({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
    assert.equal(colourByDefault({ FORCE_COLOR: '0' }, true), false);
  });
});
