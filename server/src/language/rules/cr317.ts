import { basisItems, INSTRUMENTS, kindsOfArticle } from '../law';
import { orList } from '../util';
import type { Rule } from './types';

export const cr317: Rule = {
  meta: {
    id: 'CR317',
    alias: 'basis-of-another-kind',
    severity: 'warning',
    description: 'A `basis` article that belongs to another kind of request (`budapest art 29` on an extradition request).',
    articles: ['budapest art 24', 'budapest art 25', 'budapest art 29', 'budapest art 30', 'budapest art 32'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Each article of co-operation serves one kind of request: Budapest Art. 24 extradition, Arts 25–28, 31, 33 and 34 mutual assistance, Art. 29 preservation, Art. 30 disclosure of preserved traffic data, Art. 32 trans-border access; Second Protocol Art. 7 subscriber orders and Arts 9–10 emergencies; ETS 24 extradition; ETS 30 mutual assistance. A basis article of another kind usually means the request was copied from another one, and it points the requested party to the wrong procedure.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: testimony\n  basis: budapest art 29\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: testimony\n  basis: budapest art 27\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const kind = decl.model.kind;
    if (!kind) return;
    for (const item of basisItems(decl) ?? []) {
      const ref = item.article?.ref;
      if (!ref) continue;
      const kinds = kindsOfArticle(ref.instrument, ref.number);
      if (!kinds || kinds.includes(kind as never)) continue;
      ctx.report(
        item.node,
        `The basis of ${kind} request ${decl.name} is ${INSTRUMENTS[ref.instrument].short} Art. ${ref.number}, an article for ${orList(kinds.map((k) => `${k} requests`))}.`,
      );
    }
  },
};
