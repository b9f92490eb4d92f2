// Test helpers for fixes: apply the text edits of fixes (Finding.fixes[i].edits) to the texts they
// were computed on, the way an editor or `coopspec lint --fix` would, fix-all by passes, and check
// that what a fix inserts follows the document's indentation and line breaks.

import assert from 'node:assert/strict';
import type { Fix, TextEdit } from '../../server/src/language/findings';
import type { Settings } from '../../server/src/language/settings';
import { keys, lintTexts, type LineFinding } from './lint';

type Files = Record<string, string>;

function asFiles(files: Files | string): Files {
  return typeof files === 'string' ? { 'main.coop': files } : files;
}

function ruleFindings(rule: string, files: Files, settings?: Settings): LineFinding[] {
  return lintTexts(files, settings).findings.filter((f) => f.rule === rule);
}

// ---------------------------------------------------------------- fixes

/** The `file:///ws/<name>` URIs that lintTexts (lint.ts) gives its files. */
export const WS_PREFIX = 'file:///ws/';

/**
 * Apply edits to one text. Offsets are those of the original text; edits may not overlap (an
 * overlap means two fixes disagree and is an error, as it is for LSP's WorkspaceEdit). Insertions
 * at the same offset land in the order given.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i)
    .map((x) => x.e);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    if (e.start < 0 || e.end < e.start || e.end > text.length) {
      throw new Error(`edit ${e.start}-${e.end} is outside the text (length ${text.length})`);
    }
    const next = sorted[i + 1];
    if (next && next.start < e.end) throw new Error(`edits ${e.start}-${e.end} and ${next.start}-${next.end} overlap`);
  }
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function fileOf(uri: string, files: Record<string, string>): string {
  if (!uri.startsWith(WS_PREFIX)) throw new Error(`edit to ${uri}, outside the test workspace`);
  const name = uri.slice(WS_PREFIX.length);
  if (!(name in files)) throw new Error(`edit to ${name}, which is not among the files`);
  return name;
}

/**
 * Apply fixes, all at once, to a set of named texts (as given to lintTexts). Returns the new texts;
 * files no edit touches are returned unchanged. Overlapping edits throw.
 */
export function applyFixes(files: Record<string, string>, fixes: readonly Fix[]): Record<string, string> {
  const byFile = new Map<string, TextEdit[]>();
  for (const fix of fixes) {
    for (const e of fix.edits) {
      const name = fileOf(e.uri, files);
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

/** The fix that fix-all would apply for a finding: its first safe one. */
export function safeFix(f: LineFinding): Fix | undefined {
  return f.finding.fixes.find((x) => x.safe);
}

/**
 * Fix-all the way ESLint does it: in each pass, apply the first safe fix of every finding (of the
 * given rules, or all) whose edits neither overlap nor touch an edit already taken in that pass,
 * re-lint, and repeat until no safe fix is left (at most `maxPasses`). A fix is applied whole or
 * not at all.
 */
export function fixAll(
  files: Record<string, string>,
  options: { rules?: string[]; settings?: Settings; maxPasses?: number } = {},
): { files: Record<string, string>; applied: number; passes: number } {
  let current = files;
  let applied = 0;
  const maxPasses = options.maxPasses ?? 10;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const findings = lintTexts(current, options.settings).findings.filter((f) => !options.rules || options.rules.includes(f.rule));
    const taken: Fix[] = [];
    const ranges: { name: string; start: number; end: number }[] = [];
    for (const f of findings) {
      const fix = safeFix(f);
      if (!fix) continue;
      const mine = fix.edits.map((e) => ({ name: fileOf(e.uri, current), start: e.start, end: e.end }));
      const clash = mine.some((m) => ranges.some((r) => r.name === m.name && m.start <= r.end && r.start <= m.end));
      if (clash) continue;
      taken.push(fix);
      ranges.push(...mine);
    }
    if (taken.length === 0) return { files: current, applied, passes: pass - 1 };
    current = applyFixes(current, taken);
    applied += taken.length;
  }
  return { files: current, applied, passes: maxPasses };
}

// ---------------------------------------------------------------- what a fix inserted

/** Lines of `after` that are not in `before` (as a multiset), in order. */
export function addedLines(before: string, after: string): string[] {
  const count = new Map<string, number>();
  for (const l of before.split(/\r\n|\r|\n/)) count.set(l, (count.get(l) ?? 0) + 1);
  const out: string[] = [];
  for (const l of after.split(/\r\n|\r|\n/)) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else out.push(l);
  }
  return out;
}

/** A text written with two-space indentation, re-indented with `unit` per level. */
export function reindent(text: string, unit: string): string {
  return text.replace(/^((?: {2})+)/gm, (m) => unit.repeat(m.length / 2));
}

/** A text with every line break made CRLF. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The variants of a two-space, LF text that fixes must follow: 4 spaces, tabs, CRLF. */
export function styleVariants(text: string): { name: string; text: string; unit: string; eol: string }[] {
  return [
    { name: '2 spaces', text, unit: '  ', eol: '\n' },
    { name: '4 spaces', text: reindent(text, '    '), unit: '    ', eol: '\n' },
    { name: 'tabs', text: reindent(text, '\t'), unit: '\t', eol: '\n' },
    { name: 'CRLF', text: crlf(text), unit: '  ', eol: '\r\n' },
    { name: 'tabs and CRLF', text: crlf(reindent(text, '\t')), unit: '\t', eol: '\r\n' },
  ];
}

/**
 * Check that the text a fix produced follows the document's style: every added entry line
 * (`key: …`, `key {`) is indented with whole `unit`s only (at least one: entries never land in the
 * first column), and no line break other than `eol` appears.
 */
export function assertStyle(before: string, after: string, unit: string, eol: string, inserts = true): void {
  const added = addedLines(before, after).filter((l) => /^[ \t]*[a-z][a-z-]*[ \t]*(:|\{)/.test(l));
  if (inserts) assert.ok(added.length > 0, 'the fix added no line');
  for (const line of added) {
    const indent = /^[ \t]*/.exec(line)![0];
    assert.ok(
      indent.length > 0 && indent.length % unit.length === 0 && indent === unit.repeat(indent.length / unit.length),
      `added line ${JSON.stringify(line)} is not indented with ${JSON.stringify(unit)}`,
    );
  }
  const breaks = after.match(/\r\n|\r|\n/g) ?? [];
  assert.ok(
    breaks.every((b) => b === eol),
    `line breaks other than ${JSON.stringify(eol)} after the fix`,
  );
}

/** `file:line RULE` of the syntax and vocabulary findings (CR001, CR004, CR005) of a set of texts. */
function malformed(files: Files, settings?: Settings): string[] {
  return keys(lintTexts(files, settings).findings.filter((f) => ['CR001', 'CR004', 'CR005'].includes(f.rule)));
}

/**
 * In every style of `files` (2 spaces, 4 spaces, tabs, CRLF; written with 2 spaces and LF): fix-all
 * restricted to `rule` leaves no finding of it, adds no syntax or vocabulary finding (the text still
 * parses and the inserted keys and words exist), and what it inserted follows the document's
 * indentation and line breaks. `inserts: false` for fixes that only remove text. Returns the fixed
 * texts of the 2-space variant.
 */
export function expectFixedInEveryStyle(rule: string, files: Files | string, settings?: Settings, inserts = true): Files {
  const fs = asFiles(files);
  let plain: Files | undefined;
  for (const variant of styleVariants('')) {
    const styled = Object.fromEntries(Object.entries(fs).map(([n, t]) => [n, styleVariants(t).find((v) => v.name === variant.name)!.text]));
    assert.ok(ruleFindings(rule, styled, settings).length > 0, `${variant.name}: ${rule} does not fire before the fix`);
    const { files: fixed, applied } = fixAll(styled, { rules: [rule], settings });
    assert.ok(applied > 0, `${variant.name}: no safe fix of ${rule} was applied`);
    assert.deepEqual(keys(ruleFindings(rule, fixed, settings)), [], `${variant.name}: ${rule} still fires after its fixes`);
    assert.deepEqual(malformed(fixed, settings), malformed(styled, settings), `${variant.name}: the fix made the text malformed`);
    const before = Object.values(styled).join(variant.eol);
    const after = Object.values(fixed).join(variant.eol);
    assertStyle(before, after, variant.unit, variant.eol, inserts);
    plain ??= fixed;
  }
  return plain!;
}
