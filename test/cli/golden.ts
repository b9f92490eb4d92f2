// The CLI's golden files, in test/cli/golden/<name> (see test/support/golden.ts).

import { join } from 'node:path';
import { expectGoldenFile } from '../support/golden';

export { stable, UPDATE } from '../support/golden';

export const GOLDEN = join(__dirname, 'golden');

export function expectGolden(name: string, actual: string): void {
  expectGoldenFile(join(GOLDEN, name), actual);
}
