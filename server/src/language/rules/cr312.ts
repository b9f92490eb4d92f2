import { citeRule, governing, SUBSCRIBER_ORDER_CONTENTS } from '../law';
import { has, unusable, value } from '../model';
import type { FixSpec } from '../findings';
import { andList } from '../util';
import { fix, insertEntries, PLACEHOLDER, placeholderLine } from './fixkit';
import type { Rule } from './types';

export const cr312: Rule = {
  meta: {
    id: 'CR312',
    alias: 'subscriber-order-contents',
    severity: 'error',
    description: 'A subscriber-order lacking one of the contents of Second Protocol Art. 7(3): authority, date, offences, the information sought, the provider\'s name and address.',
    articles: ['budapest-2ap art 7'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'An order for subscriber information sent directly to a provider in another party specifies the issuing authority and the date of issue, the name and address of the provider, the offences under investigation or prosecution, and a detailed description of the specific subscriber information sought (Second Protocol Art. 7(3), summary, to be verified against the official text). A provider cannot act on an order that leaves one out. One finding names every missing element; the fix inserts placeholders, which CR007 reports until they are written.',
    example: {
      bad: 'request SO-1 subscriber-order {\n  to: provider "NimbusCloud Ltd" in IE\n  authority: "Staatsanwaltschaft Köln"\n  data: [account-holder]\n}',
      good: 'request SO-1 subscriber-order {\n  to: provider "NimbusCloud Ltd" in IE\n  authority: "Staatsanwaltschaft Köln"\n  date: 2026-03-02\n  offences: [intrusion]\n  data: [account-holder]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'subscriber-order') return;
    const missing: string[] = [];
    const lines: string[] = [];
    for (const e of SUBSCRIBER_ORDER_CONTENTS.elements) {
      if (e.key === 'to') {
        if (unusable(decl.model, 'to')) continue;
        const provider = value(decl.model, 'to', 'provider');
        if (!provider || !provider.place) missing.push(`a "to" provider with "in" (${e.what.replace(/ \(`.*`\)$/, '')})`);
        continue;
      }
      if (has(decl.model, e.key)) continue;
      missing.push(`"${e.key}" (${e.what})`);
      lines.push(placeholderLine(e.key, PLACEHOLDER, undefined, `Art. 7(3)${e.point}: ${e.what}`));
    }
    if (missing.length === 0) return;
    const citation = citeRule({ 'budapest-2ap': 'budapest-2ap art 7(3)' }, governing(ctx, decl), 'the contents of an order');
    const fixes: FixSpec[] = lines.length ? [fix('Add the missing contents to complete', true, insertEntries(decl, lines))] : [];
    ctx.report(decl.syntax.name, `Subscriber-order ${decl.name} lacks ${andList(missing)} (${citation}).`, { fixes });
  },
};
