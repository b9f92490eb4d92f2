// Values: after `KEY:`, what the key's type takes — declared names, party codes, enumerated words,
// instruments and articles, dates and durations — and inside a list the items not yet in it; then
// what follows a partial value (`30 ` takes a unit, `provider "…" in ` a party, `budapest art `
// an article).

import { isInstrumentId } from '../../articles';
import { LAWFUL_BASES, type Word } from '../../words';
import { type KeySpec } from '../../valueTypes';
import { wordMarkdown } from '../describe';
import { articleNumbers, articleParts, basisArticles, instrumentItems, isArticleKey, reciprocityItem, treatyItem } from './articles';
import { pad, today, type CompletionItem } from './items';
import type { Token } from './lexer';
import { partyItems, referenceItems } from './references';
import type { CompletionContext } from './scope';

export function valueCompletion(c: CompletionContext, spec: KeySpec, valueToks: Token[]): CompletionItem[] {
  // Inside a list: the item being typed starts after the last `[` or `,` of the innermost open list.
  let cur = valueToks;
  const present = new Set<string>();
  let open = -1,
    depth = 0;
  for (let i = valueToks.length - 1; i >= 0; i--) {
    const t = valueToks[i]!.t;
    if (t === ']') depth++;
    else if (t === '[') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open >= 0) {
    const inner = valueToks.slice(open + 1);
    let lastComma = -1;
    inner.forEach((t, i) => {
      if (t.t === ',') lastComma = i;
    });
    cur = inner.slice(lastComma + 1);
    for (const t of inner) if (t.t === 'ident') present.add(t.text);
  } else if (valueToks.some((t) => t.t === ']')) {
    return [];
  }
  const kind = c.decl.model.kind;
  const type = spec.type;
  const words = cur.map((t) => t.text);

  // `budapest art N(…)(`
  if (cur.length >= 2 && cur[0]!.t === 'ident' && words[1] === 'art' && isArticleKey(type)) {
    const inst = words[0]!;
    if (!isInstrumentId(inst)) return [];
    if (cur.length === 2) return articleNumbers(c, inst, spec.key, kind);
    return articleParts(c, inst, cur.slice(2));
  }
  // `provider "…" in `
  if (words[0] === 'provider') {
    if (cur.length === 3 && cur[1]!.t === 'string' && words[2] === 'in') return partyItems(c.ws, c.replace, []);
    return [];
  }
  // `30 ` in a duration
  if ((type.t === 'duration' || type.t === 'penalty') && cur.length === 1 && cur[0]!.t === 'number') {
    return ['days', 'months', 'years'].map((u, i) => ({ label: u, kind: 'value' as const, replace: c.replace, sortText: pad(i) }));
  }
  if (cur.length > 0) return [];

  switch (type.t) {
    case 'party':
    case 'parties':
    case 'nationality':
      return partyItems(c.ws, c.replace, [...present]);
    case 'destination':
      return [...partyItems(c.ws, c.replace, []), providerItem(c)];
    case 'custodian':
      return [providerItem(c)];
    case 'ref':
    case 'refs':
      return referenceItems(c, type.sort, present);
    case 'word':
    case 'words':
    case 'qualified':
      return wordItems(c, type.words, type.what, type.t === 'qualified', present);
    case 'lawful-basis':
      return wordItems(c, LAWFUL_BASES, 'lawful basis', false, present).map((i) =>
        i.label === 'consent' ? { ...i, insertText: 'consent "$1"', snippet: true } : i,
      );
    case 'basis':
      return [...basisArticles(c, kind), ...instrumentItems(c, present, true), treatyItem(c), reciprocityItem(c)];
    case 'instruments':
      return [...instrumentItems(c, present, false), treatyItem(c)];
    case 'article':
    case 'articles':
      return instrumentItems(c, present, true).map((i) => ({ ...i, insertText: `${i.label} art ` }));
    case 'date':
      return [{ label: today(c.ws, c.doc.uri), kind: 'value', detail: 'today', replace: c.replace }];
    case 'duration':
    case 'penalty':
      return (
        type.t === 'penalty'
          ? ['1 year', '5 years', '10 years', 'life', 'death']
          : spec.key === 'limitation'
            ? ['5 years', '10 years', '20 years']
            : spec.key === 'sentence'
              ? ['6 months', '1 year', '5 years']
              : ['30 days', '6 months', '1 year']
      ).map((d, i) => ({ label: d, kind: 'value' as const, replace: c.replace, sortText: pad(i) }));
    default:
      return [];
  }
}

function wordItems(
  c: CompletionContext,
  words: Map<string, Word>,
  what: string,
  qualified: boolean,
  present: Set<string>,
): CompletionItem[] {
  const kind = c.decl.model.kind;
  return [...words.values()]
    .filter((w) => !present.has(w.word))
    .map((w, i) => ({
      label: w.word,
      kind: 'value' as const,
      detail: what,
      documentation: wordMarkdown(w, what, kind),
      ...(qualified ? { insertText: `${w.word} "$1"`, snippet: true } : {}),
      replace: c.replace,
      sortText: pad(i),
    }));
}

function providerItem(c: CompletionContext): CompletionItem {
  return {
    label: 'provider "…" in XX',
    kind: 'snippet',
    detail: 'a service provider, located in a party',
    insertText: 'provider "$1" in ${2:XX}',
    snippet: true,
    replace: c.replace,
    sortText: 'z',
  };
}
