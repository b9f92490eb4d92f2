// Runs the extension-host suite (test/electron/suite/) inside a real VS Code with
// @vscode/test-electron, when VSCODE_EXECUTABLE_PATH names a VS Code binary. VS Code cannot be
// downloaded here, so without that variable the test is skipped and says why.

import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from '../electron/build';
import { EXAMPLES, ROOT } from '../support/lint';

export const SKIP_MESSAGE = 'skipped: set VSCODE_EXECUTABLE_PATH to a VS Code binary; it cannot be downloaded here';

describe('client: extension host tests (@vscode/test-electron)', function () {
  this.timeout(5 * 60_000);

  it('activation, diagnostics, hover and a quick fix inside VS Code', async function () {
    const executable = process.env.VSCODE_EXECUTABLE_PATH;
    if (!executable) {
      console.log(`\n    client: extension host tests ${SKIP_MESSAGE}`);
      this.skip();
    }
    assert.ok(existsSync(executable), `VSCODE_EXECUTABLE_PATH does not exist: ${executable}`);
    assert.ok(existsSync(join(ROOT, 'dist', 'client.js')) && existsSync(join(ROOT, 'dist', 'server.js')), 'dist/ is not built: run node esbuild.mjs');
    const tests = await buildSuite();
    const tmp = mkdtempSync(join(tmpdir(), 'coopspec-electron-'));
    try {
      const workspace = join(tmp, 'workspace');
      cpSync(join(EXAMPLES, 'flawed', 'missing-grounds'), workspace, { recursive: true });
      const code = await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: tests,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--disable-gpu', '--skip-welcome', `--user-data-dir=${join(tmp, 'user-data')}`],
      });
      assert.equal(code, 0, 'the extension host tests failed (their output is above)');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
