// Finding the files to lint, and reading them.
//
// A file given on the command line is linted whatever its name; directories are searched for
// *.coop (skipping node_modules and version-control folders). Symbolic links are followed, each
// directory is read once (so a loop of links ends), and a link that leads nowhere or to itself
// inside a directory is passed over, as ESLint does. A path given that does not exist, cannot be
// read, is neither a file nor a directory, or (like ESLint) holds no *.coop file is a usage error.

import { closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch/posix';
import { decodeFile } from '../node/decode';
import { UsageError } from './args';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn']);

/** The words for the errors a file system gives. */
export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EISDIR':
      return 'it is a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return code ?? 'cannot be read';
  }
}

/**
 * The *.coop files under `dir` (shown as `shown` in messages), each passed to `onFile`; directories
 * whose real path is in `seen` are not read again. Returns how many files it found.
 */
function walk(dir: string, shown: string, seen: Set<string>, onFile: (path: string) => void): number {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return 0;
  }
  if (seen.has(real)) return 0;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new UsageError(`cannot read directory ${shown}: ${describeError(e)}`);
  }
  let found = 0;
  for (const name of names.sort()) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    } // a dangling link, or a link to itself
    if (st.isDirectory()) found += walk(p, join(shown, name), seen, onFile);
    else if (st.isFile() && name.endsWith('.coop')) {
      onFile(p);
      found++;
    }
  }
  return found;
}

const GLOB_CHARS = /[*?[]/;

/**
 * The glob syntax the CLI offers, read by picomatch ("/" separates folders): `*` and `?` within a
 * folder name (a name that starts with a dot included), `**` as a whole folder name for any number
 * of folders, `[…]` (`[!…]` or `[^…]` to exclude: `posix`) for one character. The options turn off what
 * else picomatch reads (braces, extglobs, a leading `!`); the characters of regex groups and a
 * backslash, which no option turns off, are escaped, so that they are characters of a name.
 */
const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, posix: true, nonegate: true, noextglob: true, nobrace: true };

/** A glob as a regular expression on relative paths with "/" separators. */
export function globRegex(pattern: string): RegExp {
  return picomatch.makeRe(pattern.replace(/[\\(){}|+@]/g, '\\$&'), GLOB_OPTIONS);
}

/**
 * The *.coop files a glob given in quotes matches (the shell expands unquoted ones): a file matches
 * when its path, or the path of a folder it is in, matches the pattern.
 */
function expandGlob(given: string, cwd: string): string[] {
  const parts = given.split('/');
  const first = parts.findIndex((part) => GLOB_CHARS.test(part));
  const baseShown = parts.slice(0, first).join('/') || (given.startsWith('/') ? '/' : '.');
  const base = resolve(cwd, baseShown);
  let st;
  try {
    st = statSync(base);
  } catch (e) {
    throw new UsageError(`cannot read ${given}: ${describeError(e)}`);
  }
  if (!st.isDirectory()) throw new UsageError(`cannot read ${given}: ${baseShown} is not a directory`);
  const re = globRegex(parts.slice(first).join('/'));
  const matched: string[] = [];
  walk(base, baseShown, new Set(), (file) => {
    const segments = relative(base, file).split(sep);
    for (let n = segments.length; n > 0; n--) {
      if (re.test(segments.slice(0, n).join('/'))) {
        matched.push(file);
        return;
      }
    }
  });
  return matched;
}

/** Absolute paths of the files to lint under the given paths, sorted, without duplicates. */
export function collectFiles(paths: readonly string[], options: { cwd?: string; errorOnUnmatched?: boolean } = {}): string[] {
  const out = new Set<string>();
  const seenDirs = new Set<string>();
  const cwd = options.cwd ?? process.cwd();
  for (const given of paths) {
    if (given === '-') throw new UsageError('reading standard input is not supported: save the text in a *.coop file and lint that');
    const p = resolve(cwd, given);
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && GLOB_CHARS.test(given)) {
        const matched = expandGlob(given, cwd);
        if (matched.length === 0 && options.errorOnUnmatched !== false) {
          throw new UsageError(`no *.coop file matches ${given} (use --no-error-on-unmatched-pattern to lint nothing)`);
        }
        for (const file of matched) out.add(file);
        continue;
      }
      throw new UsageError(`cannot read ${given}: ${describeError(e)}`);
    }
    if (st.isDirectory()) {
      const before = seenDirs.size;
      const found = walk(p, given, seenDirs, (file) => out.add(file));
      if (found === 0 && options.errorOnUnmatched !== false && seenDirs.size > before) {
        throw new UsageError(`no *.coop file in ${given} (use --no-error-on-unmatched-pattern to lint nothing)`);
      }
    } else if (st.isFile()) out.add(p);
    else throw new UsageError(`cannot lint ${given}: not a file or directory`);
  }
  return [...out].sort();
}

/** A file as read: its bytes, its text for the engine, and what --fix needs to write it back. */
export interface SourceFile {
  absolute: string;
  /** Relative to the working directory (absolute when outside it), with "/" separators. */
  path: string;
  bytes: Buffer;
  /** The text without its byte order mark. */
  text: string;
  bom: boolean;
  /** The bytes are valid UTF-8, so the file can be written back byte for byte where unchanged. */
  utf8: boolean;
  mtimeMs: number;
  size: number;
  mode: number;
}

export function readSource(absolute: string, cwd: string): SourceFile {
  const path = displayPath(cwd, absolute);
  let fd: number;
  try {
    fd = openSync(absolute, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${describeError(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UsageError(`cannot lint ${path}: not a file`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(fd);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${describeError(e)}`);
    }
    const { text, bom, utf8 } = decodeFile(bytes);
    return { absolute, path, bytes, text, bom, utf8, mtimeMs: st.mtimeMs, size: st.size, mode: st.mode };
  } finally {
    closeSync(fd);
  }
}

/** The path to show for a file: relative to the working directory when inside it. */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const shown = outside ? absolute : rel;
  return shown.split(sep).join('/');
}
