import { citeRule, governing, SUBSCRIBER_ORDER_CONTENTS } from '../law';
import { has, unusable, value } from '../model';
import type { FixSpec } from '../findings';
import { andList } from '../util';
import { fix, PLACEHOLDER, placeholderLine } from './fixkit';
import { completeEntries } from './safeguards';
import type { Rule } from './types';

export const cr312: Rule = {
  meta: {
    id: 'CR312',
    alias: 'subscriber-order-contents',
    severity: 'error',
    description:
      "A subscriber-order lacking one of the contents of Second Protocol Art. 7(3): authority, date, offences, the information sought, the provider's name and address.",
    articles: ['budapest-2ap art 7'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'An order for subscriber information sent directly to a provider in another party specifies the issuing authority and the date of issue, the name and address of the provider, the offences under investigation or prosecution, and a detailed description of the specific subscriber information sought (Second Protocol Art. 7(3), summary, to be verified against the official text). A provider cannot act on an order that leaves one out. One finding names every missing element; the fix inserts placeholders, which CR007 reports until they are written.',
    example: {
      bad: 'request SO-1 subscriber-order {\n  to: provider "NimbusCloud Ltd" in IE\n  authority: "Staatsanwaltschaft Köln"\n  data: [account-holder]\n}',
      good: 'request SO-1 subscriber-order {\n  to: provider "NimbusCloud Ltd" in IE\n  authority: "Staatsanwaltschaft Köln"\n  date: 2026-03-02\n  offences: [intrusion]\n  data: [account-holder]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'subscriber-order') return;
    const citation = citeRule({ 'budapest-2ap': 'budapest-2ap art 7(3)' }, governing(ctx, decl), 'the contents of an order');
    const missing: string[] = [];
    const entries: { key: string; line: string }[] = [];
    // The fix's comment cites what the finding cites (a summary is labelled as one), then the element.
    const line = (key: string, what: string): string => placeholderLine(key, PLACEHOLDER, undefined, `${citation}: ${what}`);
    for (const e of SUBSCRIBER_ORDER_CONTENTS.elements) {
      if (e.key === 'to') {
        if (unusable(decl.model, 'to')) continue;
        const provider = value(decl.model, 'to', 'provider');
        if (provider?.place) continue;
        const what = e.what.replace(/ \(`.*`\)$/, '');
        missing.push(`a "to" provider with "in" (${what})`);
        // A party, or a provider without "in", is the drafter's to correct; only an absent entry gets a placeholder.
        if (!has(decl.model, 'to')) entries.push({ key: 'to', line: line('to', `${what}: provider "…" in XX`) });
        continue;
      }
      if (has(decl.model, e.key)) continue;
      missing.push(`"${e.key}" (${e.what})`);
      entries.push({ key: e.key, line: line(e.key, e.what) });
    }
    if (missing.length === 0) return;
    const fixes: FixSpec[] = entries.length ? [fix('Add the missing contents to complete', true, ...completeEntries(decl, entries))] : [];
    ctx.report(decl.syntax.name, `Subscriber-order ${decl.name} lacks ${andList(missing)} (${citation}).`, { fixes });
  },
};
