// Machine-readable output: one object per finding, with positions 1-based (columns in UTF-16 code units).

import { VERSION } from '../../language/product';
import { countBySeverity, type LintResult } from '../report';

export function json(result: LintResult): string {
  const docOf = new Map(result.files.map((f) => [f.doc.uri, f]));
  const entry = (l: LintResult['located'][number]) => ({
    path: l.path,
    line: l.line,
    column: l.column,
    endLine: l.endLine,
    endColumn: l.endColumn,
    rule: l.finding.rule,
    alias: l.finding.alias,
    severity: l.finding.severity,
    message: l.finding.message,
    related: l.finding.related.map((r) => {
      const f = docOf.get(r.uri);
      const pos = f?.doc.positionAt(r.start);
      return { path: f?.path ?? r.uri, line: (pos?.line ?? 0) + 1, column: (pos?.character ?? 0) + 1, message: r.message };
    }),
    fixes: l.finding.fixes.map((f) => ({ title: f.title, safe: f.safe })),
  });
  // As ESLint does (messages / suppressedMessages): what a suppression comment hides is listed
  // apart, with its reason, so that `findings` is exactly what the other formats report.
  const findings = result.located.filter((l) => !l.finding.suppressed).map(entry);
  const suppressedFindings = result.located
    .filter((l) => l.finding.suppressed)
    .map((l) => ({ ...entry(l), suppressed: { justification: l.finding.suppressed!.justification } }));
  const summary = { files: result.files.length, ...countBySeverity(result.located), suppressed: suppressedFindings.length };
  return JSON.stringify({ tool: 'coopspec', version: VERSION, summary, findings, suppressedFindings }, null, 2) + '\n';
}
