// Test helpers: lint texts or folders with the engine, and read `#! CRnnn` markers.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../../server/src/language/findings';
import { Workspace } from '../../server/src/language/workspace';
import type { Settings } from '../../server/src/language/settings';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');
export const SHARED = join(ROOT, '..', 'shared');

export interface LineFinding {
  file: string;
  /** 1-based line. */
  line: number;
  rule: string;
  finding: Finding;
}

/** Lint named texts as one workspace; file names become `file:///ws/<name>` URIs. */
export function lintTexts(files: Record<string, string>, settings?: Settings): { ws: Workspace; findings: LineFinding[] } {
  const ws = new Workspace(settings ? () => settings : undefined);
  for (const [name, text] of Object.entries(files)) ws.set(`file:///ws/${name}`, text);
  const findings: LineFinding[] = [];
  for (const uri of ws.uris()) {
    const doc = ws.document(uri)!;
    for (const f of ws.findings(uri)) {
      if (f.suppressed) continue;
      findings.push({ file: uri.slice('file:///ws/'.length), line: doc.positionAt(f.start).line + 1, rule: f.rule, finding: f });
    }
  }
  // A rule that throws is reported as a CR001 "Internal error" (ruleRun.ts), which a test of
  // another rule would take for silence: no workspace a test lints may make a rule throw.
  const crashes = findings.filter((f) => f.rule === 'CR001' && f.finding.message.startsWith('Internal error in rule '));
  assert.deepEqual(
    crashes.map((f) => `${f.file}:${f.line} ${f.finding.message}`),
    [],
    'a rule threw',
  );
  return { ws, findings };
}

/** Lint one text as `main.coop`. */
export function lint(text: string, settings?: Settings): LineFinding[] {
  return lintTexts({ 'main.coop': text }, settings).findings;
}

export function coopFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? coopFiles(p) : p.endsWith('.coop') ? [p] : [];
  });
}

/** Read a folder as `{ relative path: text }`. */
export function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(coopFiles(dir).map((f) => [relative(dir, f).split('\\').join('/'), readFileSync(f, 'utf8')]));
}

/** `file:line RULE` for every `#! …` marker. */
export function markers(files: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split(/\r?\n/).forEach((line, i) => {
      const m = /#!\s*((?:CR\d{3}\s*)+)$/.exec(line);
      if (m) for (const id of m[1]!.trim().split(/\s+/)) out.push(`${file}:${i + 1} ${id}`);
    });
  }
  return out.sort();
}

export function keys(findings: LineFinding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line} ${f.rule}`).sort();
}
