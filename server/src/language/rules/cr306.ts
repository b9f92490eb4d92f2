import { citeRule, governing, PRESERVATION_PERIOD_CITE } from '../law';
import { requestedParty } from './facts';
import type { Rule } from './types';

export const cr306: Rule = {
  meta: {
    id: 'CR306',
    alias: 'preservation-not-followed',
    severity: 'info',
    description: 'A preservation request that no other request names in `preserved-by`.',
    articles: ['budapest art 29(7)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Preservation lasts not less than sixty days, to let the requesting party submit a request for the search, seizure or disclosure of the data (Art. 29(7)). A preservation that no request relies on is a reminder that the follow-up is still to be written.',
    example: {
      bad: 'request PRES-1 preservation {\n  follow-up: mutual-assistance\n}',
      good: 'request PRES-1 preservation {\n  follow-up: mutual-assistance\n}\n\nrequest MLA-1 mutual-assistance {\n  measure: stored-data\n  preserved-by: PRES-1\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'preservation') return;
    if (ctx.related('followUps', decl.name).some((d) => d !== decl)) return;
    // A request whose preserved-by names no preservation may have meant this one, when it goes to
    // the same party (or either party is unknown): the finding on that reference is enough.
    const party = requestedParty(decl);
    if (ctx.unlinked('followUps').some((r) => r !== decl && (!party || !requestedParty(r) || requestedParty(r) === party))) return;
    const g = governing(ctx, decl);
    const period =
      g.governing === 'budapest' || g.governing === 'uncc'
        ? `the requested party keeps the data for a period of not less than sixty days, to let the requesting party submit a request to obtain them (${citeRule(PRESERVATION_PERIOD_CITE, g, 'preservation')})`
        : 'no convention on preservation governs this request, so how long the data are kept depends on the law of the requested party or on the custodian';
    ctx.report(
      decl.syntax.name,
      `No request names preservation ${decl.name} in "preserved-by": ${period}; write that request and name the preservation in its "preserved-by".`,
    );
  },
};
