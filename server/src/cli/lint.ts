// `coopspec lint [paths...]`: read the files, lint them as one workspace, optionally fix them, and
// report in the chosen format. Returns the exit code.

import { dirname, isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDate } from '../language/config';
import type { Severity } from '../language/findings';
import { Workspace } from '../language/workspace';
import { all, flag, parseOptions, single, UsageError, type OptionSpec } from './args';
import { collectFiles, readSource, type SourceFile } from './files';
import { applyFixes } from './fix';
import { DEFAULT_LINT_FORMAT, LINT_FORMAT_NAMES, lintFormatByName } from './formats/index';
import { LINT_HELP } from './help';
import { countBySeverity, type LintResult } from './report';
import { loadSettings, parseRuleOverrides } from './runSettings';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const LINT_OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', value: 'format', choices: LINT_FORMAT_NAMES },
  { name: 'fail-severity', value: 'severity', choices: SEVERITIES },
  { name: 'exit-zero' },
  { name: 'fix' },
  { name: 'fix-dry-run' },
  { name: 'config', short: 'c', value: 'path of a coopspec.json' },
  { name: 'rule', value: 'RULE=SEVERITY', repeat: true },
  { name: 'today', value: 'YYYY-MM-DD' },
  { name: 'no-error-on-unmatched-pattern' },
  { name: 'color' },
  { name: 'no-color' },
  { name: 'help', short: 'h' },
];

export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal that takes colours. */
  color: boolean;
}

export function lintCommand(argv: readonly string[], io: Io): number {
  const p = parseOptions(argv, LINT_OPTIONS, 'lint');
  if (flag(p, 'help')) {
    io.out(LINT_HELP);
    return 0;
  }
  const fix = flag(p, 'fix'),
    dryRun = flag(p, 'fix-dry-run');
  if (fix && dryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (flag(p, 'color') && flag(p, 'no-color')) throw new UsageError('--color and --no-color cannot be used together');
  const format = lintFormatByName(single(p, 'format') ?? DEFAULT_LINT_FORMAT)!;
  const failSeverity = (single(p, 'fail-severity') ?? 'error') as Severity;
  if (flag(p, 'exit-zero') && single(p, 'fail-severity') !== undefined)
    throw new UsageError('--exit-zero and --fail-severity cannot be used together');
  const rules = parseRuleOverrides(all(p, 'rule'));
  const today = single(p, 'today');
  if (today !== undefined && !isDate(today)) throw new UsageError(`--today takes a date, YYYY-MM-DD (got "${today}")`);

  const absolute = collectFiles(p.positionals.length ? p.positionals : ['.'], {
    cwd: io.cwd,
    errorOnUnmatched: !flag(p, 'no-error-on-unmatched-pattern'),
  });
  const settings = loadSettings(absolute, io.cwd, { config: single(p, 'config'), rules, today });
  const files = absolute.map((a) => ({ ...readSource(a, io.cwd), uri: pathToFileURL(a).href }));
  const ws = new Workspace((uri) => settings.settingsFor(uri), { trackDependencies: false });
  for (const f of files) ws.set(f.uri, f.text, { invalidUtf8: !f.utf8 });

  let failed = false;
  let reported = ws;
  if (fix || dryRun) {
    const report = applyFixes(ws, files, dryRun);
    for (const line of report.lines) io.err(`${line}\n`);
    failed = report.failed;
    reported = report.workspace;
  }

  const result = lintResult(reported, files, io.cwd);
  const color = flag(p, 'color') || (!flag(p, 'no-color') && io.color);
  io.out(format.write(result, { color }));
  if (failed) return 2;
  if (flag(p, 'exit-zero')) return 0;
  const n = countBySeverity(result.located);
  return SEVERITIES.slice(0, SEVERITIES.indexOf(failSeverity) + 1).some((s) => n[s] > 0) ? 1 : 0;
}

function lintResult(ws: Workspace, files: readonly (SourceFile & { uri: string })[], cwd: string): LintResult {
  const result: LintResult = {
    files: [],
    located: [],
    root: commonRoot(
      cwd,
      files.map((f) => f.absolute),
    ),
  };
  for (const f of files) {
    const doc = ws.document(f.uri)!;
    result.files.push({ path: f.path, absolute: f.absolute, doc });
    for (const finding of ws.findings(f.uri)) {
      const s = doc.positionAt(finding.start),
        e = doc.positionAt(finding.end);
      result.located.push({
        finding,
        path: f.path,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
      });
    }
  }
  return result;
}

/** The working directory when every file is inside it, else the files' common ancestor. */
function commonRoot(cwd: string, files: readonly string[]): string {
  const inside = (root: string, f: string): boolean => {
    const r = relative(root, f);
    return !isAbsolute(r) && r !== '..' && !r.startsWith(`..${sep}`);
  };
  if (files.every((f) => inside(cwd, f))) return cwd;
  let root = dirname(files[0] ?? cwd);
  for (const f of files) while (!inside(root, f) && dirname(root) !== root) root = dirname(root);
  return root;
}
