import { has } from '../model';
import { andList } from '../util';
import { fix, insertEntries, PLACEHOLDER, placeholderLine } from './fixkit';
import type { Rule } from './types';

export const cr307: Rule = {
  meta: {
    id: 'CR307',
    alias: 'emergency-without-risk',
    severity: 'error',
    description: 'An emergency-disclosure request without `emergency` (the facts of the emergency) or without `risk`.',
    articles: ['budapest-2ap art 3', 'budapest-2ap art 9', 'budapest-2ap art 10'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'Emergency procedures exist for a significant and imminent risk to the life or safety of a person. The request must state the facts that demonstrate the emergency and how the data sought relate to it (Second Protocol Arts 3, 9, 10 — summaries, to be verified against the official text).',
    example: {
      bad: 'request EMG-1 emergency-disclosure {\n  data: [account-holder]\n}',
      good: 'request EMG-1 emergency-disclosure {\n  data: [account-holder]\n  emergency: "The account holder announced an attack on a hospital for tonight"\n  risk: life\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'emergency-disclosure') return;
    const missing = ['emergency', 'risk'].filter((k) => !has(decl.model, k));
    if (missing.length === 0) return;
    const lines = missing.map((k) => k === 'emergency'
      ? placeholderLine('emergency', PLACEHOLDER, undefined, 'CETS 224 Arts 9, 10 (summary, to be verified against the official text): the facts that demonstrate the emergency and how the data sought relate to it')
      : placeholderLine('risk', 'life', undefined, 'CETS 224 Art. 3 (summary, to be verified against the official text): a significant and imminent risk to the life or safety of a person; life or safety'));
    ctx.report(decl.syntax.name, `Emergency-disclosure request ${decl.name} lacks ${andList(missing.map((m) => `"${m}"`))}: it must show a significant and imminent risk to the life or safety of a person (CETS 224 Arts 3, 9, 10 — summaries, to be verified against the official text).`, {
      fixes: [fix(`Add ${andList(missing)}`, true, insertEntries(decl, lines))],
    });
  },
};
