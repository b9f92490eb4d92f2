// Syntax tree of a CoopSpec file. Every node carries offsets (UTF-16 code units) relative to the
// start of the chunk it was parsed from; `ParsedChunk.base` turns them into document offsets. The tree is
// produced by the peggy grammar in grammar/coopspec.peggy.

export interface Span {
  start: number;
  end: number;
}

export interface Ident extends Span {
  kind: 'ident';
  text: string;
}

export interface StringValue extends Span {
  kind: 'string';
  /** The decoded text. Never put it in a message: strings hold personal data. */
  value: string;
  triple: boolean;
}

export interface QualifiedValue extends Span {
  kind: 'qualified';
  word: Ident;
  text: StringValue;
}

export interface ProviderValue extends Span {
  kind: 'provider';
  name: StringValue;
  place?: Ident;
}

export interface TreatyValue extends Span {
  kind: 'treaty';
  title: StringValue;
}

export interface ArticlePart extends Span {
  text: string;
}

export interface ArticleValue extends Span {
  kind: 'article';
  instrument: Ident | TreatyValue;
  number: ArticlePart;
  parts: ArticlePart[];
}

export interface DateValue extends Span {
  kind: 'date';
  text: string;
}

export interface DurationValue extends Span {
  kind: 'duration';
  amount: number;
  unit: 'day' | 'month' | 'year';
}

export interface ListValue extends Span {
  kind: 'list';
  items: Value[];
}

export type Value =
  Ident | StringValue | QualifiedValue | ProviderValue | TreatyValue | ArticleValue | DateValue | DurationValue | ListValue;

export interface Field extends Span {
  kind: 'field';
  key: Ident;
  /** The name of a ground of the requested party's own law: `other "Forum bar": …`. */
  label?: StringValue;
  value: Value;
}

export interface Block extends Span {
  kind: 'block';
  key: Ident;
  name?: Ident;
  open: Span;
  /** Absent when the block is not closed (CR001). */
  close?: Span;
  entries: BlockItem[];
}

/** Text that does not parse (CR001). */
export interface Junk extends Span {
  kind: 'junk';
  /** A `}` that would close its declaration before the declaration's last entries. */
  stray?: true;
}

export type Entry = Field | Block;
export type BlockItem = Entry | Junk;

export interface Declaration extends Span {
  kind: 'declaration';
  keyword: Ident;
  name: Ident;
  /** The request kind (`extradition`, …); the grammar accepts one on every declaration. */
  type?: Ident;
  open: Span;
  close?: Span;
  entries: BlockItem[];
}

export type ChunkItem = Declaration | Junk;

export type Node = Value | Entry | Junk | Declaration | ArticlePart;

export const DECLARATION_KEYWORDS = [
  'case',
  'party',
  'offence',
  'person',
  'data',
  'request',
  'proceeding',
  'consent',
  'transfer',
  'judgment',
] as const;
export type DeclarationKeyword = (typeof DECLARATION_KEYWORDS)[number];

export function isEntry(item: BlockItem): item is Entry {
  return item.kind !== 'junk';
}
