import { impermissibleGround } from '../law';
import { block } from '../model';
import { fix, removeEntry } from './fixkit';
import type { Rule } from './types';

export const cr102: Rule = {
  meta: {
    id: 'CR102',
    alias: 'impermissible-refusal-ground',
    severity: 'warning',
    description: 'A ground is listed that the instrument does not let the requested State invoke.',
    articles: ['budapest art 25(4)', 'ets99 art 1', 'budapest art 29(3)', 'budapest art 30(2)'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'Anticipating a ground the requested State may not invoke invites it: fiscal-offence for an offence of Budapest Arts 2–11 (Art. 25(4)); dual criminality in a preservation request outside the Art. 29(4) reservation (Art. 29(3)); anything but political offence and essential interests in a traffic-disclosure request (Art. 30(2): "may only be withheld if"). For such an offence, where ETS 30 governs and ETS 99 applies between the parties, the finding cites ETS 99 Art. 1 instead; a fiscal offence outside Arts 2–11 is not checked (CR105 reports the ground when it is assessed as engaged). Removing the ground is the drafter\'s choice: the quick fix is offered in the editor, never applied in bulk.',
    example: {
      bad: 'offence forgery { category: budapest art 7 }\n\nrequest MLA-1 mutual-assistance {\n  basis: budapest art 27\n  offences: [forgery]\n  grounds {\n    fiscal-offence: engaged "May be seen as a tax matter"\n  }\n}',
      good: 'offence forgery { category: budapest art 7 }\n\nrequest MLA-1 mutual-assistance {\n  basis: budapest art 27\n  offences: [forgery]\n  grounds {\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const grounds = block(decl.model, 'grounds');
    if (!decl.model.kind || !grounds) return;
    for (const g of grounds.grounds) {
      const bar = impermissibleGround(ctx, decl, g.ground);
      if (!bar) continue;
      ctx.report(g.entry, `The requested State may not invoke "${g.ground}" here: ${bar.reason}.`, {
        fixes: [fix(`Remove "${g.ground}"`, false, removeEntry(decl, g.entry))],
      });
    }
  },
};
