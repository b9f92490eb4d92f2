// Running the product with networking blocked: the preload block-network.cjs (loaded through
// NODE_OPTIONS, so every Node process started under it has it) and the log it writes.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const PRELOAD = join(__dirname, 'block-network.cjs');

export interface NetRecord {
  event: 'preload' | 'attempt';
  pid: number;
  api?: string;
  target?: string;
}

export interface Blocked {
  /** The file the preload writes to. */
  log: string;
  /** Environment with the preload: NODE_OPTIONS plus COOPSPEC_NET_LOG. */
  env: Record<string, string>;
  /** The same environment without the preload (only the log variable, which nothing reads then). */
  plain: Record<string, string>;
  records(): NetRecord[];
  attempts(): NetRecord[];
  /** Processes in which the preload was loaded. */
  preloaded(): number[];
}

/** The folders of the logs, removed when the test run ends (a test may read its log until then). */
const logFolders: string[] = [];
process.once('exit', () => {
  for (const dir of logFolders) rmSync(dir, { recursive: true, force: true });
});

/** A fresh log and the environments to run a command with and without the preload. */
export function blockedEnv(): Blocked {
  const folder = mkdtempSync(join(tmpdir(), 'coopspec-net-'));
  logFolders.push(folder);
  const log = join(folder, 'attempts.jsonl');
  const nodeOptions = [process.env.NODE_OPTIONS ?? '', `--require ${JSON.stringify(PRELOAD)}`].filter(Boolean).join(' ');
  const records = (): NetRecord[] =>
    existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as NetRecord)
      : [];
  return {
    log,
    env: { COOPSPEC_NET_LOG: log, NODE_OPTIONS: nodeOptions },
    plain: { COOPSPEC_NET_LOG: log, NODE_OPTIONS: process.env.NODE_OPTIONS ?? '' },
    records,
    attempts: () => records().filter((r) => r.event === 'attempt'),
    preloaded: () =>
      records()
        .filter((r) => r.event === 'preload')
        .map((r) => r.pid),
  };
}

/** Whether this machine lets an unprivileged user make a network namespace (`unshare -rn true`). */
export function canUnshareNetwork(): boolean {
  if (unshareWorks === undefined) {
    try {
      unshareWorks = spawnSync('unshare', ['-rn', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
    } catch {
      unshareWorks = false;
    }
  }
  return unshareWorks;
}
let unshareWorks: boolean | undefined;
