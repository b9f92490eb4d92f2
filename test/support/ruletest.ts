// Helpers for the rule tests (test/rules/CRnnn.test.ts): lint a small workspace whose expected
// findings are marked inline with `#! CRnnn`, compare one rule's findings with its markers, and
// check what rules.md asks of every finding (where it points, that it quotes no string, that each
// related location says what it is).

import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../server/src/language/findings';
import type { Settings } from '../../server/src/language/settings';
import type { Workspace } from '../../server/src/language/workspace';
import { applyFixes } from './apply';
import { keys, lintTexts, markers, type LineFinding } from './lint';

export type Files = Record<string, string>;

/** One text is linted as `main.coop`. */
export function asFiles(input: string | Files): Files {
  return typeof input === 'string' ? { 'main.coop': input } : input;
}

export interface Linted {
  files: Files;
  ws: Workspace;
  /** Every finding of the workspace. */
  all: LineFinding[];
  /** The findings of the rule under test. */
  findings: LineFinding[];
}

/**
 * Lint `input` and assert that `rule` fires exactly on the lines marked `#! rule` (as many times
 * as marked) and nowhere else; other rules' findings are ignored. Also asserts that none of the
 * rule's messages quotes a string of the files. Returns the findings for further checks.
 */
export function expectRule(rule: string, input: string | Files, settings?: Settings): Linted {
  const files = asFiles(input);
  const { ws, findings: all } = lintTexts(files, settings);
  const findings = all.filter((f) => f.rule === rule);
  const expected = markers(files).filter((k) => k.endsWith(` ${rule}`));
  assert.deepEqual(keys(findings), expected, `findings of ${rule}:\n${describe(ws, findings)}`);
  assertQuotesNoString(files, findings);
  assertRelatedSaySomething(findings);
  return { files, ws, all, findings };
}

/** Lint `input` and assert that its findings, of every rule, are exactly the marked ones. */
export function expectExactly(input: string | Files, settings?: Settings): Linted {
  const files = asFiles(input);
  const { ws, findings: all } = lintTexts(files, settings);
  assert.deepEqual(keys(all), markers(files), `all findings:\n${describe(ws, all)}`);
  assertQuotesNoString(files, all);
  assertRelatedSaySomething(all);
  return { files, ws, all, findings: all };
}

/** Lint and return one rule's findings, without assertions. */
export function findingsOf(rule: string, input: string | Files, settings?: Settings): Linted {
  const files = asFiles(input);
  const { ws, findings: all } = lintTexts(files, settings);
  return { files, ws, all, findings: all.filter((f) => f.rule === rule) };
}

function describe(ws: Workspace, findings: LineFinding[]): string {
  return (
    findings.map((f) => `  ${f.file}:${f.line} ${f.rule} [${JSON.stringify(textAt(ws, f.finding))}] ${f.finding.message}`).join('\n') ||
    '  (none)'
  );
}

// ---------------------------------------------------------------- where a finding points

/** The text a finding's range covers. */
export function textAt(ws: Workspace, f: Finding | { uri: string; start: number; end: number }): string {
  return ws.document(f.uri)!.text.slice(f.start, f.end);
}

export interface Place {
  file: string;
  /** 1-based, as editors show them. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** Where a finding (or a related location) lies: file, 1-based line and column, and its text. */
/** A finding's place as `line:column text`, for assertions. */
export function where(l: Linted, f: LineFinding): string {
  const p = placeOf(l.ws, f.finding);
  return `${p.line}:${p.column} ${p.text}`;
}

export function placeOf(ws: Workspace, f: { uri: string; start: number; end: number }): Place {
  const doc = ws.document(f.uri)!;
  const s = doc.positionAt(f.start);
  const e = doc.positionAt(f.end);
  return {
    file: f.uri.slice('file:///ws/'.length),
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    text: doc.text.slice(f.start, f.end),
  };
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `from`, when given). */
export function locate(text: string, needle: string, from?: string): { line: number; column: number } {
  const base = from === undefined ? 0 : text.indexOf(from);
  assert.ok(base >= 0, `${JSON.stringify(from)} is not in the text`);
  const at = text.indexOf(needle, base);
  assert.ok(at >= 0, `${JSON.stringify(needle)} is not in the text`);
  const before = text.slice(0, at).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

// ---------------------------------------------------------------- no string contents in messages

/**
 * The contents of every string literal in the files ("…" and """…"""), also those inside text
 * that does not parse. Contents shorter than four characters are left out: they would match
 * ordinary words of any message.
 */
export function stringContents(files: Files): string[] {
  const out = new Set<string>();
  for (const text of Object.values(files)) {
    const re = /"""([\s\S]*?)"""|"((?:[^"\\\r\n]|\\.)*)"/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // The title of a treaty named in a basis names the law, not a person: findings cite it
      // ("the applicable treaty (TITLE)", rules.md), so it is not a string they must not quote.
      if (/(?:^|[\s[,])treaty[ \t]*$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const content = (m[1] ?? m[2] ?? '').replace(/\\(["\\])/g, '$1');
      for (const piece of [content, ...content.split(/\r\n|\r|\n/)]) {
        if (piece.trim().length >= 4) out.add(piece.trim());
      }
    }
  }
  return [...out];
}

/** No message, related message or fix title of these findings contains a string of the files. */
export function assertQuotesNoString(files: Files, findings: LineFinding[]): void {
  const strings = stringContents(files);
  for (const f of findings) {
    const texts = [f.finding.message, ...f.finding.related.map((r) => r.message), ...f.finding.fixes.map((x) => x.title)];
    for (const t of texts) {
      for (const s of strings) {
        assert.ok(!t.includes(s), `${f.rule} at ${f.file}:${f.line} quotes the string ${JSON.stringify(s)}: ${t}`);
      }
    }
  }
}

/**
 * Every related location of these findings says what it is ("data d stored here"): the editor shows
 * that text beside the location, and an empty one leaves the reader guessing.
 */
export function assertRelatedSaySomething(findings: LineFinding[]): void {
  for (const f of findings) {
    for (const r of f.finding.related)
      assert.notEqual(r.message.trim(), '', `${f.rule} at ${f.file}:${f.line}: a related location without a message`);
  }
}

// ---------------------------------------------------------------- fixes

/** The first safe fix of a finding (the one fix-all and `--fix` apply). */
export function firstSafeFix(f: LineFinding): Fix {
  const fix = f.finding.fixes.find((x) => x.safe);
  assert.ok(fix, `${f.rule} at ${f.file}:${f.line} has no safe fix`);
  return fix;
}

/** Titles of a finding's fixes that are offered in the editor only (suggestions). */
export function suggestionTitles(f: LineFinding): string[] {
  return f.finding.fixes.filter((x) => !x.safe).map((x) => x.title);
}

/**
 * Apply one fix to the files, re-lint, and check that the result still parses (no CR001 that was
 * not there before). Returns the new files and findings.
 */
export function applyAndRelint(files: Files, fix: Fix, settings?: Settings): { files: Files; all: LineFinding[]; ws: Workspace } {
  const before = lintTexts(files, settings).findings.filter((f) => f.rule === 'CR001').length;
  const after = applyFixes(files, [fix]);
  const { ws, findings } = lintTexts(after, settings);
  const syntax = findings.filter((f) => f.rule === 'CR001');
  assert.equal(
    syntax.length,
    before,
    `the fix "${fix.title}" broke the syntax:\n${Object.values(after).join('\n----\n')}\n${syntax.map((f) => f.finding.message).join('\n')}`,
  );
  return { files: after, all: findings, ws };
}

/** `n` copies of the finding keys `file:line RULE` (for readable assertions). */
export function count(findings: LineFinding[], rule: string): number {
  return findings.filter((f) => f.rule === rule).length;
}
