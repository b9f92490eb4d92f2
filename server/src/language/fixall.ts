// Fix-all: the safe fixes of a document's findings, applied together. Shared by the editor's
// `source.fixAll.coopspec` and `coopspec lint --fix`. Pure: texts in, texts out, no file system.
//
// One pass takes, in finding order, the first safe fix of every unsuppressed finding whose edits do
// not overlap the edits already taken (pure insertions at the same offset are all kept, in finding
// order, unless both create the same block). A fix is taken whole or not at all. A document with a
// syntax error (CR001) is never edited: its tree is partial, so "the end of the block" may be wrong.
// `fixAll` repeats passes, re-linting in between, because one fix can make room for another (the
// second of two overlapping fixes) or reveal a new finding. It runs the passes on the workspace
// itself, incrementally, and then gives every document its original text back: the caller's
// workspace ends as it began (its texts; chunks that were edited are parsed again).

import type { Finding, Fix, TextEdit } from './findings';
import type { Workspace } from './workspace';

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
   * Leave `ws` with the fixed texts instead of giving every document its original text back: for a
   * caller that goes on with the fixed workspace, such as `coopspec lint --fix`.
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
   * With `inPlace`: `ws`, holding the fixed texts and their findings (already computed), so a host
   * that writes every changed document can report from it without linting again.
   */
  workspace?: Workspace;
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
  const aEmpty = a.start === a.end,
    bEmpty = b.start === b.end;
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
  ws: Workspace,
  uris: readonly string[],
  blocked: (uri: string) => SkipReason | undefined,
  onSkip: (c: Candidate, reason: SkipReason, by: string) => void,
): Candidate[] {
  const taken: Candidate[] = [];
  const edits = new Map<string, TextEdit[]>();
  for (const uri of uris) {
    for (const finding of ws.findings(uri)) {
      if (finding.suppressed) continue;
      const fix = finding.fixes.find((f) => f.safe);
      if (!fix || fix.edits.length === 0) continue;
      let reason: SkipReason | undefined,
        by = '';
      for (const e of fix.edits) {
        reason = ws.document(e.uri) ? blocked(e.uri) : 'not-editable';
        if (reason) {
          by = e.uri;
          break;
        }
      }
      if (reason) {
        onSkip({ finding, fix }, reason, by);
        continue;
      }
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
  const taken = selectFixes(
    ws,
    [uri],
    (u) => (hasSyntaxError(ws, u) ? 'syntax-error' : undefined),
    () => {},
  );
  return taken.flatMap((c) => c.fix.edits);
}

/**
 * Apply non-overlapping edits to a text (their `uri` is not looked at: pass one document's edits).
 * Insertions at the same offset keep their order; an insertion at the offset where a replacement
 * starts goes before it. Throws a RangeError on overlapping or out-of-range edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const order = edits.map((e, i) => ({ e, i }));
  order.sort((x, y) => x.e.start - y.e.start || Number(x.e.start !== x.e.end) - Number(y.e.start !== y.e.end) || x.i - y.i);
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

/**
 * Apply every safe fix of the given documents, pass after pass. The passes run on `ws` itself: each
 * edit re-parses only the chunks it touches and re-checks only what depends on them, so fixing one
 * file of a large workspace costs about as much as editing it. Unless `inPlace`, every document is
 * then given back its original text (in a `finally`), so `ws` holds the same texts as before.
 */
export function fixAllDetailed(ws: Workspace, uris: readonly string[], options: FixAllOptions = {}): FixAllResult {
  const maxPasses = options.maxPasses ?? 10;
  const canEdit = options.canEdit ?? (() => true);
  const all = ws.uris();
  const original = new Map(all.map((u) => [u, ws.document(u)!.text]));
  const touched = new Set<string>();
  const set = (u: string, text: string): void => {
    touched.add(u);
    ws.set(u, text);
  };
  try {
    const targets = [...new Set(uris)].filter((u) => original.has(u)).sort();
    // Documents with a syntax error before any fix are never touched; those a fix would break join them.
    const brokenAtStart = new Set(all.filter((u) => hasSyntaxError(ws, u)));
    const brokenByFix = new Set<string>();
    const blocked = (u: string): SkipReason | undefined =>
      brokenAtStart.has(u) ? 'syntax-error' : brokenByFix.has(u) ? 'breaks-syntax' : canEdit(u) ? undefined : 'not-editable';

    const applied: AppliedFix[] = [];
    let passes = 0;
    let attempts = 0;
    // Each attempt either applies a pass or blocks one more document, so this ends.
    while (passes < maxPasses && attempts++ < maxPasses + all.length) {
      const taken = selectFixes(ws, targets, blocked, () => {});
      if (taken.length === 0) break;
      const byUri = new Map<string, TextEdit[]>();
      for (const c of taken) for (const e of c.fix.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
      const before = new Map<string, string>();
      for (const [u, edits] of byUri) {
        const text = ws.document(u)!.text;
        before.set(u, text);
        set(u, applyEdits(text, edits));
      }
      const broken = [...byUri.keys()].filter((u) => hasSyntaxError(ws, u));
      if (broken.length) {
        // A fix produced text that does not parse: undo the whole pass, never edit those documents again.
        for (const [u, text] of before) set(u, text);
        for (const u of broken) brokenByFix.add(u);
        continue;
      }
      passes++;
      for (const c of taken) {
        applied.push({ uri: c.finding.uri, rule: c.finding.rule, title: c.fix.title, edited: [...new Set(c.fix.edits.map((e) => e.uri))] });
      }
      if (![...before].some(([u, text]) => ws.document(u)!.text !== text)) break;
    }
    // What is left that could not be applied, and why (the findings are cached: no re-lint).
    const skipped: SkippedFix[] = [];
    selectFixes(ws, targets, blocked, (c, reason, by) => {
      skipped.push({ uri: c.finding.uri, rule: c.finding.rule, title: c.fix.title, reason, blockedBy: by });
    });
    const texts = new Map<string, string>();
    for (const u of all) {
      const text = ws.document(u)!.text;
      if (text !== original.get(u)) texts.set(u, text);
    }
    return { texts, applied, skipped, passes, ...(options.inPlace ? { workspace: ws } : {}) };
  } finally {
    if (!options.inPlace) for (const u of touched) ws.set(u, original.get(u)!);
  }
}

/**
 * Apply the safe fixes of the given documents repeatedly (re-linting between passes) until none
 * remain or `maxPasses` (default 10). `ws` ends with the texts it had. Returns the new text of
 * every document that changed, possibly documents other than those given. A document with a syntax
 * error (CR001) is never touched.
 */
export function fixAll(ws: Workspace, uris: string[], options?: FixAllOptions): Map<string, string> {
  return fixAllDetailed(ws, uris, options).texts;
}
