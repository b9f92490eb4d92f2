// Fix data -> text edits. The same edits serve quick fixes, fix-all and `coopspec lint --fix`.
// Inserted text follows the document's indentation and line breaks.

import type { SourceDocument } from './document';
import type { EditSpec, FixSpec, Fix, TextEdit } from './findings';
import type { ParsedChunk } from './parse';
import type { Block, Declaration, Span } from './syntax';

type DocOf = (uri: string) => SourceDocument | undefined;

/** Resolve a fix; `undefined` when it cannot be applied to the text as it is (an unclosed block). */
export function resolveFix(spec: FixSpec, docOf: DocOf): Fix | undefined {
  const edits: TextEdit[] = [];
  for (const e of spec.edits) {
    const doc = docOf(e.chunk.uri);
    if (!doc) return undefined;
    const resolved = resolveEdit(e, doc);
    if (!resolved) return undefined;
    edits.push(...resolved);
  }
  return { title: spec.title, safe: spec.safe, edits };
}

function abs(unit: ParsedChunk, span: Span): Span {
  return { start: unit.base + span.start, end: unit.base + span.end };
}

function resolveEdit(e: EditSpec, doc: SourceDocument): TextEdit[] | undefined {
  const uri = doc.uri;
  const eol = doc.eol;
  switch (e.op) {
    case 'replace': {
      const s = abs(e.chunk, e.span);
      return [{ uri, ...s, newText: e.text }];
    }
    case 'insert-entries':
      return insertIntoBlock(doc, e.chunk, e.into, e.lines);
    case 'insert-block': {
      const inner = indentUnit(doc);
      const lines = [`${e.key} {`, ...e.lines.map((l) => inner + l), '}'];
      const createsBlock = `${e.key}@${abs(e.chunk, e.into).start}`;
      return insertIntoBlock(doc, e.chunk, e.into, lines)?.map((edit) => ({ ...edit, createsBlock }));
    }
    case 'remove-entry': {
      const s = abs(e.chunk, e.entry);
      const line = doc.positionAt(s.start).line;
      const endLine = doc.positionAt(s.end).line;
      const lineStart = doc.lineStarts[line]!;
      const before = doc.text.slice(lineStart, s.start);
      const after = doc.text.slice(s.end, doc.lineEnd(endLine));
      if (/^\s*$/.test(before) && /^\s*(#.*)?$/.test(after)) {
        const next = endLine + 1 < doc.lineCount ? doc.lineStarts[endLine + 1]! : doc.text.length;
        return [{ uri, start: lineStart, end: next, newText: '' }];
      }
      let end = s.end;
      while (end < doc.text.length && /[ \t;]/.test(doc.text[end]!)) end++;
      return [{ uri, start: s.start, end, newText: '' }];
    }
    case 'remove-list-item': {
      const items = e.list.items;
      const item = items[e.index];
      if (!item) return undefined;
      if (items.length === 1) {
        const s = abs(e.chunk, e.list);
        return [{ uri, start: s.start + 1, end: s.end - 1, newText: '' }];
      }
      if (e.index < items.length - 1) {
        return [{ uri, start: e.chunk.base + item.start, end: e.chunk.base + items[e.index + 1]!.start, newText: '' }];
      }
      return [{ uri, start: e.chunk.base + items[e.index - 1]!.end, end: e.chunk.base + item.end, newText: '' }];
    }
    case 'append-list-items': {
      const items = e.list.items;
      if (items.length === 0) {
        const s = abs(e.chunk, e.list);
        return [{ uri, start: s.start + 1, end: s.end - 1, newText: e.items.join(', ') }];
      }
      const last = e.chunk.base + items[items.length - 1]!.end;
      return [{ uri, start: last, end: last, newText: e.items.map((i) => `, ${i}`).join('') }];
    }
    case 'insert-declaration': {
      const s = abs(e.chunk, e.after);
      const text = e.text.split('\n').join(eol);
      return [{ uri, start: s.end, end: s.end, newText: `${eol}${eol}${text}` }];
    }
    case 'insert-line-before': {
      const s = abs(e.chunk, e.span);
      const line = doc.positionAt(s.start).line;
      const lineStart = doc.lineStarts[line]!;
      const indent = /^[ \t]*/.exec(doc.lineText(line))![0];
      return [{ uri, start: lineStart, end: lineStart, newText: `${indent}${e.text}${eol}` }];
    }
  }
}

/** Insert lines at the end of a block, each at the indentation of the block's entries. */
function insertIntoBlock(doc: SourceDocument, unit: ParsedChunk, into: Declaration | Block, lines: string[]): TextEdit[] | undefined {
  if (!into.close) return undefined;
  const eol = doc.eol;
  const close = unit.base + into.close.start;
  const openLine = doc.positionAt(unit.base + into.start).line;
  const blockIndent = /^[ \t]*/.exec(doc.lineText(openLine))![0];
  const indent = entryIndent(doc, unit, into) ?? blockIndent + indentUnit(doc);
  const closeLine = doc.positionAt(close).line;
  const closeLineStart = doc.lineStarts[closeLine]!;
  const body = lines
    .map((l) =>
      l
        .split('\n')
        .map((x) => indent + x)
        .join(eol),
    )
    .join(eol);
  if (/^[ \t]*$/.test(doc.text.slice(closeLineStart, close))) {
    // `}` starts its line: insert whole lines before it.
    return [{ uri: doc.uri, start: closeLineStart, end: closeLineStart, newText: body + eol }];
  }
  // `}` ends a line with other text (`law FR { cite: "…" }`): put it on a line of its own.
  let start = close;
  while (start > 0 && /[ \t]/.test(doc.text[start - 1]!)) start--;
  return [{ uri: doc.uri, start, end: close, newText: `${eol}${body}${eol}${blockIndent}` }];
}

/** The indentation of the block's first entry that starts a line. */
function entryIndent(doc: SourceDocument, unit: ParsedChunk, into: Declaration | Block): string | undefined {
  for (const entry of into.entries) {
    const pos = doc.positionAt(unit.base + entry.start);
    const before = doc.text.slice(doc.lineStarts[pos.line], unit.base + entry.start);
    if (/^[ \t]*$/.test(before)) return before;
  }
  return undefined;
}

const indentCache = new WeakMap<SourceDocument, string>();

/** The document's indentation step: the smallest indentation of any line, two spaces when none. */
export function indentUnit(doc: SourceDocument): string {
  const cached = indentCache.get(doc);
  if (cached !== undefined) return cached;
  let best: string | undefined;
  const re = /^([ \t]+)\S/gm;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(doc.text)) && seen++ < 200) {
    if (!best || m[1]!.length < best.length) best = m[1]!;
  }
  const unit = !best ? '  ' : best.startsWith('\t') ? '\t' : best;
  indentCache.set(doc, unit);
  return unit;
}
