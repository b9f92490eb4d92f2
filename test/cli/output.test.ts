// The CLI's output, per format and per exit code, against golden files (test/cli/golden/).
// Paths are stable: the CLI runs in the repository root and lints `examples/...`.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rulePage } from '../../server/src/language/explain';
import { ruleByName } from '../../server/src/language/rules/index';
import { expectGolden, FORMAT_FILES, GOLDEN, goldenName, lintFolders, UPDATE } from './golden';
import { assertNoCrash, ensureBuilt, runCli, type Run } from './run';

/** A command, its exit code and both streams, as one block of a transcript. */
function transcript(args: string[], r: Run): string {
  const quoted = args.map((a) => (/^[\w./=:-]+$/.test(a) ? a : `'${a}'`)).join(' ');
  let out = `$ coopspec ${quoted}\n[exit ${r.code}]\n`;
  if (r.stdout) out += `[stdout]\n${r.stdout}${r.stdout.endsWith('\n') ? '' : '\n'}`;
  if (r.stderr) out += `[stderr]\n${r.stderr}${r.stderr.endsWith('\n') ? '' : '\n'}`;
  return out;
}

/** Exit codes and messages: [name, args, expected exit code]. */
const CASES: [string, string[], number][] = [
  ['clean', ['lint', 'examples/clean'], 0],
  ['errors', ['lint', 'examples/flawed/specialty'], 1],
  ['warnings-only', ['lint', 'examples/flawed/fiscal'], 0],
  ['fail-on-warning', ['lint', '--fail-severity', 'warning', 'examples/flawed/fiscal'], 1],
  ['fail-on-info', ['lint', '--fail-severity=info', '--rule', 'CR102=off', '--rule', 'ground-engaged=off', 'examples/flawed/fiscal'], 1],
  [
    'info-only-passes-warning',
    ['lint', '--fail-severity', 'warning', '--rule', 'CR102=off', '--rule', 'ground-engaged=off', 'examples/flawed/fiscal'],
    0,
  ],
  ['clean-fail-on-info', ['lint', '--fail-severity', 'info', 'examples/clean'], 0],
  // The provider example holds an error since rules version 2 (CR312: a subscriber order without its Art. 7(3) contents).
  ['several-folders', ['lint', '--format', 'github', 'examples/flawed/provider', 'examples/flawed/fiscal'], 1],
  ['config-nearest', ['lint', 'test/cli/fixtures/config'], 1],
  // CR105 is a warning by default (exit 0, as config-explicit shows); config/coopspec.json makes it an error.
  ['config-raises-exit-code', ['lint', 'test/cli/fixtures/config/extradition.coop'], 1],
  ['rule-overrides-config', ['lint', '--rule', 'CR105=warning', 'test/cli/fixtures/config/extradition.coop'], 0],
  [
    'config-explicit',
    ['lint', '--config', 'test/cli/fixtures/config/strict/coopspec.json', 'test/cli/fixtures/config/extradition.coop'],
    0,
  ],
  ['config-broken', ['lint', 'test/cli/fixtures/config-broken'], 2],
  ['config-broken-overridden', ['lint', '--config', 'test/cli/fixtures/config/coopspec.json', 'test/cli/fixtures/config-broken'], 1],
  ['config-missing', ['lint', '--config', 'nope/coopspec.json', 'examples/clean'], 2],
  ['config-directory', ['lint', '--config', 'test/cli/fixtures/config', 'examples/clean'], 2],
  ['rule-override-off', ['lint', '--rule', 'CR105=off', '--rule', 'nationality-without-prosecution=off', 'test/cli/fixtures/config'], 1],
  ['rule-unknown', ['lint', '--rule', 'CR999=off', 'examples/clean'], 2],
  ['rule-bad-severity', ['lint', '--rule', 'CR405=loud', 'examples/clean'], 2],
  ['rule-no-equals', ['lint', '--rule', 'CR405', 'examples/clean'], 2],
  ['no-command', [], 2],
  ['unknown-command', ['lnt', 'examples'], 2],
  ['path-as-command', ['examples'], 2],
  ['option-before-command', ['--format', 'json', 'lint'], 2],
  ['unknown-option', ['lint', '--frmat', 'json', 'examples/clean'], 2],
  ['missing-value', ['lint', 'examples/clean', '--format'], 2],
  ['value-is-an-option', ['lint', '--format', '--fix', 'examples/clean'], 2],
  ['bad-value', ['lint', '--format', 'xml', 'examples/clean'], 2],
  ['bad-severity', ['lint', '--fail-severity', 'fatal', 'examples/clean'], 2],
  ['flag-with-value', ['lint', '--fix=yes', 'examples/clean'], 2],
  ['option-twice', ['lint', '--format', 'json', '--format', 'sarif', 'examples/clean'], 2],
  ['fix-and-dry-run', ['lint', '--fix', '--fix-dry-run', 'examples/clean'], 2],
  ['missing-path', ['lint', 'examples/nope'], 2],
  ['not-a-file', ['lint', '/dev/null'], 2],
  ['explicit-file', ['lint', 'examples/flawed/provider/provider.coop'], 1],
  ['help', ['--help'], 0],
  ['help-lint', ['lint', '--help'], 0],
  ['help-command', ['help', 'explain'], 0],
  ['help-unknown', ['help', 'lnt'], 2],
  ['version', ['--version'], 0],
  ['rules', ['rules'], 0],
  ['rules-argument', ['rules', 'CR101'], 2],
  ['explain-article', ['explain', 'budapest art 29(2)'], 0],
  ['explain-article-unquoted', ['explain', 'budapest', 'art', '29(2)(c)'], 0],
  ['explain-summary', ['explain', 'budapest-2ap art 7'], 0],
  ['explain-word', ['explain', 'unassessed'], 0],
  ['explain-key', ['explain', 'preserved-by'], 0],
  ['explain-unknown', ['explain', 'safegards'], 2],
  ['explain-unknown-rule', ['explain', 'CR3011'], 2],
  ['explain-no-article', ['explain', 'budapest art 99'], 2],
  ['explain-no-paragraph', ['explain', 'budapest art 29(9)'], 2],
  ['explain-bad-instrument', ['explain', 'foo art 3'], 2],
  ['explain-nothing', ['explain'], 2],
  ['explain-several', ['explain', 'CR204', 'notice-missing'], 0],
  ['explain-article-spaced', ['explain', 'budapest art 29 (2)'], 0],
  ['glob-quoted', ['lint', '--format', 'json', 'examples/flawed/*/spec*.coop'], 1],
  ['glob-double-star', ['lint', '--format', 'github', 'examples/**/provider.coop'], 1],
  ['today-deadlines', ['lint', '--today', '2026-12-03', 'examples/flawed/extradition-bars'], 1],
  ['today-bad', ['lint', '--today', '2026-02-30', 'examples/clean'], 2],
  ['explain-governing', ['explain', 'governing'], 0],
  ['explain-part-d', ['explain', 'ets24 art 16(4)', 'ets98 art 3', 'echr art 3', 'ets24 art 10'], 0],
  ['glob-folders', ['lint', '--format', 'json', 'examples/flawed/p*'], 1],
  ['glob-no-match', ['lint', 'examples/flawed/*.txt'], 2],
  ['glob-no-match-allowed', ['lint', '--no-error-on-unmatched-pattern', 'examples/flawed/*.txt'], 0],
  ['stdin', ['lint', '-'], 2],
  ['version-after-command', ['lint', '--version'], 0],
  ['unknown-option-before-command', ['-V'], 2],
];

describe('cli: output', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  for (const folder of lintFolders()) {
    for (const format of Object.keys(FORMAT_FILES) as (keyof typeof FORMAT_FILES)[]) {
      it(`lint --format ${format} ${folder}`, () => {
        const r = runCli(['lint', '--format', format, folder]);
        assertNoCrash(r);
        assert.equal(r.stderr, '');
        assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}`);
        expectGolden(goldenName(folder, format), r.stdout);
      });
    }
  }

  for (const [name, args, code] of CASES) {
    it(`exit ${code}: ${name} (coopspec ${args.join(' ')})`, () => {
      const r = runCli(args);
      assertNoCrash(r);
      assert.equal(r.code, code, `exit code; stderr: ${r.stderr}`);
      if (code === 2) {
        // A usage error is one line on stderr, and nothing on stdout.
        assert.match(r.stderr, /^coopspec: [^\n]+\n$/, 'one line');
        assert.equal(r.stdout, '');
      }
      expectGolden(`cases/${name}.txt`, transcript(args, r));
    });
  }

  it('every golden file belongs to a case (npm run test:update-golden removes the others)', () => {
    const expected = new Set([
      ...lintFolders().flatMap((f) => (Object.keys(FORMAT_FILES) as (keyof typeof FORMAT_FILES)[]).map((fmt) => goldenName(f, fmt))),
      ...CASES.map(([name]) => `cases/${name}.txt`),
    ]);
    const present = ['lint', 'cases'].flatMap((d) =>
      existsSync(join(GOLDEN, d)) ? readdirSync(join(GOLDEN, d)).map((n) => `${d}/${n}`) : [],
    );
    const orphans = present.filter((p) => !expected.has(p));
    if (UPDATE) for (const o of orphans) rmSync(join(GOLDEN, o));
    else assert.deepEqual(orphans, []);
  });

  it('json: findings are what the other formats report; suppressed ones are listed apart with their reason', () => {
    const out = JSON.parse(runCli(['lint', '--format', 'json', 'test/cli/fixtures/suppressed']).stdout) as {
      summary: { warning: number; suppressed: number };
      findings: { rule: string; suppressed?: unknown }[];
      suppressedFindings: { rule: string; suppressed: { justification: string } }[];
    };
    assert.deepEqual(
      out.findings.map((f) => f.rule),
      ['CR105'],
    );
    assert.ok(out.findings.every((f) => f.suppressed === undefined));
    assert.deepEqual(out.suppressedFindings.map((f) => f.rule).sort(), ['CR204', 'CR305']);
    assert.ok(out.suppressedFindings.every((f) => f.suppressed.justification === 'the undertaking is given in the covering letter'));
    assert.equal(out.summary.warning, out.findings.length);
    assert.equal(out.summary.suppressed, out.suppressedFindings.length);
  });

  it("explain prints a rule's page, by id or alias, as the engine renders it", () => {
    const page = rulePage(ruleByName('CR204')!);
    for (const topic of ['CR204', 'specialty-undertaking-missing', 'cr204']) {
      const r = runCli(['explain', topic]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, page.endsWith('\n') ? page : `${page}\n`);
    }
  });

  it('stylish has no colour when stdout is not a terminal, and colour with --color', () => {
    const plain = runCli(['lint', 'examples/flawed/specialty'], { env: { NO_COLOR: '' } });
    assert.ok(!plain.stdout.includes('\u001b['), 'no escape sequence');
    const colored = runCli(['lint', '--color', 'examples/flawed/specialty']);
    assert.ok(colored.stdout.includes('\u001b[31merror'), 'error in red');
  });
});
