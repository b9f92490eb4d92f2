import { hasSafeguard, isCoercive } from './facts';
import { governing } from '../law';
import { chooseSafeguard, insertSafeguards } from './safeguards';
import type { Rule } from './types';

export const cr405: Rule = {
  meta: {
    id: 'CR405',
    alias: 'notice-missing',
    severity: 'warning',
    description: 'A coercive measure without `notice` in `safeguards` (given, deferred or not-required, with the reason).',
    articles: ['budapest art 15(1)'],
    fixable: true,
    hasSuggestions: true,
    rationale:
      "Whether and when the person concerned is told of a coercive measure is part of the protection of human rights that Art. 15(1) requires. Saying so — given, deferred until a stated time, or not required and why — answers the requested party's first question.",
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: production\n  safeguards {\n    authorization: judicial "Order of 2 June 2026"\n  }\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: production\n  safeguards {\n    authorization: judicial "Order of 2 June 2026"\n    notice: deferred "Until the investigation closes"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (isCoercive(decl) !== true || hasSafeguard(decl, 'notice')) return;
    const g = governing(ctx, decl);
    ctx.report(
      decl.syntax.name,
      `Coercive measure ${decl.name} does not say whether the person concerned is notified ("notice": given, deferred or not-required, with the reason).`,
      {
        fixes: [insertSafeguards(decl, ['notice'], g), ...chooseSafeguard(decl, 'notice', ['given', 'deferred', 'not-required'])],
      },
    );
  },
};
