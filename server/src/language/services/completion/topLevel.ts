// At the top level, outside any declaration: the declaration keywords, a skeleton of each declaration
// and of each request kind, and the request kinds after `request NAME `.

import type { SourceDocument } from '../../document';
import { indentUnit } from '../../fixes';
import { REQUEST_KINDS } from '../../words';
import { DECLARATIONS } from '../../vocabulary';
import type { Workspace } from '../../workspace';
import { wordMarkdown } from '../describe';
import { declarationSkeletons, requestSkeleton, type SkeletonContext } from '../skeletons';
import { pad, type CompletionItem } from './items';
import { partyCodes } from './references';

export function topLevel(ws: Workspace, doc: SourceDocument, offset: number, wordEnd: number): CompletionItem[] {
  const line = doc.positionAt(offset).line;
  const prefix = doc.text.slice(doc.lineStarts[line], offset);
  const kindMatch = /^request[ \t]+[A-Za-z][A-Za-z0-9_.-]*[ \t]+([a-z-]*)$/.exec(prefix);
  if (kindMatch) {
    const replace = { start: offset - kindMatch[1]!.length, end: wordEnd };
    return [...REQUEST_KINDS.values()].map((w, i) => ({
      label: w.word,
      kind: 'value' as const,
      detail: 'request kind',
      documentation: wordMarkdown(w, 'request kind'),
      replace,
      sortText: pad(i),
    }));
  }
  const word = /^[ \t]*([a-z-]*)$/.exec(prefix);
  if (!word) return [];
  const replace = { start: offset - word[1]!.length, end: wordEnd };
  const sk = skeletonContext(ws, doc);
  const items: CompletionItem[] = [];
  for (const [i, spec] of [...DECLARATIONS.values()].entries()) {
    items.push({
      label: spec.keyword,
      kind: 'keyword',
      detail: 'declaration',
      documentation: spec.doc,
      insertText: `${spec.keyword} `,
      replace,
      sortText: `0${pad(i)}`,
    });
  }
  for (const [i, s] of declarationSkeletons(sk).entries()) {
    items.push({ ...s, kind: 'snippet', snippet: true, replace, sortText: `1${pad(i)}` });
  }
  for (const [i, kind] of [...REQUEST_KINDS.keys()].entries()) {
    items.push({ ...requestSkeleton(sk, kind), kind: 'snippet', snippet: true, replace, sortText: `2${pad(i)}` });
  }
  return items;
}

/** A skeleton's choices among declared names: a few, those of the document first. */
const MAX_CHOICES = 12;

function skeletonContext(ws: Workspace, doc: SourceDocument): SkeletonContext {
  const local = new Set(ws.declarationsOf(doc.uri).map((d) => `${d.keyword} ${d.name}`));
  const cache = new Map<string, string[]>();
  return {
    ws,
    indent: indentUnit(doc),
    parties: partyCodes(ws)
      .slice(0, MAX_CHOICES)
      .map((p) => p.code),
    names: (keyword, sort) => {
      const id = `${keyword} ${sort ?? ''}`;
      let names = cache.get(id);
      if (!names) {
        const all = ws.namesOf(keyword, sort);
        const mine = all.filter((n) => local.has(`${keyword} ${n}`)).sort();
        const others = all.filter((n) => !local.has(`${keyword} ${n}`)).sort();
        cache.set(id, (names = [...mine, ...others].slice(0, MAX_CHOICES)));
      }
      return names;
    },
  };
}
