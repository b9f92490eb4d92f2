import { barEffect, citeRule, governing, judgmentsConcerning, protocolApplies } from '../law';
import { value } from '../model';
import { requestedParty, requestingParty } from './facts';
import { namedOffences } from './extradition';
import type { Rule } from './types';

export const cr109: Rule = {
  meta: {
    id: 'CR109',
    alias: 'ne-bis-in-idem',
    severity: 'error',
    description:
      'Extradition for an offence on which the requested party (or, between parties to ETS 86, a third State) has passed final judgment on the person.',
    articles: ['ets24 art 9', 'ets24 art 9(2)(a)', 'ets24 art 9(3)(c)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Extradition shall not be granted if final judgment has been passed by the competent authorities of the requested party upon the person claimed in respect of the offence (ETS 24 Art. 9). Between parties to the Additional Protocol (ETS 86), the same holds for a final acquittal in a third State party to ETS 24 (Art. 9(2)(a)), unless the offence was committed in whole or in part in the requesting State (Art. 9(3)(c)). The finding stands whatever the grounds block says: the bar is mandatory. The requested-party part applies whatever the governing instrument; the third-State part only where ETS 24 governs.',
    example: {
      bad: 'person nowak { nationality: PL }\noffence laundering { conduct: "Laundering the ransom" }\noffence fraud { conduct: "Selling fake tickets" }\n\njudgment CH-1 {\n  party: CH\n  person: nowak\n  offences: [laundering]\n  outcome: convicted\n  final: yes\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  offences: [laundering]\n}',
      good: 'person nowak { nationality: PL }\noffence laundering { conduct: "Laundering the ransom" }\noffence fraud { conduct: "Selling fake tickets" }\n\njudgment CH-1 {\n  party: CH\n  person: nowak\n  offences: [laundering]\n  outcome: convicted\n  final: yes\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  offences: [fraud]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition') return;
    const to = requestedParty(decl);
    const from = requestingParty(decl);
    if (typeof to !== 'string') return;
    const g = governing(ctx, decl);
    const { judgments } = judgmentsConcerning(ctx, decl);
    if (judgments.length === 0) return;
    const offences = namedOffences(ctx, decl);
    for (const j of judgments) {
      for (const { item, offence } of offences) {
        if (!j.offences.includes(offence.name)) continue;
        if (j.party === to) {
          if (!j.final || (j.outcome !== 'convicted' && j.outcome !== 'acquitted')) continue;
          const citation = citeRule({ ets24: 'ets24 art 9' }, g, 'ne bis in idem');
          // ETS 24 says "shall not be granted"; elsewhere CoopSpec does not know the bar's force.
          const effect = `extradition for it ${barEffect(g)}`;
          ctx.report(
            item.node,
            `Judgment ${j.decl.name} of the requested party ${to} is final on offence ${offence.name} for the person sought: ${effect} (${citation}).`,
            {
              related: [{ decl: j.decl, span: j.decl.syntax.name, message: `final judgment ${j.decl.name}` }],
            },
          );
          continue;
        }
        // A third State's final acquittal: ETS 24 Art. 9(2)(a) as supplemented by ETS 86.
        if (j.party === undefined || j.party === from || !j.final || j.outcome !== 'acquitted') continue;
        if (!protocolApplies(g, 'ets86')) continue;
        const third = ctx.party(j.party);
        const thirdList = third && value(third.model, 'instruments', 'instruments');
        if (third && third.model.fields.has('instruments') && (!thirdList || !thirdList.items.some((i) => i.id === 'ets24'))) continue;
        const places = value(offence.model, 'committed-in', 'parties')?.items.map((p) => p.code) ?? [];
        if (typeof from === 'string' && places.includes(from)) continue; // Art. 9(3)(c): may then be granted
        const status = third ? 'a third State party to ETS 24' : 'a third State, which no party declaration says is not a party to ETS 24';
        ctx.report(
          item.node,
          `Judgment ${j.decl.name} of ${j.party}, ${status}, finally acquitted the person sought of offence ${offence.name}: extradition for it shall not be granted (ETS 24 Art. 9(2)(a), as supplemented by ETS 86).`,
          {
            related: [{ decl: j.decl, span: j.decl.syntax.name, message: `final acquittal ${j.decl.name}` }],
          },
        );
      }
    }
  },
};
