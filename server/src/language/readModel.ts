// Reading a declaration into its model (model.ts): each entry's value read according to its key
// (vocabulary.ts), and every key, word or shape the language does not have reported as CR004,
// every article the instrument does not have as CR005. A value reported here is *present but
// unusable*: rules that depend on it stay silent.

import { checkArticle, isInstrumentId, type ArticleRef, type InstrumentId } from './articles';
import type { FixSpec } from './findings';
import { INSTRUMENTS as INSTRUMENT_TABLE } from './law/instruments';
import {
  isPlaceholder,
  type ArticleItem,
  type BasisItem,
  type BlockModel,
  type DeclModel,
  type FieldEntry,
  type GroundEntry,
  type InstrumentItem,
  type Issue,
  type PartyItem,
  type RefItem,
  type Typed,
  type WordItem,
} from './model';
import type { ParsedChunk } from './parse';
import type {
  ArticleValue,
  Block,
  BlockItem,
  Declaration,
  DeclarationKeyword,
  DurationValue,
  Entry,
  Ident,
  ProviderValue,
  Span,
  Value,
} from './syntax';
import { dayNumber, nearest, orList } from './util';
import { GROUNDS, INSTRUMENTS as INSTRUMENT_WORDS, LAWFUL_BASES, PENALTIES, REQUEST_KINDS, STATUSES, type Word } from './words';
import { PARTY_CODE, type BlockSpec, type KeySpec, type ValueType } from './valueTypes';
import { DECLARATIONS } from './vocabulary';

// ---------------------------------------------------------------- reading a declaration

export function buildModel(decl: Declaration, unit: ParsedChunk): DeclModel {
  const keyword = decl.keyword.text as DeclarationKeyword;
  const spec = DECLARATIONS.get(keyword)!;
  const issues: Issue[] = [];
  const issue = (span: Span, message: string, fixes: FixSpec[] = [], rule: Issue['rule'] = 'CR004'): void => {
    issues.push({ rule, span, message, fixes });
  };
  const replaceFixes = (span: Span, candidates: string[], what: string): FixSpec[] =>
    candidates.map((c) => ({ title: `Change to ${what}"${c}"`, safe: false, edits: [{ op: 'replace', chunk: unit, span, text: c }] }));

  let kind: string | undefined;
  if (keyword === 'request') {
    if (!decl.type) {
      issue(
        decl.name,
        `Request ${decl.name.text} has no kind: write "request ${decl.name.text} KIND {" with KIND one of ${orList([...REQUEST_KINDS.keys()])}.`,
      );
    } else if (REQUEST_KINDS.has(decl.type.text)) {
      kind = decl.type.text;
    } else {
      const near = nearest(decl.type.text, REQUEST_KINDS.keys());
      issue(
        decl.type,
        `Unknown request kind "${decl.type.text}"${didYouMean(near)}; the kinds are ${orList([...REQUEST_KINDS.keys()])}.`,
        replaceFixes(decl.type, near, ''),
      );
    }
  } else if (decl.type) {
    issue(decl.type, `Only a request has a kind; remove "${decl.type.text}" from ${keyword} ${decl.name.text}.`, [
      {
        title: `Remove "${decl.type.text}"`,
        safe: false,
        edits: [{ op: 'replace', chunk: unit, span: { start: decl.name.end, end: decl.type.end }, text: '' }],
      },
    ]);
  }
  if (keyword === 'party' && !PARTY_CODE.test(decl.name.text)) {
    issue(decl.name, `A party is named by its ISO 3166-1 alpha-2 code in capitals (FR, US), not "${decl.name.text}".`);
  }

  const reader = new Reader(issue, replaceFixes);
  const { fields, blocks } = reader.readEntries(decl.entries, spec.fields, spec.blocks, `${keyword} ${decl.name.text}`);
  return { keyword, spec, kind, fields, blocks, issues };
}

function didYouMean(near: string[]): string {
  return near.length ? ` (did you mean ${orList(near.map((n) => `"${n}"`))}?)` : '';
}

type IssueFn = (span: Span, message: string, fixes?: FixSpec[], rule?: Issue['rule']) => void;

class Reader {
  constructor(
    private readonly issue: IssueFn,
    private readonly replaceFixes: (span: Span, candidates: string[], what: string) => FixSpec[],
  ) {}

  readEntries(
    items: BlockItem[],
    fieldSpecs: Map<string, KeySpec>,
    blockSpecs: Map<string, BlockSpec>,
    where: string,
  ): { fields: Map<string, FieldEntry>; blocks: Map<string, BlockModel[]> } {
    const fields = new Map<string, FieldEntry>();
    const blocks = new Map<string, BlockModel[]>();
    const allKeys = [...fieldSpecs.keys(), ...blockSpecs.keys()];
    for (const entry of items) {
      if (entry.kind === 'junk') continue;
      const key = entry.key.text;
      const fieldSpec = fieldSpecs.get(key);
      const blockSpec = blockSpecs.get(key);
      if (entry.kind === 'field' && entry.label) {
        this.issue(entry.label, `Only "other" in a grounds block takes a name in quotes; write "${key}: …".`);
      }
      if (entry.kind === 'field') {
        if (fieldSpec) {
          if (!fields.has(key)) fields.set(key, { entry, spec: fieldSpec, value: this.read(entry.value, fieldSpec.type, key) });
          else this.read(entry.value, fieldSpec.type, key);
        } else if (blockSpec) {
          this.issue(entry.key, `"${key}" is a block in ${where}: write "${key}${blockSpec.named ? ' XX' : ''} { … }".`);
        } else {
          this.unknownKey(entry, allKeys, where);
        }
      } else if (blockSpec) {
        const model = this.readBlock(entry, blockSpec);
        const list = blocks.get(key);
        if (list) list.push(model);
        else blocks.set(key, [model]);
      } else if (fieldSpec) {
        this.issue(entry.key, `"${key}" takes a value in ${where}: write "${key}: …", not a block.`);
      } else {
        this.unknownKey(entry, allKeys, where);
      }
    }
    return { fields, blocks };
  }

  private unknownKey(entry: Entry, allKeys: string[], where: string): void {
    const key = entry.key.text;
    const near = nearest(key, allKeys);
    this.issue(entry.key, `"${key}" is not a key of ${where}${didYouMean(near)}.`, this.replaceFixes(entry.key, near, ''));
  }

  private readBlock(block: Block, spec: BlockSpec): BlockModel {
    const where = block.name ? `${block.key.text} ${block.name.text}` : block.key.text;
    let party: string | undefined;
    if (spec.named === 'party') {
      if (!block.name) this.issue(block.key, `"${block.key.text}" takes a party: write "${block.key.text} FR { … }".`);
      else if (!PARTY_CODE.test(block.name.text))
        this.issue(block.name, `"${block.key.text}" takes a party code (two capital letters, e.g. FR).`);
      else party = block.name.text;
    } else if (block.name) {
      this.issue(block.name, `"${block.key.text}" takes no name: write "${block.key.text} { … }".`);
    }
    if (spec.groundEntries) return { block, spec, fields: new Map(), grounds: this.readGrounds(block), party };
    const { fields } = this.readEntries(block.entries, spec.fields, new Map(), `the ${where} block`);
    return { block, spec, fields, party, grounds: [] };
  }

  private readGrounds(block: Block): GroundEntry[] {
    const grounds: GroundEntry[] = [];
    for (const entry of block.entries) {
      if (entry.kind === 'junk') continue;
      const ground = entry.key.text;
      if (!GROUNDS.has(ground)) {
        const near = nearest(ground, GROUNDS.keys());
        this.issue(
          entry.key,
          `Unknown refusal ground "${ground}"${didYouMean(near)}; the grounds are ${orList([...GROUNDS.keys()].map((g) => (g === 'other' ? 'other "…"' : g)))}.`,
          this.replaceFixes(entry.key, near, ''),
        );
        if (entry.kind === 'field') this.readStatus(entry.value);
        continue;
      }
      if (entry.kind === 'block') {
        this.issue(entry.key, `A ground takes a status: write "${ground}: not-engaged \\"reason\\"".`);
        continue;
      }
      if (ground === 'other' && !entry.label) {
        this.issue(
          entry.key,
          'A ground of the requested party\'s own law is named in quotes: write other "Name (source)": not-engaged "reason".',
        );
        this.readStatus(entry.value);
        continue;
      }
      if (ground !== 'other' && entry.label) {
        this.issue(entry.label, `Only "other" takes a name in quotes; write "${ground}: …".`);
      }
      const status = this.readStatus(entry.value);
      grounds.push({ ground, entry, status, label: entry.label });
    }
    return grounds;
  }

  private readStatus(value: Value): GroundEntry['status'] {
    const word = value.kind === 'ident' ? value : value.kind === 'qualified' ? value.word : undefined;
    if (!word) {
      this.issue(value, `A ground takes a status: ${orList([...STATUSES.keys()])}, optionally followed by a reason in quotes.`);
      return undefined;
    }
    if (!STATUSES.has(word.text)) {
      const near = nearest(word.text, STATUSES.keys());
      this.issue(
        word,
        `Unknown status "${word.text}"${didYouMean(near)}; a ground is ${orList([...STATUSES.keys()])}.`,
        this.replaceFixes(word, near, ''),
      );
      return undefined;
    }
    return word.text as GroundEntry['status'];
  }

  // ---------------------------------------------------------------- values

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

/** An empty string, or one that holds only a placeholder ("…", "..."): not written yet (CR007). */
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
