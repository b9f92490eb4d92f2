import { DEADLINES, governing } from '../law';
import { asOf, provisionalArrestDelay } from './extradition';
import type { Rule } from './types';

export const cr117: Rule = {
  meta: {
    id: 'CR117',
    alias: 'provisional-arrest-40-days',
    severity: 'error',
    description: 'The extradition request after a provisional arrest came (or is still to come) more than 40 days after the arrest.',
    articles: ['ets24 art 16(4)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Provisional arrest shall not, in any event, exceed 40 days from the date of such arrest (ETS 24 Art. 16(4)); release does not prejudice re-arrest and extradition if the request is received later (Art. 16(5)). CoopSpec compares the `arrested` date of a provisional-arrest request with the date of the first extradition request for the same person from and to the same parties — or, when there is none yet, with today. Where ETS 24 governs only; a finding that depends on today says so.',
    example: {
      bad: 'request PA-1 provisional-arrest {\n  from: PL\n  to: CH\n  basis: ets24\n  person: zielinski\n  arrested: 2026-01-05\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  person: zielinski\n  date: 2026-02-20\n}',
      good: 'request PA-1 provisional-arrest {\n  from: PL\n  to: CH\n  basis: ets24\n  person: zielinski\n  arrested: 2026-01-05\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  person: zielinski\n  date: 2026-01-20\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'provisional-arrest') return;
    const g = governing(ctx, decl);
    if (g.governing !== 'ets24' || g.undecided) return;
    const delay = provisionalArrestDelay(ctx, decl);
    if (!delay || delay.days <= DEADLINES.provisionalArrestMax.days) return;
    const what = delay.first
      ? `extradition request ${delay.first.name} ${delay.on.today ? 'is not dated yet: today is' : 'is dated'} day ${delay.days} after the arrest on ${delay.arrested.iso}`
      : `no extradition request for the person follows it, and today is day ${delay.days} after the arrest on ${delay.arrested.iso}`;
    ctx.report(
      delay.arrested.node,
      `Provisional arrest ${decl.name}: ${what}${asOf(ctx, delay.on)}; provisional arrest shall not, in any event, exceed 40 days from the date of arrest (ETS 24 Art. 16(4)): the person is released, which does not prejudice re-arrest and extradition once the request is received (Art. 16(5)).`,
      {
        related: delay.first
          ? [
              {
                decl: delay.first,
                span: delay.first.model.fields.get('date')?.entry ?? delay.first.syntax.name,
                message: `extradition request ${delay.first.name}`,
              },
            ]
          : [],
      },
    );
  },
};
