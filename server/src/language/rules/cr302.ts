import { governing, SUMMARY_LABEL } from '../law';
import { fix, removeEntry } from './fixkit';
import type { Rule } from './types';

export const cr302: Rule = {
  meta: {
    id: 'CR302',
    alias: 'preservation-seeks-disclosure',
    severity: 'error',
    description: 'A preservation request also asks for the data (`disclose`, `produce` or `measure`).',
    articles: ['budapest art 29(1)', 'budapest art 31'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'Preservation only keeps the data safe while the requesting party prepares a request for mutual assistance to search, seize or disclose them (Art. 29(1)); obtaining them needs that request (Art. 31). Asking for disclosure in a preservation request mixes two procedures with different conditions.',
    example: {
      bad: 'request PRES-1 preservation {\n  data: [vpn-logs]\n  disclose: "Send the logs"\n}',
      good: 'request PRES-1 preservation {\n  data: [vpn-logs]\n  follow-up: mutual-assistance\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'preservation') return;
    // What the finding cites follows the governing instrument: never Budapest where it does not apply.
    const g = governing(ctx, decl);
    const citation =
      g.governing === 'budapest'
        ? 'CETS 185 Arts 29(1), 31'
        : g.governing === 'uncc'
          ? `UNCC Arts 42, 44 (${SUMMARY_LABEL})`
          : 'the law of the requested party';
    for (const key of ['disclose', 'produce', 'measure']) {
      const f = decl.model.fields.get(key);
      if (!f) continue;
      ctx.report(
        f.entry,
        `Preservation request ${decl.name} asks for the data ("${key}"): preservation only keeps them safe; obtaining them needs a mutual-assistance request (${citation}).`,
        {
          fixes: [fix(`Remove "${key}"`, false, removeEntry(decl, f.entry))],
        },
      );
    }
  },
};
