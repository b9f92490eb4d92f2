// Building blocks for fixes, and the treaty words fixes quote.

import { articleWords, cite, parseArticleRef } from '../articles';
import type { EditSpec, FixSpec } from '../findings';
import { block } from '../model';
import type { Entry, Span } from '../syntax';
import { quoteString } from '../util';
import type { Decl } from './types';

/** Insert entries at the end of a declaration. */
export function insertEntries(decl: Decl, lines: string[]): EditSpec {
  return { op: 'insert-entries', chunk: decl.chunk, into: decl.syntax, lines };
}

/** Insert entries into a block of the declaration, creating the block when it is absent. */
export function insertIntoBlock(decl: Decl, key: string, lines: string[]): EditSpec {
  const existing = block(decl.model, key);
  if (existing) return { op: 'insert-entries', chunk: decl.chunk, into: existing.block, lines };
  return { op: 'insert-block', chunk: decl.chunk, into: decl.syntax, key, lines };
}

export function removeEntry(decl: Decl, entry: Entry): EditSpec {
  return { op: 'remove-entry', chunk: decl.chunk, entry };
}

export function replace(decl: Decl, span: Span, text: string): EditSpec {
  return { op: 'replace', chunk: decl.chunk, span, text };
}

export function fix(title: string, safe: boolean, ...edits: EditSpec[]): FixSpec {
  return { title, safe, edits };
}

/**
 * "CETS 185 Art. 29(2)(e): the necessity of the preservation" — the words of an article item
 * from the reference, cut at `maxWords`. Only verbatim texts are quoted.
 */
export function articleQuote(article: string, maxWords = 40): string {
  const ref = parseArticleRef(article);
  if (!ref) throw new Error(`not an article reference: ${article}`);
  const words = articleWords(ref);
  const citation = cite(ref.instrument, ref.number, ref.parts);
  if (!words) return citation;
  const list = words
    .replace(/\s+/g, ' ')
    .replace(/[;:,]\s*(and|or)?\s*$/, '')
    .split(' ');
  const text = list.length > maxWords ? `${list.slice(0, maxWords).join(' ')} …` : list.join(' ');
  return `${citation}: ${text}`;
}

/** `key: "…"  # CETS 185 Art. 29(2)(e): …` — an entry to complete, with the article's words. */
export function placeholderLine(key: string, value: string, article?: string, words?: string): string {
  const comment = words ?? (article ? articleQuote(article, 25) : undefined);
  return comment ? `${key}: ${value}  # ${comment.replace(/[\r\n]+/g, ' ')}` : `${key}: ${value}`;
}

export const PLACEHOLDER = quoteString('…');
