import { hasSafeguard, isCoercive } from './facts';
import { governing } from '../law';
import { insertSafeguards } from './safeguards';
import type { Rule } from './types';

export const cr406: Rule = {
  meta: {
    id: 'CR406',
    alias: 'redress-missing',
    severity: 'info',
    description: 'A coercive measure without `redress` in `safeguards`.',
    articles: ['budapest art 15(1)'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'An effective remedy for the person concerned is among the human-rights protections Art. 15(1) refers to. Naming it shows the requested party the measure can be challenged.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: production\n  safeguards {\n    authorization: judicial "Order of 2 June 2026"\n  }\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: production\n  safeguards {\n    authorization: judicial "Order of 2 June 2026"\n    redress: "Appeal to the chambre de l\'instruction"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (isCoercive(decl) !== true || hasSafeguard(decl, 'redress')) return;
    ctx.report(decl.syntax.name, `Coercive measure ${decl.name} names no remedy for the person concerned ("redress").`, {
      fixes: [insertSafeguards(decl, ['redress'], governing(ctx, decl))],
    });
  },
};
