// The text before the cursor, read by a small lexer: half-typed text (`measure: `, `offences: [a, `)
// does not parse, so the tokens of the entry being typed say what is being typed.

export interface Token {
  t: 'ident' | 'number' | 'string' | ':' | '[' | ']' | ',' | '(' | ')' | 'other';
  text: string;
  start: number;
  end: number;
}

export interface Lexed {
  /** The tokens of the entry being typed (since the last line break or `;` outside brackets). */
  tokens: Token[];
  inString: boolean;
  inComment: boolean;
}

/** Tokens of `text` from `from` to `to`, keeping only those of the entry the cursor is in. */
export function lex(text: string, from: number, to: number): Lexed {
  let tokens: Token[] = [];
  let depth = 0;
  let i = from;
  const push = (t: Token['t'], start: number, end: number): void => {
    tokens.push({ t, text: text.slice(start, end), start, end });
  };
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r' || ch === ';') {
      if (depth === 0) tokens = [];
      i++;
    } else if (/[ \t\f\v\u00A0\uFEFF]/.test(ch)) {
      i++;
    } else if (ch === '#') {
      let e = i;
      while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
      if (e >= to) return { tokens, inString: false, inComment: true };
      i = e;
    } else if (text.startsWith('"""', i)) {
      const close = text.indexOf('"""', i + 3);
      // The cursor is inside the text, or between its closing quotes.
      if (close < 0 || close + 3 > to) return { tokens, inString: true, inComment: false };
      push('string', i, close + 3);
      i = close + 3;
    } else if (ch === '"') {
      let e = i + 1;
      while (e < text.length && text[e] !== '"' && text[e] !== '\n' && text[e] !== '\r') e += text[e] === '\\' ? 2 : 1;
      // The cursor is before the closing quote, or before the end of the line of an unclosed string.
      if (e >= to) return { tokens, inString: true, inComment: false };
      const closed = text[e] === '"';
      push('string', i, closed ? e + 1 : e);
      i = closed ? e + 1 : e;
    } else if (ch === '{' || ch === '}') {
      tokens = [];
      depth = 0;
      i++;
    } else if (ch === '[') {
      depth++;
      push('[', i, i + 1);
      i++;
    } else if (ch === ']') {
      depth = Math.max(0, depth - 1);
      push(']', i, i + 1);
      i++;
    } else if (ch === ':' || ch === ',' || ch === '(' || ch === ')') {
      push(ch, i, i + 1);
      i++;
    } else if (/[0-9]/.test(ch)) {
      let e = i;
      while (e < to && /[0-9-]/.test(text[e]!)) e++;
      push('number', i, e);
      i = e;
    } else if (/[A-Za-z]/.test(ch)) {
      let e = i;
      while (e < to && /[A-Za-z0-9_.-]/.test(text[e]!)) e++;
      push('ident', i, e);
      i = e;
    } else {
      push('other', i, i + 1);
      i++;
    }
  }
  return { tokens, inString: false, inComment: false };
}

/**
 * The tokens of the entry being typed. Entries on one line are separated by spaces alone
 * (`law FR { cite: "…"  max-penalty: 5 years }`): a new one starts at `KEY :`, or at a word that
 * follows a complete value — a string (but `in` after a provider's name), a closed list or
 * article, or a duration's unit.
 */
export function currentEntry(toks: Token[]): Token[] {
  let start = 0;
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.t === '[') depth++;
    else if (t.t === ']') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.t !== 'ident' || i === start) continue;
    const prev = toks[i - 1]!;
    if (toks[i + 1]?.t === ':') start = i;
    else if ((prev.t === 'string' || prev.t === ']' || prev.t === ')') && !(t.text === 'in' && toks[start + 2]?.text === 'provider'))
      start = i;
    else if (prev.t === 'ident' && toks[i - 2]?.t === 'number' && i - 2 > start + 1) start = i;
  }
  return toks.slice(start);
}

/** `KEY: VALUE` where VALUE cannot go on: a string (not a provider's name), a closed list or article, a duration. */
export function valueComplete(toks: Token[]): boolean {
  if (toks.length < 3 || toks[0]!.t !== 'ident' || toks[1]!.t !== ':') return false;
  const value = toks.slice(2);
  const last = value[value.length - 1]!;
  let depth = 0;
  for (const t of value) depth += t.t === '[' ? 1 : t.t === ']' ? -1 : 0;
  if (depth > 0) return false;
  if (last.t === 'string') return value[0]!.text !== 'provider' || value.length > 2;
  if (last.t === ']' || last.t === ')') return true;
  return value.length === 2 && value[0]!.t === 'number' && last.t === 'ident';
}
