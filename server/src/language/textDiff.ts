// The difference between two texts, for every host: as edits (the formatter's, one per run of
// changed lines; the fix-all code action's, one edit) and as a unified diff (`lint --fix-dry-run`).
// Line differences are jsdiff's (the `diff` package): Myers' algorithm, bounded.

import { createTwoFilesPatch, diffArrays, FILE_HEADERS_ONLY } from 'diff';
import type { TextEdit } from './findings';

/** Lines with their line breaks (CRLF, LF or a lone CR), so that joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Beyond this many inserted and deleted lines a diff costs more than it saves: one edit covers the changed region instead. */
const MAX_DIFF = 1000;

/** The edits that turn `before` into `after`: one per run of changed lines (one edit when the texts differ too much). */
export function lineEdits(uri: string, before: string, after: string): TextEdit[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const offsets: number[] = [0];
  for (const l of a) offsets.push(offsets[offsets.length - 1]! + l.length);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const changes = diffArrays(midA, midB, { maxEditLength: MAX_DIFF });
  if (!changes) return [{ uri, start: offsets[head]!, end: offsets[a.length - tail]!, newText: midB.join('') }];
  const edits: TextEdit[] = [];
  let ai = 0,
    bi = 0;
  let run: { a: number; b: number } | undefined; // where the current run of changed lines starts
  const close = (): void => {
    if (run) edits.push({ uri, start: offsets[head + run.a]!, end: offsets[head + ai]!, newText: midB.slice(run.b, bi).join('') });
    run = undefined;
  };
  for (const c of changes) {
    const n = c.value.length;
    if (!c.added && !c.removed) {
      close();
      ai += n;
      bi += n;
      continue;
    }
    run ??= { a: ai, b: bi };
    if (c.removed) ai += n;
    else bi += n;
  }
  close();
  return edits;
}

/**
 * The smallest single edit turning `before` into `after`: the common prefix and suffix kept (no
 * diff is needed for one edit), never splitting a surrogate pair or a CRLF.
 */
export function singleEdit(before: string, after: string, uri = ''): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length,
    endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  while (endB < before.length && (isLowSurrogate(before.charCodeAt(endB)) || (before[endB] === '\n' && before[endB - 1] === '\r'))) {
    endB++;
    endA++;
  }
  return { uri, start, end: endB, newText: after.slice(start, endA) };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The change to one file as a unified diff (`--- a/path`, `+++ b/path`), as `git diff` and `patch -p1` read it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  const name = path.split('\\').join('/');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  });
}
