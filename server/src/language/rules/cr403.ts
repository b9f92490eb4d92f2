import { hasSafeguard, measureOf } from './facts';
import { citeRule, governing, REAL_TIME_MEASURES } from '../law';
import { insertSafeguards } from './safeguards';
import type { Rule } from './types';

export const cr403: Rule = {
  meta: {
    id: 'CR403',
    alias: 'scope-unspecified',
    severity: 'error',
    description: 'Real-time traffic collection or interception without a `scope` naming the specified communications.',
    articles: ['budapest art 20', 'budapest art 21', 'budapest art 33', 'budapest art 34', 'budapest art 15(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'Real-time collection and interception are available for specified communications only (Arts 20, 21, 33, 34), and the safeguards include the limitation of the scope of the power (Art. 15(2)). The request must say which communications it covers.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: real-time-traffic\n  safeguards {\n    duration: 30 days\n  }\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: real-time-traffic\n  safeguards {\n    duration: 30 days\n    scope: "Traffic data of the account vendetta77 only"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const measure = decl.model.kind === 'mutual-assistance' ? measureOf(decl) : undefined;
    if (!measure || !REAL_TIME_MEASURES.has(measure) || hasSafeguard(decl, 'scope')) return;
    const g = governing(ctx, decl);
    const table =
      measure === 'interception'
        ? { budapest: 'budapest art 34', uncc: 'uncc art 46' }
        : { budapest: 'budapest art 33', uncc: 'uncc art 45' };
    ctx.report(
      decl.syntax.name,
      `${measure === 'interception' ? 'Interception' : 'Real-time collection of traffic data'} ${decl.name} has no "scope" in its safeguards naming the specified communications (${citeRule(table, g, 'the conditions and safeguards')}).`,
      {
        fixes: [insertSafeguards(decl, ['scope'], g)],
      },
    );
  },
};
