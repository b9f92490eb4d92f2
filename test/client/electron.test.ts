// The extension-host suite (test/electron/suite/: activation, diagnostics, hover, "Lint workspace"
// and the lint task, two-space indentation, explain, a quick fix) runs inside a real VS Code
// extension host:
//   - in VS Code itself with @vscode/test-electron, when VSCODE_EXECUTABLE_PATH names a VS Code
//     binary (VS Code cannot be downloaded here, so without it that test is skipped and says why);
//   - in code-server's extension host, when test/e2e/setup.sh has installed code-server and
//     Debian's Chromium (skipped otherwise; COOPSPEC_E2E=1, as in CI, makes a missing one a failure).

import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from '../electron/build';
import { runSuiteInCodeServer } from '../electron/codeServer';
import { E2E_ARTIFACTS, E2E_CACHE, REQUIRED, SETUP } from '../e2e/support';
import { EXAMPLES, ROOT } from '../support/lint';

export const SKIP_MESSAGE = 'skipped: set VSCODE_EXECUTABLE_PATH to a VS Code binary; it cannot be downloaded here';
const FIXTURE = join(EXAMPLES, 'flawed', 'missing-grounds');
const CHROMIUM = process.env['COOPSPEC_CHROMIUM'] ?? '/usr/bin/chromium';

/** code-server as test/e2e/setup.sh installs it (E2E_CACHE/code-server-<version>), or COOPSPEC_CODE_SERVER. */
function codeServer(): string {
  const given = process.env['COOPSPEC_CODE_SERVER'];
  if (given) return given;
  const versions = existsSync(E2E_CACHE)
    ? readdirSync(E2E_CACHE)
        .filter((n) => /^code-server-\d/.test(n))
        .sort()
    : [];
  return join(E2E_CACHE, versions.pop() ?? 'code-server-<version>', 'node_modules', '.bin', 'code-server');
}

function assertBuilt(): void {
  for (const f of ['client.js', 'server.js', 'cli.js'])
    assert.ok(existsSync(join(ROOT, 'dist', f)), `dist/${f} is not built: run node esbuild.mjs`);
}

describe('client: extension host tests', function () {
  this.timeout(45 * 60_000);

  it('in VS Code (@vscode/test-electron): activation, diagnostics, hover, Lint workspace, the lint task, indentation, explain and a quick fix', async function () {
    const executable = process.env['VSCODE_EXECUTABLE_PATH'];
    if (!executable) {
      console.log(`\n    client: extension host tests in VS Code ${SKIP_MESSAGE}`);
      this.skip();
    }
    assert.ok(existsSync(executable), `VSCODE_EXECUTABLE_PATH does not exist: ${executable}`);
    assertBuilt();
    const tests = await buildSuite();
    const tmp = mkdtempSync(join(tmpdir(), 'coopspec-electron-'));
    try {
      const workspace = join(tmp, 'workspace');
      cpSync(FIXTURE, workspace, { recursive: true });
      const code = await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: tests,
        launchArgs: [
          workspace,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--disable-gpu',
          '--skip-welcome',
          `--user-data-dir=${join(tmp, 'user-data')}`,
        ],
      });
      assert.equal(code, 0, 'the extension host tests failed (their output is above)');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("in code-server's extension host: the same suite", async function () {
    const CODE_SERVER = codeServer();
    const missing = [
      ...(existsSync(CODE_SERVER) ? [] : [`code-server is not installed at ${CODE_SERVER}`]),
      ...(existsSync(CHROMIUM) ? [] : [`Chromium is not installed at ${CHROMIUM}`]),
    ];
    if (missing.length) {
      if (REQUIRED) assert.fail(`COOPSPEC_E2E is set but ${missing.join('; ')}: run ${SETUP}`);
      console.log(`\n    client: extension host tests in code-server skipped: ${missing.join('; ')} (${SETUP} installs them)`);
      this.skip();
    }
    assertBuilt();
    const tests = await buildSuite();
    const artifacts = join(E2E_ARTIFACTS, 'extension-host');
    const result = await runSuiteInCodeServer({
      codeServer: CODE_SERVER,
      chromium: CHROMIUM,
      extension: ROOT,
      tests,
      fixture: FIXTURE,
      artifacts,
      timeoutMs: 20 * 60_000,
    });
    const failed = result.results.filter((r) => r.state === 'failed');
    assert.deepEqual(failed, [], `extension host tests failed (code-server log and screenshot in ${artifacts})`);
    assert.ok(result.results.length >= 8, `only ${result.results.length} extension host tests ran`);
  });
});
