// Entry point that @vscode/test-electron loads inside VS Code's extension host
// (extensionTestsPath): runs the mocha suite next to it and rejects when a test fails. When
// COOPSPEC_EXTENSION_TESTS_RESULT names a file, the outcome of each test is also written there as
// JSON, for hosts whose console is not the caller's (code-server's extension host).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 15 * 60_000, color: false, reporter: 'spec' });
  mocha.addFile(join(__dirname, 'extension.e2e.js'));
  const resultFile = process.env['COOPSPEC_EXTENSION_TESTS_RESULT'];
  const results: { title: string; state: 'passed' | 'failed'; error?: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (resultFile) writeFileSync(resultFile, JSON.stringify({ failures, results }, null, 2));
      if (failures) reject(new Error(`${failures} extension host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', error: err.stack ?? err.message }));
  });
}
