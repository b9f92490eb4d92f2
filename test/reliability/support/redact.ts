// Replacing the content of every string literal of a CoopSpec file with a unique marker, for the
// privacy tests: if a marker shows up in an output, that output quotes a string from the files.
//
// The scan follows the lexical rules of the grammar (grammar/coopspec.peggy), not a regex:
//   - `#` outside a string starts a comment, to the end of the line (comments are kept as they are);
//   - `"""…"""` is a text over several lines; `\"` and `\\` are escapes. A text stops before a line
//     that starts a declaration in its first column; one not closed by then is read by the grammar
//     as junk from its opening quotes to the end of their line, so that much is replaced;
//   - `"…"` is a string on one line; a backslash escapes the character after it. An unclosed
//     string runs to the end of its line (junk to the grammar, replaced too), but for the closing
//     braces at the end of the line that the grammar gives back to the blocks opened on that line
//     (unclosedStringEnd in the grammar), which are kept.
// Everything outside string bodies — quotes, names, words, comments, `#!` markers, line endings —
// is kept as it was, and so are the line breaks inside a text (after its marker), so every line
// keeps its number.

const SP = '[ \\t\\f\\v\\u00A0\\uFEFF]';
const IDENT = '[A-Za-z][A-Za-z0-9_.\\-]*';
/** A line that starts a declaration (DeclHeader in the grammar). */
const DECL_LINE = new RegExp(
  `^(?:case|party|offence|person|data|request|proceeding|consent|transfer)${SP}+${IDENT}(?:${SP}+${IDENT})?${SP}*\\{`,
);

export const MARKER_PREFIX = 'SECRET';

export interface Redaction {
  text: string;
  /** The markers written into the text, in order. */
  markers: string[];
}

/** Makes markers `SECRET<n>X`; share one across files so every marker of a run is unique. */
export class MarkerSource {
  private n = 0;
  next(): string {
    this.n++;
    return `${MARKER_PREFIX}${this.n}X`;
  }
}

/** Where the line that holds `i` ends (the offset of its `\r` or `\n`, or the end of the text). */
function lineEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
  return j;
}

/** Where a text must close: the line break before the next declaration line, or the end. */
function unclosedTextEnd(text: string, from: number): number {
  let i = lineEnd(text, from);
  while (i < text.length) {
    const next = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
    if (DECL_LINE.test(text.slice(next, lineEnd(text, next)))) return i;
    i = lineEnd(text, next);
  }
  return text.length;
}

/** Where the grammar ends a string opened at `quote` and not closed on its line (unclosedStringEnd). */
function unclosedStringEnd(text: string, quote: number): number {
  const end = lineEnd(text, quote);
  let start = quote;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let opens = 0;
  for (let p = start; p < quote; p++) {
    if (text[p] === '"') {
      p++;
      while (p < quote && text[p] !== '"') p += text[p] === '\\' ? 2 : 1;
    } else if (text[p] === '{') opens++;
    else if (text[p] === '}') opens--;
  }
  if (opens <= 0) return end;
  const rest = text.slice(quote + 1, end);
  const closing = /(?:[ \t]*\})+[ \t]*(?:#.*)?$/.exec(rest);
  if (!closing) return end;
  const braces = closing[0].replace(/#.*$/, '');
  let keep = Math.max(0, (braces.match(/\}/g) ?? []).length - opens);
  let cut = quote + 1 + closing.index;
  for (let i = 0; keep > 0; i++) {
    if (braces[i] === '}') {
      keep--;
      cut = quote + 1 + closing.index + i + 1;
    }
  }
  while (cut > quote + 1 && /[ \t\f\v\u00A0\uFEFF]/.test(text[cut - 1]!)) cut--;
  return cut;
}

/** Replace the body of every string and text with a fresh marker. */
export function redact(text: string, markers: MarkerSource): Redaction {
  let out = '';
  const used: string[] = [];
  let i = 0;
  const body = (): string => {
    const m = markers.next();
    used.push(m);
    return m;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '#') {
      const end = lineEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (text.startsWith('"""', i)) {
      let j = i + 3;
      let closed = -1;
      const limit = unclosedTextEnd(text, i);
      while (j < limit) {
        if (text[j] === '\\' && (text[j + 1] === '"' || text[j + 1] === '\\')) {
          j += 2;
          continue;
        }
        if (text.startsWith('"""', j)) {
          closed = j;
          break;
        }
        j++;
      }
      if (closed >= 0) {
        // The text's line breaks are kept after the marker, so every later line keeps its number.
        out += `"""${body()}${text.slice(i + 3, closed).replace(/[^\r\n]/g, '')}"""`;
        i = closed + 3;
      } else {
        out += `"""${body()}`;
        i = lineEnd(text, i);
      }
    } else if (c === '"' && /(?:^|[\s[,])treaty[ \t]*$/.test(out.slice(-40))) {
      // The title of a treaty names the law, not a person: findings cite it ("the applicable
      // treaty (TITLE)", rules.md), so it is left as it is.
      const end = lineEnd(text, i);
      let j = i + 1;
      while (j < end && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, Math.min(j + 1, end));
      i = Math.min(j + 1, end);
    } else if (c === '"') {
      const end = lineEnd(text, i);
      let j = i + 1;
      let closed = -1;
      while (j < end) {
        if (text[j] === '\\' && j + 1 < end) {
          j += 2;
          continue;
        }
        if (text[j] === '"') {
          closed = j;
          break;
        }
        j++;
      }
      if (closed >= 0) {
        out += `"${body()}"`;
        i = closed + 1;
      } else {
        out += `"${body()}`;
        i = unclosedStringEnd(text, i);
      }
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, markers: used };
}

/** Every marker in a text (any `SECRET<n>X`, and any fragment of one that keeps `SECRET`). */
export function findMarkers(text: string): string[] {
  return [...text.matchAll(/SECRET\d*X?/g)].map((m) => m[0]);
}
