// Golden files: compare a text with a file kept in the repository, or write the file when
// UPDATE_GOLDEN=1 (`npm run test:update-golden`). Machine-specific paths are replaced first.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lint';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The repository's location, as a file: URI or a path, becomes a placeholder. */
export function stable(text: string): string {
  const url = pathToFileURL(ROOT).href;
  return text.split(`${url}/`).join('file:///REPO/').split(ROOT).join('<repo>');
}

/** `actual` must equal the golden file `file` (an absolute path); UPDATE_GOLDEN=1 rewrites it. */
export function expectGoldenFile(file: string, actual: string): void {
  const text = stable(actual);
  const name = relative(ROOT, file);
  if (UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    return;
  }
  assert.ok(existsSync(file), `golden file ${name} is missing: run npm run test:update-golden`);
  assert.equal(text, readFileSync(file, 'utf8'), `output differs from ${name} (npm run test:update-golden accepts it)`);
}
