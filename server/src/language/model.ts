// The meaning of a declaration, as the rules and services read it: each entry's value typed
// according to its key (vocabulary.ts), and the accessors that read it. A value that is present but
// unusable (reported as CR004 or CR005 by readModel.ts, which builds the model) reads as absent
// through `value`, and `unusable` says so: rules that depend on it stay silent.

import type { ArticleRef, InstrumentId } from './articles';
import type { FixSpec } from './findings';
import type {
  ArticleValue,
  Block,
  DeclarationKeyword,
  DurationValue,
  Field,
  Ident,
  ListValue,
  ProviderValue,
  Span,
  StringValue,
  Value,
} from './syntax';
import type { BlockSpec, DeclarationSpec, KeySpec } from './valueTypes';

export interface PartyItem {
  code: string;
  node: Ident;
}
export interface RefItem {
  name: string;
  node: Ident;
}
export interface WordItem {
  word: string;
  node: Ident;
}
export interface ArticleItem {
  ref?: ArticleRef;
  treaty: boolean;
  node: ArticleValue;
  valid: boolean;
}
export interface InstrumentItem {
  id?: InstrumentId;
  treaty: boolean;
  node: Value;
}
/** One instrument of a request's basis: an instrument, an article of one, a treaty, or reciprocity. */
export interface BasisItem {
  instrument?: InstrumentId;
  /** `treaty "Title"` (alone or with an article): its title. */
  treaty?: StringValue;
  reciprocity?: boolean;
  article?: ArticleItem;
  node: Value;
}

export type Typed =
  | { t: 'text'; node: StringValue }
  | { t: 'party'; code: string; node: Ident }
  | { t: 'parties'; items: PartyItem[] }
  | { t: 'provider'; name: string; place?: PartyItem; node: ProviderValue }
  | { t: 'ref'; name: string; node: Ident }
  | { t: 'refs'; items: RefItem[]; list?: ListValue }
  | { t: 'word'; word: string; node: Ident; text?: StringValue }
  | { t: 'words'; items: WordItem[]; list?: ListValue }
  | { t: 'bases'; items: BasisItem[]; list?: ListValue }
  | { t: 'article'; item: ArticleItem }
  | { t: 'articles'; items: ArticleItem[] }
  | { t: 'instruments'; items: InstrumentItem[] }
  | { t: 'date'; day: number; iso: string; node: Value }
  | { t: 'duration'; years: number; amount: number; unit: DurationValue['unit']; node: DurationValue }
  | { t: 'penalty'; years: number; word?: 'life' | 'death'; node: Value };

export interface FieldEntry {
  entry: Field;
  spec: KeySpec;
  /** Undefined when the value is present but unusable (reported as CR004 or CR005). */
  value?: Typed;
}

export interface GroundEntry {
  ground: string;
  entry: Field;
  /** For `other "Name (source)": …`: the name of the ground of the requested party's law. */
  label?: StringValue;
  /** Undefined when the status is unusable. */
  status?: 'not-engaged' | 'engaged' | 'unassessed';
}

export interface BlockModel {
  block: Block;
  spec: BlockSpec;
  fields: Map<string, FieldEntry>;
  /** For `law FR { … }`: the party, when the name is a party code. */
  party?: string;
  /** For `grounds { … }`: the grounds listed, in order (unknown grounds are left out). */
  grounds: GroundEntry[];
}

export interface Issue {
  rule: 'CR004' | 'CR005';
  span: Span;
  message: string;
  fixes: FixSpec[];
}

export interface DeclModel {
  keyword: DeclarationKeyword;
  spec: DeclarationSpec;
  /** The request kind when it is one the language has. */
  kind?: string;
  fields: Map<string, FieldEntry>;
  blocks: Map<string, BlockModel[]>;
  issues: Issue[];
}

/** A string the drafter has still to write: empty, or only a placeholder (`…`, `...`). */
export function isPlaceholder(text: string): boolean {
  return /^\s*(?:…|\.\.\.)?\s*$/.test(text);
}

// ---------------------------------------------------------------- reading the model

/** Is the entry there? Present-but-unusable counts; an empty list does not. */
export function has(m: DeclModel | BlockModel, key: string): boolean {
  const f = m.fields.get(key);
  if (!f) return false;
  return !(f.entry.value.kind === 'list' && f.entry.value.items.length === 0);
}

/** Present with an unusable value (reported by CR004 or CR005). */
export function unusable(m: DeclModel | BlockModel, key: string): boolean {
  const f = m.fields.get(key);
  return !!f && f.value === undefined;
}

export function value<T extends Typed['t']>(m: DeclModel | BlockModel, key: string, t: T): Extract<Typed, { t: T }> | undefined {
  const v = m.fields.get(key)?.value;
  return v && v.t === t ? (v as Extract<Typed, { t: T }>) : undefined;
}

export function word(m: DeclModel | BlockModel, key: string): string | undefined {
  return value(m, key, 'word')?.word;
}

/** The references of a list entry; empty when absent, unusable or empty. */
export function refs(m: DeclModel | BlockModel, key: string): RefItem[] {
  return value(m, key, 'refs')?.items ?? [];
}

export function block(m: DeclModel, key: string): BlockModel | undefined {
  return m.blocks.get(key)?.[0];
}

/** How a message names a listed ground: `"nationality"`, or `a ground of the requested party's own law` (never its quoted name). */
export function groundLabel(g: GroundEntry): string {
  return g.ground === 'other' ? 'of the requested party\'s own law ("other")' : `"${g.ground}"`;
}
