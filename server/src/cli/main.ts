// coopspec: the command-line host of the engine.
//   coopspec lint [paths...] [--format stylish|json|sarif|github] [--fail-severity error|warning|info]
// Exit codes: 0 nothing at or above the fail severity, 1 something is, 2 usage error or unreadable input.

import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../language/meta';
import type { Severity } from '../language/findings';
import { Workspace } from '../language/workspace';
import { collectFiles, UsageError } from './files';
import { github } from './formats/github';
import { json } from './formats/json';
import { sarif } from './formats/sarif';
import { stylish } from './formats/stylish';
import { countBySeverity, type LintResult } from './report';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const HELP = `Usage: coopspec lint [paths...] [options]

Checks CoopSpec request files (*.coop). All files given form one workspace;
directories are searched for *.coop. With no path, the current directory.

Options:
  --format <name>          stylish (default), json, sarif or github
  --fail-severity <level>  exit 1 when a finding is at or above: error (default), warning or info
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no finding at or above the fail severity, 1 at least one, 2 usage error or unreadable path.
`;

interface Options {
  command: string;
  paths: string[];
  format: Format;
  failSeverity: Severity;
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  const opts: Options = { command: '', paths: [], format: 'stylish', failSeverity: 'error' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const next = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '-v' || flag === '--version') return 'version';
    if (flag === '--format' || flag === '-f') {
      const v = next();
      if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}": use ${FORMATS.join(', ')}`);
      opts.format = v as Format;
    } else if (flag === '--fail-severity') {
      const v = next();
      if (!(SEVERITIES as string[]).includes(v)) throw new UsageError(`unknown severity "${v}": use error, warning or info`);
      opts.failSeverity = v as Severity;
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option ${flag}`);
    } else if (!opts.command) {
      opts.command = a;
    } else {
      opts.paths.push(a);
    }
  }
  return opts;
}

function lint(paths: string[]): LintResult {
  const files = collectFiles(paths.length ? paths : ['.']);
  const cwd = process.cwd();
  const ws = new Workspace();
  const entries = files.map((absolute) => {
    let text: string;
    try {
      text = readFileSync(absolute, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${relative(cwd, absolute) || absolute}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const uri = pathToFileURL(absolute).href;
    ws.set(uri, text);
    return { path: toPosix(relative(cwd, absolute)), absolute, uri };
  });
  const result: LintResult = { files: [], located: [], root: commonRoot(cwd, files) };
  for (const e of entries) {
    const doc = ws.document(e.uri)!;
    result.files.push({ path: e.path, absolute: e.absolute, doc });
    for (const finding of ws.findings(e.uri)) {
      const s = doc.positionAt(finding.start), end = doc.positionAt(finding.end);
      result.located.push({ finding, path: e.path, line: s.line + 1, column: s.character + 1, endLine: end.line + 1, endColumn: end.character + 1 });
    }
  }
  return result;
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The working directory when every file is inside it, else the files' common ancestor. */
function commonRoot(cwd: string, files: string[]): string {
  if (files.every((f) => !relative(cwd, f).startsWith('..'))) return cwd;
  let root = dirname(files[0] ?? cwd);
  for (const f of files) while (relative(root, f).startsWith('..')) root = dirname(root);
  return root;
}

function main(argv: string[]): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    return usage((e as Error).message);
  }
  if (opts === 'help') { process.stdout.write(HELP); return 0; }
  if (opts === 'version') { process.stdout.write(`${VERSION}\n`); return 0; }
  if (opts.command !== 'lint') {
    return usage(opts.command ? `unknown command "${opts.command}"; try "coopspec lint"` : 'missing command; try "coopspec lint [paths...]" or "coopspec --help"');
  }
  let result: LintResult;
  try {
    result = lint(opts.paths.map((p) => resolve(p)));
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const out = opts.format === 'json' ? json(result) : opts.format === 'sarif' ? sarif(result) : opts.format === 'github' ? github(result) : stylish(result, color);
  process.stdout.write(out);
  const n = countBySeverity(result.located);
  const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(opts.failSeverity) + 1).some((s) => n[s] > 0);
  return failing ? 1 : 0;
}

function usage(message: string): number {
  process.stderr.write(`coopspec: ${message}\n`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  // Never a stack trace: one line, exit 2.
  process.stderr.write(`coopspec: internal error: ${(e as Error).message ?? e}\n`);
  process.exitCode = 2;
}
