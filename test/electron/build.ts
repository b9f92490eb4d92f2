// Bundles the extension-host test suite (test/electron/suite/) into out/electron/, where
// @vscode/test-electron loads it inside VS Code. `vscode` is provided by the extension host and
// mocha is loaded from node_modules. Run: npx tsx test/electron/build.ts
import { join } from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = join(__dirname, '..', '..');
export const OUT = join(ROOT, 'out', 'electron');

export async function buildSuite(): Promise<string> {
  await esbuild.build({
    entryPoints: {
      index: join(__dirname, 'suite', 'index.ts'),
      'extension.e2e': join(__dirname, 'suite', 'extension.e2e.ts'),
    },
    outdir: OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'error',
  });
  return join(OUT, 'index.js');
}

if (require.main === module) {
  buildSuite().then(
    (index) => process.stdout.write(`built ${index}\n`),
    (e: unknown) => {
      process.stderr.write(`build of the extension tests failed: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
