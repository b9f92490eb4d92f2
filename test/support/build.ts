// Tests that run the built programs (dist/cli.js, dist/server.js, dist/client.js, and the Word
// writer dist/render-docx.js they load) build them first
// when they are missing or older than anything they are built from.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lint';

export const DIST = join(ROOT, 'dist');
const BUNDLES = ['cli.js', 'server.js', 'client.js', 'render-docx.js'].map((f) => join(DIST, f));
const SOURCES = ['server/src', 'client/src', 'grammar', 'reference', 'esbuild.mjs'];

/** The newest modification time of a file, or of any file under a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

/** Build dist/ when a bundle is missing or older than its sources. */
export function ensureBuilt(): void {
  const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (BUNDLES.every((b) => existsSync(b) && statSync(b).mtimeMs >= sources)) return;
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'pipe' });
}
