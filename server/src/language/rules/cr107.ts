import { block, groundLabel } from '../model';
import type { Rule } from './types';

export const cr107: Rule = {
  meta: {
    id: 'CR107',
    alias: 'unassessed-ground',
    severity: 'error',
    description: 'A refusal ground is left `unassessed`.',
    articles: ['budapest art 24(5)', 'budapest art 25(4)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      '`unassessed` is the placeholder a fix inserts. The request is not ready to send until each ground is assessed as engaged or not engaged, with the reason. It is an error, so that a fix inserting `unassessed` never turns a failing run green.',
    example: {
      bad: 'request EXT-1 extradition {\n  grounds {\n    nationality: unassessed\n  }\n}',
      good: 'request EXT-1 extradition {\n  grounds {\n    nationality: not-engaged "Not a national of the requested party"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    for (const g of block(ctx.decl.model, 'grounds')?.grounds ?? []) {
      if (g.status === 'unassessed') {
        ctx.report(
          g.entry,
          `The refusal ground ${groundLabel(g)} of request ${ctx.decl.name} is not assessed yet: state whether it is engaged, with the reason.`,
        );
      }
    }
  },
};
