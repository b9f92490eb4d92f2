import { citeRule, governing } from '../law';
import { value } from '../model';
import type { Rule } from './types';

export const cr502: Rule = {
  meta: {
    id: 'CR502',
    alias: 'emergency-threshold',
    severity: 'warning',
    description: 'An emergency-disclosure whose `risk` is neither `life` nor `safety`.',
    articles: ['budapest-2ap art 3', 'budapest-2ap art 9'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'An emergency, for the Second Protocol, is a significant and imminent risk to the life or safety of a natural person (Art. 3 — summary, to be verified against the official text). A risk to property or data does not open the emergency procedure; use an expedited request instead.',
    example: {
      bad: 'request EMG-1 emergency-disclosure {\n  emergency: "Ransomware will encrypt the backups tonight"\n  risk: data\n}',
      good: 'request EMG-1 emergency-disclosure {\n  emergency: "The hospital\'s intensive-care systems will be encrypted tonight"\n  risk: life\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'emergency-disclosure') return;
    const risk = value(decl.model, 'risk', 'word');
    if (!risk || risk.word === 'life' || risk.word === 'safety') return;
    ctx.report(
      risk.node,
      `Emergency-disclosure ${decl.name} rests on a risk to ${risk.word}; the emergency procedure needs a significant and imminent risk to the life or safety of a person (${citeRule({ 'budapest-2ap': 'budapest-2ap art 3' }, governing(ctx, decl), 'the emergency procedure')}).`,
    );
  },
};
