// Formatting: canonical indentation (one level per block), `key: value` with one space, one entry
// per line in multi-line blocks (single-line blocks stay on one line, entries two spaces apart),
// `[a, b]` lists (a list written over several lines keeps one item per line), no trailing
// whitespace, one blank line between declarations, one final newline. Comments stay where they
// are: at the end of their line, or on their own line at the indentation of what follows.
// Strings and texts are copied as they are: their line breaks and spaces are their value.
//
// The result is printed from the syntax tree, re-parsed, and used only when its tree (offsets
// aside) is the one it came from. A document with a syntax error (CR001) is left alone.

import type { SourceDocument } from '../document';
import type { TextEdit } from '../findings';
import { parseChunk, splitChunks, type ParsedChunk } from '../parse';
import type { Block, ChunkItem, Declaration, Entry, Field, ListValue, Value } from '../syntax';
import { lineEdits } from '../textDiff';
import type { Workspace } from '../workspace';

export interface FormatOptions {
  tabSize: number;
  insertSpaces: boolean;
}

export function format(ws: Workspace, uri: string, options: FormatOptions): TextEdit[] {
  const doc = ws.document(uri);
  if (!doc) return [];
  const text = formatText(doc, options);
  if (text === undefined || text === doc.text) return [];
  return lineEdits(uri, doc.text, text);
}

/** The formatted text; undefined when the document has a syntax error or formatting would change its meaning. */
export function formatText(doc: SourceDocument, options: FormatOptions): string | undefined {
  if (doc.syntaxProblems.length > 0) return undefined;
  const indent = options.insertSpaces ? ' '.repeat(Math.max(1, Math.min(16, Math.floor(options.tabSize) || 2))) : '\t';
  const text = new Printer(doc, indent).print();
  if (text === doc.text) return text;
  return sameTree(doc, text) ? text : undefined;
}

/** The syntax tree without offsets, for comparing two parses (tests). */
export function treeKey(doc: SourceDocument): string {
  const items = doc.chunks.flatMap((u) => u.items);
  return JSON.stringify(items, (k, v: unknown) =>
    k === 'start' || k === 'end' ? undefined : k === 'open' || k === 'close' ? (v ? true : undefined) : v,
  );
}

/**
 * Does `text` parse, without a syntax error, to the tree of `doc` (offsets aside)? A chunk whose
 * text is one of the document's is not parsed again: its unit's items are compared by identity.
 * The document's units are only read — `SourceDocument.parse(…, previous)` would adopt them and
 * move their offsets, which the workspace's document must keep.
 */
export function sameTree(doc: SourceDocument, text: string): boolean {
  const known = new Map(doc.chunks.map((u) => [u.text, u]));
  const after: ChunkItem[] = [];
  for (const chunk of splitChunks(text)) {
    const unit = known.get(chunk) ?? parseChunk(chunk);
    if (unit.problems.length > 0) return false;
    after.push(...unit.items);
  }
  const before = doc.chunks.flatMap((u) => u.items);
  return before.length === after.length && before.every((item, i) => item === after[i] || sameNode(item, after[i]));
}

function sameNode(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameNode(v, b[i]));
  const ra = a as Record<string, unknown>,
    rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) {
    if (k === 'start' || k === 'end') continue;
    if (k === 'open' || k === 'close') {
      if (!ra[k] !== !rb[k]) return false;
      continue;
    }
    if (!sameNode(ra[k], rb[k])) return false;
  }
  return true;
}

// ---------------------------------------------------------------- gaps: comments and blank lines

interface GapComment {
  text: string;
  /** Line breaks between what precedes and the comment: 0 for a comment at the end of a line. */
  breaksBefore: number;
  /** The spaces before `#` on its line. */
  spaceBefore: string;
}

interface Gap {
  comments: GapComment[];
  /** Line breaks after the last comment (or from the start when there is none). */
  breaksAfter: number;
}

function readGap(text: string, from: number, to: number): Gap {
  const comments: GapComment[] = [];
  let breaks = 0;
  let space = '';
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      breaks++;
      space = '';
    } else if (c === '#') {
      let e = i;
      while (e < to && text[e] !== '\n' && text[e] !== '\r') e++;
      comments.push({ text: text.slice(i, e).trimEnd(), breaksBefore: breaks, spaceBefore: space });
      breaks = 0;
      space = '';
      i = e - 1;
    } else if (c === ' ' || c === '\t') {
      space += c;
    }
  }
  return { comments, breaksAfter: breaks };
}

// ---------------------------------------------------------------- printing

class Printer {
  private readonly text: string;
  private readonly lines: string[] = [];
  private readonly eol: string;

  constructor(
    private readonly doc: SourceDocument,
    private readonly indent: string,
  ) {
    this.text = doc.text;
    this.eol = doc.eol;
  }

  print(): string {
    const bom = this.text.startsWith('\uFEFF') ? '\uFEFF' : '';
    let pos = bom.length;
    let previous: 'start' | 'decl' | 'comment' = 'start';
    for (const unit of this.doc.chunks) {
      for (const item of unit.items) {
        if (item.kind !== 'declaration') return this.text; // unreachable: junk is CR001
        const start = unit.base + item.start;
        previous = this.topGap(pos, start, previous);
        if (previous !== 'start' && (previous === 'decl' || this.breaksBeforeDecl >= 2)) this.blank();
        this.declaration(unit, item);
        pos = unit.base + item.end;
        previous = 'decl';
      }
    }
    this.topGap(pos, this.text.length, previous);
    if (this.lines.length === 0) return bom;
    return bom + this.lines.join(this.eol) + this.eol;
  }

  private breaksBeforeDecl = 0;

  /** Comments between declarations: one blank line after a declaration; blank lines between comments kept (at most one). */
  private topGap(from: number, to: number, previous: 'start' | 'decl' | 'comment'): 'start' | 'decl' | 'comment' {
    const gap = readGap(this.text, from, to);
    for (const c of gap.comments) {
      if (c.breaksBefore === 0 && previous === 'decl') {
        this.trailing(c);
        continue;
      }
      if (previous === 'decl' || (previous === 'comment' && c.breaksBefore >= 2)) this.blank();
      this.lines.push(c.text);
      previous = 'comment';
    }
    this.breaksBeforeDecl = gap.breaksAfter;
    return previous;
  }

  private blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  private newLine(level: number, text: string): void {
    this.lines.push(this.indent.repeat(level) + text);
  }

  private append(text: string): void {
    this.lines[this.lines.length - 1] += text;
  }

  private trailing(c: GapComment): void {
    this.append((c.spaceBefore || ' ') + c.text);
  }

  private declaration(unit: ParsedChunk, d: Declaration): void {
    const head = `${d.keyword.text} ${d.name.text}${d.type ? ` ${d.type.text}` : ''}`;
    this.newLine(0, head);
    this.body(unit, d, 0);
  }

  /** ` { … }` of a declaration or block whose header is on the current line. */
  private body(unit: ParsedChunk, b: Declaration | Block, level: number): void {
    const open = unit.base + b.open.start;
    const close = unit.base + b.close!.start;
    if (this.sameLine(open, close)) {
      const entries = b.entries.filter((e): e is Entry => e.kind !== 'junk');
      this.append(entries.length ? ` { ${entries.map((e) => this.inlineEntry(unit, e)).join('  ')} }` : ' {}');
      return;
    }
    this.append(' {');
    let pos = unit.base + b.open.end;
    let first = true;
    for (const e of b.entries) {
      if (e.kind === 'junk') continue;
      const gap = readGap(this.text, pos, unit.base + e.start);
      this.innerComments(gap, level + 1, first);
      if (!first && gap.breaksAfter >= 2) this.blank();
      this.entry(unit, e, level + 1);
      pos = unit.base + e.end;
      first = false;
    }
    const gap = readGap(this.text, pos, close);
    this.innerComments(gap, level + 1, first);
    this.newLine(level, '}');
  }

  /** Comments inside a block or list: at the end of the current line, or on their own line at `level`. */
  private innerComments(gap: Gap, level: number, atStart: boolean): void {
    let start = atStart;
    for (const c of gap.comments) {
      if (c.breaksBefore === 0) {
        this.trailing(c);
        continue;
      }
      if (!start && c.breaksBefore >= 2) this.blank();
      this.newLine(level, c.text);
      start = false;
    }
  }

  private entry(unit: ParsedChunk, e: Entry, level: number): void {
    if (e.kind === 'block') {
      this.newLine(level, e.name ? `${e.key.text} ${e.name.text}` : e.key.text);
      this.body(unit, e, level);
      return;
    }
    this.newLine(level, `${this.keyText(unit, e)}: `);
    this.value(unit, e.value, level);
  }

  /** A field's key, with its name in quotes for `other "Name": …` (copied verbatim). */
  private keyText(unit: ParsedChunk, e: Field): string {
    return e.label ? `${e.key.text} ${this.src(unit, e.label)}` : e.key.text;
  }

  private inlineEntry(unit: ParsedChunk, e: Entry): string {
    if (e.kind === 'block') {
      const entries = e.entries.filter((x): x is Entry => x.kind !== 'junk');
      const head = e.name ? `${e.key.text} ${e.name.text}` : e.key.text;
      return entries.length ? `${head} { ${entries.map((x) => this.inlineEntry(unit, x)).join('  ')} }` : `${head} {}`;
    }
    return `${this.keyText(unit, e)}: ${this.inline(unit, e.value)}`;
  }

  /** Append a value to the current line; a list written over several lines gets one item per line. */
  private value(unit: ParsedChunk, v: Value, level: number): void {
    if (v.kind !== 'list' || !this.multiLine(unit, v)) {
      this.append(this.inline(unit, v));
      return;
    }
    this.append('[');
    let pos = unit.base + v.start + 1;
    v.items.forEach((item, i) => {
      const gap = readGap(this.text, pos, unit.base + item.start);
      this.innerComments(gap, level + 1, i === 0);
      if (i > 0 && gap.breaksAfter >= 2) this.blank();
      this.newLine(level + 1, '');
      this.value(unit, item, level + 1);
      if (i < v.items.length - 1) this.append(',');
      pos = unit.base + item.end;
    });
    const gap = readGap(this.text, pos, unit.base + v.end - 1);
    this.innerComments(gap, level + 1, v.items.length === 0);
    this.newLine(level, ']');
  }

  /**
   * A list is written over several lines when a line break or a comment separates its items or
   * brackets; an empty list only when it holds a comment.
   */
  private multiLine(unit: ParsedChunk, v: ListValue): boolean {
    if (v.items.length === 0) return readGap(this.text, unit.base + v.start + 1, unit.base + v.end - 1).comments.length > 0;
    let pos = unit.base + v.start + 1;
    const ends = [...v.items.map((i) => unit.base + i.start), unit.base + v.end - 1];
    for (let k = 0; k < ends.length; k++) {
      const gap = readGap(this.text, pos, ends[k]!);
      if (gap.comments.length || gap.breaksAfter) return true;
      const item = v.items[k];
      if (item) pos = unit.base + item.end;
    }
    return false;
  }

  private src(unit: ParsedChunk, span: { start: number; end: number }): string {
    return this.text.slice(unit.base + span.start, unit.base + span.end);
  }

  private inline(unit: ParsedChunk, v: Value): string {
    switch (v.kind) {
      case 'ident':
        return v.text;
      case 'string':
        return this.src(unit, v);
      case 'qualified':
        return `${v.word.text} ${this.src(unit, v.text)}`;
      case 'provider':
        return `provider ${this.src(unit, v.name)}${v.place ? ` in ${v.place.text}` : ''}`;
      case 'treaty':
        return `treaty ${this.src(unit, v.title)}`;
      case 'article': {
        const inst = v.instrument.kind === 'ident' ? v.instrument.text : this.inline(unit, v.instrument);
        return `${inst} art ${v.number.text}${v.parts.map((p) => `(${p.text})`).join('')}`;
      }
      case 'date':
        return v.text;
      case 'duration':
        return this.src(unit, v)
          .trim()
          .split(/[ \t\f\v\u00A0\uFEFF]+/)
          .join(' ');
      case 'list':
        return `[${v.items.map((i) => this.inline(unit, i)).join(', ')}]`;
    }
  }

  private sameLine(a: number, b: number): boolean {
    for (let i = a; i < b; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 13) return false;
    }
    return true;
  }
}
