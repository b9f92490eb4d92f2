import { groundCitations, listedGrounds, renderWhereProvided, requiredGrounds } from '../law';
import { RAISED_GROUNDS } from '../law/grounds';
import { kindTitle } from '../law/kinds';
import { fix, insertIntoBlock } from './fixkit';
import type { Rule } from './types';

export const cr101: Rule = {
  meta: {
    id: 'CR101',
    alias: 'missing-refusal-ground',
    severity: 'error',
    description: 'A refusal ground the requested State may invoke is not assessed in `grounds`.',
    articles: [
      'ets24 art 3',
      'ets24 art 6',
      'ets24 art 7',
      'ets24 art 8',
      'ets24 art 9',
      'ets24 art 10',
      'ets24 art 11',
      'ets98 art 3',
      'echr art 3',
      'iccpr art 7',
      'ets30 art 2',
      'budapest art 24(5)',
      'budapest art 25(4)',
      'budapest art 27(4)',
      'budapest art 29(4)',
      'budapest art 29(5)',
      'budapest art 30(2)',
    ],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'A request is refused on the grounds its drafter did not see coming. Each kind of request has its own list of grounds, and in an extradition the facts raise more: a death penalty in the requesting State, a judgment on the same offences, proceedings pending in the requested State, a limitation period, an offence committed in the requested State or outside the requesting one, a sentence passed in absentia. Each finding cites the article the ground rests on under the instrument that governs the request (`coopspec explain governing`); the fix adds the ground as `unassessed`, which CR107 then reports until the drafter states whether it is engaged.',
    example: {
      bad: 'request EXT-1 extradition {\n  grounds {\n    dual-criminality: not-engaged "Punishable in both States"\n    political-offence: not-engaged "Profit-driven"\n    persecution: not-engaged "No protected characteristic"\n    human-rights: not-engaged "Ordinary remand conditions"\n  }\n}',
      good: 'request EXT-1 extradition {\n  grounds {\n    dual-criminality: not-engaged "Punishable in both States"\n    political-offence: not-engaged "Profit-driven"\n    persecution: not-engaged "No protected characteristic"\n    human-rights: not-engaged "Ordinary remand conditions"\n    nationality: not-engaged "Not a national of the requested party"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const req = requiredGrounds(ctx, decl);
    if (!req) return;
    const listed = listedGrounds(decl);
    const kind = decl.model.kind!;
    for (const { ground, raised } of req.required) {
      if (listed.has(ground)) continue;
      const citation = renderWhereProvided(groundCitations(ctx, decl, ground));
      const why = raised ? ` — raised because ${RAISED_GROUNDS.find((r) => r.ground === ground)!.when}` : '';
      ctx.report(decl.syntax.name, `${kindTitle(kind)} ${decl.name} does not assess the refusal ground "${ground}" (${citation})${why}.`, {
        fixes: [
          fix(`Add "${ground}: unassessed" to grounds`, true, insertIntoBlock(decl, 'grounds', [`${ground}: unassessed  # ${citation}`])),
        ],
      });
    }
  },
};
