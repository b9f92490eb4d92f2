// Issue 3, "done when": in the editor and the CLI, coopspec.json severities and suppression
// comments give the same results on the same files. A workspace with a coopspec.json at its root,
// a nearer one in a subfolder and suppression comments is linted by the CLI (JSON) and served by
// the language server; the findings each shows must be the same.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EXAMPLES, readFolder } from '../support/lint';
import { CLI, ensureBuilt, LspClient, uriOf } from './client';

const SEVERITY = ['', 'error', 'warning', 'info'];

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopspec-parity-'));
  cpSync(join(EXAMPLES, 'flawed', 'safeguards'), join(dir, 'safeguards'), { recursive: true });
  cpSync(join(EXAMPLES, 'flawed', 'missing-grounds'), join(dir, 'grounds'), { recursive: true });
  // Root: CR406 off, CR107 lowered to warning, CR404 threshold lowered so it no longer fires.
  writeFileSync(
    join(dir, 'coopspec.json'),
    JSON.stringify({ rules: { CR406: 'off', 'unassessed-ground': 'warning' }, interceptionThresholdYears: 1 }),
  );
  // Nearer file for grounds/: it alone applies there (the nearest file wins; files are not merged).
  writeFileSync(join(dir, 'grounds', 'coopspec.json'), JSON.stringify({ rules: { 'nationality-without-prosecution': 'info' } }));
  // Suppression comments: one by id with a reason, one by alias, one naming an unknown rule.
  const f = join(dir, 'safeguards', 'surveillance.coop');
  const text = readFileSync(f, 'utf8')
    .replace(
      'request MLA-IT-3 mutual-assistance {',
      '# coopspec-disable-next-line CR402 CR403 -- agreed with the requested party\nrequest MLA-IT-3 mutual-assistance {',
    )
    .replace(
      'request MLA-IT-4 mutual-assistance {',
      '# coopspec-disable-next-line notice-missing CR999\nrequest MLA-IT-4 mutual-assistance {',
    );
  writeFileSync(f, text);
  return dir;
}

interface Shown {
  path: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
}

describe('editor and CLI agree on configuration and suppressions', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = build();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the same findings, severities and suppressions', async () => {
    let out: string;
    try {
      out = execFileSync(process.execPath, [CLI, 'lint', '--format', 'json', dir], { cwd: dir, encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const cli: Shown[] = (JSON.parse(out) as { findings: (Shown & { suppressed?: unknown })[] }).findings
      .filter((f) => !f.suppressed)
      .map((f) => ({ path: f.path, line: f.line, column: f.column, rule: f.rule, severity: f.severity, message: f.message }));

    // What the configuration and comments must have done, so the comparison is not vacuous.
    const rules = cli.map((f) => `${f.path}:${f.rule}:${f.severity}`);
    assert.ok(!rules.some((r) => r.includes('CR406')), 'CR406 is off');
    assert.ok(rules.includes('grounds/extradition.coop:CR106:info'), 'the nearer coopspec.json applies in grounds/');
    assert.ok(rules.includes('grounds/extradition.coop:CR107:error'), "and alone: the root file's CR107 = warning does not reach grounds/");
    assert.ok(!rules.some((r) => r.includes('CR404')), 'the threshold applies');
    assert.ok(!cli.some((f) => f.rule === 'CR402' && f.line === 35), 'CR402 suppressed on MLA-IT-3');
    assert.ok(
      cli.some((f) => f.rule === 'CR402' && f.line > 55),
      'CR402 still reported on MLA-IT-4',
    );
    assert.ok(
      cli.some((f) => f.rule === 'CR004' && /CR999/.test(f.message)),
      'the unknown rule in a comment is a finding',
    );

    const client = await LspClient.start(dir);
    try {
      const lsp: Shown[] = [];
      for (const file of Object.keys(readFolder(dir))) {
        const path = join(dir, file);
        const uri = uriOf(path);
        client.open(uri, readFileSync(path, 'utf8'));
        for (const d of await client.diagnosticsOf(uri)) {
          lsp.push({
            path: relative(dir, path),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            rule: String(d.code),
            severity: SEVERITY[d.severity!]!,
            message: String(d.message),
          });
        }
      }
      const order = (a: Shown, b: Shown) =>
        a.path.localeCompare(b.path) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message);
      assert.deepEqual(lsp.sort(order), cli.sort(order));
    } finally {
      await client.stop();
    }
  });
});
