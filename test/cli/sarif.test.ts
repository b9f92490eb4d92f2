// SARIF: every golden SARIF log passes Microsoft's SARIF validator (@microsoft/sarif-multitool,
// which ships a self-contained binary and runs offline) with zero errors; results carry ruleId,
// rules carry helpUri, paths are relative to %SRCROOT%; and the shared conformance tool, which reads
// the SARIF, finds every example workspace exact.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RULES } from '../../server/src/language/rules/index';
import { ROOT, SHARED } from '../support/lint';
import { GOLDEN, goldenName, lintFolders } from './golden';
import { CLI, ensureBuilt, runCli } from './run';

interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string }; region?: { startLine?: number } } }[];
  suppressions?: { kind: string }[];
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules?: { id: string; helpUri?: string }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    artifacts?: { location: { uri: string; uriBaseId?: string } }[];
    results: SarifResult[];
  }[];
}

const goldenSarif = (): string[] =>
  readdirSync(join(GOLDEN, 'lint'))
    .filter((f) => f.endsWith('.sarif'))
    .sort()
    .map((f) => join(GOLDEN, 'lint', f));

/** The validator's binary, made executable (npm may not run its postinstall chmod). */
function multitool(): string | undefined {
  let bin: string;
  try {
    bin = createRequire(join(ROOT, 'package.json'))('@microsoft/sarif-multitool') as string;
  } catch {
    return undefined;
  }
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    chmodSync(bin, statSync(bin).mode | 0o100);
  }
  return bin;
}

describe('cli: SARIF', function () {
  this.timeout(300_000);
  before(() => ensureBuilt());

  it('there is a golden SARIF log for every folder the CLI test lints, and no other', () => {
    assert.deepEqual(
      goldenSarif().map((f) => f.slice(GOLDEN.length + 1)),
      lintFolders()
        .map((f) => goldenName(f, 'sarif'))
        .sort(),
    );
  });

  it("every golden SARIF log passes Microsoft's SARIF validator with zero errors", function () {
    const bin = multitool();
    assert.ok(bin, '@microsoft/sarif-multitool is not installed (npm install)');
    const out = mkdtempSync(join(tmpdir(), 'coopspec-sarif-'));
    try {
      const files = goldenSarif();
      const report = join(out, 'validation.sarif');
      const r = spawnSync(bin, ['validate', ...files, '--output', report, '--log', 'ForceOverwrite', '--quiet'], {
        encoding: 'utf8',
        timeout: 240_000,
        // .NET without ICU: nothing here depends on culture, and a fresh machine may not have libicu.
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      });
      assert.equal(r.status, 0, `the validator failed to run: ${r.stderr || r.stdout}`);
      const log = JSON.parse(readFileSync(report, 'utf8')) as SarifLog;
      const results = log.runs.flatMap((run) => run.results ?? []);
      const errors = results.filter((x) => (x.level ?? 'warning') === 'error');
      assert.deepEqual(
        errors.map((e) => `${e.ruleId}: ${e.message.arguments?.join(' | ') ?? e.message.text}`),
        [],
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the validator does find errors (it is not a no-op)', function () {
    const bin = multitool();
    assert.ok(bin);
    const out = mkdtempSync(join(tmpdir(), 'coopspec-sarif-'));
    try {
      const bad = join(out, 'bad.sarif');
      const log = JSON.parse(
        readFileSync(
          goldenSarif().find((f) => f.endsWith('flawed-specialty.sarif'))!,
          'utf8',
        ),
      ) as SarifLog;
      log.runs[0]!.results[0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
      writeFileSync(bad, JSON.stringify(log));
      const report = join(out, 'validation.sarif');
      spawnSync(bin, ['validate', bad, '--output', report, '--log', 'ForceOverwrite', '--quiet'], {
        encoding: 'utf8',
        timeout: 240_000,
        env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      });
      const results = (JSON.parse(readFileSync(report, 'utf8')) as SarifLog).runs.flatMap((r) => r.results);
      assert.ok(
        results.some((x) => x.level === 'error'),
        'a startLine of 0 is an error',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  for (const file of goldenSarif()) {
    const name = file.slice(GOLDEN.length + 1);
    it(`${name}: ruleId on every result, helpUri on every rule, paths relative to %SRCROOT%`, () => {
      const log = JSON.parse(readFileSync(file, 'utf8')) as SarifLog;
      assert.equal(log.version, '2.1.0');
      const run = log.runs[0]!;
      const rules = run.tool.driver.rules ?? [];
      assert.deepEqual(
        rules.map((r) => r.id),
        RULES.map((r) => r.meta.id),
        'every rule of the catalogue, in order',
      );
      for (const r of rules) assert.match(r.helpUri ?? '', /^https:\/\/\S+\/docs\/rules\/CR\d{3}\.md$/, `${r.id} helpUri`);
      assert.match(run.originalUriBaseIds?.['%SRCROOT%']?.uri ?? '', /^file:\/\/\/.*\/$/);
      const locations = [
        ...(run.artifacts ?? []).map((a) => a.location),
        ...run.results.flatMap((r) => (r.locations ?? []).map((l) => l.physicalLocation!.artifactLocation!)),
      ];
      assert.ok(locations.length > 0);
      for (const l of locations) {
        assert.equal(l.uriBaseId, '%SRCROOT%');
        assert.ok(l.uri && !/^[a-z]+:/i.test(l.uri) && !l.uri.startsWith('/'), `relative uri: ${l.uri}`);
        assert.ok(existsSync(join(ROOT, decodeURIComponent(l.uri))), `${l.uri} exists under the repository root`);
      }
      for (const r of run.results) {
        assert.ok(r.ruleId && /^CR\d{3}$/.test(r.ruleId), 'ruleId');
        assert.equal(rules[r.ruleIndex!]?.id, r.ruleId, 'ruleIndex points at the rule');
        assert.ok(r.message.text);
      }
    });
  }

  it('a suppressed finding is a result with suppressions, and counts for nothing', () => {
    const log = JSON.parse(runCli(['lint', '--format', 'sarif', 'test/cli/fixtures/suppressed']).stdout) as SarifLog;
    const suppressed = log.runs[0]!.results.filter((r) => r.suppressions?.length);
    assert.deepEqual(suppressed.map((r) => r.ruleId).sort(), ['CR204', 'CR305']);
    assert.ok(suppressed.every((r) => r.suppressions![0]!.kind === 'inSource'));
    assert.equal(runCli(['lint', '--fail-severity', 'warning', '--rule', 'CR105=off', 'test/cli/fixtures/suppressed']).code, 0);
  });

  it('paths stay relative to %SRCROOT% when the files are outside the working directory', () => {
    // A fresh folder, so that the repository (which may itself be in the temp folder) is outside it.
    const cwd = mkdtempSync(join(tmpdir(), 'coopspec-sarif-cwd-'));
    let r: ReturnType<typeof runCli>;
    try {
      r = runCli(['lint', '--format', 'sarif', join(ROOT, 'examples', 'flawed', 'specialty')], { cwd });
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
    const run = (JSON.parse(r.stdout) as SarifLog).runs[0]!;
    const base = run.originalUriBaseIds!['%SRCROOT%']!.uri;
    const uri = run.results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    assert.equal(uri, 'specialty.coop');
    assert.equal(new URL(uri, base).pathname, join(ROOT, 'examples', 'flawed', 'specialty', 'specialty.coop'));
  });

  const checker = join(SHARED, 'tools', 'check-examples.mjs');
  for (const [label, base] of [
    ['examples/', 'examples'],
    ['../shared/examples/', join(SHARED, 'examples')],
  ] as const) {
    it(`check-examples.mjs finds every workspace of ${label} exact`, function () {
      if (!existsSync(checker) || !existsSync(resolve(ROOT, base))) this.skip();
      const dirs = [
        join(base, 'clean'),
        ...readdirSync(resolve(ROOT, base, 'flawed'))
          .sort()
          .map((n) => join(base, 'flawed', n)),
      ];
      const r = spawnSync(process.execPath, [checker, CLI, ...dirs], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.match(
        r.stdout,
        new RegExp(`^${dirs.length}/${dirs.length} workspaces exact; \\d+ findings expected, 0 missing, 0 unexpected$`, 'm'),
      );
    });
  }
});
