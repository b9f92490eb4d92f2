import { has } from '../model';
import { fix, insertEntries, placeholderLine } from './fixkit';
import type { Rule } from './types';

export const cr309: Rule = {
  meta: {
    id: 'CR309',
    alias: 'direct-access-basis',
    severity: 'error',
    description: 'A direct-access request without `lawful-basis` (`publicly-available`, or `consent "…"`).',
    articles: ['budapest art 32'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'A party may access data stored in another party without its authorisation only when the data are publicly available, or with the lawful and voluntary consent of the person who has lawful authority to disclose them (Art. 32). Anything else needs a request.',
    example: {
      bad: 'request DA-1 direct-access {\n  data: [forum-posts]\n}',
      good: 'request DA-1 direct-access {\n  data: [forum-posts]\n  lawful-basis: publicly-available\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'direct-access' || has(decl.model, 'lawful-basis')) return;
    ctx.report(decl.syntax.name, `Direct-access request ${decl.name} states no lawful basis: data in another party may be accessed without its authorisation only if publicly available or with the lawful and voluntary consent of the person with lawful authority to disclose them (CETS 185 Art. 32).`, {
      fixes: [fix('Add "lawful-basis"', true, insertEntries(decl, [placeholderLine('lawful-basis', 'consent "…"', 'budapest art 32(b)')]))],
    });
  },
};
