import { citeRule, governing } from '../law';
import { value } from '../model';
import { requestedParty, requestingParty } from './facts';
import type { Rule } from './types';

export const cr113: Rule = {
  meta: {
    id: 'CR113',
    alias: 'competing-requests',
    severity: 'info',
    description: 'Two or more extradition requests for the same person to the same requested party from different requesting parties.',
    articles: ['ets24 art 17'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'If extradition is requested concurrently by more than one State, the requested party decides having regard to all the circumstances: the relative seriousness and place of commission of the offences, the dates of the requests, the nationality of the person and the possibility of subsequent extradition to another State (ETS 24 Art. 17). A drafter who knows of a competing request can address those circumstances in the request. One finding on each request, the others as related information; it cites ETS 24 only where ETS 24 governs.',
    example: {
      bad: 'request PL-EXT-4 extradition {\n  from: PL\n  to: CH\n  person: nowak\n}\n\nrequest UA-EXT-9 extradition {\n  from: UA\n  to: CH\n  person: nowak\n}',
      good: 'request PL-EXT-4 extradition {\n  from: PL\n  to: CH\n  person: nowak\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition') return;
    const person = value(decl.model, 'person', 'ref');
    const from = requestingParty(decl);
    const to = requestedParty(decl);
    if (!person || typeof from !== 'string' || typeof to !== 'string') return;
    const others = ctx.related('personRequests', person.name).filter((r) => {
      if (r === decl || r.model.kind !== 'extradition') return false;
      const theirFrom = requestingParty(r);
      return requestedParty(r) === to && typeof theirFrom === 'string' && theirFrom !== from;
    });
    if (others.length === 0) return;
    const citation = citeRule({ ets24: 'ets24 art 17' }, governing(ctx, decl), 'competing requests');
    const parties = [...new Set(others.map((r) => requestingParty(r) as string))];
    ctx.report(
      decl.syntax.name,
      `Extradition request ${decl.name} competes with ${others.map((r) => r.name).join(', ')} from ${parties.join(', ')} for person ${person.name}: ${to} will decide having regard to all the circumstances — the seriousness and place of the offences, the dates of the requests, the person's nationality and a later extradition to another State (${citation}).`,
      {
        related: others.map((r) => ({ decl: r, span: r.syntax.name, message: `extradition request ${r.name} from ${requestingParty(r)}` })),
      },
    );
  },
};
