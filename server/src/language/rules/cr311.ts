import { citeRule, DEADLINES, governing, PRESERVATION_PERIOD_CITE } from '../law';
import { value } from '../model';
import { isoOfDay } from '../util';
import { requestedParty } from './facts';
import { asOf, dateOf } from './extradition';
import type { Rule } from './types';

export const cr311: Rule = {
  meta: {
    id: 'CR311',
    alias: 'preservation-deadline',
    severity: 'warning',
    description: 'The request to obtain preserved data came (or is still to come) more than sixty days after the preservation request.',
    articles: ['budapest art 29(7)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      "Preservation shall be for a period not less than sixty days, in order to enable the requesting party to submit a request for the search or similar access, seizure or similar securing, or disclosure of the data (Budapest Art. 29(7)). The requested party need keep the data no longer and may release them after. CoopSpec compares the preservation's `date` with the date of the first request naming it in `preserved-by` — a request not yet dated counts as sent today — or, when there is none, with today. A finding that depends on today says so.",
    example: {
      bad: 'request PRES-1 preservation {\n  date: 2026-01-10\n}\n\nrequest MLA-1 mutual-assistance {\n  date: 2026-04-01\n  preserved-by: PRES-1\n}',
      good: 'request PRES-1 preservation {\n  date: 2026-01-10\n}\n\nrequest MLA-1 mutual-assistance {\n  date: 2026-02-20\n  preserved-by: PRES-1\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'preservation') return;
    const date = value(decl.model, 'date', 'date');
    if (!date) return;
    const followers = ctx.related('followUps', decl.name).filter((d) => d !== decl);
    // A request whose preserved-by cannot be read may follow this preservation: stay silent.
    const party = requestedParty(decl);
    if (
      followers.length === 0 &&
      ctx.unlinked('followUps').some((r) => r !== decl && (!party || !requestedParty(r) || requestedParty(r) === party))
    )
      return;
    let first: { name?: string; on: { day: number; iso: string; today: boolean } } | undefined;
    for (const f of followers) {
      const on = dateOf(ctx, f);
      if (!on) return;
      if (!first || on.day < first.on.day) first = { name: f.name, on };
    }
    const on = first?.on ?? { day: ctx.today.day, iso: ctx.today.iso, today: true };
    const days = on.day - date.day;
    if (days <= DEADLINES.preservation.days) return;
    const g = governing(ctx, decl);
    const convention = g.governing === 'budapest' || g.governing === 'uncc';
    const citation = citeRule(PRESERVATION_PERIOD_CITE, g, 'preservation');
    const what = first
      ? `request ${first.name} to obtain the data ${on.today ? 'is not dated yet: today is' : 'is dated'} ${days} days after it`
      : `no request to obtain the data names it in "preserved-by", and today is ${days} days after it`;
    const rule = convention
      ? `The requested party need keep the data for not less than sixty days — until ${isoOfDay(date.day + DEADLINES.preservation.days)} — and may release them after (${citation})`
      : 'No convention on preservation governs this request: how long the data are kept depends on the law of the requested party or on the custodian, so check that they are still there';
    ctx.report(date.node, `Preservation request ${decl.name} is dated ${date.iso}; ${what}${asOf(ctx, on)}. ${rule}.`);
  },
};
