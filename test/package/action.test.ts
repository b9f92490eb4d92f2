// action.yml, the GitHub Action: its inputs and outputs are declared and used, the coopspec
// command it runs takes only options the CLI has (read from the CLI's option registry), it uploads
// the SARIF log before it fails the step, and its Lint step, run by bash against the built CLI,
// writes the log and the exit code the later steps read. README's usage snippet names only inputs
// the action has.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { OptionSpec } from '../../server/src/cli/args';
import { LINT_OPTIONS } from '../../server/src/cli/lint';
import { fencedBlocks } from '../docs/markdown';
import { ensureBuilt } from '../support/build';
import { EXAMPLES, ROOT } from '../support/lint';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
const action = load(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const step = (id: string): Step => {
  const s = steps.find((x) => x.id === id);
  assert.ok(s, `action.yml has no step with id ${id}`);
  return s;
};

/** Every `${{ … }}` expression of a value, recursively. */
function expressions(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\$\{\{(.*?)\}\}/g)].map((m) => m[1]!.trim());
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressions);
  return [];
}

/** The words of the shell line that runs `"$COOPSPEC" lint …`, quotes removed. */
function lintCommand(script: string): string[] {
  const line = script.split('\n').find((l) => /"\$COOPSPEC" lint\b/.test(l));
  assert.ok(line, 'the Lint step runs no "$COOPSPEC" lint');
  const words = line
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^"|"$/g, ''));
  return words.slice(
    words.indexOf('lint') + 1,
    words.findIndex((w) => w === '>' || w === '||'),
  );
}

/** `--name` and `-x` of the CLI's lint options. */
const lintFlags = new Map<string, OptionSpec>(
  LINT_OPTIONS.flatMap((o): [string, OptionSpec][] => [
    [`--${o.name}`, o],
    ...(o.short ? [[`-${o.short}`, o] as [string, OptionSpec]] : []),
  ]),
);

describe('action.yml: the GitHub Action', () => {
  it('is a composite action with the inputs paths, fail-severity, version and category, each described', () => {
    assert.equal(action.runs.using, 'composite');
    assert.ok(action.name && action.description);
    assert.deepEqual(Object.keys(action.inputs).sort(), ['category', 'fail-severity', 'paths', 'version']);
    for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `input ${name} has no description`);
    assert.equal(action.inputs.paths!.default, '.');
    const severities = lintFlags.get('--fail-severity')!.choices!;
    assert.equal(action.inputs['fail-severity']!.default, 'error');
    for (const s of severities)
      assert.match(
        action.inputs['fail-severity']!.description,
        new RegExp(`\\b${s}\\b`),
        `the description of fail-severity does not name ${s}`,
      );
  });

  it('uses every input it declares, and only those; every step output it reads is written by that step', () => {
    const used = expressions(action).flatMap((e) => [...e.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!));
    assert.deepEqual([...new Set(used)].sort(), Object.keys(action.inputs).sort());
    const read = expressions(action).flatMap((e) =>
      [...e.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)].map((m) => [m[1]!, m[2]!] as const),
    );
    assert.ok(read.length > 0);
    for (const [id, output] of read) {
      assert.ok(
        step(id).run?.includes(`echo "${output}=`) && step(id).run?.includes('>> "$GITHUB_OUTPUT"'),
        `step ${id} does not write output ${output}`,
      );
    }
    for (const [name, output] of Object.entries(action.outputs)) assert.ok(output.description && output.value, `output ${name}`);
  });

  it('runs coopspec lint in SARIF with options the CLI has, from the package this repository publishes', () => {
    const words = lintCommand(step('lint').run!);
    const options = words.filter((w) => w.startsWith('-') && w !== '--');
    assert.ok(options.length >= 2);
    for (const o of options) assert.ok(lintFlags.has(o), `coopspec lint has no option ${o} (see LINT_OPTIONS in server/src/cli/lint.ts)`);
    const format = words[words.indexOf('--format') + 1];
    assert.equal(format, 'sarif');
    assert.ok(lintFlags.get('--format')!.choices!.includes(format));
    assert.equal(words[words.indexOf('--fail-severity') + 1], '$FAIL_SEVERITY');
    assert.equal(step('lint').env?.FAIL_SEVERITY, '${{ inputs.fail-severity }}');

    const install = step('install').run!;
    assert.ok(install.includes(`"${pkg.name}@$version"`), `the action does not install ${pkg.name}`);
    const bin = /node_modules\/\.bin\/([\w-]+)/.exec(install)?.[1];
    assert.ok(bin && pkg.bin[bin], `the action runs ${bin}, which is not a bin of package.json`);
    assert.ok(install.includes('$ACTION_PATH/package.json'), 'with no version, the action runs its own version');
  });

  it('uploads the SARIF log before the step that fails, unless lint could not run', () => {
    const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    const fail = steps.findIndex((s) => s.run?.trimEnd().endsWith('exit 1'));
    assert.ok(upload > steps.indexOf(step('lint')), 'the upload follows the Lint step');
    assert.ok(fail > upload, 'the step that fails follows the upload');
    assert.equal(steps[upload]!.with?.sarif_file, '${{ steps.lint.outputs.sarif-file }}');
    assert.equal(steps[upload]!.with?.category, '${{ inputs.category }}');
    assert.equal(steps[upload]!.if, "steps.lint.outputs.exit-code != '2'");
    assert.equal(steps[fail]!.if, "steps.lint.outputs.exit-code != '0'");
  });

  describe('its Lint and failing steps, run by bash against the built CLI', () => {
    let repo: string;
    let temp: string;
    let wrapper: string;

    before(function () {
      this.timeout(300_000);
      ensureBuilt();
      temp = mkdtempSync(join(tmpdir(), 'coopspec-action-'));
      repo = join(temp, 'repo');
      cpSync(join(EXAMPLES, 'clean'), join(repo, 'requests'), { recursive: true });
      writeFileSync(join(repo, 'requests', 'notes.txt'), 'Not a request: linted only if the shell expanded a glob.\n');
      cpSync(join(EXAMPLES, 'flawed', 'specialty'), join(repo, 'flawed'), { recursive: true });
      mkdirSync(join(temp, 'bin'));
      // The bin npm installs, here the built CLI.
      wrapper = join(temp, 'bin', 'coopspec');
      writeFileSync(wrapper, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'dist', 'cli.js'))} "$@"\n`);
      chmodSync(wrapper, 0o755);
    });
    after(() => {
      if (temp) rmSync(temp, { recursive: true, force: true });
    });

    /** Run a step's script as the runner does (bash, with the step's env), in the repository; its outputs. */
    function runStep(
      s: Step,
      env: Record<string, string>,
    ): { status: number | null; stderr: string; stdout: string; outputs: Record<string, string> } {
      const out = join(temp, `output-${Math.random().toString(36).slice(2)}`);
      writeFileSync(out, '');
      const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', s.run!], {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH!, NO_COLOR: '1', RUNNER_TEMP: temp, GITHUB_OUTPUT: out, ...env },
        timeout: 120_000,
      });
      if (r.error) throw r.error;
      const outputs = Object.fromEntries(
        readFileSync(out, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      );
      return { status: r.status, stderr: r.stderr, stdout: r.stdout, outputs };
    }

    const lint = (paths: string, failSeverity = 'error') =>
      runStep(step('lint'), { COOPSPEC: wrapper, PATHS: paths, FAIL_SEVERITY: failSeverity });
    const sarifOf = (outputs: Record<string, string>) =>
      JSON.parse(readFileSync(outputs['sarif-file']!, 'utf8')) as {
        version: string;
        runs: { results: { ruleId: string }[]; artifacts: { location: { uri: string } }[] }[];
      };

    it('a clean workspace: the step succeeds, exit code 0, a SARIF log of its files with no result', () => {
      const r = lint('requests');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.outputs['exit-code'], '0');
      const log = sarifOf(r.outputs);
      assert.equal(log.version, '2.1.0');
      assert.deepEqual(log.runs[0]!.results, []);
      assert.deepEqual(log.runs[0]!.artifacts.map((a) => a.location.uri).sort(), [
        'requests/preservation-and-mla.coop',
        'requests/ransomware-extradition.coop',
      ]);
    });

    it('findings: the step still succeeds (the upload comes next), exit code 1, the findings in the log', () => {
      const r = lint('requests\nflawed');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.outputs['exit-code'], '1');
      assert.ok(sarifOf(r.outputs).runs[0]!.results.some((x) => x.ruleId === 'CR201'));
    });

    it('paths are split on spaces and new lines, and a glob reaches coopspec unexpanded', () => {
      // Expanded by bash, requests/* would name notes.txt, which coopspec lints when named (a syntax error).
      const r = lint('requests/*  flawed/specialty.coop');
      assert.equal(r.outputs['exit-code'], '1', r.stderr);
      const log = sarifOf(r.outputs);
      assert.deepEqual(log.runs[0]!.artifacts.map((a) => a.location.uri).sort(), [
        'flawed/specialty.coop',
        'requests/preservation-and-mla.coop',
        'requests/ransomware-extradition.coop',
      ]);
      assert.ok(!log.runs[0]!.results.some((x) => x.ruleId === 'CR001'));
    });

    it('a bad fail-severity: exit code 2 with one line from coopspec, and the failing step says lint could not run', () => {
      const r = lint('requests', 'high');
      assert.equal(r.status, 0);
      assert.equal(r.outputs['exit-code'], '2');
      assert.match(r.stderr, /^coopspec: --fail-severity does not take "high"[^\n]*\n$/);
      const fail = steps.find((s) => s.if === "steps.lint.outputs.exit-code != '0'")!;
      const f = runStep(fail, { CODE: '2', FAIL_SEVERITY: 'high' });
      assert.equal(f.status, 1);
      assert.match(f.stdout, /^::error title=CoopSpec::coopspec lint could not check the files \(exit code 2\)/);
      const g = runStep(fail, { CODE: '1', FAIL_SEVERITY: 'warning' });
      assert.equal(g.status, 1);
      assert.match(g.stdout, /^::error title=CoopSpec::findings at or above warning/);
    });
  });

  it("README's usage snippet uses this action at the current version, with inputs it has", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const uses = fencedBlocks('README.md', readme)
      .filter((b) => b.lang === 'yaml')
      .flatMap((b) => {
        const doc = load(b.text) as { jobs?: Record<string, { steps?: Step[] }> };
        return Object.values(doc?.jobs ?? {})
          .flatMap((j) => j.steps ?? [])
          .filter((s) => s.uses?.startsWith('coopspec/coopspec@'));
      });
    assert.ok(uses.length > 0, 'README.md shows no workflow that uses coopspec/coopspec');
    for (const s of uses) {
      assert.equal(s.uses, `coopspec/coopspec@v${pkg.version}`);
      for (const k of Object.keys(s.with ?? {}))
        assert.ok(action.inputs[k], `README passes the input ${k}, which action.yml does not declare`);
    }
  });
});
