// The letter model: plain data (a title, a header, sections of numbered paragraphs, lists and
// tables) that every format (markdown.ts, html.ts, docx.ts) renders the same way. letter.ts builds it.

import type { Lang } from './words';

export interface Letter {
  lang: Lang;
  /** A letter of request, or the internal assessment memo. */
  kind: 'letter' | 'memo';
  title: string;
  /** The request's name: its reference. */
  reference: string;
  /** "DRAFT — N open findings", at the top of every page; absent for a final letter. */
  banner?: string;
  /** Label (with its colon, as the language writes it) and value lines under the title. */
  header: { label: string; value: string }[];
  sections: Section[];
}

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
}

/** A numbered paragraph (with an optional list under it), or a table. */
export type Block = { t: 'para'; n: number; text: string; items?: string[] } | { t: 'table'; head: string[]; rows: string[][] };
