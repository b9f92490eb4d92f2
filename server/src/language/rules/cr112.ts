import { assessed, enforcedJudgment, forProsecution, governing, protocolApplies } from '../law';
import { unusable, word } from '../model';
import { hasAssurance } from './extradition';
import { fix, insertIntoBlock, PLACEHOLDER } from './fixkit';
import type { Rule } from './types';

export const cr112: Rule = {
  meta: {
    id: 'CR112',
    alias: 'in-absentia-retrial',
    severity: 'warning',
    description: 'Extradition to enforce a sentence passed in absentia, without an assurance of a retrial.',
    articles: ['ets98 art 3(1)', 'echr art 6(1)'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      "When extradition is requested to carry out a sentence imposed in absentia, the requested party may refuse if the proceedings did not satisfy the minimum rights of the defence; extradition shall be granted if the requesting party gives an assurance considered sufficient to guarantee the right to a retrial which safeguards the rights of defence (ETS 98 Art. 3(1), between its parties; ECHR Art. 6(1)). The rule applies where ETS 24 governs; it is silent when the grounds assess `in-absentia: not-engaged` (the rights of the defence were respected). The assurance is the requesting State's undertaking: the fix is a quick fix in the editor, never applied in bulk.",
    example: {
      bad: 'judgment PL-7 {\n  party: PL\n  person: zielinski\n  offences: [card-fraud]\n  outcome: convicted\n  final: yes\n  in-absentia: yes\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: [ets24, ets98]\n  person: zielinski\n  for: sentence\n  judgment: PL-7\n  offences: [card-fraud]\n}',
      good: 'judgment PL-7 {\n  party: PL\n  person: zielinski\n  offences: [card-fraud]\n  outcome: convicted\n  final: yes\n  in-absentia: yes\n}\n\nrequest EXT-1 extradition {\n  from: PL\n  to: CH\n  basis: [ets24, ets98]\n  person: zielinski\n  for: sentence\n  judgment: PL-7\n  offences: [card-fraud]\n  assurances {\n    retrial: "A retrial on request under art. 540b Kodeks postępowania karnego (Ministry of Justice letter, 2026-02-18)"\n  }\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || forProsecution(decl) !== false) return;
    // Silent when the drafter found the ground not engaged, or when its status cannot be read.
    const status = assessed(decl, 'in-absentia');
    if (hasAssurance(decl, 'retrial') || status === 'not-engaged' || status === undefined) return;
    const g = governing(ctx, decl);
    if (g.governing !== 'ets24' || g.undecided) return;
    const j = enforcedJudgment(ctx, decl);
    if (!j || unusable(j.model, 'in-absentia') || word(j.model, 'in-absentia') !== 'yes') return;
    const citation = protocolApplies(g, 'ets98') ? 'ETS 98 Art. 3(1); ECHR Art. 6(1)' : 'ECHR Art. 6(1)';
    ctx.report(
      decl.syntax.name,
      `Extradition request ${decl.name} seeks to enforce judgment ${j.name}, given in absentia, and gives no assurance of a retrial which safeguards the rights of the defence: the requested party may refuse (${citation}).`,
      {
        related: [{ decl: j, span: j.model.fields.get('in-absentia')!.entry, message: `judgment ${j.name}: in absentia` }],
        fixes: [
          fix(
            'Add a retrial assurance to complete',
            false,
            insertIntoBlock(decl, 'assurances', [`retrial: ${PLACEHOLDER}  # what is assured, by whom, when`]),
          ),
        ],
      },
    );
  },
};
