// Finding the files of the workspace folders: every *.coop file and every coopspec.json, skipping
// node_modules and version-control folders and following each symbolically linked folder once
// (a loop of links ends where it returns to a folder already seen).

import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface ScanResult {
  coop: string[];
  configs: string[];
}

/** True when a path lies under a folder the scan skips. */
export function isSkipped(path: string): boolean {
  return path.split(/[\\/]/).some((part) => SKIP.has(part));
}

export async function scanFolders(folders: string[], cancelled: () => boolean): Promise<ScanResult> {
  const coop = new Set<string>();
  const configs = new Set<string>();
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    if (cancelled()) return;
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const p = join(dir, e.name);
      let isDir = e.isDirectory(),
        isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await fs.stat(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        } // a dangling link
      }
      if (isDir) await walk(p);
      else if (isFile && e.name.endsWith('.coop')) coop.add(p);
      else if (isFile && e.name === 'coopspec.json') configs.add(p);
    }
  };
  for (const f of folders) await walk(f);
  return { coop: [...coop].sort(), configs: [...configs].sort() };
}
