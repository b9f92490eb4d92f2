import { citeRule, governing } from '../law';
import { unusable, value } from '../model';
import { requestedParty, requestingParty } from './facts';
import { hasAssurance, namedOffences } from './extradition';
import { fix, insertIntoBlock, PLACEHOLDER } from './fixkit';
import { lawFor } from './facts';
import type { Rule } from './types';

export const cr108: Rule = {
  meta: {
    id: 'CR108',
    alias: 'death-penalty-assurance',
    severity: 'error',
    description:
      "Extradition for an offence punishable by death under the requesting party's law and not the requested party's, without a death-penalty assurance.",
    articles: ['ets24 art 11'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      "Where the offence is punishable by death under the law of the requesting party and not under the law of the requested party, extradition may be refused unless the requesting party gives such assurance as the requested party considers sufficient that the death penalty will not be carried out (ETS 24 Art. 11). For a requested party bound by the ECHR, Art. 2 and Protocol No. 13 make a refusal without an assurance near certain (summary, to be verified against the official text). The rule applies whatever the governing instrument; it cites ETS 24 only where ETS 24 governs. Giving the assurance is the requesting State's undertaking: the fix is a quick fix in the editor that inserts the entry with a placeholder, never applied in bulk.",
    example: {
      bad: 'offence murder {\n  law US { cite: "18 U.S.C. § 1958(a)"  max-penalty: death }\n  law DE { cite: "StGB § 211"  max-penalty: life }\n}\n\nrequest EXT-1 extradition {\n  from: US\n  to: DE\n  offences: [murder]\n}',
      good: 'offence murder {\n  law US { cite: "18 U.S.C. § 1958(a)"  max-penalty: death }\n  law DE { cite: "StGB § 211"  max-penalty: life }\n}\n\nrequest EXT-1 extradition {\n  from: US\n  to: DE\n  offences: [murder]\n  assurances {\n    death-penalty: "The death penalty will not be sought or carried out (letter of the Attorney General, 2026-03-01)"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || hasAssurance(decl, 'death-penalty')) return;
    const from = requestingParty(decl);
    const to = requestedParty(decl);
    if (typeof from !== 'string') return;
    const citation = citeRule({ ets24: 'ets24 art 11' }, governing(ctx, decl), 'the death penalty');
    for (const { item, offence } of namedOffences(ctx, decl)) {
      const theirs = lawFor(offence, from);
      if (!theirs || value(theirs, 'max-penalty', 'penalty')?.word !== 'death') continue;
      if (typeof to === 'string') {
        const ours = lawFor(offence, to);
        if (ours === undefined) continue;
        // A penalty present but unusable (CR004) cannot say whether it is death: silent.
        if (ours && (unusable(ours, 'max-penalty') || value(ours, 'max-penalty', 'penalty')?.word === 'death')) continue;
      } else if (to === undefined) continue;
      ctx.report(
        item.node,
        `Offence ${offence.name} is punishable by death under the law of ${from}${typeof to === 'string' ? ` and not under the law of ${to}` : ''}, and extradition request ${decl.name} gives no death-penalty assurance: extradition may be refused unless a sufficient assurance is given that the death penalty will not be carried out (${citation}).`,
        {
          related: [{ decl: offence, span: theirs.fields.get('max-penalty')!.entry, message: `max-penalty under the law of ${from}` }],
          fixes: [
            fix(
              'Add a death-penalty assurance to complete',
              false,
              insertIntoBlock(decl, 'assurances', [`death-penalty: ${PLACEHOLDER}  # what is assured, by whom, when`]),
            ),
          ],
        },
      );
    }
  },
};
