// Text -> syntax tree + CR001 problems, one chunk at a time.
//
// A document is split at the lines that start, in their first column, a declaration
// (`KEYWORD NAME [KIND] {`). The grammar never reaches past such a line, so each chunk parses on
// its own; a chunk whose text is unchanged keeps its parse (and every result computed from it).

import * as parser from './generated/parser.js';
import { DECLARATION_KEYWORDS, type Block, type ChunkItem, type Declaration, type Junk, type Span } from './syntax';
import { orList } from './util';

/** A CR001 problem, relative to its chunk. */
export interface SyntaxProblem extends Span {
  message: string;
}

/** One parsed chunk of a document. `base` and `uri` are set by the document that owns it. */
export interface ParsedChunk {
  readonly text: string;
  readonly items: ChunkItem[];
  readonly declarations: Declaration[];
  readonly problems: SyntaxProblem[];
  /** Offset of the chunk in its document. */
  base: number;
  uri: string;
}

// A declaration header (`KEYWORD NAME [KIND] {`), from the keywords of syntax.ts. The grammar's
// own keyword set is checked against the same list (test/unit/keywords.test.ts).
const SPACE = '[ \\t\\f\\v\\u00A0\\uFEFF]';
const IDENT = '[A-Za-z][A-Za-z0-9_.\\-]*';
const HEADER = new RegExp(`(?:${DECLARATION_KEYWORDS.join('|')})${SPACE}+${IDENT}(?:${SPACE}+${IDENT})?${SPACE}*\\{`, 'y');
const KEYWORD_INITIALS = new Set(DECLARATION_KEYWORDS.map((k) => k[0]!));

/** Offsets at which a chunk starts: 0 and every line start that begins a declaration header. */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    // find the next line start
    const nl = nextLineStart(text, pos);
    if (nl < 0) break;
    pos = nl;
    if (pos < n && KEYWORD_INITIALS.has(text[pos]!)) {
      HEADER.lastIndex = pos;
      if (HEADER.test(text)) starts.push(pos);
    }
  }
  return starts;
}

function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/** Split a document into chunk texts. */
export function splitChunks(text: string): string[] {
  const starts = chunkStarts(text);
  const out: string[] = [];
  for (let i = 0; i < starts.length; i++) out.push(text.slice(starts[i], starts[i + 1] ?? text.length));
  if (out.length > 1 && out[0] === '') out.shift();
  return out;
}

/** Deeper nesting than this is reported, not parsed (the language needs three levels). */
export const MAX_NESTING = 64;

/** Parse one chunk. Never throws. */
export function parseChunk(text: string): ParsedChunk {
  let items: ChunkItem[];
  const problems: SyntaxProblem[] = [];
  const depth = nestingDepth(text);
  if (depth.max > MAX_NESTING) {
    problems.push({
      start: depth.at,
      end: depth.at + 1,
      message: `Syntax error: brackets nested deeper than ${MAX_NESTING} levels; this declaration is not read.`,
    });
    return { text, items: [], declarations: [], problems, base: 0, uri: '' };
  }
  try {
    items = parser.parse(text, { startRule: 'Chunk' });
  } catch {
    // The grammar recovers from every input; this is a safety net, not a path we expect.
    problems.push({ start: 0, end: firstLineEnd(text, 0), message: 'Syntax error: this declaration could not be read.' });
    return { text, items: [], declarations: [], problems, base: 0, uri: '' };
  }
  const declarations: Declaration[] = [];
  for (const item of items) {
    if (item.kind === 'junk') problems.push(junkProblem(text, item, 'Declaration'));
    else {
      declarations.push(item);
      collectBlockProblems(text, item, problems);
    }
  }
  return { text, items, declarations, problems, base: 0, uri: '' };
}

function collectBlockProblems(text: string, block: Declaration | Block, problems: SyntaxProblem[]): void {
  if (!block.close) {
    const what = block.kind === 'declaration' ? `${block.keyword.text} ${block.name.text}` : block.key.text;
    problems.push({
      start: block.open.start,
      end: block.open.end,
      message: `Syntax error: the block of ${what} is not closed: expected "}".`,
    });
  }
  for (const entry of block.entries) {
    if (entry.kind === 'junk' && entry.stray && block.kind === 'declaration') {
      problems.push({
        start: entry.start,
        end: entry.end,
        message: `Syntax error: this "}" closes nothing: the entries after it still belong to ${block.keyword.text} ${block.name.text} (a "}" too many, or a "{" missing before it).`,
      });
    } else if (entry.kind === 'junk') problems.push(junkProblem(text, entry, 'Entry'));
    else if (entry.kind === 'block') collectBlockProblems(text, entry, problems);
  }
}

function nestingDepth(text: string): { max: number; at: number } {
  // Brackets inside strings and comments do not count.
  let depth = 0,
    max = 0,
    at = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // "
      if (text.startsWith('"""', i)) {
        const close = text.indexOf('"""', i + 3);
        i = close < 0 ? firstLineEnd(text, i) : close + 2;
      } else {
        i++;
        while (i < text.length && text[i] !== '"' && text[i] !== '\n' && text[i] !== '\r') i += text[i] === '\\' ? 2 : 1;
      }
    } else if (c === 35) {
      // #
      i = firstLineEnd(text, i);
    } else if (c === 123 || c === 91) {
      // { [
      depth++;
      if (depth > max) {
        max = depth;
        at = i;
      }
    } else if ((c === 125 || c === 93) && depth > 0) depth--;
  }
  return { max, at };
}

function firstLineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

// ---------------------------------------------------------------- CR001 messages

interface PeggyExpectation {
  type: 'literal' | 'class' | 'any' | 'end' | 'other';
  text?: string;
  description?: string;
}

interface PeggyError {
  expected?: PeggyExpectation[] | null;
  location?: { start: { offset: number } };
}

const LAYOUT = /^(?:\\r\\n|\\n|\\r|#|;|\\\\|\s*)$/;

/**
 * Describe a run of unparsable text: what the grammar expected where it stopped, and what kind
 * of thing it found there — never the text itself, which may hold personal data.
 */
function junkProblem(text: string, junk: Junk, startRule: 'Entry' | 'Declaration'): SyntaxProblem {
  const junkText = text.slice(junk.start, junk.end);
  let failAt = 0;
  let expected: string[] = [];
  try {
    parser.parse(junkText, { startRule });
  } catch (e) {
    const err = e as PeggyError;
    failAt = err.location?.start.offset ?? 0;
    expected = describeExpected(err.expected ?? []);
  }
  const lineEnd = firstLineEnd(junkText, 0);
  if (failAt > lineEnd) failAt = 0;
  const open = unclosedQuote(junkText, failAt);
  if (open !== undefined) {
    // A string that runs to the end of its line: point at its opening quote.
    return {
      start: junk.start + open,
      end: junk.start + lineEnd,
      message: 'Syntax error: this string is not closed on its line: expected the closing quote (").',
    };
  }
  // Where the parse stopped on spaces (`name "Ada"   # …`), what was found is what follows them.
  let at = junk.start + failAt;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
  if (at > junk.start + failAt && at >= junk.end) {
    const found = describeFound(text, at);
    const key = /^[a-z][a-z0-9-]*/.exec(junkText)?.[0];
    const after = key && startRule === 'Entry' ? ` after "${key}"` : '';
    return {
      start: at,
      end: Math.min(text.length, Math.max(at + 1, junk.start + lineEnd)),
      message: `Syntax error: expected ${orList(expected, 'something else')}${after}, found ${found}.`,
    };
  }
  const start = junk.start + failAt;
  const end = junk.start + tokenEnd(junkText, failAt, lineEnd);
  const found = describeFound(text, junk.start + failAt);
  let message: string;
  if (startRule === 'Declaration' && failAt === 0) {
    message = `Syntax error: expected a declaration (${DECL_KEYWORDS} followed by a name and "{"), found ${found}.`;
  } else if (startRule === 'Entry' && failAt === 0) {
    message = `Syntax error: expected an entry ("key: value" or "key { … }"), found ${found}.`;
  } else {
    const key = /^[a-z][a-z0-9-]*/.exec(junkText)?.[0];
    const after = key && startRule === 'Entry' ? ` after "${key}"` : '';
    // `key:` then a comment or a line break: the value was written on the next line.
    const sameLine =
      expected.includes('a value') && (found === 'a comment' || found === 'the end of the line')
        ? ': a value starts on the line of its key'
        : '';
    message = `Syntax error: expected ${orList(expected, 'something else')}${after}, found ${found}${sameLine}.`;
  }
  return { start, end: Math.max(end, start + 1 <= text.length ? start + 1 : start), message };
}

const DECL_KEYWORDS = orList([...DECLARATION_KEYWORDS]);

function describeExpected(list: PeggyExpectation[]): string[] {
  const out = new Set<string>();
  for (const e of list) {
    if (e.type === 'literal' && e.text !== undefined) {
      if (!LAYOUT.test(JSON.stringify(e.text).slice(1, -1))) out.add(JSON.stringify(e.text));
    } else if (e.type === 'other' && e.description) {
      out.add(e.description);
    } else if (e.type === 'end') {
      out.add('the end of the entry');
    }
  }
  // "a name or word" after a key is the optional block name: ":" is what the user most likely missed.
  if (out.has('":"') && out.has('"{"')) out.delete('a name or word');
  // Inside a list, after an item: what can follow is "," or "]"; the word-led forms that could have
  // continued the item ("art", a qualifying string) only confuse.
  if (out.has('","')) {
    out.delete('"art"');
    out.delete('"\\""');
    out.add('"]"');
  }
  // Where any value may start, say so rather than list every form.
  if (out.has('"["') && out.has('"provider"')) {
    for (const d of [...out]) if (VALUE_FORMS.has(d)) out.delete(d);
    out.add('a value');
  }
  return [...out].map((d) => QUOTES.get(d) ?? d);
}

const VALUE_FORMS = new Set(['"["', '"\\"\\"\\""', '"\\""', 'a date (YYYY-MM-DD)', '"provider"', '"treaty"', 'a name or word']);
const QUOTES = new Map([
  ['"\\""', 'a string ("…")'],
  ['"\\"\\"\\""', 'the closing quotes (""") of the text'],
]);

/** The offset of a `"` opened before `at` on the first line and not closed there (a `"""` text aside). */
function unclosedQuote(text: string, at: number): number | undefined {
  let open: number | undefined;
  for (let i = 0; i < at && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return undefined;
    if (c !== '"') continue;
    if (open === undefined) {
      if (text.startsWith('"""', i)) return undefined;
      open = i;
    } else if (text[i - 1] !== '\\') {
      open = undefined;
    }
  }
  if (open === undefined) return undefined;
  // Only when the failure is at the end of that line: the string ran out of line.
  const rest = text.slice(at, firstLineEnd(text, at));
  return rest.trim() === '' ? open : undefined;
}

function describeFound(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const c = text[at]!;
  if (c === '"') return 'a string';
  if (c === '\n' || c === '\r') return 'the end of the line';
  if (c === '#') return 'a comment';
  if (/[A-Za-z]/.test(c)) return 'a word';
  if (/[0-9]/.test(c)) return 'a number';
  const code = c.charCodeAt(0);
  if (code < 32 || code === 127) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  if (/[!-/:-@[-`{-~]/.test(c)) return `"${c}"`;
  return 'a character that is not part of the language';
}

function tokenEnd(text: string, at: number, lineEnd: number): number {
  if (at >= lineEnd) return Math.min(at + 1, text.length);
  const c = text[at]!;
  if (c === '"') {
    let i = at + 1;
    while (i < lineEnd && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return Math.min(i + 1, lineEnd);
  }
  if (/[A-Za-z0-9_.-]/.test(c)) {
    let i = at;
    while (i < lineEnd && /[A-Za-z0-9_.-]/.test(text[i]!)) i++;
    return i;
  }
  return at + 1;
}
