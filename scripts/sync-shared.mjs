// Copy ../shared/examples and ../shared/reference into the repo (see test/conformance/copies.test.ts).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(shared)) {
  console.error('sync-shared: ../shared is not here; nothing to copy.');
  process.exit(2);
}
for (const dir of ['examples', 'reference']) {
  rmSync(join(root, dir), { recursive: true, force: true });
  cpSync(join(shared, dir), join(root, dir), { recursive: true });
  console.log(`copied ../shared/${dir} -> ${dir}/`);
}
