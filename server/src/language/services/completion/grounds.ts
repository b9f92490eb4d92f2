// In a `grounds { }` block: the refusal grounds not yet assessed — those the request must assess
// first, none a rule forbids (the law module's impermissibleGround, as CR102 asks it) — and, after
// `GROUND:`, the statuses.

import { impermissibleGround, kindLabel, requiredGrounds } from '../../law';
import { GROUNDS, STATUSES } from '../../words';
import { queryContext } from '../context';
import { wordMarkdown } from '../describe';
import { pad, type CompletionItem } from './items';
import { presentKeys, type CompletionContext } from './scope';

export function groundCompletion(c: CompletionContext): CompletionItem[] {
  const present = presentKeys(c);
  const ctx = queryContext(c.ws, c.decl);
  const kind = c.decl.model.kind;
  const req = requiredGrounds(ctx, c.decl);
  const required = [...(req?.required ?? []).map((r) => r.ground), ...(req?.undecided ?? [])];
  const statuses = [...STATUSES.keys()].join(',');
  const items: CompletionItem[] = [];
  for (const w of GROUNDS.values()) {
    if (present.has(w.word)) continue;
    const isRequired = required.includes(w.word);
    if (!isRequired && kind && impermissibleGround(ctx, c.decl, w.word)) continue;
    items.push({
      label: w.word,
      kind: 'key',
      detail: isRequired && kind ? `refusal ground ${kindLabel(kind)} must assess` : 'refusal ground',
      documentation: wordMarkdown(w, 'refusal ground', kind),
      insertText: w.word === 'other' ? `other "\${1:Name (source)}": \${2|${statuses}|} "$3"` : `${w.word}: \${1|${statuses}|} "$2"`,
      snippet: true,
      replace: c.replace,
      sortText: `${isRequired ? 0 : 1}${pad(isRequired ? required.indexOf(w.word) : [...GROUNDS.keys()].indexOf(w.word))}`,
    });
  }
  return items;
}

export function statusItems(c: CompletionContext): CompletionItem[] {
  return [...STATUSES.values()].map((w, i) => ({
    label: w.word,
    kind: 'value' as const,
    detail: 'ground status',
    documentation: w.doc,
    ...(w.word === 'unassessed' ? {} : { insertText: `${w.word} "$1"`, snippet: true }),
    replace: c.replace,
    sortText: pad(i),
  }));
}
