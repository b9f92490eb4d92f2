// What every completion provider returns, and the small helpers for its fields.

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

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
