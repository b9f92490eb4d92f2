// The CLI's golden files, in test/cli/golden/<name> (see test/support/golden.ts).

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectGoldenFile } from '../support/golden';
import { EXAMPLES } from '../support/lint';

export { stable, UPDATE } from '../support/golden';

export const GOLDEN = join(__dirname, 'golden');

export function expectGolden(name: string, actual: string): void {
  expectGoldenFile(join(GOLDEN, name), actual);
}

/** Every folder of examples/ and the CLI's own fixtures, relative to the repository root. */
export function lintFolders(): string[] {
  const out = ['examples/clean'];
  for (const n of readdirSync(join(EXAMPLES, 'flawed')).sort()) {
    if (statSync(join(EXAMPLES, 'flawed', n)).isDirectory()) out.push(`examples/flawed/${n}`);
  }
  out.push('test/cli/fixtures/suppressed');
  return out;
}

export const FORMAT_FILES = { stylish: 'stylish.txt', json: 'json', sarif: 'sarif', github: 'github.txt' } as const;

export function goldenName(folder: string, format: keyof typeof FORMAT_FILES): string {
  return `lint/${folder
    .replace(/^examples\//, '')
    .replace(/^test\/cli\/fixtures\//, 'fixtures-')
    .replace(/\//g, '-')}.${FORMAT_FILES[format]}`;
}
