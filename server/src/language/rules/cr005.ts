import type { Rule } from './types';

/** CR005: article references are checked against the reference texts while a declaration is read (model.ts). */
export const cr005: Rule = {
  meta: {
    id: 'CR005',
    alias: 'unknown-article',
    severity: 'error',
    description: 'An article reference to an article or paragraph the instrument does not have.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'A request that cites a provision the treaty does not have undermines the request and hides the provision that was meant. Paragraphs and letters are checked where CoopSpec has the verbatim text; elsewhere only the article range is.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  basis: budapest art 29(9)\n}',
      good: 'request MLA-1 mutual-assistance {\n  basis: budapest art 29(2)\n}',
    },
  },
  check(ctx) {
    for (const issue of ctx.decl.model.issues) {
      if (issue.rule === 'CR005') ctx.report(issue.span, issue.message, { fixes: issue.fixes });
    }
  },
};
