import { assessed, AUT_DEDERE_CITE, citeRule, governing } from '../law';
import { has, unusable, value } from '../model';
import { requestedParty } from './facts';
import { fix, insertEntries } from './fixkit';
import type { Rule } from './types';

/** The duty to submit the case for prosecution at the requesting party's request. */

export const cr106: Rule = {
  meta: {
    id: 'CR106',
    alias: 'nationality-without-prosecution',
    severity: 'warning',
    description: 'Extradition of a national of the requested party without `if-refused: prosecute`.',
    articles: ['budapest art 24(6)', 'ets24 art 6(2)'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      "A State may refuse to extradite its own nationals. If it does, it must submit the case to its own authorities for prosecution — but only at the request of the requesting party (Art. 24(6)). Without that request, a refusal on nationality ends the matter. Silent when the grounds assess `nationality: not-engaged` (the drafter has found that the requested party extradites its nationals). Asking for prosecution is the drafter's decision: the fix is a quick fix in the editor, never applied in bulk.",
    example: {
      bad: 'person silva { nationality: BR }\n\nrequest EXT-1 extradition {\n  to: BR\n  person: silva\n}',
      good: 'person silva { nationality: BR }\n\nrequest EXT-1 extradition {\n  to: BR\n  person: silva\n  if-refused: prosecute\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || has(decl.model, 'if-refused')) return;
    // Silent when the drafter found the ground not engaged, or when its status cannot be read.
    const status = assessed(decl, 'nationality');
    if (status === 'not-engaged' || status === undefined) return;
    const party = requestedParty(decl);
    const personRef = value(decl.model, 'person', 'ref');
    if (!party || !personRef) return;
    const person = ctx.resolve(personRef.name, 'person');
    if (!person || unusable(person.model, 'nationality')) return;
    const nationalities = value(person.model, 'nationality', 'parties')?.items ?? [];
    if (!nationalities.some((n) => n.code === party)) return;
    const citation = citeRule(AUT_DEDERE_CITE, governing(ctx, decl), 'aut dedere aut judicare');
    ctx.report(
      decl.syntax.name,
      `Person ${person.name} is a national of the requested party ${party}, and extradition request ${decl.name} does not ask for the case to be submitted for prosecution there if extradition is refused on nationality (${citation}).`,
      {
        related: [{ decl: person, span: person.model.fields.get('nationality')!.entry, message: `nationality of ${person.name}` }],
        fixes: [fix('Add "if-refused: prosecute"', false, insertEntries(decl, ['if-refused: prosecute']))],
      },
    );
  },
};
