import { DEADLINES, governing } from '../law';
import { asOf, provisionalArrestDelay } from './extradition';
import type { Rule } from './types';

export const cr116: Rule = {
  meta: {
    id: 'CR116',
    alias: 'provisional-arrest-18-days',
    severity: 'warning',
    description: 'The extradition request after a provisional arrest came (or is still to come) on day 19 to 40 after the arrest.',
    articles: ['ets24 art 16(4)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Provisional arrest may be terminated if, within a period of 18 days after arrest, the requested party has not received the request for extradition and the documents mentioned in Article 12 (ETS 24 Art. 16(4)). CoopSpec compares the `arrested` date of a provisional-arrest request with the date of the first extradition request for the same person from and to the same parties — or, when there is none yet, with today. Where ETS 24 governs only; a finding that depends on today says so.',
    example: {
      bad: 'request PA-1 provisional-arrest {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  arrested: 2026-01-10\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  date: 2026-02-01\n}',
      good: 'request PA-1 provisional-arrest {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  arrested: 2026-01-10\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  date: 2026-01-25\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'provisional-arrest') return;
    const g = governing(ctx, decl);
    if (g.governing !== 'ets24' || g.undecided) return;
    const delay = provisionalArrestDelay(ctx, decl);
    if (!delay || delay.days <= DEADLINES.provisionalArrestMay.days || delay.days > DEADLINES.provisionalArrestMax.days) return;
    const what = delay.first
      ? `extradition request ${delay.first.name} ${delay.on.today ? 'is not dated yet: today is' : 'is dated'} day ${delay.days} after the arrest on ${delay.arrested.iso}`
      : `no extradition request for the person follows it, and today is day ${delay.days} after the arrest on ${delay.arrested.iso}`;
    ctx.report(
      delay.arrested.node,
      `Provisional arrest ${decl.name}: ${what}${asOf(ctx, delay.on)}; the provisional arrest may be terminated if the requested party has not received the request for extradition within 18 days after arrest (ETS 24 Art. 16(4)).`,
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
