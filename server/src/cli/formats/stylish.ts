// Human-readable output, grouped by file, in the manner of ESLint's "stylish".

import { countBySeverity, type LintResult } from '../report';

export function stylish(result: LintResult, color: boolean): string {
  const c = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const byFile = new Map<string, typeof result.located>();
  for (const l of result.located) {
    if (l.finding.suppressed) continue;
    const list = byFile.get(l.path) ?? [];
    list.push(l);
    byFile.set(l.path, list);
  }
  for (const [path, list] of byFile) {
    lines.push(c('4', path));
    const pos = list.map((l) => `${l.line}:${l.column}`);
    const width = Math.max(...pos.map((p) => p.length));
    list.forEach((l, i) => {
      const sev = l.finding.severity;
      const label = sev === 'error' ? c('31', 'error  ') : sev === 'warning' ? c('33', 'warning') : c('36', 'info   ');
      lines.push(`  ${c('2', pos[i]!.padEnd(width))}  ${label}  ${l.finding.message}  ${c('2', `${l.finding.rule} ${l.finding.alias}`)}`);
    });
    lines.push('');
  }
  const n = countBySeverity(result.located);
  const total = n.error + n.warning + n.info;
  if (total === 0) return `${c('32', '✔')} No problems in ${result.files.length} file${result.files.length === 1 ? '' : 's'}.\n`;
  // --fix leaves files with a syntax error alone: their fixes do not count.
  const broken = new Set(result.files.filter((f) => f.doc.syntaxProblems.length > 0).map((f) => f.doc.uri));
  const fixable = result.located.filter(
    (l) => !l.finding.suppressed && !broken.has(l.finding.uri) && l.finding.fixes.some((f) => f.safe),
  ).length;
  const mark = n.error ? c('31', '✖') : n.warning ? c('33', '⚠') : c('36', 'ℹ');
  lines.push(
    `${mark} ${total} problem${total === 1 ? '' : 's'} (${n.error} error${n.error === 1 ? '' : 's'}, ${n.warning} warning${n.warning === 1 ? '' : 's'}, ${n.info} info) in ${result.files.length} file${result.files.length === 1 ? '' : 's'}`,
  );
  if (fixable) lines.push(`  ${fixable} of them can be fixed with the --fix option.`);
  return lines.join('\n') + '\n';
}
