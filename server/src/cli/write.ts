// Writing a fixed file back, atomically: a temporary file in the same directory, written and
// fsync'd, then renamed over the original — so a reader sees the old file or the new one, never
// half of either. Just before the rename the original is checked again: if it changed on disk
// since it was read (time, size or bytes), it is left alone. The new file keeps the mode (and,
// when allowed, the owner) of the old one; a symbolic link is followed and its target replaced.

import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeError, type SourceFile } from './files';

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

/** Why a file cannot be written, checked before any fix is chosen; undefined when it can. */
export function unwritable(file: SourceFile): string | undefined {
  if (!file.utf8) return 'it is not valid UTF-8, so it cannot be rewritten byte for byte';
  if ((file.mode & 0o222) === 0) return 'it is read-only';
  return undefined;
}

/** Has the file changed since `file` was read? */
function changedOnDisk(target: string, file: SourceFile): boolean {
  try {
    const st = statSync(target);
    if (st.mtimeMs !== file.mtimeMs || st.size !== file.size) return true;
    return !readFileSync(target).equals(file.bytes);
  } catch {
    return true; // deleted or unreadable: not ours to recreate
  }
}

/** The bytes of a fixed text, with the byte order mark the file had. */
export function encode(file: SourceFile, text: string): Buffer {
  const body = Buffer.from(text, 'utf8');
  return file.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export function writeAtomically(file: SourceFile, bytes: Buffer): WriteOutcome {
  let target: string;
  try {
    target = realpathSync(file.absolute);
  } catch (e) {
    return { ok: false, reason: `cannot write it: ${describeError(e)}` };
  }
  if (changedOnDisk(target, file)) return { ok: false, reason: 'it changed on disk since it was read' };
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.coopspec-tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o600);
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    const st = statSync(target);
    try {
      fchownSync(fd, st.uid, st.gid);
    } catch {
      /* not permitted: keep ours */
    }
    fchmodSync(fd, st.mode & 0o7777);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (changedOnDisk(target, file)) {
      unlinkSync(tmp);
      return { ok: false, reason: 'it changed on disk since it was read' };
    }
    renameSync(tmp, target);
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
      /* never created */
    }
    return { ok: false, reason: `cannot write it: ${describeError(e)}` };
  }
  try {
    // Make the rename itself durable.
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    /* some file systems do not allow it */
  }
  return { ok: true };
}
