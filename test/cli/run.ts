// Running the built CLI (dist/cli.js) as a user would: a child process, with its exit code, stdout
// and stderr. `ensureBuilt` rebuilds dist/ first when it is missing or older than the sources.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/lint';
import { HANG_MS } from '../support/hang';

export { ensureBuilt } from '../support/build';

export const CLI = join(ROOT, 'dist', 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The user `nobody` (65534): who permission checks apply to, even when the tests run as root. */
export const NOBODY = 65534;

/**
 * Whether the CLI can run without privileges, so that a folder or file without permissions is
 * refused as it is for any user: as the current user when that is not root; when the tests run as
 * root (as CI does), as `nobody`, through `setpriv`.
 */
export function canRunUnprivileged(): boolean {
  if (process.getuid?.() !== 0) return true;
  return (
    spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', process.execPath, '-e', ''], { timeout: HANG_MS })
      .status === 0
  );
}

/**
 * Run `node dist/cli.js ...args` in `cwd` (the repository root by default), without colours; with
 * `unprivileged`, as `nobody` when the tests run as root (see canRunUnprivileged).
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; unprivileged?: boolean } = {}): Run {
  const drop = options.unprivileged && process.getuid?.() === 0;
  const [command, ...prefix] = drop
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', process.execPath]
    : [process.execPath];
  const r = spawnSync(command, [...prefix, CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    timeout: HANG_MS,
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
