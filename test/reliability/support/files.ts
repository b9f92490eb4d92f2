// Temporary copies of fixtures for the reliability tests.

import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The files of examples/ are read-only in the repository; copies that --fix may write must not be. */
export function makeWritable(dir: string): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const isDir = statSync(p).isDirectory();
    chmodSync(p, isDir ? 0o755 : 0o644);
    if (isDir) makeWritable(p);
  }
}
