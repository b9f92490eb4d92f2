import type { Rule } from './types';

/** CR004: the language's keys and words are checked while a declaration is read (model.ts). */
export const cr004: Rule = {
  meta: {
    id: 'CR004',
    alias: 'unknown-key-or-value',
    severity: 'error',
    description: 'A key not allowed in its block, or a kind, measure, ground, status or other word the language does not have.',
    articles: [],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'A misspelt key is not the key it resembles: the entry is ignored and the rules treat the key as absent. A misspelt measure or ground leaves the checks that depend on it unable to decide.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  measure: intercepton\n}',
      good: 'request MLA-1 mutual-assistance {\n  measure: interception\n}',
    },
  },
  check(ctx) {
    for (const issue of ctx.decl.model.issues) {
      if (issue.rule === 'CR004') ctx.report(issue.span, issue.message, { fixes: issue.fixes });
    }
  },
};
