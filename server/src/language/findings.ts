// What rules report, before and after it is placed in a document.
//
// A rule reports against syntax nodes (offsets relative to their chunk) and describes its fixes as
// data. `materialize` (engine.ts) turns both into document offsets and concrete text edits, which
// every host uses as they are: LSP diagnostics and code actions, CLI output and `--fix`.

import type { ParsedChunk } from './parse';
import type { Block, Declaration, Entry, ListValue, Span } from './syntax';

export type Severity = 'error' | 'warning' | 'info';

/** A place in a chunk. */
export interface At {
  chunk: ParsedChunk;
  span: Span;
}

/** A fix as data: edits described against syntax nodes, resolved to text edits later. */
export interface FixSpec {
  title: string;
  /**
   * Applied by fix-all and `coopspec lint --fix`. Fixes that choose between several plausible
   * texts (the nearest name, one of two remedies) are offered in the editor only.
   */
  safe: boolean;
  edits: EditSpec[];
}

export type EditSpec =
  /** Insert entries (one line each) at the end of a declaration or block. */
  | { op: 'insert-entries'; chunk: ParsedChunk; into: Declaration | Block; lines: string[] }
  /** Insert `key { lines }` at the end of a declaration. */
  | { op: 'insert-block'; chunk: ParsedChunk; into: Declaration; key: string; lines: string[] }
  /** Remove an entry with its line when it stands alone on it. */
  | { op: 'remove-entry'; chunk: ParsedChunk; entry: Entry }
  /** Remove one item of a list, with its comma. */
  | { op: 'remove-list-item'; chunk: ParsedChunk; list: ListValue; index: number }
  /** Append items to a list. */
  | { op: 'append-list-items'; chunk: ParsedChunk; list: ListValue; items: string[] }
  /** Replace a node's text. */
  | { op: 'replace'; chunk: ParsedChunk; span: Span; text: string }
  /** Insert a declaration after another (or at the end of the document). */
  | { op: 'insert-declaration'; chunk: ParsedChunk; after: Declaration; text: string }
  /** Insert a line (a comment) above the line holding `span`, at its indentation. */
  | { op: 'insert-line-before'; chunk: ParsedChunk; span: Span; text: string };

export interface RawFinding {
  rule: string;
  at: At;
  message: string;
  related: { at: At; message: string }[];
  fixes: FixSpec[];
}

// ---------------------------------------------------------------- placed in documents

export interface TextEdit {
  uri: string;
  start: number;
  end: number;
  newText: string;
  /**
   * Set on an edit that creates a block (`safeguards {`): its key and the declaration's offset. Two
   * edits that create the same block are not applied together: fix-all takes the first, and the
   * other, re-linted, inserts its entries into the block the first created.
   */
  createsBlock?: string;
}

export interface Fix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

export interface Location {
  uri: string;
  start: number;
  end: number;
}

export interface Finding {
  rule: string;
  alias: string;
  severity: Severity;
  message: string;
  uri: string;
  start: number;
  end: number;
  related: (Location & { message: string })[];
  fixes: Fix[];
  /** Set when a `# coopspec-disable-next-line` comment hides the finding. */
  suppressed?: { justification: string; start: number; end: number };
}
