import { lawFor, requestingParty } from './facts';
import { hasAssurance, namedOffences } from './extradition';
import { fix, insertIntoBlock, PLACEHOLDER } from './fixkit';
import { value } from '../model';
import type { Rule } from './types';

export const cr114: Rule = {
  meta: {
    id: 'CR114',
    alias: 'life-sentence-review',
    severity: 'info',
    description:
      'Extradition for an offence punishable by life imprisonment or death in the requesting party, without a `life-review` assurance.',
    articles: ['echr art 3'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      "Under ECHR Art. 3 as the European Court of Human Rights applies it, a life sentence must be reducible de jure and de facto: a prospect of release and a possibility of review (summary, to be verified against the official text). Once a death-penalty assurance is given, the exposure is life imprisonment, so an offence punishable by death raises the point too. A requested party bound by the ECHR will ask how a life sentence can be reviewed. The assurance is the requesting State's: the fix is a quick fix in the editor, never applied in bulk.",
    example: {
      bad: 'offence murder {\n  law US { cite: "18 U.S.C. § 1958(a)"  max-penalty: life }\n}\n\nrequest EXT-1 extradition {\n  from: US\n  to: DE\n  offences: [murder]\n}',
      good: 'offence murder {\n  law US { cite: "18 U.S.C. § 1958(a)"  max-penalty: life }\n}\n\nrequest EXT-1 extradition {\n  from: US\n  to: DE\n  offences: [murder]\n  assurances {\n    life-review: "Sentence reviewable under 18 U.S.C. § 3582(c) (Department of Justice letter, 2026-03-01)"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || hasAssurance(decl, 'life-review')) return;
    const from = requestingParty(decl);
    if (typeof from !== 'string') return;
    for (const { item, offence } of namedOffences(ctx, decl)) {
      const law = lawFor(offence, from);
      const penalty = law ? value(law, 'max-penalty', 'penalty') : undefined;
      if (!law || !penalty?.word) continue;
      ctx.report(
        item.node,
        `Offence ${offence.name} is punishable by ${penalty.word === 'death' ? 'death (life imprisonment once a death-penalty assurance is given)' : 'life imprisonment'} under the law of ${from}, and extradition request ${decl.name} gives no assurance that a life sentence is reducible de jure and de facto (ECHR Art. 3 as applied by the European Court of Human Rights: summary, to be verified against the official text).`,
        {
          related: [{ decl: offence, span: law.fields.get('max-penalty')!.entry, message: `max-penalty under the law of ${from}` }],
          fixes: [
            fix(
              'Add a life-review assurance to complete',
              false,
              insertIntoBlock(decl, 'assurances', [`life-review: ${PLACEHOLDER}  # how a life sentence can be reviewed, by whom, when`]),
            ),
          ],
        },
      );
    }
  },
};
