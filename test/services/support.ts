// Helpers for the language-service tests: workspaces from named texts, a `|` cursor marker, and
// the examples as workspaces.

import { join } from 'node:path';
import type { TextEdit } from '../../server/src/language/findings';
import { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES, readFolder } from '../support/lint';

export const uriOf = (name: string): string => `file:///ws/${name}`;

/** A workspace of named texts; file names become `file:///ws/<name>`. */
export function workspaceOf(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.set(uriOf(name), text);
  return ws;
}

export interface Cursor {
  ws: Workspace;
  uri: string;
  offset: number;
  text: string;
}

/**
 * `files` holds one text with a `|` marking the cursor (the marker is removed); the others are
 * plain. The workspace holds them all.
 */
export function cursorIn(files: Record<string, string>): Cursor {
  const marked = Object.entries(files).filter(([, t]) => t.includes('|'));
  if (marked.length !== 1) throw new Error('exactly one file must hold the | cursor marker');
  const [name, withMarker] = marked[0]!;
  const offset = withMarker.indexOf('|');
  if (withMarker.indexOf('|', offset + 1) >= 0) throw new Error('one | marker only');
  const text = withMarker.slice(0, offset) + withMarker.slice(offset + 1);
  const ws = workspaceOf({ ...files, [name]: text });
  return { ws, uri: uriOf(name), offset, text };
}

/** One marked text as `main.coop`, alone or with other files. */
export function cursor(text: string, others: Record<string, string> = {}): Cursor {
  return cursorIn({ ...others, 'main.coop': text });
}

/** The examples folder `name` (clean, flawed/specialty, …) as `{ file: text }`. */
export function example(name: string): Record<string, string> {
  return readFolder(join(EXAMPLES, name));
}

/** The offset of the `n`th occurrence (0-based) of `needle` in `text`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  return i + delta;
}

/** Apply edits of one document (non-overlapping) to its text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Apply edits across documents of a workspace, returning the new texts by URI. */
export function applyWorkspaceEdits(ws: Workspace, edits: TextEdit[]): Map<string, string> {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byUri.get(e.uri);
    if (list) list.push(e);
    else byUri.set(e.uri, [e]);
  }
  const out = new Map<string, string>();
  for (const [uri, list] of byUri) out.set(uri, applyEdits(ws.document(uri)!.text, list));
  return out;
}
