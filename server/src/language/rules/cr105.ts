import { block, groundLabel } from '../model';
import type { Rule } from './types';

export const cr105: Rule = {
  meta: {
    id: 'CR105',
    alias: 'ground-engaged',
    severity: 'warning',
    description: 'A ground is assessed `engaged`: the request is likely to be refused on it.',
    articles: ['budapest art 25(4)', 'budapest art 27(4)', 'budapest art 24(5)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'An engaged ground is one the requested State can rely on to refuse. The request may still be sent, but the drafter should decide whether to narrow it, seek assurances or choose another route first.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  grounds {\n    political-offence: engaged "The defendant is an opposition figure"\n  }\n}',
      good: 'request MLA-1 mutual-assistance {\n  grounds {\n    political-offence: not-engaged "Fraud for profit; no political element"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    for (const g of block(ctx.decl.model, 'grounds')?.grounds ?? []) {
      if (g.status === 'engaged') {
        ctx.report(
          g.entry,
          `The refusal ground ${groundLabel(g)} is assessed as engaged: request ${ctx.decl.name} is likely to be refused on it.`,
        );
      }
    }
  },
};
