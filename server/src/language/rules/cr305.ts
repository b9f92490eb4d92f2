import { has, unusable, value } from '../model';
import { requestedParty, requestingParty } from './facts';
import type { Decl, Rule } from './types';

export const cr305: Rule = {
  meta: {
    id: 'CR305',
    alias: 'legal-basis',
    severity: 'warning',
    description: 'A request without `basis`, or whose basis names an instrument a party is not bound by (or that coopspec.json does not list as in use).',
    articles: ['budapest art 23', 'budapest art 27(1)'],
    fixable: false,
    hasSuggestions: false,
    rationale: 'Co-operation runs through the instruments that bind both parties (Art. 23). A request that states no basis leaves the requested party to guess; one that relies on an instrument the other party has not joined will be returned.',
    example: {
      bad: 'party BR { instruments: [budapest] }\n\nrequest EXT-1 extradition {\n  to: BR\n  basis: ets24\n}',
      good: 'party BR { instruments: [budapest] }\n\nrequest EXT-1 extradition {\n  to: BR\n  basis: budapest art 24\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (!has(decl.model, 'basis')) {
      ctx.report(decl.syntax.name, `Request ${decl.name} states no legal basis ("basis": an instrument, an article or treaty "Title").`);
      return;
    }
    if (unusable(decl.model, 'basis')) return;
    const basis = value(decl.model, 'basis', 'basis')!;
    if (basis.treaty || !basis.instrument) return;
    const instrument = basis.instrument;
    const inUse = ctx.settings.instruments;
    if (inUse && !inUse.includes(instrument)) {
      ctx.report(basis.node, `The basis of request ${decl.name} is ${instrument}, which is not among the instruments in use in this workspace (coopspec.json "instruments": ${inUse.join(', ') || 'none'}).`);
      return;
    }
    const parties = [requestingParty(decl), requestedParty(decl)].filter((p): p is string => typeof p === 'string');
    const notBound: { party: Decl; code: string }[] = [];
    for (const code of [...new Set(parties)]) {
      const party = ctx.party(code);
      // Not checked: no party declaration, no `instruments` (an empty list is an absent entry), or unusable ones.
      if (!party || !has(party.model, 'instruments') || unusable(party.model, 'instruments')) continue;
      const list = value(party.model, 'instruments', 'instruments');
      if (!list) continue;
      if (!list.items.some((i) => i.id === instrument)) notBound.push({ party, code });
    }
    if (notBound.length === 0) return;
    ctx.report(basis.node, `The basis of request ${decl.name} is ${instrument}, which ${notBound.map((n) => n.code).join(' and ')} ${notBound.length === 1 ? 'is' : 'are'} not bound by according to ${notBound.length === 1 ? 'its' : 'their'} party declaration.`, {
      related: notBound.map((n) => ({ decl: n.party, span: n.party.model.fields.get('instruments')!.entry, message: `instruments of ${n.code}` })),
    });
  },
};
