// Instruments and articles: the instruments a basis or a citation may name, a treaty by its title,
// reciprocity, the articles a request kind rests on, an instrument's article numbers, and the
// paragraphs and letters of a verbatim article after `(`.

import {
  articleText,
  checkArticle,
  INSTRUMENTS as INSTRUMENT_DATA,
  parseArticleRef,
  renderArticle,
  type InstrumentId,
} from '../../articles';
import { INSTRUMENTS, REQUEST_KINDS } from '../../words';
import { type ValueType } from '../../valueTypes';
import { pad, type CompletionItem } from './items';
import type { Token } from './lexer';
import type { CompletionContext } from './scope';

export function isArticleKey(type: ValueType): boolean {
  return type.t === 'basis' || type.t === 'article' || type.t === 'articles';
}

export function treatyItem(c: CompletionContext): CompletionItem {
  return {
    label: 'treaty "…"',
    kind: 'instrument',
    detail: 'a bilateral or other treaty, by its title',
    insertText: 'treaty "$1"',
    snippet: true,
    replace: c.replace,
    sortText: 'z',
  };
}

/** A basis that is no instrument: the requested party's law and comity. */
export function reciprocityItem(c: CompletionContext): CompletionItem {
  return {
    label: 'reciprocity',
    kind: 'instrument' as const,
    detail: "no treaty: the requested party's law and comity",
    documentation:
      "**reciprocity** — basis\n\nNo treaty binds the parties: the request rests on the requested party's law and comity. No instrument governs the request (`coopspec explain governing`).",
    replace: c.replace,
    sortText: 'z1',
  };
}

export function instrumentItems(c: CompletionContext, present: Set<string>, forArticle: boolean): CompletionItem[] {
  return [...INSTRUMENTS.values()]
    .filter((w) => forArticle || !present.has(w.word))
    .map((w, i) => ({
      label: w.word,
      kind: 'instrument' as const,
      detail: INSTRUMENT_DATA[w.word as InstrumentId]?.short ?? 'instrument',
      documentation: `**${w.word}** — instrument\n\n${w.doc}`,
      replace: c.replace,
      sortText: `1${pad(i)}`,
    }));
}

/** The articles a request kind rests on, offered whole for `basis`. */
export function basisArticles(c: CompletionContext, kind: string | undefined): CompletionItem[] {
  if (!kind) return [];
  return (REQUEST_KINDS.get(kind)?.articles ?? []).map((a, i) => {
    const r = renderArticle(parseArticleRef(a)!);
    return {
      label: a,
      kind: 'article' as const,
      detail: `${r.citation}${r.title ? ` — ${r.title}` : ''}`,
      documentation: r.markdown,
      replace: c.replace,
      sortText: `0${pad(i)}`,
    };
  });
}

export function articleNumbers(c: CompletionContext, inst: InstrumentId, key: string, kind: string | undefined): CompletionItem[] {
  const range = INSTRUMENT_DATA[inst].articles ?? { first: 1, last: 0 };
  const preferred = new Set<number>();
  if (key === 'category' && inst === 'budapest') for (let n = 2; n <= 11; n++) preferred.add(n);
  if (key === 'basis' && kind) {
    for (const a of REQUEST_KINDS.get(kind)?.articles ?? []) {
      const r = parseArticleRef(a);
      if (r && r.instrument === inst) preferred.add(r.number);
    }
  }
  const items: CompletionItem[] = [];
  for (let n = range.first; n <= range.last; n++) {
    const text = articleText(inst, n);
    const rendered = renderArticle({ instrument: inst, number: n, parts: [] });
    items.push({
      label: String(n),
      kind: 'article',
      detail: `${rendered.citation}${text?.title ? ` — ${text.title}` : ''}`,
      documentation: rendered.markdown,
      replace: c.replace,
      sortText: `${preferred.has(n) ? 0 : 1}${pad(n)}`,
    });
  }
  return items;
}

/** After `budapest art 29(` or `29(2)(`: the paragraphs or letters of that level. */
export function articleParts(c: CompletionContext, inst: InstrumentId, rest: Token[]): CompletionItem[] {
  const number = rest[0];
  if (!number || number.t !== 'number' || rest[rest.length - 1]!.t !== '(') return [];
  const parts: string[] = [];
  for (let i = 1; i < rest.length - 1; i += 3) {
    if (rest[i]?.t !== '(' || !rest[i + 1] || rest[i + 2]?.t !== ')') return [];
    parts.push(rest[i + 1]!.text);
  }
  const ref = { instrument: inst, number: Number(number.text), parts };
  const check = checkArticle(ref);
  if (!check.ok || !check.text || check.text.status !== 'verbatim') return [];
  const level = check.path.length ? check.path[check.path.length - 1]!.items : check.text.items;
  return level
    .filter((i) => i.label !== '')
    .map((item, i) => {
      const r = renderArticle({ ...ref, parts: [...parts, item.label] });
      const words = item.text.replace(/\s+/g, ' ');
      return {
        label: item.label,
        kind: 'article' as const,
        detail: `${r.citation}: ${words.length > 60 ? `${words.slice(0, 60)}…` : words}`,
        documentation: r.markdown,
        replace: c.replace,
        sortText: pad(i),
      };
    });
}
