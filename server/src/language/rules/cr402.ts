import { hasSafeguard, measureOf } from './facts';
import { citeRule, governing, REAL_TIME_MEASURES } from '../law';
import { insertSafeguards } from './safeguards';
import type { Rule } from './types';

export const cr402: Rule = {
  meta: {
    id: 'CR402',
    alias: 'duration-unlimited',
    severity: 'error',
    description: 'Real-time traffic collection or interception without a `duration` in `safeguards`.',
    articles: ['budapest art 15(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'The conditions and safeguards include the limitation of the duration of the power or procedure (Art. 15(2)). A real-time measure without a limit in time is open-ended surveillance, which a requested party will not execute.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: interception\n  safeguards {\n    scope: "The account vendetta77 only"\n  }\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: interception\n  safeguards {\n    scope: "The account vendetta77 only"\n    duration: 30 days\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const measure = decl.model.kind === 'mutual-assistance' ? measureOf(decl) : undefined;
    if (!measure || !REAL_TIME_MEASURES.has(measure) || hasSafeguard(decl, 'duration')) return;
    const g = governing(ctx, decl);
    ctx.report(
      decl.syntax.name,
      `${measure === 'interception' ? 'Interception' : 'Real-time collection of traffic data'} ${decl.name} has no "duration" in its safeguards: the measure must be limited in time (${citeRule({ budapest: 'budapest art 15(2)', uncc: 'uncc art 24' }, g, 'the conditions and safeguards')}).`,
      {
        fixes: [insertSafeguards(decl, ['duration'], g)],
      },
    );
  },
};
