// What every completion provider returns, and the small helpers for its fields.

import { todayOf } from '../../settings';
import type { Workspace } from '../../workspace';

/** The text an item replaces, in document offsets. */
export interface Replace {
  start: number;
  end: number;
}

export interface CompletionItem {
  label: string;
  kind: 'keyword' | 'key' | 'block' | 'value' | 'reference' | 'party' | 'snippet' | 'article' | 'instrument';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  /** `insertText` uses `${1:…}` tab stops. */
  snippet?: boolean;
  /** The text the item replaces (the word being typed). */
  replace?: Replace;
  sortText?: string;
}

/** A sortText that keeps a list's order. */
export function pad(n: number): string {
  return String(n).padStart(3, '0');
}

/** Today as the deadline rules see it: the `today` setting of the document, else the clock's day. */
export function today(ws: Workspace, uri: string): string {
  return todayOf(ws.settings(uri)).iso;
}
