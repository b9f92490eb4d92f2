// The outline of a document (declarations with their blocks; the entries are the file itself, and
// listing them drowned the declarations), workspace symbols, and folding ranges. Details are
// structural — keywords, kinds, citations, counts — never string contents.

import { cite } from '../articles';
import type { DeclarationKeyword } from '../syntax';
import type { SourceDocument } from '../document';
import type { Decl } from '../rules/types';
import { chunkComments } from '../suppress';
import type { Block, BlockItem, Declaration, Value } from '../syntax';
import type { Workspace } from '../workspace';
import { durationText } from './describe';
import { absolute, articleRef } from './locate';

export interface DocSymbol {
  name: string;
  kind: DeclarationKeyword | 'block';
  detail?: string;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: DocSymbol[];
}

export interface WorkspaceSymbol {
  name: string;
  kind: DocSymbol['kind'];
  detail?: string;
  uri: string;
  start: number;
  end: number;
}

export interface FoldingRange {
  /** 0-based. */
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

// ---------------------------------------------------------------- outline

export function documentSymbols(ws: Workspace, uri: string): DocSymbol[] {
  return ws.declarationsOf(uri).map((d) => declSymbol(d));
}

function declSymbol(decl: Decl): DocSymbol {
  const s = absolute(decl, decl.syntax);
  const name = absolute(decl, decl.syntax.name);
  return {
    name: decl.name,
    kind: decl.keyword,
    detail: outlineDetail(decl),
    start: s.start,
    end: s.end,
    selectionStart: name.start,
    selectionEnd: name.end,
    children: blockSymbols(decl, decl.syntax.entries),
  };
}

/** What the outline says beside a name: the keyword (with a request's kind), and an offence's category. */
function outlineDetail(decl: Decl): string {
  if (decl.keyword === 'request') return decl.syntax.type?.text ? `${decl.syntax.type.text} request` : 'request';
  const more = declDetail(decl);
  return more ? `${decl.keyword} · ${more}` : decl.keyword;
}

function declDetail(decl: Decl): string | undefined {
  const syntax = decl.syntax;
  if (decl.keyword === 'request') return syntax.type?.text;
  if (decl.keyword === 'offence') {
    const cat = syntax.entries.find((e) => e.kind === 'field' && e.key.text === 'category');
    return cat && cat.kind === 'field' ? valueDetail(cat.value) : undefined;
  }
  return undefined;
}

/** The blocks of a declaration or block (`grounds`, `law FR`, `safeguards`), nested; keys are not listed. */
function blockSymbols(decl: Decl, items: BlockItem[]): DocSymbol[] {
  const out: DocSymbol[] = [];
  for (const item of items) {
    if (item.kind !== 'block') continue;
    const s = absolute(decl, item);
    const sel = absolute(decl, item.name ?? item.key);
    const key = absolute(decl, item.key);
    out.push({
      name: item.name ? `${item.key.text} ${item.name.text}` : item.key.text,
      kind: 'block',
      detail: blockDetail(item),
      start: s.start,
      end: s.end,
      selectionStart: key.start,
      selectionEnd: sel.end,
      children: blockSymbols(decl, item.entries),
    });
  }
  return out;
}

function blockDetail(block: Block): string | undefined {
  const n = block.entries.filter((e) => e.kind !== 'junk').length;
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** A value as the outline shows it: words, codes, names, citations; strings are left out. */
function valueDetail(v: Value): string | undefined {
  switch (v.kind) {
    case 'ident':
      return v.text;
    case 'string':
      return undefined;
    case 'qualified':
      return v.word.text;
    case 'provider':
      return v.place ? `provider in ${v.place.text}` : 'provider';
    case 'treaty':
      return 'treaty';
    case 'article': {
      const ref = articleRef(v);
      return ref ? cite(ref.instrument, ref.number, ref.parts) : `treaty art ${v.number.text}`;
    }
    case 'date':
      return v.text;
    case 'duration':
      return durationText(v.amount, v.unit);
    case 'list': {
      const parts = v.items.map((i) => valueDetail(i));
      if (parts.some((p) => p === undefined)) return `${v.items.length} item${v.items.length === 1 ? '' : 's'}`;
      return `[${parts.join(', ')}]`;
    }
  }
}

// ---------------------------------------------------------------- workspace symbols

const MAX_WORKSPACE_SYMBOLS = 1000;

/** Declarations of every file whose name matches the query: exact, prefix, substring, then in-order letters. */
export function workspaceSymbols(ws: Workspace, query: string): WorkspaceSymbol[] {
  const q = query.trim().toLowerCase();
  const scored: { score: number; sym: WorkspaceSymbol }[] = [];
  for (const decl of ws.declarations()) {
    const score = matchScore(decl.name.toLowerCase(), q);
    if (score === undefined) continue;
    const name = absolute(decl, decl.syntax.name);
    scored.push({
      score,
      sym: {
        name: decl.name,
        kind: decl.keyword,
        detail: declDetail(decl) ?? decl.keyword,
        uri: decl.chunk.uri,
        start: name.start,
        end: name.end,
      },
    });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      a.sym.name.localeCompare(b.sym.name) ||
      (a.sym.uri < b.sym.uri ? -1 : a.sym.uri > b.sym.uri ? 1 : a.sym.start - b.sym.start),
  );
  return scored.slice(0, MAX_WORKSPACE_SYMBOLS).map((s) => s.sym);
}

function matchScore(name: string, q: string): number | undefined {
  if (q === '') return 3;
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(q)) return 2;
  let i = 0;
  for (const c of name) if (c === q[i]) i++;
  return i === q.length ? 3 : undefined;
}

// ---------------------------------------------------------------- folding

const REGION = /^#\s*region\b/;
const END_REGION = /^#\s*endregion\b/;

export function foldingRanges(ws: Workspace, uri: string): FoldingRange[] {
  const doc = ws.document(uri);
  if (!doc) return [];
  const out: FoldingRange[] = [];
  const push = (startLine: number, endLine: number, kind?: FoldingRange['kind']): void => {
    if (endLine > startLine) out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const line = (offset: number): number => doc.positionAt(offset).line;

  /** The last line to fold: the line before a closing bracket that starts its line, else the bracket's line. */
  const closeLine = (closeOffset: number): number => {
    const l = line(closeOffset);
    return /^\s*$/.test(doc.text.slice(doc.lineStarts[l], closeOffset)) ? l - 1 : l;
  };

  const values = (base: number, v: Value): void => {
    if (v.kind === 'list') {
      push(line(base + v.start), closeLine(base + v.end - 1));
      for (const item of v.items) values(base, item);
    } else if (v.kind === 'string' && v.triple) {
      push(line(base + v.start), line(base + v.end));
    } else if (v.kind === 'qualified' && v.text.triple) {
      push(line(base + v.word.start), line(base + v.text.end));
    }
  };
  const block = (base: number, b: Declaration | Block): void => {
    const end = b.close ? closeLine(base + b.close.start) : line(base + b.end);
    push(line(base + b.start), end);
    for (const e of b.entries) {
      if (e.kind === 'block') block(base, e);
      else if (e.kind === 'field') values(base, e.value);
    }
  };
  for (const unit of doc.chunks) for (const d of unit.declarations) block(unit.base, d);

  // Runs of whole-line comments, and `# region` … `# endregion` markers.
  let runStart = -1,
    runEnd = -1;
  const regions: number[] = [];
  for (const unit of doc.chunks) {
    for (const c of chunkComments(unit)) {
      const start = unit.base + c.start;
      const l = line(start);
      if (REGION.test(c.text)) regions.push(l);
      else if (END_REGION.test(c.text) && regions.length) push(regions.pop()!, l, 'region');
      if (!wholeLine(doc, start)) continue;
      if (l === runEnd + 1 && runStart >= 0) runEnd = l;
      else {
        if (runStart >= 0) push(runStart, runEnd, 'comment');
        runStart = runEnd = l;
      }
    }
  }
  if (runStart >= 0) push(runStart, runEnd, 'comment');
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function wholeLine(doc: SourceDocument, offset: number): boolean {
  const l = doc.positionAt(offset).line;
  return /^\s*$/.test(doc.text.slice(doc.lineStarts[l], offset));
}
