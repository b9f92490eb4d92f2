import { addDuration, assessed, barEffect, citeRule, forProsecution, governing, protocolApplies } from '../law';
import { unusable, value } from '../model';
import { isoOfDay } from '../util';
import { lawFor, requestingParty } from './facts';
import { asOf, dateOf, namedOffences } from './extradition';
import type { Rule } from './types';

export const cr110: Rule = {
  meta: {
    id: 'CR110',
    alias: 'time-barred-requesting',
    severity: 'warning',
    description:
      "Extradition for prosecution of an offence whose limitation period under the requesting party's law ran out by the request's date.",
    articles: ['ets24 art 10'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      "Extradition shall not be granted when prosecution has become statute-barred under the law of the requesting party (ETS 24 Art. 10; Art. 10(1) as replaced by CETS 212 Art. 1). CoopSpec adds the `limitation` of the requesting party's law to the offence's `committed` date and compares it with the request's `date` (today, for a request not yet dated). It cannot know whether the period was interrupted or suspended: once the drafter assesses `lapse-of-time` in the grounds (engaged or not engaged), the rule is silent. It applies whatever the governing instrument and cites ETS 24 only where ETS 24 governs.",
    example: {
      bad: 'offence extortion {\n  committed: 2013-06-01\n  law PL { cite: "Kodeks karny art. 282"  max-penalty: 10 years  limitation: 10 years }\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  date: 2026-02-01\n  offences: [extortion]\n}',
      good: 'offence extortion {\n  committed: 2013-06-01\n  law PL { cite: "Kodeks karny art. 282"  max-penalty: 10 years  limitation: 10 years }\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  date: 2026-02-01\n  offences: [extortion]\n  grounds {\n    lapse-of-time: not-engaged "Interrupted by the charge of 2019-04-02 (art. 102 Kodeks karny)"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || forProsecution(decl) !== true) return;
    const status = assessed(decl, 'lapse-of-time');
    if (status === 'engaged' || status === 'not-engaged' || status === undefined) return;
    const from = requestingParty(decl);
    if (typeof from !== 'string') return;
    const on = dateOf(ctx, decl);
    if (!on) return;
    const g = governing(ctx, decl);
    // Between parties to CETS 212, Art. 10(1) as it replaces the article says the same of the requesting party's law.
    const citation = protocolApplies(g, 'cets212')
      ? 'ETS 24 Art. 10(1) as replaced by CETS 212 Art. 1'
      : citeRule({ ets24: 'ets24 art 10' }, g, 'lapse of time');
    for (const { item, offence } of namedOffences(ctx, decl)) {
      const barred = barredOn(offence, from, on.day);
      if (!barred) continue;
      ctx.report(
        item.node,
        `Offence ${offence.name}, committed on ${barred.committed}, was statute-barred under the law of ${from} on ${barred.on} (limitation ${barred.period}), on or before ${on.today ? `today${asOf(ctx, on)}, extradition request ${decl.name} being undated` : `the date of extradition request ${decl.name}`}: unless the period was interrupted or suspended, extradition ${barEffect(g)} (${citation}).`,
        {
          related: [{ decl: offence, span: barred.entry, message: `limitation under the law of ${from}` }],
        },
      );
    }
  },
};

/** When the offence became statute-barred under a party's law, if on or before `day`. */
export function barredOn(offence: import('./types').Decl, party: string, day: number) {
  if (unusable(offence.model, 'committed')) return undefined;
  const committed = value(offence.model, 'committed', 'date');
  const law = lawFor(offence, party);
  if (!committed || !law) return undefined;
  const limitation = value(law, 'limitation', 'duration');
  if (!limitation) return undefined;
  const end = addDuration(committed.day, limitation.amount, limitation.unit);
  if (end > day) return undefined;
  const period = `${limitation.amount} ${limitation.unit}${limitation.amount === 1 ? '' : 's'}`;
  return { committed: committed.iso, on: isoOfDay(end), period, entry: law.fields.get('limitation')!.entry };
}
