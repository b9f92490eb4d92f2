// `coopspec render PATH... --request NAME`: the letter of request (or, with --memo, the internal
// assessment memo) of one request of the workspace the paths form, as docx, html or md, written
// to a file. The letter goes to the file only: stdout and stderr name files, requests and rules,
// never a string of the request files. A request with error findings is not rendered unless
// --draft is given; its findings are listed (exit 1).

import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDate } from '../language/config';
import type { Finding } from '../language/findings';
import { Workspace } from '../language/workspace';
import { orList } from '../language/util';
import { DEFAULT_FORMAT, FORMAT_NAMES, formatByName, LANGS, renderRequest, requestNames, type Lang } from '../render';
import { flag, parseOptions, single, UsageError, type OptionSpec } from './args';
import { collectFiles, describeError, displayPath, readSource } from './files';
import { RENDER_HELP } from './help';
import type { Io } from './lint';
import { loadSettings } from './runSettings';

export const RENDER_OPTIONS: OptionSpec[] = [
  { name: 'request', short: 'r', value: 'name of a request' },
  { name: 'format', short: 'f', value: 'format', choices: FORMAT_NAMES },
  { name: 'out', short: 'o', value: 'file' },
  { name: 'force' },
  { name: 'lang', value: 'language', choices: LANGS },
  { name: 'memo' },
  { name: 'draft' },
  { name: 'config', short: 'c', value: 'path of a coopspec.json' },
  { name: 'today', value: 'YYYY-MM-DD' },
  { name: 'help', short: 'h' },
];

export async function renderCommand(argv: readonly string[], io: Io): Promise<number> {
  const p = parseOptions(argv, RENDER_OPTIONS, 'render');
  if (flag(p, 'help')) {
    io.out(RENDER_HELP);
    return 0;
  }
  const today = single(p, 'today');
  if (today !== undefined && !isDate(today)) throw new UsageError(`--today takes a date, YYYY-MM-DD (got "${today}")`);
  const absolute = collectFiles(p.positionals.length ? p.positionals : ['.'], { cwd: io.cwd });
  const settings = loadSettings(absolute, io.cwd, { config: single(p, 'config'), today });
  const ws = new Workspace((uri) => settings.settingsFor(uri), { trackDependencies: false });
  for (const a of absolute) {
    const f = readSource(a, io.cwd);
    ws.set(pathToFileURL(a).href, f.text, { invalidUtf8: !f.utf8 });
  }

  const name = single(p, 'request');
  if (name === undefined) {
    const names = requestNames(ws).sort();
    throw new UsageError(
      `render needs --request NAME${names.length ? ` (the requests: ${names.slice(0, 10).join(', ')}${names.length > 10 ? ', …' : ''})` : ': the files hold no request'}`,
    );
  }
  const format = formatByName(single(p, 'format') ?? DEFAULT_FORMAT)!;
  const lang = (single(p, 'lang') ?? 'en') as Lang;
  const memo = flag(p, 'memo');

  // Where the letter goes: checked before anything is rendered.
  const outGiven = single(p, 'out');
  const decl = ws.named(name).find((d) => d.keyword === 'request');
  const target =
    outGiven !== undefined
      ? resolve(io.cwd, outGiven)
      : decl
        ? join(dirname(fileURLToPath(decl.chunk.uri)), `${name}${memo ? '-memo' : ''}.${format.extension}`)
        : undefined;
  const shown = target && displayPath(io.cwd, target);
  if (target) checkTarget(target, shown!, flag(p, 'force'), io.cwd);

  const outcome = await renderRequest(ws, { request: name, format: format.name, lang, memo, draft: flag(p, 'draft') });
  if (!outcome.ok) {
    if (outcome.reason === 'unknown-request') {
      throw new UsageError(
        `no request named ${name} in ${p.positionals.join(' ') || '.'}${outcome.suggestions.length ? ` (did you mean ${orList(outcome.suggestions)}?)` : ''}`,
      );
    }
    if (outcome.reason === 'ambiguous-request') throw new UsageError(`${outcome.count} requests are named ${name} (CR003): rename one`);
    for (const f of outcome.errors) io.out(`${findingLine(ws, f, io.cwd)}\n`);
    io.err(
      `coopspec: request ${name} is not rendered: it has ${outcome.errors.length} error finding${outcome.errors.length === 1 ? '' : 's'} (listed above); fix them, or render a draft with --draft\n`,
    );
    return 1;
  }
  const bytes = typeof outcome.content === 'string' ? Buffer.from(outcome.content, 'utf8') : Buffer.from(outcome.content);
  writeNew(target!, shown!, bytes, flag(p, 'force'));
  const draft = outcome.letter.banner
    ? `, a draft with ${outcome.findings.length} open finding${outcome.findings.length === 1 ? '' : 's'}`
    : '';
  io.out(`wrote ${shown} (${memo ? 'memo' : 'letter'} of ${name}, ${format.name}, ${lang}${draft})\n`);
  return 0;
}

/** `path:line:column  severity  message  rule`: a finding as the stylish report lists it. */
function findingLine(ws: Workspace, f: Finding, cwd: string): string {
  const doc = ws.document(f.uri);
  const pos = doc ? doc.positionAt(f.start) : { line: 0, character: 0 };
  return `${displayPath(cwd, fileURLToPath(f.uri))}:${pos.line + 1}:${pos.character + 1}  ${f.severity}  ${f.message}  ${f.rule}`;
}

/** The file can be written: its folder exists, it is not a folder, and it exists only with --force. */
function checkTarget(target: string, shown: string, force: boolean, cwd: string): void {
  let dir;
  try {
    dir = statSync(dirname(target));
  } catch (e) {
    throw new UsageError(
      `cannot write ${shown}: its folder ${displayPath(cwd, dirname(target))} ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${describeError(e)})`}`,
    );
  }
  if (!dir.isDirectory()) throw new UsageError(`cannot write ${shown}: ${basename(dirname(target))} is not a folder`);
  let st;
  try {
    st = statSync(target);
  } catch {
    return;
  }
  if (st.isDirectory()) throw new UsageError(`cannot write ${shown}: it is a folder`);
  if (!force) throw new UsageError(`${shown} exists: use --force to overwrite it`);
}

/**
 * Write the letter atomically: a temporary file in the same folder, written and fsync'd, then
 * linked to its name (which fails if a file appeared there meanwhile) or, with --force, renamed
 * over it. A reader sees no file, or the old one, or the whole new one: never half of it.
 */
function writeNew(target: string, shown: string, bytes: Buffer, force: boolean): void {
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.coopspec-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o666);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (force) renameSync(tmp, target);
    else {
      try {
        linkSync(tmp, target);
      } finally {
        unlinkSync(tmp);
      }
    }
  } catch (e) {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        /* already failing */
      }
    try {
      unlinkSync(tmp);
    } catch {
      /* gone or never created */
    }
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${shown} exists: use --force to overwrite it`);
    throw new UsageError(`cannot write ${shown}: ${describeError(e)}`);
  }
  try {
    const dfd = openSync(dirname(target), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* some file systems do not allow it */
  }
}
