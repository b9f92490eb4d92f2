// What is at an offset of a document: the declaration, the entry and block path, the key, the value
// node and the role the text plays there. Every language service starts here. Also the walkers
// that find every reference and party code of a declaration, read from the syntax tree so that a
// list holding one bad item still yields its good ones.

import { isInstrumentId, type ArticleRef, type InstrumentId } from '../articles';
import { INSTRUMENTS as INSTRUMENT_DATA, INSTRUMENT_IDS } from '../law/instruments';
import type { SourceDocument } from '../document';
import type { ParsedChunk } from '../parse';
import type { Decl } from '../rules/types';
import { chunkComments } from '../suppress';
import type { ArticleValue, Block, BlockItem, Declaration, DeclarationKeyword, Entry, Ident, Span, Value } from '../syntax';
import { GROUNDS, INSTRUMENTS, LAWFUL_BASES, PENALTIES, REQUEST_KINDS, STATUSES, type Word } from '../words';
import { PARTY_CODE, type BlockSpec, type KeySpec, type RefSort, type ValueType } from '../valueTypes';
import { DECLARATIONS } from '../vocabulary';
import type { Workspace } from '../workspace';

/** An enumerated-word table of vocabulary.ts, with what its words are called ("measure"). */
export interface WordTable {
  what: string;
  words: Map<string, Word>;
}

export type Role =
  | { role: 'keyword'; keyword: DeclarationKeyword }
  /** The name of the declaration `Located.decl`. */
  | { role: 'name' }
  | { role: 'request-kind'; word: string; known: boolean }
  /** A key; `spec` for a field the block has, `block` for a block it has; neither for an unknown key. */
  | { role: 'key'; key: string; spec?: KeySpec; block?: BlockSpec }
  | { role: 'reference'; name: string; sort: RefSort }
  | { role: 'party'; code: string }
  | { role: 'word'; word: string; table: WordTable; known: boolean }
  /** A ground's key inside `grounds { }`. */
  | { role: 'ground'; ground: string; known: boolean }
  | { role: 'status'; status: string; ground: string; known: boolean }
  | { role: 'article'; node: ArticleValue; ref?: ArticleRef }
  /** An instrument word (`budapest`), or `treaty "…"` (`treaty: true`). */
  | { role: 'instrument'; id?: InstrumentId; word?: string; treaty: boolean }
  /** A date, a duration, or the word `provider`: a value with no meaning of its own. */
  | { role: 'value' }
  | { role: 'string' }
  /**
   * A comment; in `# coopspec-disable-next-line`, `rule` is the rule name at the offset; `citation`
   * an article cited at the offset (`# CETS 185 Art. 24(5)`, as the fixes write, or `budapest art 24(5)`).
   */
  | {
      role: 'comment';
      directive: boolean;
      rule?: { name: string; start: number; end: number };
      citation?: { ref: ArticleRef; start: number; end: number };
    }
  | { role: 'nothing' };

export interface Located {
  uri: string;
  offset: number;
  doc: SourceDocument;
  unit: ParsedChunk;
  /** The declaration holding the offset, when there is one. */
  decl?: Decl;
  /** The declaration, then each nested block holding the offset. */
  path: (Declaration | Block)[];
  /** The entry holding the offset (the innermost), when there is one. */
  entry?: Entry;
  /** The entry's key. */
  key?: string;
  /** The value node at the offset (the innermost: a list item rather than the list). */
  node?: Value;
  role: Role;
  /** What the role covers, in document offsets (the offset itself for `nothing`). */
  start: number;
  end: number;
}

export interface LocateOptions {
  /**
   * Hovers ask for the character at the offset (`start <= offset < end`). Otherwise a cursor just
   * after a word (`end === offset`) also finds it, as rename and definition need.
   */
  strict?: boolean;
}

/** What is at `offset` in the document `uri`; undefined when the workspace has no such document. */
export function locate(ws: Workspace, uri: string, offset: number, options: LocateOptions = {}): Located | undefined {
  const doc = ws.document(uri);
  if (!doc) return undefined;
  offset = Math.max(0, Math.min(offset, doc.text.length));
  const unit = doc.chunkAt(offset);
  if (!unit) return undefined;
  const rel = offset - unit.base;
  const strict = !!options.strict;
  const base: Located = { uri, offset, doc, unit, path: [], role: { role: 'nothing' }, start: offset, end: offset };

  for (const c of chunkComments(unit)) {
    if (c.start <= rel && (rel < c.end || (!strict && rel === c.end))) {
      const abs = { start: unit.base + c.start, end: unit.base + c.end };
      const directive = /^#\s*coopspec-disable-next-line\b/.test(c.text);
      let rule: { name: string; start: number; end: number } | undefined;
      if (directive) {
        const m = /^#\s*coopspec-disable-next-line\b/.exec(c.text)!;
        const sep = c.text.indexOf('--', m[0].length);
        const names = c.text.slice(m[0].length, sep < 0 ? c.text.length : sep);
        const re = /[^\s,]+/g;
        let r: RegExpExecArray | null;
        while ((r = re.exec(names))) {
          const s = abs.start + m[0].length + r.index;
          const e = s + r[0].length;
          if (s <= offset && (offset < e || (!strict && offset === e))) rule = { name: r[0], start: s, end: e };
        }
      }
      const citation = rule ? undefined : citationAt(c.text, offset - abs.start, strict);
      if (citation) {
        citation.start += abs.start;
        citation.end += abs.start;
      }
      const where = declarationAt(unit, rel, strict);
      return {
        ...base,
        decl: where ? declOf(ws, uri, where) : undefined,
        path: where ? [where] : [],
        role: { role: 'comment', directive, rule, citation },
        start: rule?.start ?? citation?.start ?? abs.start,
        end: rule?.end ?? citation?.end ?? abs.end,
      };
    }
  }

  const syntax = declarationAt(unit, rel, strict);
  if (!syntax) return base;
  const decl = declOf(ws, uri, syntax);
  const found: Located = { ...base, decl, path: [syntax] };
  const set = (role: Role, span: Span): Located => {
    found.role = role;
    found.start = unit.base + span.start;
    found.end = unit.base + span.end;
    return found;
  };
  const keyword = syntax.keyword.text as DeclarationKeyword;
  if (hit(syntax.keyword, rel, strict)) return set({ role: 'keyword', keyword }, syntax.keyword);
  if (hit(syntax.name, rel, strict)) return set({ role: 'name' }, syntax.name);
  if (syntax.type && hit(syntax.type, rel, strict)) {
    return set({ role: 'request-kind', word: syntax.type.text, known: REQUEST_KINDS.has(syntax.type.text) }, syntax.type);
  }
  const spec = DECLARATIONS.get(keyword);
  if (!spec) return found;
  return walkEntries(found, syntax.entries, spec.fields, spec.blocks, rel, strict, set);
}

function walkEntries(
  found: Located,
  items: BlockItem[],
  fields: Map<string, KeySpec>,
  blocks: Map<string, BlockSpec>,
  rel: number,
  strict: boolean,
  set: (role: Role, span: Span) => Located,
): Located {
  const entry = itemAt(items, rel, strict);
  if (!entry || entry.kind === 'junk') return found;
  found.entry = entry;
  found.key = entry.key.text;
  const key = entry.key.text;
  if (entry.kind === 'block') {
    const spec = blocks.get(key);
    if (hit(entry.key, rel, strict)) return set({ role: 'key', key, block: spec, spec: spec ? undefined : fields.get(key) }, entry.key);
    if (entry.name && hit(entry.name, rel, strict)) {
      if (spec?.named === 'party') return set({ role: 'party', code: entry.name.text }, entry.name);
      return set({ role: 'nothing' }, entry.name);
    }
    if (!spec || !inside(entry, rel, strict)) return found;
    found.path.push(entry);
    if (spec.groundEntries) return walkGrounds(found, entry, rel, strict, set);
    return walkEntries(found, entry.entries, spec.fields, new Map(), rel, strict, set);
  }
  const spec = fields.get(key);
  if (hit(entry.key, rel, strict)) return set({ role: 'key', key, spec, block: spec ? undefined : blocks.get(key) }, entry.key);
  const leaf = leafAt(entry.value, rel, strict);
  if (!leaf) return found;
  found.node = leaf.node;
  return set(valueRole(leaf, spec?.type), leaf.span);
}

function walkGrounds(found: Located, block: Block, rel: number, strict: boolean, set: (role: Role, span: Span) => Located): Located {
  const entry = itemAt(block.entries, rel, strict);
  if (!entry || entry.kind === 'junk') return found;
  found.entry = entry;
  found.key = entry.key.text;
  const ground = entry.key.text;
  if (hit(entry.key, rel, strict)) return set({ role: 'ground', ground, known: GROUNDS.has(ground) }, entry.key);
  if (entry.kind !== 'field') return found;
  const leaf = leafAt(entry.value, rel, strict);
  if (!leaf) return found;
  found.node = leaf.node;
  const v = entry.value;
  const word = v.kind === 'ident' ? v : v.kind === 'qualified' ? v.word : undefined;
  if (word && leaf.node === word) return set({ role: 'status', status: word.text, ground, known: STATUSES.has(word.text) }, word);
  if (leaf.node.kind === 'string') return set({ role: 'string' }, leaf.span);
  return set({ role: 'nothing' }, leaf.span);
}

interface Leaf {
  node: Value;
  span: Span;
  /** The value it is part of (the provider of a place, the qualified value of a word). */
  parent?: Value;
}

/** The innermost value at the offset: a list item, the word or string of a qualified value, … */
function leafAt(value: Value, rel: number, strict: boolean): Leaf | undefined {
  if (!hit(value, rel, strict)) return undefined;
  switch (value.kind) {
    case 'list':
      for (const item of value.items) {
        const l = leafAt(item, rel, strict);
        if (l) return l;
      }
      return undefined;
    case 'qualified':
      if (hit(value.word, rel, strict)) return { node: value.word, span: value.word, parent: value };
      if (hit(value.text, rel, strict)) return { node: value.text, span: value.text, parent: value };
      return undefined;
    case 'provider':
      if (hit(value.name, rel, strict)) return { node: value.name, span: value.name, parent: value };
      if (value.place && hit(value.place, rel, strict)) return { node: value.place, span: value.place, parent: value };
      if (rel >= value.start && rel <= value.start + 'provider'.length)
        return { node: value, span: { start: value.start, end: value.start + 8 } };
      return undefined;
    case 'treaty':
      if (hit(value.title, rel, strict)) return { node: value.title, span: value.title, parent: value };
      return { node: value, span: value };
    case 'article':
      if (value.instrument.kind === 'treaty' && hit(value.instrument.title, rel, strict)) {
        return { node: value.instrument.title, span: value.instrument.title, parent: value };
      }
      return { node: value, span: value };
    default:
      return { node: value, span: value };
  }
}

function valueRole(leaf: Leaf, type: ValueType | undefined): Role {
  const node = leaf.node;
  if (node.kind === 'string') return { role: 'string' };
  if (node.kind === 'article') return { role: 'article', node, ref: articleRef(node) };
  if (node.kind === 'treaty') return { role: 'instrument', treaty: true };
  if (node.kind === 'date' || node.kind === 'duration' || node.kind === 'provider') return { role: 'value' };
  if (node.kind !== 'ident') return { role: 'nothing' };
  if (leaf.parent?.kind === 'provider') return { role: 'party', code: node.text };
  if (!type) return { role: 'nothing' };
  switch (type.t) {
    case 'party':
    case 'parties':
    case 'nationality':
    case 'destination':
      return { role: 'party', code: node.text };
    case 'ref':
    case 'refs':
      return { role: 'reference', name: node.text, sort: type.sort };
    case 'word':
    case 'words':
    case 'qualified':
      return { role: 'word', word: node.text, table: { what: type.what, words: type.words }, known: type.words.has(node.text) };
    case 'lawful-basis':
      return { role: 'word', word: node.text, table: { what: 'lawful basis', words: LAWFUL_BASES }, known: LAWFUL_BASES.has(node.text) };
    case 'penalty':
      return { role: 'word', word: node.text, table: { what: 'penalty', words: PENALTIES }, known: PENALTIES.has(node.text) };
    case 'basis':
    case 'instruments':
      return { role: 'instrument', id: isInstrumentId(node.text) ? node.text : undefined, word: node.text, treaty: false };
    default:
      return { role: 'nothing' };
  }
}

/** The article a node refers to, when its instrument is one CoopSpec knows. */
export function articleRef(node: ArticleValue): ArticleRef | undefined {
  if (node.instrument.kind !== 'ident' || !isInstrumentId(node.instrument.text)) return undefined;
  return { instrument: node.instrument.text, number: Number(node.number.text), parts: node.parts.map((p) => p.text) };
}

export function instrumentWord(id: string): Word | undefined {
  return INSTRUMENTS.get(id);
}

// ---------------------------------------------------------------- positions

function hit(span: Span, rel: number, strict: boolean): boolean {
  return span.start <= rel && (rel < span.end || (!strict && rel === span.end));
}

/** Between the braces of a block (an unclosed block runs to its end). */
function inside(block: Declaration | Block, rel: number, strict: boolean): boolean {
  return rel >= block.open.end && (block.close ? rel <= block.close.start : hit(block, rel, strict) || rel >= block.end);
}

function declarationAt(unit: ParsedChunk, rel: number, strict: boolean): Declaration | undefined {
  let best: Declaration | undefined;
  for (const d of unit.declarations) {
    if (hit(d, rel, strict)) return d;
    // An unclosed declaration holds the rest of its chunk.
    if (!d.close && rel >= d.start) best = d;
  }
  return best;
}

function itemAt(items: BlockItem[], rel: number, strict: boolean): BlockItem | undefined {
  let adjacent: BlockItem | undefined;
  for (const item of items) {
    if (item.start <= rel && rel < item.end) return item;
    if (!strict && rel === item.end) adjacent = item;
    // An unclosed block holds everything after it.
    if (item.kind === 'block' && !item.close && rel >= item.start) adjacent = item;
  }
  return adjacent;
}

export function declOf(ws: Workspace, uri: string, syntax: Declaration): Decl | undefined {
  return ws.declarationsOf(uri).find((d) => d.syntax === syntax);
}

/**
 * The innermost declaration or block whose braces hold the offset (`rel`, relative to the unit):
 * the place a new entry typed there would go. Empty at the top level.
 */
export function containersAt(unit: ParsedChunk, rel: number): (Declaration | Block)[] {
  const path: (Declaration | Block)[] = [];
  let items: (BlockItem | Declaration)[] | undefined = unit.declarations;
  while (items) {
    const next: Declaration | Block | undefined = items.find(
      (i): i is Declaration | Block =>
        (i.kind === 'declaration' || i.kind === 'block') && rel >= i.open.end && (i.close ? rel <= i.close.start : rel <= unit.text.length),
    );
    if (!next) break;
    path.push(next);
    items = next.entries;
  }
  return path;
}

// ---------------------------------------------------------------- every reference, every party code

export interface RefNode {
  decl: Decl;
  key: string;
  sort: RefSort;
  node: Ident;
}

/** Every name a declaration's reference keys hold (good items of lists with a bad one included). */
export function referenceNodes(decl: Decl): RefNode[] {
  const spec = DECLARATIONS.get(decl.keyword);
  if (!spec) return [];
  const out: RefNode[] = [];
  for (const item of decl.syntax.entries) {
    if (item.kind !== 'field') continue;
    const type = spec.fields.get(item.key.text)?.type;
    if (!type || (type.t !== 'ref' && type.t !== 'refs')) continue;
    const values = item.value.kind === 'list' ? item.value.items : [item.value];
    for (const v of values) if (v.kind === 'ident') out.push({ decl, key: item.key.text, sort: type.sort, node: v });
  }
  return out;
}

export interface PartyNode {
  decl: Decl;
  /** The key the code is the value of, or the block key (`law`) it names. */
  key: string;
  node: Ident;
}

/** Every party code a declaration uses: party-typed values, provider places, `law XX` blocks. */
export function partyNodes(decl: Decl): PartyNode[] {
  const spec = DECLARATIONS.get(decl.keyword);
  if (!spec) return [];
  const out: PartyNode[] = [];
  const visit = (items: BlockItem[], fields: Map<string, KeySpec>, blocks: Map<string, BlockSpec>): void => {
    for (const item of items) {
      if (item.kind === 'junk') continue;
      if (item.kind === 'block') {
        const b = blocks.get(item.key.text);
        if (!b) continue;
        if (b.named === 'party' && item.name && PARTY_CODE.test(item.name.text)) out.push({ decl, key: item.key.text, node: item.name });
        if (!b.groundEntries) visit(item.entries, b.fields, new Map());
        continue;
      }
      const type = fields.get(item.key.text)?.type;
      if (!type) continue;
      const values = item.value.kind === 'list' ? item.value.items : [item.value];
      for (const v of values) {
        if (v.kind === 'provider' && v.place && PARTY_CODE.test(v.place.text)) out.push({ decl, key: item.key.text, node: v.place });
        if (
          v.kind === 'ident' &&
          PARTY_CODE.test(v.text) &&
          (type.t === 'party' || type.t === 'parties' || type.t === 'nationality' || type.t === 'destination')
        ) {
          out.push({ decl, key: item.key.text, node: v });
        }
      }
    }
  };
  visit(decl.syntax.entries, spec.fields, spec.blocks);
  return out;
}

/** The document offsets of a node of a declaration. */
export function absolute(decl: Decl, span: Span): Span {
  return { start: decl.chunk.base + span.start, end: decl.chunk.base + span.end };
}

// ---------------------------------------------------------------- citations in comments

/** An instrument's citation form ("CETS 185", "ETS 24", "ECHR") -> its id. */
const BY_SHORT = new Map(INSTRUMENT_IDS.map((id) => [INSTRUMENT_DATA[id].short, id] as const));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "CETS 185 Art. 24(5)" as findings and fix comments cite, or "budapest art 24(5)" as the language writes. */
const CITATION = new RegExp(
  `(?<![\\w-])(?:(${[...BY_SHORT.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})\\s+Art\\.?|(${INSTRUMENT_IDS.map(escape).join('|')})\\s+art)\\s*(\\d+)((?:\\([0-9A-Za-z]+\\))*)`,
  'g',
);

/** The article cited at `offset` of a comment's text, with its place in that text. */
export function citationAt(text: string, offset: number, strict = true): { ref: ArticleRef; start: number; end: number } | undefined {
  CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITATION.exec(text))) {
    const start = m.index,
      end = m.index + m[0].length;
    if (offset < start || offset > end || (strict && offset === end)) continue;
    const instrument = (m[1] !== undefined ? BY_SHORT.get(m[1]) : m[2]) as InstrumentId | undefined;
    if (!instrument || !isInstrumentId(instrument)) return undefined;
    const parts = [...m[4]!.matchAll(/\(([0-9A-Za-z]+)\)/g)].map((x) => x[1]!);
    return { ref: { instrument, number: Number(m[3]), parts }, start, end };
  }
  return undefined;
}
