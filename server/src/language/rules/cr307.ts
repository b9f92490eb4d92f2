import { citeRule, governing } from '../law';
import { has } from '../model';
import { andList } from '../util';
import { fix, insertEntries, PLACEHOLDER, placeholderLine, replace } from './fixkit';
import { completeEntries } from './safeguards';
import type { Rule } from './types';

export const cr307: Rule = {
  meta: {
    id: 'CR307',
    alias: 'emergency-without-risk',
    severity: 'error',
    description: 'An emergency-disclosure request without `emergency` (the facts of the emergency) or without `risk`.',
    articles: ['budapest-2ap art 3', 'budapest-2ap art 9', 'budapest-2ap art 10'],
    fixable: true,
    hasSuggestions: true,
    rationale:
      "Emergency procedures exist for a significant and imminent risk to the life or safety of a person. The request must state the facts that demonstrate the emergency and how the data sought relate to it (Second Protocol Arts 3, 9, 10 — summaries, to be verified against the official text). The safe fix inserts placeholders, which CR007 reports until they are written; what is at risk is the drafter's to say, so `risk: life` and `risk: safety` are quick fixes in the editor, never applied in bulk.",
    example: {
      bad: 'request EMG-1 emergency-disclosure {\n  data: [account-holder]\n}',
      good: 'request EMG-1 emergency-disclosure {\n  data: [account-holder]\n  emergency: "The account holder announced an attack on a hospital for tonight"\n  risk: life\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'emergency-disclosure') return;
    const missing = ['emergency', 'risk'].filter((k) => !has(decl.model, k));
    if (missing.length === 0) return;
    const citation = citeRule({ 'budapest-2ap': 'budapest-2ap art 9' }, governing(ctx, decl), 'the emergency procedure');
    const entries = missing.map((k) => ({
      key: k,
      line:
        k === 'emergency'
          ? placeholderLine(
              'emergency',
              PLACEHOLDER,
              undefined,
              'the facts that demonstrate the emergency and how the data sought relate to it',
            )
          : placeholderLine('risk', PLACEHOLDER, undefined, 'life or safety of a person'),
    }));
    const fixes = [fix(`Add ${andList(missing)} to complete`, true, ...completeEntries(decl, entries))];
    if (missing.includes('risk')) {
      const present = decl.model.fields.get('risk');
      for (const risk of ['life', 'safety']) {
        fixes.push(
          fix(`Add "risk: ${risk}"`, false, present ? replace(decl, present.entry.value, risk) : insertEntries(decl, [`risk: ${risk}`])),
        );
      }
    }
    ctx.report(
      decl.syntax.name,
      `Emergency-disclosure request ${decl.name} lacks ${andList(missing.map((m) => `"${m}"`))}: it must show a significant and imminent risk to the life or safety of a person, with the facts that demonstrate it (${citation}).`,
      { fixes },
    );
  },
};
