import { cite, parseArticleRef } from '../articles';
import { quoteString } from '../util';
import { articleQuote, fix, insertIntoBlock } from './fixkit';
import { GROUND_ARTICLES, listedGrounds, requiredGrounds } from './grounds';
import type { Rule } from './types';

export const cr101: Rule = {
  meta: {
    id: 'CR101',
    alias: 'missing-refusal-ground',
    severity: 'error',
    description: 'A refusal ground the requested State may invoke is not assessed in `grounds`.',
    articles: ['budapest art 24(5)', 'budapest art 25(4)', 'budapest art 27(4)', 'budapest art 29(4)', 'budapest art 29(5)', 'budapest art 30(2)', 'ets24 art 3', 'ets24 art 6'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'A request is refused on the grounds its drafter did not see coming. Each kind of request has its own list of grounds (rules.md, "Refusal grounds"): an extradition request must address dual criminality, political offence, persecution and nationality; a mutual-assistance request dual criminality, political offence, essential interests and persecution (and human rights for real-time measures); a preservation request political offence and essential interests, and dual criminality where the requested party reserved Art. 29(4) and an offence is outside Arts 2–11; a traffic-disclosure request only political offence and essential interests.',
    example: {
      bad: 'request EXT-1 extradition {\n  grounds {\n    dual-criminality: not-engaged "Punishable in both States"\n    political-offence: not-engaged "Profit-driven"\n    persecution: not-engaged "No protected characteristic"\n  }\n}',
      good: 'request EXT-1 extradition {\n  grounds {\n    dual-criminality: not-engaged "Punishable in both States"\n    political-offence: not-engaged "Profit-driven"\n    persecution: not-engaged "No protected characteristic"\n    nationality: not-engaged "Not a national of the requested party"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const req = requiredGrounds(ctx, decl);
    if (!req) return;
    const listed = listedGrounds(decl);
    const kind = decl.model.kind!;
    for (const ground of req.required) {
      if (listed.has(ground)) continue;
      const article = GROUND_ARTICLES[kind]?.[ground];
      const ref = article ? parseArticleRef(article) : undefined;
      const citation = ref ? ` (${cite(ref.instrument, ref.number, ref.parts)})` : '';
      const reason = article ? articleQuote(article, 30) : '';
      ctx.report(decl.syntax.name, `${kind} request ${decl.name} does not assess the refusal ground "${ground}"${citation}.`, {
        fixes: [fix(`Add "${ground}: unassessed" to grounds`, true,
          insertIntoBlock(decl, 'grounds', [`${ground}: unassessed${reason ? ` ${quoteString(reason)}` : ''}`]))],
      });
    }
  },
};
