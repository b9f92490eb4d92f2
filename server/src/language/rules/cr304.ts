import { has } from '../model';
import { fix, insertEntries, PLACEHOLDER, placeholderLine } from './fixkit';
import type { Rule } from './types';

const REQUIRED: { key: string; article: string; value: string }[] = [
  { key: 'authority', article: 'ets30 art 14(1)(a)', value: PLACEHOLDER },
  { key: 'purpose', article: 'ets30 art 14(1)(b)', value: PLACEHOLDER },
  { key: 'offences', article: 'ets30 art 14(2)', value: '[OFFENCE]' },
  { key: 'facts', article: 'ets30 art 14(2)', value: PLACEHOLDER },
];

export const cr304: Rule = {
  meta: {
    id: 'CR304',
    alias: 'request-contents-missing',
    severity: 'error',
    description: 'A mutual-assistance request without one of `authority`, `purpose`, `offences`, `facts`.',
    articles: ['ets30 art 14'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'Requests for mutual assistance shall indicate the authority making the request and the object of and reason for it; letters rogatory shall also state the offence and contain a summary of the facts (ETS 30 Art. 14). These are the first things the requested party checks.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  authority: "Prokuratura Krajowa"\n  offences: [carding]\n  facts: "The forum was hosted in Vilnius"\n}',
      good: 'request MLA-1 mutual-assistance {\n  authority: "Prokuratura Krajowa"\n  purpose: "Hear the forum administrator as a witness"\n  offences: [carding]\n  facts: "The forum was hosted in Vilnius"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'mutual-assistance') return;
    for (const { key, article, value } of REQUIRED) {
      if (has(decl.model, key)) continue;
      ctx.report(decl.syntax.name, `Mutual-assistance request ${decl.name} lacks "${key}" (ETS 30 Art. 14).`, {
        fixes: [fix(`Add "${key}"`, true, insertEntries(decl, [placeholderLine(key, value, article)]))],
      });
    }
  },
};
