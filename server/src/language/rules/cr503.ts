import { has, refs, value } from '../model';
import { andList } from '../util';
import { requestingParty } from './facts';
import type { Decl, Rule } from './types';

export const cr503: Rule = {
  meta: {
    id: 'CR503',
    alias: 'conflict-of-laws',
    severity: 'warning',
    description:
      "A request to a provider seeks data stored in a third State, without `conflicts` saying how a conflict with that State's law will be raised.",
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      "A practice rule, resting on no treaty article. A provider ordered to disclose data stored in a State whose law forbids disclosure is caught between two laws. A request sent straight to a provider should say how the provider can raise such a conflict and how the requesting authority will resolve it — for instance through the 24/7 point of contact or a request to the State where the data are stored — so that the provider is not forced to break one State's law to obey another's.",
    example: {
      bad: 'data holder {\n  custodian: provider "NimbusCloud Ltd" in IE\n  stored-in: US\n}\n\nrequest SUB-1 subscriber-order {\n  from: DE\n  to: provider "NimbusCloud Ltd" in IE\n  data: [holder]\n}',
      good: 'data holder {\n  custodian: provider "NimbusCloud Ltd" in IE\n  stored-in: US\n}\n\nrequest SUB-1 subscriber-order {\n  from: DE\n  to: provider "NimbusCloud Ltd" in IE\n  data: [holder]\n  conflicts: "If US law bars disclosure, the provider may say so and the request goes to the US"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const to = value(decl.model, 'to', 'provider');
    if (!to || has(decl.model, 'conflicts')) return;
    const from = requestingParty(decl);
    if (from === undefined) return;
    const third: Decl[] = [];
    const where: string[] = [];
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      const stored = data && value(data.model, 'stored-in', 'party');
      if (!data || !stored) continue;
      if (stored.code === from || stored.code === to.place?.code) continue;
      third.push(data);
      if (!where.includes(stored.code)) where.push(stored.code);
    }
    if (third.length === 0) return;
    ctx.report(
      decl.syntax.name,
      `Request ${decl.name} is addressed to a provider${to.place ? ` in ${to.place.code}` : ''} for data stored in ${andList(where)} (${andList(third.map((d) => d.name))}), and has no "conflicts" entry saying how a conflict with the law of ${andList(where)} will be raised (a matter of practice, not of a treaty article: a provider should not have to break one State's law to obey another's).`,
      {
        related: third.map((d) => ({ decl: d, span: d.model.fields.get('stored-in')!.entry, message: `data ${d.name} stored here` })),
      },
    );
  },
};
