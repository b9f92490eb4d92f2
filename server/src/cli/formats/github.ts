// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

import type { LintResult } from '../report';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function github(result: LintResult): string {
  const out: string[] = [];
  for (const l of result.located) {
    if (l.finding.suppressed) continue;
    const command = l.finding.severity === 'error' ? 'error' : l.finding.severity === 'warning' ? 'warning' : 'notice';
    const props = [
      `file=${escapeProperty(l.path)}`,
      `line=${l.line}`,
      `col=${l.column}`,
      `endLine=${l.endLine}`,
      `endColumn=${l.endColumn}`,
      `title=${escapeProperty(`${l.finding.rule} ${l.finding.alias}`)}`,
    ].join(',');
    out.push(`::${command} ${props}::${escapeData(l.finding.message)}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}
