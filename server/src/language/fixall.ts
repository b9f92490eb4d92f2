// Fix-all: the safe fixes of a document's findings, applied together. Shared by the editor's
// `source.fixAll.coopspec` and `coopspec lint --fix`. Pure: texts in, texts out, no file system.
//
// One pass takes, in finding order, the first safe fix of every unsuppressed finding whose edits do
// not overlap the edits already taken (pure insertions at the same offset are all kept, in finding
// order, unless both create the same block). A fix is taken whole or not at all. A document with a syntax error (CR001) is never
// edited: its tree is partial, so an insertion "at the end of the block" may not be there.
// `fixAll` repeats passes on a scratch copy of the workspace, re-linting in between, because one fix
// can make room for another (the second of two overlapping fixes) or reveal a new finding.

import type { Finding, Fix, TextEdit } from './findings';
import { Workspace } from './workspace';

/** Why a fix was not applied. */
export type SkipReason =
  /** An edit falls in a document that has a syntax error (CR001). */
  | 'syntax-error'
  /** An edit falls in a document the caller may not edit (`canEdit`), or one not in the workspace. */
  | 'not-editable'
  /** Applying the fix would have made a document unparsable (a bug in the fix): it was undone. */
  | 'breaks-syntax';

export interface SkippedFix {
  /** The document of the finding. */
  uri: string;
  rule: string;
  title: string;
  reason: SkipReason;
  /** The document that blocked it. */
  blockedBy: string;
}

export interface AppliedFix {
  /** The document of the finding. */
  uri: string;
  rule: string;
  title: string;
  /** The documents its edits changed. */
  edited: string[];
}

export interface FixAllOptions {
  /** Passes at most (each re-lints); default 10. */
  maxPasses?: number;
  /** Documents the caller may change; a fix that edits any other is skipped whole. Default: all. */
  canEdit?: (uri: string) => boolean;
  /**
   * Work on `ws` itself instead of a scratch copy (saves parsing the workspace again): for a caller
   * whose workspace is disposable, such as `coopspec lint --fix`.
   */
  inPlace?: boolean;
}

export interface FixAllResult {
  /** The new text of every document that changed, in the order of `Workspace.uris()`. */
  texts: Map<string, string>;
  /** Every fix applied, in the order applied. */
  applied: AppliedFix[];
  /** Fixes still pending at the end that could not be applied, and why, in finding order. */
  skipped: SkippedFix[];
  /** Passes run that applied something. */
  passes: number;
  /**
   * The scratch workspace, holding the fixed texts and their findings (already computed): a host
   * that writes every changed document can report from it without linting again.
   */
  workspace: Workspace;
}

interface Candidate {
  finding: Finding;
  fix: Fix;
}

/**
 * Do two edits conflict? Overlapping ranges do; touching ranges and two insertions at one offset do
 * not, except two insertions that create the same block (they would give the declaration two).
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.uri !== b.uri) return false;
  if (a.createsBlock !== undefined && a.createsBlock === b.createsBlock) return true;
  const aEmpty = a.start === a.end, bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return false;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function hasSyntaxError(ws: Workspace, uri: string): boolean {
  const doc = ws.document(uri);
  return doc !== undefined && doc.syntaxProblems.length > 0;
}

/**
 * One pass over a document's findings: the edits of the safe fixes that can be applied together.
 * Edits may fall in other documents of the workspace.
 */
function selectFixes(
  ws: Workspace, uris: readonly string[], blocked: (uri: string) => SkipReason | undefined,
  onSkip: (c: Candidate, reason: SkipReason, by: string) => void,
): Candidate[] {
  const taken: Candidate[] = [];
  const edits = new Map<string, TextEdit[]>();
  for (const uri of uris) {
    for (const finding of ws.findings(uri)) {
      if (finding.suppressed) continue;
      const fix = finding.fixes.find((f) => f.safe);
      if (!fix || fix.edits.length === 0) continue;
      let reason: SkipReason | undefined, by = '';
      for (const e of fix.edits) {
        reason = ws.document(e.uri) ? blocked(e.uri) : 'not-editable';
        if (reason) { by = e.uri; break; }
      }
      if (reason) { onSkip({ finding, fix }, reason, by); continue; }
      if (fix.edits.some((e) => (edits.get(e.uri) ?? []).some((t) => overlaps(t, e)))) continue; // next pass
      if (!wellFormed(fix.edits, ws)) continue;
      taken.push({ finding, fix });
      for (const e of fix.edits) {
        const list = edits.get(e.uri);
        if (list) list.push(e);
        else edits.set(e.uri, [e]);
      }
    }
  }
  return taken;
}

/** A fix's own edits must lie inside their documents and not overlap one another. */
function wellFormed(edits: TextEdit[], ws: Workspace): boolean {
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    const len = ws.document(e.uri)?.text.length ?? -1;
    if (!(e.start >= 0 && e.start <= e.end && e.end <= len)) return false;
    for (let j = 0; j < i; j++) if (overlaps(edits[j]!, e)) return false;
  }
  return true;
}

/**
 * The edits of one pass of fix-all for a document: the safe fixes of its unsuppressed findings that
 * do not overlap an earlier fix's edits, in finding order. Edits may touch other documents. Fixes
 * that would edit a document with a syntax error (CR001) are left out.
 */
export function safeEdits(ws: Workspace, uri: string): TextEdit[] {
  const taken = selectFixes(ws, [uri], (u) => (hasSyntaxError(ws, u) ? 'syntax-error' : undefined), () => {});
  return taken.flatMap((c) => c.fix.edits);
}

/**
 * Apply non-overlapping edits to a text (their `uri` is not looked at: pass one document's edits).
 * Insertions at the same offset keep their order; an insertion at the offset where a replacement
 * starts goes before it. Throws a RangeError on overlapping or out-of-range edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i }));
  order.sort((x, y) => x.e.start - y.e.start
    || Number(x.e.start !== x.e.end) - Number(y.e.start !== y.e.end)
    || x.i - y.i);
  const parts: string[] = [];
  let pos = 0;
  for (const { e } of order) {
    if (e.start < pos || e.end < e.start || e.end > text.length) {
      throw new RangeError(`edits overlap or fall outside the text (${e.start}-${e.end} in ${text.length} characters)`);
    }
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Apply every safe fix of the given documents, pass after pass, on a scratch copy of `ws` (unless `inPlace`). */
export function fixAllDetailed(ws: Workspace, uris: readonly string[], options: FixAllOptions = {}): FixAllResult {
  const maxPasses = options.maxPasses ?? 10;
  const canEdit = options.canEdit ?? (() => true);
  const original = new Map(ws.uris().map((u) => [u, ws.document(u)!.text]));
  let scratch = ws;
  if (!options.inPlace) {
    scratch = new Workspace((u) => ws.settings(u));
    for (const [u, text] of original) scratch.set(u, text);
  }
  const targets = [...new Set(uris)].filter((u) => scratch.document(u)).sort();
  // Documents with a syntax error before any fix are never touched; those a fix would break join them.
  const brokenAtStart = new Set(scratch.uris().filter((u) => hasSyntaxError(scratch, u)));
  const brokenByFix = new Set<string>();
  const blocked = (u: string): SkipReason | undefined =>
    brokenAtStart.has(u) ? 'syntax-error' : brokenByFix.has(u) ? 'breaks-syntax' : canEdit(u) ? undefined : 'not-editable';

  const applied: AppliedFix[] = [];
  let passes = 0;
  let attempts = 0;
  // Each attempt either applies a pass or blocks one more document, so this ends.
  while (passes < maxPasses && attempts++ < maxPasses + scratch.uris().length) {
    const taken = selectFixes(scratch, targets, blocked, () => {});
    if (taken.length === 0) break;
    const byUri = new Map<string, TextEdit[]>();
    for (const c of taken) for (const e of c.fix.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
    const before = new Map<string, string>();
    for (const [u, edits] of byUri) {
      const text = scratch.document(u)!.text;
      before.set(u, text);
      scratch.set(u, applyEdits(text, edits));
    }
    const broken = [...byUri.keys()].filter((u) => hasSyntaxError(scratch, u));
    if (broken.length) {
      // A fix produced text that does not parse: undo the whole pass, never edit those documents again.
      for (const [u, text] of before) scratch.set(u, text);
      for (const u of broken) brokenByFix.add(u);
      continue;
    }
    passes++;
    const changed = [...before].some(([u, text]) => scratch.document(u)!.text !== text);
    for (const c of taken) {
      applied.push({ uri: c.finding.uri, rule: c.finding.rule, title: c.fix.title, edited: [...new Set(c.fix.edits.map((e) => e.uri))] });
    }
    if (!changed) break;
  }
  // What is left that could not be applied, and why (the findings are cached: no re-lint).
  const skipped: SkippedFix[] = [];
  selectFixes(scratch, targets, blocked, (c, reason, by) => {
    skipped.push({ uri: c.finding.uri, rule: c.finding.rule, title: c.fix.title, reason, blockedBy: by });
  });

  const texts = new Map<string, string>();
  for (const u of scratch.uris()) {
    const text = scratch.document(u)!.text;
    if (text !== original.get(u)) texts.set(u, text);
  }
  return { texts, applied, skipped, passes, workspace: scratch };
}

/**
 * Apply the safe fixes of the given documents repeatedly (re-linting between passes) until none
 * remain or `maxPasses` (default 10), on a scratch copy: `ws` is not changed. Returns the new text of
 * every document that changed, possibly documents other than those given. A document with a syntax
 * error (CR001) is never touched.
 */
export function fixAll(ws: Workspace, uris: string[], options?: FixAllOptions): Map<string, string> {
  return fixAllDetailed(ws, uris, options).texts;
}
