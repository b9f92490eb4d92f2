// The $coopspec problem matcher (package.json contributes.problemMatchers) against the real output
// of the CLI that the `coopspec` lint task runs (`--format stylish --exit-zero`), for a tasks.json
// that adds the matcher: every finding of `--format json` must be read from the stylish report, at
// the same file, line, column, severity, rule and message, and nothing else. The matcher below follows VS Code's multi-line matcher: the first pattern reads a file line,
// the second (loop) pattern reads each finding under it, and a line the loop does not match starts over.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, ROOT } from '../support/lint';

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}
interface Matcher {
  name: string;
  owner: string;
  fileLocation: [string, string];
  pattern: Pattern[];
}
interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

const CLI = join(ROOT, 'dist', 'cli.js');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };
const matcher = pkg.contributes.problemMatchers.find((m) => m.name === 'coopspec');

function match(output: string, m: Matcher): Problem[] {
  const [first, loop] = m.pattern;
  assert.ok(first && loop && m.pattern.length === 2 && loop.loop === true, 'expected a file pattern and a looping finding pattern');
  const fileRe = new RegExp(first.regexp);
  const findingRe = new RegExp(loop.regexp);
  const problems: Problem[] = [];
  let file: string | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (file !== undefined) {
      const f = findingRe.exec(line);
      if (f) {
        problems.push({
          file,
          line: Number(f[loop.line!]),
          column: Number(f[loop.column!]),
          severity: f[loop.severity!]!,
          message: f[loop.message!]!,
          code: f[loop.code!]!,
        });
        continue;
      }
      file = undefined;
    }
    const h = fileRe.exec(line);
    if (h) file = h[first.file!]!;
  }
  return problems;
}

function run(cwd: string, format: string, paths: string[] = ['.']): string {
  try {
    // As the task runs it: --exit-zero (findings do not fail it).
    return execFileSync(process.execPath, [CLI, 'lint', '--format', format, ...(format === 'stylish' ? ['--exit-zero'] : []), ...paths], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    if (err.status === 1 && err.stdout !== undefined) return err.stdout; // findings at error severity
    throw e;
  }
}

interface JsonFinding {
  path: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  rule: string;
  suppressed?: boolean;
}

function expected(cwd: string, paths?: string[]): Problem[] {
  const out = JSON.parse(run(cwd, 'json', paths)) as { findings: JsonFinding[] };
  return out.findings
    .filter((f) => !f.suppressed)
    .map((f) => ({ file: f.path, line: f.line, column: f.column, severity: f.severity, message: f.message, code: f.rule }));
}

const key = (p: Problem): string => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`;

describe('client: $coopspec problem matcher', () => {
  before(function () {
    if (!existsSync(CLI)) assert.fail('dist/cli.js is missing: run node esbuild.mjs first');
  });

  it('is contributed with relative file locations under the workspace folder', () => {
    assert.ok(matcher, 'no problem matcher named coopspec');
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
    // An owner of its own: not the language server's diagnostic collections ('coopspec' pushed,
    // 'coopspec-pull' pulled), whose markers a task would otherwise replace or be replaced by.
    assert.equal(matcher.owner, 'coopspec-cli');
  });

  it('reads every finding of the examples, as the lint task runs them (cwd = the folder, path ".")', () => {
    const stylish = run(EXAMPLES, 'stylish');
    assert.ok(!stylish.includes('\u001b['), 'the CLI printed colours to a pipe');
    const got = match(stylish, matcher!).map(key).sort();
    const want = expected(EXAMPLES).map(key).sort();
    assert.ok(want.length > 30, `expected the flawed examples to have findings, got ${want.length}`);
    assert.ok(
      want.some((k) => / info /.test(k)) && want.some((k) => / warning /.test(k)) && want.some((k) => / error /.test(k)),
      'the examples should show every severity',
    );
    assert.deepEqual(got, want);
    // Each file the matcher reports exists relative to the folder the task ran in.
    for (const p of match(stylish, matcher!)) assert.ok(existsSync(join(EXAMPLES, p.file)), p.file);
  });

  it('reads nothing from a clean workspace, and no summary line as a problem', () => {
    const stylish = run(join(EXAMPLES, 'clean'), 'stylish');
    assert.match(stylish, /No problems/);
    assert.deepEqual(match(stylish, matcher!), []);
  });

  it('reads findings in nested folders and in file names with spaces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopspec-matcher-'));
    try {
      cpSync(join(EXAMPLES, 'flawed', 'syntax'), join(dir, 'a folder', 'deeper'), { recursive: true });
      cpSync(join(EXAMPLES, 'flawed', 'missing-grounds'), join(dir, 'second'), { recursive: true });
      writeFileSync(join(dir, 'second', 'x  y.coop'), 'person p {\n  nam: "x"\n}\n');
      const got = match(run(dir, 'stylish'), matcher!).map(key).sort();
      const want = expected(dir).map(key).sort();
      assert.ok(
        want.some((k) => k.startsWith('a folder/deeper/recovery.coop:')),
        'the nested file has findings',
      );
      assert.ok(
        want.some((k) => k.startsWith('second/x  y.coop:')),
        'the file with spaces has findings',
      );
      assert.deepEqual(got, want);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
