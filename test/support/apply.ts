// Test helpers: apply the text edits of fixes (Finding.fixes[i].edits) to the texts they were
// computed on, the way an editor or `coopspec lint --fix` would.

import type { Fix, TextEdit } from '../../server/src/language/findings';

/** The `file:///ws/<name>` URIs that lintTexts (lint.ts) gives its files. */
export const WS_PREFIX = 'file:///ws/';

/**
 * Apply edits to one text. Offsets are those of the original text; edits may not overlap (an
 * overlap means two fixes disagree and is an error, as it is for LSP's WorkspaceEdit).
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.start < 0 || e.end < e.start || e.end > text.length) {
      throw new Error(`edit ${e.start}-${e.end} is outside the text (length ${text.length})`);
    }
    const next = sorted[i + 1];
    if (next && next.start < e.end) throw new Error(`edits ${e.start}-${e.end} and ${next.start}-${next.end} overlap`);
  }
  let out = text;
  for (const e of sorted.reverse()) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/**
 * Apply one or more fixes to a set of named texts (as given to lintTexts). Returns the new texts;
 * files no edit touches are returned unchanged. Edits to a file that is not in `files` throw.
 */
export function applyFixes(files: Record<string, string>, fixes: readonly Fix[]): Record<string, string> {
  const byFile = new Map<string, TextEdit[]>();
  for (const fix of fixes) {
    for (const e of fix.edits) {
      if (!e.uri.startsWith(WS_PREFIX)) throw new Error(`edit to ${e.uri}, outside the test workspace`);
      const name = e.uri.slice(WS_PREFIX.length);
      if (!(name in files)) throw new Error(`edit to ${name}, which is not among the files`);
      const list = byFile.get(name);
      if (list) list.push(e);
      else byFile.set(name, [e]);
    }
  }
  const out = { ...files };
  for (const [name, edits] of byFile) out[name] = applyTextEdits(files[name]!, edits);
  return out;
}

/** Apply fixes to one text linted as `main.coop`. */
export function applyFixesTo(text: string, fixes: readonly Fix[]): string {
  return applyFixes({ 'main.coop': text }, fixes)['main.coop']!;
}
