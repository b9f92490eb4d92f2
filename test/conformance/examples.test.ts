// Every folder of examples/ (the copy of ../shared/examples) lints with exactly its marked findings.

import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, keys, lintTexts, markers, readFolder } from '../support/lint';

function workspaces(): string[] {
  const out = [join(EXAMPLES, 'clean')];
  const flawed = join(EXAMPLES, 'flawed');
  for (const n of readdirSync(flawed).sort()) if (statSync(join(flawed, n)).isDirectory()) out.push(join(flawed, n));
  return out;
}

describe('conformance: examples/', () => {
  for (const dir of workspaces()) {
    const name = dir.slice(EXAMPLES.length + 1);
    it(`${name} has exactly its marked findings`, () => {
      const files = readFolder(dir);
      const expected = markers(files);
      const actual = keys(lintTexts(files).findings);
      assert.deepEqual(actual, expected);
    });
  }

  it('clean/ has no findings at all, not even info', () => {
    assert.deepEqual(keys(lintTexts(readFolder(join(EXAMPLES, 'clean'))).findings), []);
  });
});
