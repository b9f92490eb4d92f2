// Shared by the tests in real clients (test/e2e: code-server in Chromium; test/nvim: headless
// Neovim): finding their prerequisites, skipping or failing when they are missing, building dist/,
// temporary workspaces, and the CLI's findings to compare a client's with.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdtempSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ROOT } from '../support/lint';

export { ROOT };
export const SERVER = join(ROOT, 'dist', 'server.js');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SETUP = 'test/e2e/setup.sh';

/** Where test/e2e/setup.sh installs code-server (outside the repo, shared by clones). */
export const E2E_CACHE =
  process.env['COOPSPEC_E2E_CACHE'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'coopspec-e2e');

/**
 * Where the tests in real clients keep what explains a failure (screenshots, logs), one folder per
 * suite: outside the repository, so that tests write nothing into the working tree.
 */
export const E2E_ARTIFACTS = process.env['COOPSPEC_E2E_ARTIFACTS'] ?? join(tmpdir(), 'coopspec-e2e-artifacts');

/** COOPSPEC_E2E=1 (CI, after test/e2e/setup.sh): a missing prerequisite fails instead of skipping. */
export const REQUIRED = Boolean(process.env['COOPSPEC_E2E']) && process.env['COOPSPEC_E2E'] !== '0';

/** The absolute path of an executable on PATH, or undefined. */
export function which(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, command);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Skip the suite (from a `before` hook) when something it needs is missing — or, when COOPSPEC_E2E
 * is set, fail, so that CI never passes by skipping.
 */
export function needOrSkip(ctx: Mocha.Context, suite: string, missing: string[]): void {
  if (missing.length === 0) return;
  const what = missing.join('; ');
  if (REQUIRED) throw new Error(`${suite}: COOPSPEC_E2E is set but ${what}. Run ${SETUP} first.`);
  console.log(`\n  SKIPPED ${suite}: ${what}. Run ${SETUP} to install it (COOPSPEC_E2E=1 turns this skip into a failure).`);
  ctx.skip();
}

export { ensureBuilt } from '../support/build';

/** A fresh temporary copy of a folder of examples/ (real path: /tmp may be a symbolic link). */
export function copyExample(relative: string, prefix: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const ws = join(dir, 'workspace');
  cpSync(join(ROOT, 'examples', relative), ws, { recursive: true });
  return ws;
}

export interface CliFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** `coopspec lint --format json` on a folder, run from that folder. */
export function cliFindings(dir: string): CliFinding[] {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`coopspec lint exited ${run.status}: ${run.stderr.trim()}`);
  return (JSON.parse(run.stdout) as { findings: CliFinding[] }).findings;
}

/** 0-based line and UTF-16 character of the first occurrence of `needle` in a text, plus `shift`. */
export function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

/** Markdown or plain text reduced to words separated by single spaces, for comparing texts. */
export function plain(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/[*_`>#]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const ARTICLE_24_WORDS =
  'punishable under the laws of both Parties concerned by deprivation of liberty for a maximum period of at least one year';

/** Check that the phrase the hover tests look for is really in the bundled text of CETS 185 Art. 24. */
export function article24FromReference(): string {
  const text = readFileSync(join(ROOT, 'reference', 'treaties.md'), 'utf8');
  const start = text.indexOf('## CETS 185 Article 24 ');
  if (start < 0) throw new Error('reference/treaties.md has no section for CETS 185 Article 24');
  const end = text.indexOf('\n## ', start + 1);
  const section = plain(text.slice(start, end < 0 ? undefined : end));
  if (!section.includes(ARTICLE_24_WORDS))
    throw new Error('reference/treaties.md: Article 24 no longer holds the words the hover tests look for');
  return section;
}
