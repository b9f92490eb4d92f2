import { citeRule, governing, judgmentsConcerning } from '../law';
import { requestedParty } from './facts';
import { namedOffences } from './extradition';
import type { Rule } from './types';

export const cr115: Rule = {
  meta: {
    id: 'CR115',
    alias: 'pending-proceedings',
    severity: 'warning',
    description: 'Extradition for an offence on which the requested party is proceeding against the person, or decided not to prosecute.',
    articles: ['ets24 art 8', 'ets24 art 9'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      "The requested party may refuse to extradite the person claimed if its competent authorities are proceeding against him in respect of the offence (ETS 24 Art. 8), or have decided either not to institute or to terminate proceedings in respect of the same offence (Art. 9, second sentence). A judgment declaration with `outcome: pending` or `not-prosecuted`, by the requested party, on the person and an offence of the request, shows it. The rule applies whatever the governing instrument and cites ETS 24 only where ETS 24 governs; the finding stands whatever the grounds say, since the refusal is the requested State's call.",
    example: {
      bad: 'person nowak { nationality: PL }\noffence fraud { conduct: "Selling fake tickets" }\noffence extortion { conduct: "Threatening a shop" }\n\njudgment CH-2 {\n  party: CH\n  person: nowak\n  offences: [fraud]\n  outcome: pending\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  person: nowak\n  offences: [fraud]\n}',
      good: 'person nowak { nationality: PL }\noffence fraud { conduct: "Selling fake tickets" }\noffence extortion { conduct: "Threatening a shop" }\n\njudgment CH-2 {\n  party: CH\n  person: nowak\n  offences: [fraud]\n  outcome: acquitted\n  final: no\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  person: nowak\n  offences: [extortion]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition') return;
    const to = requestedParty(decl);
    if (typeof to !== 'string') return;
    const relevant = judgmentsConcerning(ctx, decl).judgments.filter(
      (j) => j.party === to && (j.outcome === 'pending' || j.outcome === 'not-prosecuted'),
    );
    if (relevant.length === 0) return;
    const g = governing(ctx, decl);
    for (const { item, offence } of namedOffences(ctx, decl)) {
      const on = relevant.filter((j) => j.offences.includes(offence.name));
      if (on.length === 0) continue;
      const pending = on.some((j) => j.outcome === 'pending');
      const citation = pending
        ? citeRule({ ets24: 'ets24 art 8' }, g, 'pending proceedings')
        : citeRule({ ets24: 'ets24 art 9' }, g, 'a decision not to prosecute');
      const what = pending
        ? `the authorities of ${to} are proceeding against the person for offence ${offence.name}`
        : `the authorities of ${to} decided not to institute, or to terminate, proceedings for offence ${offence.name}`;
      ctx.report(
        item.node,
        `Extradition request ${decl.name}: ${what} (${on.map((j) => j.decl.name).join(', ')}); the requested party may refuse (${citation}).`,
        {
          related: on.map((j) => ({ decl: j.decl, span: j.decl.syntax.name, message: `judgment ${j.decl.name}` })),
        },
      );
    }
  },
};
