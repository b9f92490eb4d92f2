// A version of one file: its text, its parsed chunks, and offset <-> line/column conversion.

import { parseChunk, splitChunks, type SyntaxProblem, type ParsedChunk } from './parse';
import type { Span } from './syntax';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Longer documents are not parsed: a CR001 finding says so (see docs/reliability.md). */
export const MAX_DOCUMENT_LENGTH = 10_000_000;

/** What the host knows of a document that its text does not show. */
export interface DocumentNotes {
  /** Some bytes of the file were not valid UTF-8; they are U+FFFD in the text. */
  invalidUtf8?: boolean;
}

export class SourceDocument {
  readonly chunks: ParsedChunk[];
  /** Problems of the whole document (size limit, encoding), in document offsets; reported as CR001. */
  readonly notices: SyntaxProblem[];
  private lineStartsCache: number[] | undefined;

  private constructor(
    readonly uri: string,
    readonly text: string,
    units: ParsedChunk[],
    readonly notes: DocumentNotes = {},
  ) {
    this.chunks = units;
    this.notices = [];
    if (notes.invalidUtf8) {
      const at = Math.max(0, text.indexOf('\uFFFD'));
      this.notices.push({
        start: at,
        end: Math.min(text.length, at + 1),
        message: 'This file is not valid UTF-8: the bytes that are not were read as U+FFFD. Save the file as UTF-8.',
      });
    }
  }

  /**
   * Parse `text`, reusing the chunks of `previous` whose text is unchanged. Reused chunks are the
   * same objects, so results computed from their declarations stay valid.
   */
  static parse(uri: string, text: string, previous?: SourceDocument, notes: DocumentNotes = {}): SourceDocument {
    if (text.length > MAX_DOCUMENT_LENGTH) {
      const doc = new SourceDocument(uri, text, [], notes);
      let end = 0;
      while (end < text.length && end < 200 && text[end] !== '\n' && text[end] !== '\r') end++;
      doc.notices.unshift({
        start: 0,
        end,
        message: `This file has ${(text.length / 1e6).toFixed(1)} million characters; CoopSpec reads files of up to ${MAX_DOCUMENT_LENGTH / 1e6} million, so it is not checked.`,
      });
      return doc;
    }
    const reusable = new Map<string, ParsedChunk[]>();
    if (previous) {
      for (const unit of previous.chunks) {
        const list = reusable.get(unit.text);
        if (list) list.push(unit);
        else reusable.set(unit.text, [unit]);
      }
    }
    const units: ParsedChunk[] = [];
    let base = 0;
    for (const chunk of splitChunks(text)) {
      const unit = reusable.get(chunk)?.shift() ?? parseChunk(chunk);
      unit.base = base;
      unit.uri = uri;
      units.push(unit);
      base += chunk.length;
    }
    return new SourceDocument(uri, text, units, notes);
  }

  get lineStarts(): number[] {
    if (!this.lineStartsCache) {
      const starts = [0];
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
      this.lineStartsCache = starts;
    }
    return this.lineStartsCache;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo]! };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line]!;
    const lineEnd = this.lineEnd(position.line);
    return Math.max(lineStart, Math.min(lineStart + position.character, lineEnd));
  }

  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    const starts = this.lineStarts;
    let end = line + 1 < starts.length ? starts[line + 1]! : this.text.length;
    while (end > starts[line]! && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  private eolCache: string | undefined;

  /** The line break the document uses most ("\n" when it has none). */
  get eol(): string {
    if (this.eolCache === undefined) {
      let crlf = 0,
        lf = 0,
        cr = 0;
      const t = this.text;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 13) {
          if (t.charCodeAt(i + 1) === 10) {
            crlf++;
            i++;
          } else cr++;
        } else if (c === 10) lf++;
      }
      this.eolCache = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
    }
    return this.eolCache;
  }

  /** CR001 problems in document offsets. */
  get syntaxProblems(): SyntaxProblem[] {
    return this.chunks.flatMap((u) => u.problems.map((p) => ({ ...p, start: p.start + u.base, end: p.end + u.base })));
  }

  /** The unit holding an offset. */
  chunkAt(offset: number): ParsedChunk | undefined {
    const units = this.chunks;
    let lo = 0,
      hi = units.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (units[mid]!.base <= offset) lo = mid;
      else hi = mid - 1;
    }
    return units[lo];
  }
}
