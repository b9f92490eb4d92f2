// The repo carries copies of ../shared (examples as fixtures, reference texts as data) so that a
// fresh clone works without it. While ../shared is present, the copies must equal it.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, SHARED } from '../support/lint';

function tree(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? tree(p).map((c) => join(n, c)) : [n];
    })
    .sort();
}

const COPIES: [string, string][] = [
  ['examples', 'examples'],
  ['reference', 'reference'],
];

describe('copies of ../shared', function () {
  for (const [mine, theirs] of COPIES) {
    it(`${mine}/ equals ../shared/${theirs}/`, function () {
      const shared = join(SHARED, theirs);
      if (!existsSync(shared)) this.skip();
      const a = tree(join(ROOT, mine));
      const b = tree(shared);
      assert.deepEqual(a, b, `the files of ${mine}/ differ from ../shared/${theirs}/: run "npm run sync-shared"`);
      for (const f of b) {
        assert.ok(
          readFileSync(join(ROOT, mine, f)).equals(readFileSync(join(shared, f))),
          `${relative(ROOT, join(ROOT, mine, f))} differs from ../shared/${theirs}/${f}: run "npm run sync-shared"`,
        );
      }
    });
  }
});
