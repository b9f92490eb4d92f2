// Finding the files to lint: directories are searched for *.coop, following symbolic links once.

import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class UsageError extends Error {}

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

/** Absolute paths of the *.coop files under the given paths, sorted, without duplicates. */
export function collectFiles(paths: string[]): string[] {
  const out = new Set<string>();
  const seenDirs = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    try { real = realpathSync(dir); } catch { return; }
    if (seenDirs.has(real)) return; // a loop of symbolic links, or a directory reached twice
    seenDirs.add(real);
    let names: string[];
    try { names = readdirSync(dir); } catch { return; }
    for (const name of names.sort()) {
      if (SKIP.has(name)) continue;
      const p = join(dir, name);
      let st;
      try { st = statSync(p); } catch { continue; }
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && name.endsWith('.coop')) out.add(p);
    }
  };
  for (const given of paths) {
    const p = resolve(given);
    let st;
    try { st = statSync(p); } catch {
      throw new UsageError(`cannot read ${given}: no such file or directory`);
    }
    if (st.isDirectory()) {
      try { readdirSync(p); } catch { throw new UsageError(`cannot read directory ${given}: permission denied`); }
      walk(p);
    } else if (st.isFile()) out.add(p);
    else throw new UsageError(`cannot lint ${given}: not a file or directory`);
  }
  return [...out].sort();
}
