// `coopspec lint --fix` and `--fix-dry-run`: the engine's fix-all on the files given, written back
// atomically. What changed, and what could not be, is told on stderr so that stdout stays the
// report in the chosen format.

import { fixAllDetailed, type SkippedFix } from '../language/fixall';
import { PLACEHOLDER } from '../language/rules/fixkit';
import { unifiedDiff } from '../language/textDiff';
import type { Workspace } from '../language/workspace';
import type { SourceFile } from './files';
import { encode, unwritable, writeAtomically } from './write';

export interface FixReport {
  /** Lines for stderr, in file order. */
  lines: string[];
  /** A file --fix meant to change could not be written. */
  failed: boolean;
  /** The workspace as the files now are on disk (or would be, for a dry run), findings computed. */
  workspace: Workspace;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Apply every safe fix of the given files; unless `dryRun`, write the changed files. The workspace
 * returned holds the texts now on disk (or that would be, for a dry run), so the report that
 * follows shows what remains. `ws` itself is used (and changed) for it.
 */
export function applyFixes(ws: Workspace, files: readonly (SourceFile & { uri: string })[], dryRun: boolean): FixReport {
  const byUri = new Map(files.map((f) => [f.uri, f]));
  const cannot = new Map<string, string>();
  for (const f of files) {
    const why = unwritable(f);
    if (why) cannot.set(f.uri, why);
  }
  const result = fixAllDetailed(
    ws,
    files.map((f) => f.uri),
    {
      canEdit: (uri) => byUri.has(uri) && !cannot.has(uri),
      inPlace: true, // the CLI's workspace is disposable: no second parse
    },
  );
  const fixed = ws; // inPlace: ws now holds the fixed texts

  const lines: string[] = [];
  let failed = false;
  const fixedIn = new Map<string, number>();
  for (const a of result.applied) for (const u of a.edited) fixedIn.set(u, (fixedIn.get(u) ?? 0) + 1);

  for (const f of files) {
    const text = result.texts.get(f.uri);
    if (text === undefined) continue;
    const n = fixedIn.get(f.uri) ?? 0;
    const todo = placeholdersAdded(f.text, text);
    if (dryRun) {
      lines.push(unifiedDiff(f.path, f.text, text).trimEnd());
      lines.push(`would fix ${plural(n, 'problem')} in ${f.path}${todo}`);
      continue;
    }
    const outcome = writeAtomically(f, encode(f, text));
    if (outcome.ok) {
      lines.push(`fixed ${plural(n, 'problem')} in ${f.path}${todo}`);
    } else {
      lines.push(`not fixed: ${f.path}: ${outcome.reason}`);
      fixed.set(f.uri, f.text); // report the file as it still is
      failed = true;
    }
  }
  lines.push(...describeSkipped(result.skipped, byUri, cannot, dryRun ? 'would not fix' : 'not fixed'));
  // A file that --fix could not change fails the run; a dry run only says so.
  if (!dryRun && result.skipped.some((s) => cannot.has(s.blockedBy))) failed = true;
  if (lines.length === 0) lines.push('nothing to fix');
  return { lines, failed, workspace: fixed };
}

/**
 * What the fixes left for the drafter to write: the placeholders ("…") they inserted, which no rule
 * reports once the entry is there, so the line that says what --fix did names where they are.
 */
function placeholdersAdded(before: string, after: string): string {
  const count = (t: string): number => t.split(PLACEHOLDER).length - 1;
  const added = count(after) - count(before);
  if (added <= 0) return '';
  const lines: number[] = [];
  after.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.includes(PLACEHOLDER)) lines.push(i + 1);
  });
  const shown = lines.length > 6 ? `${lines.slice(0, 6).join(', ')}, …` : lines.join(', ');
  return `; ${plural(added, 'placeholder')} ${PLACEHOLDER} to complete (line${lines.length === 1 ? '' : 's'} ${shown})`;
}

/** One line per file that blocked fixes: a syntax error, a file that cannot be written, a file not given. */
function describeSkipped(
  skipped: readonly SkippedFix[],
  files: Map<string, SourceFile>,
  cannot: Map<string, string>,
  not: string,
): string[] {
  const byBlocker = new Map<string, SkippedFix[]>();
  for (const s of skipped) byBlocker.set(s.blockedBy, [...(byBlocker.get(s.blockedBy) ?? []), s]);
  const lines: string[] = [];
  for (const [uri, list] of [...byBlocker].sort((a, b) => a[0].localeCompare(b[0]))) {
    const path = files.get(uri)?.path;
    const n = plural(list.length, 'fixable problem');
    const reason = list[0]!.reason;
    if (!path) {
      const from = [...new Set(list.map((s) => files.get(s.uri)?.path ?? s.uri))].join(', ');
      lines.push(`${not}: ${n} of ${from}: the fix would edit a file that was not given`);
    } else if (reason === 'syntax-error') {
      lines.push(`${not}: ${path}: it has a syntax error (CR001); correct it and run --fix again (${n} waiting)`);
    } else if (reason === 'breaks-syntax') {
      lines.push(`${not}: ${path}: the fixes would have made it unparsable (${n}); please report this`);
    } else {
      lines.push(`${not}: ${path}: ${cannot.get(uri) ?? 'it may not be changed'} (${n})`);
    }
  }
  return lines;
}
