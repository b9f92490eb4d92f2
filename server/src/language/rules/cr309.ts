import { citeRule, governing } from '../law';
import { has } from '../model';
import { fix, insertEntries, PLACEHOLDER, placeholderLine, replace } from './fixkit';
import { completeEntries } from './safeguards';
import type { Rule } from './types';

export const cr309: Rule = {
  meta: {
    id: 'CR309',
    alias: 'direct-access-basis',
    severity: 'error',
    description: 'A direct-access request without `lawful-basis` (`publicly-available`, or `consent "…"`).',
    articles: ['budapest art 32'],
    fixable: true,
    hasSuggestions: true,
    rationale:
      "A party may access data stored in another party without its authorisation only when the data are publicly available, or with the lawful and voluntary consent of the person who has lawful authority to disclose them (Art. 32). Anything else needs a request. The safe fix inserts a placeholder; which basis applies is the drafter's to say, so each is a quick fix in the editor.",
    example: {
      bad: 'request DA-1 direct-access {\n  data: [forum-posts]\n}',
      good: 'request DA-1 direct-access {\n  data: [forum-posts]\n  lawful-basis: publicly-available\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'direct-access' || has(decl.model, 'lawful-basis')) return;
    const citation = citeRule({ budapest: 'budapest art 32' }, governing(ctx, decl), 'trans-border access');
    // An entry written as an empty list is absent: the fixes fill it rather than add a second one.
    const present = decl.model.fields.get('lawful-basis');
    const choose = (value: string, line: string) => (present ? replace(decl, present.entry.value, value) : insertEntries(decl, [line]));
    ctx.report(
      decl.syntax.name,
      `Direct-access request ${decl.name} states no lawful basis: data in another party may be accessed without its authorisation only if publicly available or with the lawful and voluntary consent of the person with lawful authority to disclose them (${citation}).`,
      {
        fixes: [
          fix(
            'Add "lawful-basis" to complete',
            true,
            ...completeEntries(decl, [
              {
                key: 'lawful-basis',
                line: placeholderLine(
                  'lawful-basis',
                  PLACEHOLDER,
                  undefined,
                  'publicly-available, or consent "…" naming the person with lawful authority',
                ),
              },
            ]),
          ),
          fix('Add "lawful-basis: publicly-available"', false, choose('publicly-available', 'lawful-basis: publicly-available')),
          fix(
            'Add "lawful-basis: consent"',
            false,
            choose(
              `consent ${PLACEHOLDER}`,
              `lawful-basis: consent ${PLACEHOLDER}  # the person with lawful authority to disclose the data`,
            ),
          ),
        ],
      },
    );
  },
};
