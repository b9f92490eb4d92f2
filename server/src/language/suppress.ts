// `# coopspec-disable-next-line CR405 CR406 -- reason`: hides the named findings on the next line.

import type { SourceDocument } from './document';
import type { ParsedChunk } from './parse';
import type { Span } from './syntax';

export interface Comment extends Span {
  text: string;
}

const commentCache = new WeakMap<ParsedChunk, Comment[]>();

/** The comments of a chunk (relative offsets), found by a scan that skips strings. */
export function chunkComments(unit: ParsedChunk): Comment[] {
  let list = commentCache.get(unit);
  if (list) return list;
  list = [];
  const t = unit.text;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      if (t.startsWith('"""', i)) {
        const close = t.indexOf('"""', i + 3);
        if (close >= 0) {
          i = close + 2;
          continue;
        }
      }
      i++;
      while (i < t.length && t[i] !== '"' && t[i] !== '\n' && t[i] !== '\r') i += t[i] === '\\' ? 2 : 1;
    } else if (c === '#') {
      let end = i;
      while (end < t.length && t[end] !== '\n' && t[end] !== '\r') end++;
      list.push({ start: i, end, text: t.slice(i, end) });
      i = end;
    }
  }
  commentCache.set(unit, list);
  return list;
}

export interface Directive {
  /** Line of the comment (0-based); it hides findings starting on the next line. */
  line: number;
  /** Rule ids or aliases named, with their offsets; empty means every rule. */
  rules: { name: string; start: number; end: number }[];
  justification: string;
  start: number;
  end: number;
}

const DIRECTIVE = /^#\s*coopspec-disable-next-line\b(.*)$/;

export function directives(doc: SourceDocument): Directive[] {
  const out: Directive[] = [];
  for (const unit of doc.chunks) {
    for (const c of chunkComments(unit)) {
      const m = DIRECTIVE.exec(c.text);
      if (!m) continue;
      const rest = m[1]!;
      const sep = rest.indexOf('--');
      const names = sep >= 0 ? rest.slice(0, sep) : rest;
      const justification = sep >= 0 ? rest.slice(sep + 2).trim() : '';
      const restStart = unit.base + c.start + (c.text.length - rest.length);
      const rules: Directive['rules'] = [];
      const re = /[^\s,]+/g;
      let r: RegExpExecArray | null;
      while ((r = re.exec(names))) rules.push({ name: r[0], start: restStart + r.index, end: restStart + r.index + r[0].length });
      const start = unit.base + c.start;
      out.push({ line: doc.positionAt(start).line, rules, justification, start, end: unit.base + c.end });
    }
  }
  return out;
}
