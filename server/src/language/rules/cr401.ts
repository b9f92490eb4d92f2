import { andList } from '../util';
import { word } from '../model';
import { hasSafeguard, isCoercive } from './facts';
import { insertSafeguards } from './safeguards';
import type { Rule } from './types';

export const cr401: Rule = {
  meta: {
    id: 'CR401',
    alias: 'safeguards-missing',
    severity: 'error',
    description: 'A coercive measure without `safeguards` giving `authorization`, `necessity` and `proportionality`.',
    articles: ['budapest art 15(1)', 'budapest art 15(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'Coercive powers are subject to conditions and safeguards that incorporate the principle of proportionality and include judicial or other independent supervision and grounds justifying application (Art. 15(1)–(2)). A requested party will not execute a coercive measure whose request does not show them.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: production\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: production\n  safeguards {\n    authorization: judicial "Order of the investigating judge"\n    necessity: "The records exist only at the provider"\n    proportionality: "One account"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (isCoercive(decl) !== true) return;
    const missing = ['authorization', 'necessity', 'proportionality'].filter((k) => !hasSafeguard(decl, k));
    if (missing.length === 0) return;
    ctx.report(decl.syntax.name, `Coercive measure ${decl.name} (${word(decl.model, 'measure')}) lacks the safeguards ${andList(missing.map((m) => `"${m}"`))} (CETS 185 Art. 15(1)–(2)).`, {
      fixes: [insertSafeguards(decl, missing)],
    });
  },
};
