import { citationsFor, citeRule, governing, measureSpec } from '../law';
import { has, refs, value, word } from '../model';
import type { Decl } from './types';
import { requestedParty } from './facts';
import type { Rule } from './types';

export const cr314: Rule = {
  meta: {
    id: 'CR314',
    alias: 'data-outside-requested-party',
    severity: 'info',
    description: 'A preservation or stored-data request to a party seeks data stored in another State, with no `conflicts` entry.',
    articles: ['budapest art 29(1)', 'budapest art 31(1)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Budapest Arts 29(1) and 31(1) speak of stored computer data located within the territory of the requested party. Whether that party can compel its provider to produce data stored abroad is for its own law, and the State where they are stored may object. A `conflicts` entry saying how that will be handled — or a request to the State where the data are — settles it before the requested party asks.',
    example: {
      bad: 'data inbox {\n  custodian: provider "Example Mail Inc." in US\n  stored-in: IE\n}\n\nrequest PRES-1 preservation {\n  to: US\n  data: [inbox]\n}',
      good: 'data inbox {\n  custodian: provider "Example Mail Inc." in US\n  stored-in: IE\n}\n\nrequest PRES-1 preservation {\n  to: US\n  data: [inbox]\n  conflicts: "If US law does not reach data stored in Ireland, a preservation request will go to Ireland"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const kind = decl.model.kind;
    const stored =
      kind === 'preservation' || (kind === 'mutual-assistance' && measureSpec(word(decl.model, 'measure'))?.storedData === true);
    if (!stored || has(decl.model, 'conflicts') || !value(decl.model, 'to', 'party')) return;
    const to = requestedParty(decl);
    if (typeof to !== 'string') return;
    const table =
      kind === 'preservation'
        ? { budapest: 'budapest art 29(1)', uncc: 'uncc art 42' }
        : { budapest: 'budapest art 31(1)', uncc: 'uncc art 44' };
    const g = governing(ctx, decl);
    const citation = citeRule(table, g, 'the territory of the requested party');
    // Only the Budapest Convention and the UN Convention speak of data in the requested party's
    // territory: under another instrument the finding says no more than what the law decides.
    const convention = citationsFor(table, g).some((c) => c.t === 'article');
    const seen = new Set<Decl>();
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      if (!data || seen.has(data)) continue;
      seen.add(data);
      const where = value(data.model, 'stored-in', 'party');
      if (!where || where.code === to) continue;
      const territory = convention ? `the convention speaks of data located in the territory of the requested party (${citation}); ` : '';
      const law = convention
        ? 'its law'
        : g.governing === 'treaty'
          ? `its law and the applicable treaty (${g.treatyTitle ?? ''})`
          : 'its law (the law of the requested party)';
      ctx.report(
        item.node,
        `Request ${decl.name} asks ${to} for data ${data.name}, stored in ${where.code}, and has no "conflicts" entry: ${territory}whether ${to} can reach data stored in ${where.code} is for ${law}, and ${where.code} may object.`,
        {
          related: [{ decl: data, span: data.model.fields.get('stored-in')!.entry, message: `data ${data.name} stored here` }],
        },
      );
    }
  },
};
