// The shapes of the language: the types a key's value may take, and what a key, a block and a
// declaration are. vocabulary.ts lists the declarations in these shapes; the model reads a file by
// them (readModel.ts).

import type { DeclarationKeyword } from './syntax';
import type { Word } from './words';

export type RefSort = 'case' | 'offence' | 'person' | 'data' | 'request' | 'extradition' | 'preservation' | 'judgment';

export type ValueType =
  | { t: 'text' }
  | { t: 'party' }
  | { t: 'nationality' }
  | { t: 'destination' }
  | { t: 'custodian' }
  | { t: 'parties' }
  | { t: 'ref'; sort: RefSort }
  | { t: 'refs'; sort: RefSort }
  | { t: 'word'; words: Map<string, Word>; what: string }
  | { t: 'words'; words: Map<string, Word>; what: string }
  | { t: 'qualified'; words: Map<string, Word>; what: string }
  | { t: 'lawful-basis' }
  | { t: 'status' }
  | { t: 'basis' }
  | { t: 'article' }
  | { t: 'articles' }
  | { t: 'instruments' }
  | { t: 'date' }
  | { t: 'duration' }
  | { t: 'penalty' };

export interface KeySpec {
  key: string;
  type: ValueType;
  doc: string;
  articles?: string[];
}

export interface BlockSpec {
  key: string;
  doc: string;
  /** `law FR { … }`: the block takes a party code as its name. */
  named?: 'party';
  fields: Map<string, KeySpec>;
  /** Entries of a `grounds` block: any ground, valued by a status. */
  groundEntries?: boolean;
  /** The kinds of request the block belongs to (completion offers it there only); all when absent. */
  kinds?: string[];
  articles?: string[];
}

export interface DeclarationSpec {
  keyword: DeclarationKeyword;
  doc: string;
  fields: Map<string, KeySpec>;
  blocks: Map<string, BlockSpec>;
}

export function keys(list: KeySpec[]): Map<string, KeySpec> {
  return new Map(list.map((k) => [k.key, k]));
}

/** The declaration keyword a reference of each sort must name. */
export function sortKeyword(sort: RefSort): DeclarationKeyword {
  return sort === 'extradition' || sort === 'preservation' ? 'request' : sort;
}

export function sortLabel(sort: RefSort): string {
  switch (sort) {
    case 'extradition':
      return 'an extradition request';
    case 'preservation':
      return 'a preservation request';
    case 'offence':
      return 'an offence';
    case 'judgment':
      return 'a judgment';
    default:
      return `a ${sort}`;
  }
}

export const PARTY_CODE = /^[A-Z]{2}$/;
