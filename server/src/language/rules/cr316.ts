import { governing } from '../law';
import { inBudapestOffences } from './facts';
import { namedOffences } from './extradition';
import type { Rule } from './types';

export const cr316: Rule = {
  meta: {
    id: 'CR316',
    alias: 'budapest-24-scope',
    severity: 'warning',
    description: 'An extradition request governed by Budapest Art. 24 for an offence outside Budapest Arts 2–11.',
    articles: ['budapest art 24(1)(a)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      "Budapest Art. 24 applies to extradition between parties for the criminal offences established in accordance with Articles 2 through 11 of the Convention (Art. 24(1)(a)). Where the Convention is the only instrument that governs the request, an offence outside those articles — laundering, say — has no treaty basis: it needs another instrument, or the requested party's law without a treaty. An offence is inside Arts 2–11 only when its `category` says so.",
    example: {
      bad: 'offence laundering {\n  conduct: "Converting the ransom into cash"\n}\n\nrequest EXT-1 extradition {\n  basis: budapest art 24\n  offences: [laundering]\n}',
      good: 'offence laundering {\n  conduct: "Converting the ransom into cash"\n}\n\nrequest EXT-1 extradition {\n  basis: [budapest art 24, treaty "Extradition Treaty between Germany and Ghana"]\n  offences: [laundering]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition') return;
    const g = governing(ctx, decl);
    if (g.governing !== 'budapest' || g.undecided) return;
    for (const { item, offence } of namedOffences(ctx, decl)) {
      if (inBudapestOffences(offence) !== false) continue;
      ctx.report(
        item.node,
        `Offence ${offence.name} is not one of the offences of Budapest Arts 2–11 (it has no such "category"), and the Budapest Convention, which governs extradition request ${decl.name}, covers only those (CETS 185 Art. 24(1)(a)).`,
        {
          related: [
            { decl: offence, span: offence.model.fields.get('category')?.entry ?? offence.syntax.name, message: `offence ${offence.name}` },
          ],
        },
      );
    }
  },
};
