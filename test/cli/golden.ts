// Golden files: compare a text with test/cli/golden/<name>, or write it there when UPDATE_GOLDEN=1
// (`npm run test:update-golden`). Machine-specific paths are replaced before comparing.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../support/lint';

export const GOLDEN = join(__dirname, 'golden');
export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The repository's location, as a file: URI or a path, becomes a placeholder. */
export function stable(text: string): string {
  const url = pathToFileURL(ROOT).href;
  return text.split(`${url}/`).join('file:///REPO/').split(ROOT).join('<repo>');
}

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  const text = stable(actual);
  if (UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    return;
  }
  assert.ok(existsSync(file), `golden file ${name} is missing: run npm run test:update-golden`);
  assert.equal(text, readFileSync(file, 'utf8'), `output differs from golden/${name} (npm run test:update-golden accepts it)`);
}
