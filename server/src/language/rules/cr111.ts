import { assessed, forProsecution, governing, protocolApplies } from '../law';
import { unusable, value } from '../model';
import { barredOn } from './cr110';
import { requestedParty } from './facts';
import { asOf, dateOf, namedOffences } from './extradition';
import type { Rule, RuleContext } from './types';

export const cr111: Rule = {
  meta: {
    id: 'CR111',
    alias: 'time-barred-requested',
    severity: 'warning',
    description:
      "Extradition for prosecution of an offence statute-barred under the requested party's law, where ETS 24 governs and CETS 212 does not remove the ground.",
    articles: ['ets24 art 10', 'ets24 art 10(3)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      "ETS 24 Art. 10 as drafted in 1957 bars extradition when prosecution has become statute-barred under the law of either party. Between parties to the Fourth Additional Protocol (CETS 212), Art. 10(2) as replaced says extradition shall not be refused on the ground that prosecution would be statute-barred under the law of the requested party; Art. 10(3) lets a State reserve the right not to apply that paragraph (summary, to be verified against the official text). CoopSpec therefore reports a lapse of time under the requested party's law where ETS 24 governs, and — where CETS 212 applies between the parties — only when the requested party's `reservations` list `ets24 art 10(3)`. Silent once the drafter assesses `lapse-of-time`.",
    example: {
      bad: 'party PL { instruments: [budapest, ets24] }\nparty CH { instruments: [budapest, ets24] }\n\noffence intrusion {\n  committed: 2015-03-01\n  law PL { cite: "Kodeks karny art. 267"  max-penalty: 2 years  limitation: 15 years }\n  law CH { cite: "StGB art. 143bis"  max-penalty: 3 years  limitation: 10 years }\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  date: 2026-02-01\n  offences: [intrusion]\n}',
      good: 'party PL { instruments: [budapest, ets24] }\nparty CH { instruments: [budapest, ets24] }\n\noffence intrusion {\n  committed: 2015-03-01\n  law PL { cite: "Kodeks karny art. 267"  max-penalty: 2 years  limitation: 15 years }\n  law CH { cite: "StGB art. 143bis"  max-penalty: 3 years  limitation: 10 years }\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  date: 2026-02-01\n  offences: [intrusion]\n  grounds {\n    lapse-of-time: not-engaged "Swiss period interrupted by the 2020 request for assistance"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || forProsecution(decl) !== true) return;
    const status = assessed(decl, 'lapse-of-time');
    if (status === 'engaged' || status === 'not-engaged' || status === undefined) return;
    const g = governing(ctx, decl);
    if (g.governing !== 'ets24' || g.undecided) return;
    const to = requestedParty(decl);
    if (typeof to !== 'string') return;
    // As drafted in 1957, Art. 10 bars extradition; as replaced by CETS 212, a reservation under
    // its paragraph 3 lets the requested party refuse where paragraph 2 would forbid it.
    let effect = 'extradition shall not be granted (ETS 24 Art. 10)';
    if (protocolApplies(g, 'cets212')) {
      const reserved = reservesArticle10(ctx, to);
      if (reserved !== true) return;
      effect = `${to} may refuse extradition by its reservation (ETS 24 Art. 10(3) as replaced by CETS 212 (summary, to be verified against the official text))`;
    }
    const on = dateOf(ctx, decl);
    if (!on) return;
    for (const { item, offence } of namedOffences(ctx, decl)) {
      const barred = barredOn(offence, to, on.day);
      if (!barred) continue;
      ctx.report(
        item.node,
        `Offence ${offence.name}, committed on ${barred.committed}, was statute-barred under the law of the requested party ${to} on ${barred.on} (limitation ${barred.period}), on or before ${on.today ? `today${asOf(ctx, on)}, extradition request ${decl.name} being undated` : `the date of extradition request ${decl.name}`}: unless the period was interrupted or suspended, ${effect}.`,
        {
          related: [{ decl: offence, span: barred.entry, message: `limitation under the law of ${to}` }],
        },
      );
    }
  },
};

/** Does the party's declaration list `ets24 art 10(3)` in its reservations? Undefined when unreadable. */
function reservesArticle10(ctx: RuleContext, code: string): boolean | undefined {
  const party = ctx.party(code);
  if (!party) return false;
  if (unusable(party.model, 'reservations')) return undefined;
  const items = value(party.model, 'reservations', 'articles')?.items ?? [];
  return items.some((a) => a.ref?.instrument === 'ets24' && a.ref.number === 10 && a.ref.parts[0] === '3');
}
