import { has } from '../model';
import { citeRule, governing, MUTUAL_ASSISTANCE_CONTENTS } from '../law';
import { fix, PLACEHOLDER, placeholderLine } from './fixkit';
import { completeEntries } from './safeguards';
import type { Rule } from './types';

export const cr304: Rule = {
  meta: {
    id: 'CR304',
    alias: 'request-contents-missing',
    severity: 'error',
    description: 'A mutual-assistance request without one of `authority`, `purpose`, `offences`, `facts`.',
    articles: ['ets30 art 14', 'uncc art 40'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      "Requests for mutual assistance shall indicate the authority making the request and the object of and reason for it; letters rogatory shall also state the offence and contain a summary of the facts (ETS 30 Art. 14). These are the first things the requested party checks. Where the UN Convention governs, its Art. 40 lists the same contents (summary); under another basis the finding names the requested party's law.",
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  authority: "Prokuratura Krajowa"\n  offences: [carding]\n  facts: "The forum was hosted in Vilnius"\n}',
      good: 'request MLA-1 mutual-assistance {\n  authority: "Prokuratura Krajowa"\n  purpose: "Hear the forum administrator as a witness"\n  offences: [carding]\n  facts: "The forum was hosted in Vilnius"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'mutual-assistance') return;
    const g = governing(ctx, decl);
    for (const e of MUTUAL_ASSISTANCE_CONTENTS) {
      if (has(decl.model, e.key)) continue;
      const citation = citeRule(e.cite, g, 'the contents of a request');
      ctx.report(decl.syntax.name, `Mutual-assistance request ${decl.name} lacks "${e.key}": ${e.what} (${citation}).`, {
        fixes: [
          fix(
            `Add "${e.key}"`,
            true,
            ...completeEntries(decl, [{ key: e.key, line: placeholderLine(e.key, PLACEHOLDER, undefined, citation) }]),
          ),
        ],
      });
    }
  },
};
