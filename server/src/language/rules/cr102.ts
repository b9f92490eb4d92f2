import { block } from '../model';
import { inBudapestOffences, resolvedOffences } from './facts';
import { fix, removeEntry } from './fixkit';
import { dualCriminalityInPreservation } from './grounds';
import type { Rule } from './types';

export const cr102: Rule = {
  meta: {
    id: 'CR102',
    alias: 'impermissible-refusal-ground',
    severity: 'warning',
    description: 'A ground is listed that the instrument does not let the requested State invoke.',
    articles: ['budapest art 25(4)', 'budapest art 29(3)', 'budapest art 30(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'Anticipating a ground the requested State may not invoke invites it: fiscal-offence for an offence of Budapest Arts 2–11 (Art. 25(4)); dual criminality in a preservation request outside the Art. 29(4) reservation (Art. 29(3)); anything but political offence and essential interests in a traffic-disclosure request (Art. 30(2): "may only be withheld if").',
    example: {
      bad: 'offence forgery { category: budapest art 7 }\n\nrequest MLA-1 mutual-assistance {\n  offences: [forgery]\n  grounds {\n    fiscal-offence: engaged "May be seen as a tax matter"\n  }\n}',
      good: 'offence forgery { category: budapest art 7 }\n\nrequest MLA-1 mutual-assistance {\n  offences: [forgery]\n  grounds {\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const kind = decl.model.kind;
    const grounds = block(decl.model, 'grounds');
    if (!kind || !grounds) return;
    for (const g of grounds.grounds) {
      let reason: string | undefined;
      if (kind === 'traffic-disclosure' && g.ground !== 'political-offence' && g.ground !== 'essential-interests') {
        reason = 'disclosure of preserved traffic data may only be withheld for a political offence or to protect essential interests (CETS 185 Art. 30(2))';
      } else if (g.ground === 'fiscal-offence') {
        const { offences } = resolvedOffences(ctx, decl);
        const budapest = offences.find((o) => inBudapestOffences(o) === true);
        if (budapest) reason = `offence ${budapest.name} is in Budapest Arts 2–11, for which assistance may not be refused solely as a fiscal offence (CETS 185 Art. 25(4))`;
      } else if (g.ground === 'dual-criminality' && kind === 'preservation') {
        if (dualCriminalityInPreservation(ctx, decl) === false) {
          reason = 'dual criminality is not a condition of preservation (CETS 185 Art. 29(3)) unless the requested party reserved Art. 29(4) and an offence is outside Arts 2–11';
        }
      }
      if (!reason) continue;
      ctx.report(g.entry, `The requested State may not invoke "${g.ground}" here: ${reason}.`, {
        fixes: [fix(`Remove "${g.ground}"`, true, removeEntry(decl, g.entry))],
      });
    }
  },
};
