import { has, refs, unusable } from '../model';
import { fix, insertEntries, PLACEHOLDER, placeholderLine } from './fixkit';
import type { Rule } from './types';

const LETTERS: { key: string; letter: string; value: string }[] = [
  { key: 'authority', letter: 'a', value: PLACEHOLDER },
  { key: 'offences', letter: 'b', value: '[OFFENCE]' },
  { key: 'facts', letter: 'b', value: PLACEHOLDER },
  { key: 'data', letter: 'c', value: '[DATA]' },
  { key: 'necessity', letter: 'e', value: PLACEHOLDER },
  { key: 'follow-up', letter: 'f', value: 'mutual-assistance' },
];

export const cr301: Rule = {
  meta: {
    id: 'CR301',
    alias: 'preservation-element-missing',
    severity: 'error',
    description: 'A preservation request lacks one of the elements of Budapest Art. 29(2)(a)–(f).',
    articles: ['budapest art 29(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'A request for preservation shall specify the authority seeking it, the offence and a summary of the facts, the data and their relationship to the offence, the custodian or location of the system, the necessity of the preservation, and that a request for mutual assistance will follow (Art. 29(2)). The requested party cannot act on an incomplete request, and the data may be lost while it asks.',
    example: {
      bad: 'request PRES-1 preservation {\n  authority: "Guardia Civil"\n  offences: [intrusion]\n  facts: "Logins with stolen credentials"\n  data: [vpn-logs]\n  follow-up: mutual-assistance\n}',
      good: 'request PRES-1 preservation {\n  authority: "Guardia Civil"\n  offences: [intrusion]\n  facts: "Logins with stolen credentials"\n  data: [vpn-logs]\n  necessity: "The provider keeps logs for 14 days"\n  follow-up: mutual-assistance\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'preservation') return;
    for (const { key, letter, value } of LETTERS) {
      if (has(decl.model, key)) continue;
      const article = `budapest art 29(2)(${letter})`;
      ctx.report(decl.syntax.name, `Preservation request ${decl.name} lacks "${key}" (CETS 185 Art. 29(2)(${letter})).`, {
        fixes: [fix(`Add "${key}"`, true, insertEntries(decl, [placeholderLine(key, value, article)]))],
      });
    }
    if (unusable(decl.model, 'data')) return;
    const seen = new Set<string>();
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      // A data item listed twice is one data item: one finding (and one fix) per missing entry.
      if (!data || seen.has(data.name)) continue;
      seen.add(data.name);
      for (const [key, letter] of [['relevance', 'c'], ['custodian', 'd']] as const) {
        if (has(data.model, key)) continue;
        const article = `budapest art 29(2)(${letter})`;
        const value = key === 'custodian' ? 'provider "…" in XX' : PLACEHOLDER;
        ctx.report(decl.syntax.name, `Preservation request ${decl.name} seeks data ${data.name}, which has no "${key}" (CETS 185 Art. 29(2)(${letter})).`, {
          related: [{ decl: data, span: data.syntax.name, message: `data ${data.name}` }],
          fixes: [fix(`Add "${key}" to data ${data.name}`, true, insertEntries(data, [placeholderLine(key, value, article)]))],
        });
      }
    }
  },
};
