// Reading one file of the workspace from disk, for a document closed in the editor, a watched-file
// event or a coopspec.json: regular files only, and never blocking the server.

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeFile, type DecodedFile } from '../node/decode';

/** A workspace file as the engine reads it (byte order mark aside, invalid UTF-8 noted); undefined when it cannot be read. */
export function readDisk(path: string): DecodedFile | undefined {
  const bytes = readRegularFile(path);
  return bytes && decodeFile(bytes);
}

/**
 * The bytes of a regular file; undefined for anything else or when it cannot be read. The file is
 * opened without blocking and checked before it is read: a FIFO named *.coop or coopspec.json
 * would otherwise block the server for good.
 */
export function readRegularFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
