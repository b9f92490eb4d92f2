import { citeRule, governing, SPECIALTY_CITE } from '../law';
import { has } from '../model';
import { fix, insertEntries } from './fixkit';
import type { Rule } from './types';

export const cr204: Rule = {
  meta: {
    id: 'CR204',
    alias: 'specialty-undertaking-missing',
    severity: 'warning',
    description: 'An extradition request without `specialty: undertaken`.',
    articles: ['ets24 art 14'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      "The requested party grants extradition on the footing of the rule of speciality (ETS 24 Art. 14). Stating the undertaking in the request removes a reason to hesitate and records what the later proceedings must respect. The undertaking is the requesting State's to give: the fix is a quick fix in the editor, never applied in bulk.",
    example: {
      bad: 'request EXT-1 extradition {\n  offences: [phishing]\n}',
      good: 'request EXT-1 extradition {\n  offences: [phishing]\n  specialty: undertaken\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || has(decl.model, 'specialty')) return;
    ctx.report(
      decl.syntax.name,
      `Extradition request ${decl.name} does not undertake to respect the rule of speciality (${citeRule(SPECIALTY_CITE, governing(ctx, decl), '')}): add "specialty: undertaken".`,
      {
        fixes: [fix('Add "specialty: undertaken"', false, insertEntries(decl, ['specialty: undertaken']))],
      },
    );
  },
};
