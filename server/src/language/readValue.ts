// Reading one value by the type its key takes (valueTypes.ts): a party, a list of words, an article,
// a basis, a date… Each word, shape or article the language does not have is reported (CR004,
// CR005) and the value read as unusable (undefined).

import { checkArticle, isInstrumentId, type ArticleRef, type InstrumentId } from './articles';
import type { FixSpec } from './findings';
import { INSTRUMENTS as INSTRUMENT_TABLE } from './law/instruments';
import {
  isPlaceholder,
  type ArticleItem,
  type BasisItem,
  type InstrumentItem,
  type Issue,
  type PartyItem,
  type RefItem,
  type Typed,
  type WordItem,
} from './model';
import type { ArticleValue, DurationValue, Ident, ProviderValue, Span, Value } from './syntax';
import { dayNumber, nearest, orList } from './util';
import { INSTRUMENTS as INSTRUMENT_WORDS, LAWFUL_BASES, PENALTIES, type Word } from './words';
import { PARTY_CODE, type ValueType } from './valueTypes';

export function didYouMean(near: string[]): string {
  return near.length ? ` (did you mean ${orList(near.map((n) => `"${n}"`))}?)` : '';
}

export type IssueFn = (span: Span, message: string, fixes?: FixSpec[], rule?: Issue['rule']) => void;

export type ReplaceFixes = (span: Span, candidates: string[], what: string) => FixSpec[];

/** Reads a value by its type, reporting what does not fit. */
export class ValueReader {
  constructor(
    private readonly issue: IssueFn,
    private readonly replaceFixes: ReplaceFixes,
  ) {}

  read(value: Value, type: ValueType, key: string): Typed | undefined {
    // A placeholder ("…", "") stands for a value not written yet, whatever the key takes: CR007
    // reports it, and the rules that need the value stay silent ("present but unusable").
    if (value.kind === 'string' && isPlaceholder(value.value) && type.t !== 'text') return undefined;
    if (value.kind === 'list' && value.items.some((i) => i.kind === 'string' && isPlaceholder(i.value))) return undefined;
    switch (type.t) {
      case 'text':
        if (value.kind === 'string') return { t: 'text', node: value };
        return this.shape(value, key, 'a string in double quotes');
      case 'party': {
        const p = this.party(value, key);
        return p && { t: 'party', ...p };
      }
      case 'nationality':
      case 'parties': {
        // Like every list key, a single value stands for a one-item list.
        const values = value.kind === 'list' ? value.items : [value];
        const items: PartyItem[] = [];
        let ok = true;
        for (const v of values) {
          const p = this.party(v, key);
          if (p) items.push(p);
          else ok = false;
        }
        return ok ? { t: 'parties', items } : undefined;
      }
      case 'destination':
        if (value.kind === 'provider') return this.provider(value, key);
        if (value.kind === 'ident') {
          const p = this.party(value, key);
          return p && { t: 'party', ...p };
        }
        return this.shape(value, key, 'a party code (FR) or a provider (provider "Name" in US)');
      case 'custodian':
        if (value.kind === 'provider') return this.provider(value, key);
        if (value.kind === 'string') return { t: 'text', node: value };
        return this.shape(value, key, 'a provider (provider "Name" in US) or a string');
      case 'ref':
        if (value.kind === 'ident') return { t: 'ref', name: value.text, node: value };
        if (value.kind === 'list') return this.shape(value, key, 'one name');
        return this.shape(value, key, 'the name of a declaration');
      case 'refs': {
        const values = value.kind === 'list' ? value.items : [value];
        const items: RefItem[] = [];
        let ok = true;
        for (const v of values) {
          if (v.kind === 'ident') items.push({ name: v.text, node: v });
          else {
            this.shape(v, key, 'names of declarations');
            ok = false;
          }
        }
        return ok ? { t: 'refs', items, list: value.kind === 'list' ? value : undefined } : undefined;
      }
      case 'word': {
        if (value.kind !== 'ident') return this.shape(value, key, `one of ${orList([...type.words.keys()])}`);
        return this.word(value, type.words, type.what) ? { t: 'word', word: value.text, node: value } : undefined;
      }
      case 'words': {
        const values = value.kind === 'list' ? value.items : [value];
        const items: WordItem[] = [];
        let ok = true;
        for (const v of values) {
          if (v.kind !== 'ident') {
            this.shape(v, key, `a list of ${orList([...type.words.keys()])}`);
            ok = false;
            continue;
          }
          if (this.word(v, type.words, type.what)) items.push({ word: v.text, node: v });
          else ok = false;
        }
        return ok ? { t: 'words', items, list: value.kind === 'list' ? value : undefined } : undefined;
      }
      case 'qualified': {
        if (value.kind === 'qualified') {
          return this.word(value.word, type.words, type.what)
            ? { t: 'word', word: value.word.text, node: value.word, text: value.text }
            : undefined;
        }
        if (value.kind === 'ident' && this.word(value, type.words, type.what)) {
          this.issue(value, `"${value.text}" needs its reason: write ${value.text} "…".`);
          return undefined;
        }
        if (value.kind === 'ident') return undefined;
        return this.shape(value, key, `${orList([...type.words.keys()])} followed by a string`);
      }
      case 'lawful-basis': {
        if (value.kind === 'ident') {
          if (value.text === 'consent') {
            this.issue(value, 'Name the person who consented: write consent "…".');
            return undefined;
          }
          return this.word(value, LAWFUL_BASES, 'lawful basis') ? { t: 'word', word: value.text, node: value } : undefined;
        }
        if (value.kind === 'qualified') {
          if (value.word.text === 'consent') return { t: 'word', word: 'consent', node: value.word, text: value.text };
          if (this.word(value.word, LAWFUL_BASES, 'lawful basis')) {
            this.issue(value.text, `"${value.word.text}" takes no string.`);
          }
          return undefined;
        }
        return this.shape(value, key, 'publicly-available or consent "…"');
      }
      case 'status':
        return undefined;
      case 'basis': {
        // One basis, or a list of them.
        const values = value.kind === 'list' ? value.items : [value];
        const items: BasisItem[] = [];
        let ok = true;
        for (const v of values) {
          const item = this.basisItem(v, key);
          if (item) items.push(item);
          else ok = false;
        }
        return ok ? { t: 'bases', items, list: value.kind === 'list' ? value : undefined } : undefined;
      }
      case 'article': {
        if (value.kind !== 'article') return this.shape(value, key, 'an article (budapest art 5)');
        const item = this.article(value);
        return item && { t: 'article', item };
      }
      case 'articles': {
        const values = value.kind === 'list' ? value.items : [value];
        const items: ArticleItem[] = [];
        let ok = true;
        for (const v of values) {
          if (v.kind !== 'article') {
            this.shape(v, key, 'a list of articles ([budapest art 29(4)])');
            ok = false;
            continue;
          }
          const item = this.article(v);
          if (item) items.push(item);
          else ok = false;
        }
        return ok ? { t: 'articles', items } : undefined;
      }
      case 'instruments': {
        const values = value.kind === 'list' ? value.items : [value];
        const items: InstrumentItem[] = [];
        let ok = true;
        for (const v of values) {
          if (v.kind === 'treaty') items.push({ treaty: true, node: v });
          else if (v.kind === 'ident') {
            const id = this.instrument(v);
            if (id && INSTRUMENT_TABLE[id].role === 'cited') {
              this.issue(v, `${v.text} is not an instrument of co-operation: it is only cited in article references (${v.text} art 3).`);
              ok = false;
            } else if (id) items.push({ id, treaty: false, node: v });
            else ok = false;
          } else {
            this.shape(v, key, 'a list of instruments ([budapest, ets24])');
            ok = false;
          }
        }
        return ok ? { t: 'instruments', items } : undefined;
      }
      case 'date':
        if (value.kind === 'date') {
          const day = dayNumber(value.text);
          if (day === undefined) {
            this.issue(value, `"${key}" takes a valid date: ${value.text} does not exist.`);
            return undefined;
          }
          return { t: 'date', day, iso: value.text, node: value };
        }
        return this.shape(value, key, 'a date (YYYY-MM-DD)');
      case 'duration':
        if (value.kind === 'duration') return durationOf(value);
        return this.shape(value, key, 'a duration (5 years, 6 months, 30 days)');
      case 'penalty':
        if (value.kind === 'duration') {
          const d = durationOf(value);
          return { t: 'penalty', years: d.years, node: value };
        }
        if (value.kind === 'ident' && PENALTIES.has(value.text)) {
          return { t: 'penalty', years: Number.POSITIVE_INFINITY, word: value.text as 'life' | 'death', node: value };
        }
        if (value.kind === 'ident' && /^[a-z]/.test(value.text)) {
          const near = nearest(value.text, PENALTIES.keys());
          this.issue(
            value,
            `"${key}" takes a duration (5 years), life or death, not "${value.text}"${didYouMean(near)}.`,
            this.replaceFixes(value, near, ''),
          );
          return undefined;
        }
        return this.shape(value, key, 'a duration (5 years), life or death');
    }
  }

  private basisItem(v: Value, key: string): BasisItem | undefined {
    if (v.kind === 'treaty') return { treaty: v.title, node: v };
    if (v.kind === 'article') {
      const item = this.article(v);
      if (!item) return undefined;
      const treaty = v.instrument.kind === 'treaty' ? v.instrument.title : undefined;
      return { treaty, instrument: item.ref?.instrument, article: item, node: v };
    }
    if (v.kind === 'ident') {
      if (v.text === 'reciprocity') return { reciprocity: true, node: v };
      const id = this.instrument(v, true);
      return id ? { instrument: id, node: v } : undefined;
    }
    this.shape(v, key, 'an instrument (budapest), an article (budapest art 29), treaty "Title" or reciprocity');
    return undefined;
  }

  private shape(value: Value, key: string, expected: string): undefined {
    this.issue(value, `"${key}" takes ${expected}, not ${describeValue(value)}.`);
    return undefined;
  }

  private party(value: Value, key: string): PartyItem | undefined {
    if (value.kind === 'ident' && PARTY_CODE.test(value.text)) return { code: value.text, node: value };
    if (value.kind === 'ident' && /^[a-z]{2}$/.test(value.text)) {
      const up = value.text.toUpperCase();
      this.issue(value, `Party codes are two capital letters: "${up}".`, this.replaceFixes(value, [up], ''));
      return undefined;
    }
    this.shape(value, key, 'a party code (two capital letters, e.g. FR)');
    return undefined;
  }

  private provider(value: ProviderValue, key: string): Typed | undefined {
    let place: PartyItem | undefined;
    if (value.place) {
      place = this.party(value.place, key);
      if (!place) return undefined;
    }
    return { t: 'provider', name: value.name.value.trim().toLowerCase(), place, node: value };
  }

  private word(node: Ident, known: Map<string, Word>, what: string): boolean {
    if (known.has(node.text)) return true;
    const near = nearest(node.text, known.keys());
    this.issue(
      node,
      `Unknown ${what} "${node.text}"${didYouMean(near)}; expected ${orList([...known.keys()])}.`,
      this.replaceFixes(node, near, ''),
    );
    return false;
  }

  private instrument(node: Ident, basis = false): InstrumentId | undefined {
    if (isInstrumentId(node.text)) return node.text;
    const known = [...INSTRUMENT_WORDS.keys(), ...(basis ? ['reciprocity'] : [])];
    const near = nearest(node.text, known);
    this.issue(
      node,
      `Unknown instrument "${node.text}"${didYouMean(near)}; expected ${orList([...known, 'treaty "Title"'])}.`,
      this.replaceFixes(node, near, ''),
    );
    return undefined;
  }

  private article(node: ArticleValue): ArticleItem | undefined {
    if (node.instrument.kind === 'treaty') return { treaty: true, node, valid: true };
    const id = this.instrument(node.instrument);
    if (!id) return undefined;
    const ref: ArticleRef = { instrument: id, number: Number(node.number.text), parts: node.parts.map((p) => p.text) };
    const check = checkArticle(ref);
    if (!check.ok) {
      this.issue(node, `Unknown article: ${check.reason}.`, [], 'CR005');
      return undefined;
    }
    return { ref, treaty: false, node, valid: true };
  }
}

/** A duration in years: a month is a twelfth of a year, a day a 365th. */
function durationOf(value: DurationValue): Extract<Typed, { t: 'duration' }> {
  const years = value.unit === 'year' ? value.amount : value.unit === 'month' ? value.amount / 12 : value.amount / 365;
  return { t: 'duration', years, amount: value.amount, unit: value.unit, node: value };
}

function describeValue(value: Value): string {
  switch (value.kind) {
    case 'string':
      return 'a string';
    case 'ident':
      return `the word "${value.text}"`;
    case 'qualified':
      return 'a word followed by a string';
    case 'provider':
      return 'a provider';
    case 'treaty':
      return 'a treaty';
    case 'article':
      return 'an article';
    case 'date':
      return 'a date';
    case 'duration':
      return 'a duration';
    case 'list':
      return 'a list';
  }
}
