import { andList } from '../util';
import { word } from '../model';
import { hasSafeguard, isCoercive } from './facts';
import { citeRule, governing, measureSpec, SAFEGUARDS } from '../law';
import { chooseSafeguard, insertSafeguards } from './safeguards';
import type { Rule } from './types';

export const cr401: Rule = {
  meta: {
    id: 'CR401',
    alias: 'safeguards-missing',
    severity: 'error',
    description: 'A coercive measure without `safeguards` giving `authorization`, `necessity` and `proportionality`.',
    articles: ['budapest art 15(1)', 'budapest art 15(2)'],
    fixable: true,
    hasSuggestions: true,
    rationale:
      'Coercive powers are subject to conditions and safeguards that incorporate the principle of proportionality and include judicial or other independent supervision and grounds justifying application (Art. 15(1)–(2)). A requested party will not execute a coercive measure whose request does not show them.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: production\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: production\n  safeguards {\n    authorization: judicial "Order of the investigating judge"\n    necessity: "The records exist only at the provider"\n    proportionality: "One account"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (isCoercive(decl) !== true) return;
    const missing = SAFEGUARDS.base.filter((k) => !hasSafeguard(decl, k));
    if (missing.length === 0) return;
    const g = governing(ctx, decl);
    const measure = word(decl.model, 'measure');
    const citation =
      measureSpec(measure)?.budapestPower === false
        ? `the law of the requested party${g.governing === 'uncc' ? '; UNCC confiscation articles (summary, to be verified against the official text)' : ''}`
        : citeRule({ budapest: 'budapest art 15', uncc: 'uncc art 24' }, g, 'the conditions and safeguards');
    const fixes = [insertSafeguards(decl, missing, g)];
    if (missing.includes('authorization')) fixes.push(...chooseSafeguard(decl, 'authorization', ['judicial', 'independent']));
    ctx.report(
      decl.syntax.name,
      `Coercive measure ${decl.name} (${measure}) lacks the safeguards ${andList(missing.map((m) => `"${m}"`))} (${citation}).`,
      { fixes },
    );
  },
};
