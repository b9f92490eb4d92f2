import { groundCitations, renderWhereProvided } from '../law';
import { block } from '../model';
import { lawFor, requestedParty, resolvedOffences } from './facts';
import type { Rule } from './types';
import { andList } from '../util';

export const cr104: Rule = {
  meta: {
    id: 'CR104',
    alias: 'dual-criminality-unsupported',
    severity: 'warning',
    description: '`dual-criminality: not-engaged` while an offence has no `law` for the requested party.',
    articles: ['budapest art 25(5)', 'budapest art 24(1)(a)', 'ets24 art 2(1)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Dual criminality is fulfilled when the conduct underlying the offence is a criminal offence under the law of the requested party (Budapest Art. 25(5); for extradition, punishable under the laws of both parties: ETS 24 Art. 2(1), Budapest Art. 24(1)(a)). Saying the ground is not engaged without citing that law leaves the assessment unsupported.',
    example: {
      bad: 'offence fraud {\n  law FR { cite: "Code pénal"  max-penalty: 5 years }\n}\n\nrequest MLA-1 mutual-assistance {\n  to: US\n  offences: [fraud]\n  grounds { dual-criminality: not-engaged "Criminal in both" }\n}',
      good: 'offence fraud {\n  law FR { cite: "Code pénal"  max-penalty: 5 years }\n  law US { cite: "18 U.S.C. § 1343"  max-penalty: 20 years }\n}\n\nrequest MLA-1 mutual-assistance {\n  to: US\n  offences: [fraud]\n  grounds { dual-criminality: not-engaged "Criminal in both" }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const dc = block(decl.model, 'grounds')?.grounds.find((g) => g.ground === 'dual-criminality' && g.status === 'not-engaged');
    if (!dc) return;
    const party = requestedParty(decl);
    if (!party) return;
    const { offences } = resolvedOffences(ctx, decl);
    // An offence whose law blocks cannot all be read (`law fr { … }`) cannot be judged: left out.
    const without = offences.filter((o) => lawFor(o, party) === null);
    if (without.length === 0) return;
    ctx.report(
      dc.entry,
      `Dual criminality is assessed as not engaged, but ${without.length === 1 ? 'offence' : 'offences'} ${andList(without.map((o) => o.name))} ${without.length === 1 ? 'has' : 'have'} no law for the requested party ${party} (${renderWhereProvided(groundCitations(ctx, decl, 'dual-criminality'))}).`,
      {
        related: without.map((o) => ({ decl: o, span: o.syntax.name, message: `offence ${o.name}: no "law ${party} { … }"` })),
      },
    );
  },
};
