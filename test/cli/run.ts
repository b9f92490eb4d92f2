// Running the built CLI (dist/cli.js) as a user would: a child process, with its exit code, stdout
// and stderr. `ensureBuilt` rebuilds dist/ first when it is missing or older than the sources.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/lint';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestSource(p) : st.mtimeMs);
  }
  return newest;
}

/** Build dist/ when dist/cli.js is missing or older than anything under server/src, grammar/ or reference/. */
export function ensureBuilt(): void {
  const built = existsSync(CLI) ? statSync(CLI).mtimeMs : 0;
  const sources = Math.max(...['server/src', 'grammar', 'reference'].map((d) => newestSource(join(ROOT, d))));
  if (built >= sources) return;
  const r = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the build failed: ${r.stderr}`);
}

/** Run `node dist/cli.js ...args` in `cwd` (the repository root by default), without colours. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: 60_000,
    maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** No stack trace, no "internal error": what a user must never see. */
export function assertNoCrash(r: Run): void {
  const text = r.stdout + r.stderr;
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(text) || /internal error/.test(text) || r.code === null) {
    throw new Error(`the CLI crashed (exit ${r.code}):\n${r.stderr}`);
  }
}
