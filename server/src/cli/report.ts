// The result of a lint run, as every output format sees it.

import type { SourceDocument } from '../language/document';
import type { Finding } from '../language/findings';

export interface Located {
  finding: Finding;
  /** Path relative to the working directory (or absolute when outside it), with "/" separators. */
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintResult {
  files: { path: string; absolute: string; doc: SourceDocument }[];
  located: Located[];
  /** The directory SARIF paths are relative to. */
  root: string;
}

export function countBySeverity(located: Located[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const l of located) if (!l.finding.suppressed) c[l.finding.severity]++;
  return c;
}
