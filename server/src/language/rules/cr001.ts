import type { Rule } from './types';

/** CR001: its findings come from the parser's recovery (parse.ts), not from a check. */
export const cr001: Rule = {
  meta: {
    id: 'CR001',
    alias: 'syntax-error',
    severity: 'error',
    description: 'The text does not parse: one finding for each run of unparsable text.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'A request the checker cannot read cannot be checked. Parsing resumes at the next entry, at the "}" that closes the block, or at the next line that starts a declaration, so one slip never hides the rest of the file.',
    example: {
      bad: 'person alpha {\n  name "Alpha"\n  nationality: FR\n}',
      good: 'person alpha {\n  name: "Alpha"\n  nationality: FR\n}',
    },
  },
};
