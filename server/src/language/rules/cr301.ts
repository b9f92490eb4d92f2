import { has, refs, unusable } from '../model';
import { citeRule, governing, PRESERVATION_DATA_ELEMENTS, PRESERVATION_ELEMENTS, type ContentElement } from '../law';
import { fix, PLACEHOLDER, placeholderLine } from './fixkit';
import { completeEntries } from './safeguards';
import type { Rule } from './types';

export const cr301: Rule = {
  meta: {
    id: 'CR301',
    alias: 'preservation-element-missing',
    severity: 'error',
    description: 'A preservation request lacks one of the elements of Budapest Art. 29(2)(a)–(f).',
    articles: ['budapest art 29(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'A request for preservation shall specify the authority seeking it, the offence and a summary of the facts, the data and their relationship to the offence, the custodian or location of the system, the necessity of the preservation, and that a request for mutual assistance will follow (Art. 29(2)). The requested party cannot act on an incomplete request, and the data may be lost while it asks.',
    example: {
      bad: 'request PRES-1 preservation {\n  authority: "Guardia Civil"\n  offences: [intrusion]\n  facts: "Logins with stolen credentials"\n  data: [vpn-logs]\n  follow-up: mutual-assistance\n}',
      good: 'request PRES-1 preservation {\n  authority: "Guardia Civil"\n  offences: [intrusion]\n  facts: "Logins with stolen credentials"\n  data: [vpn-logs]\n  necessity: "The provider keeps logs for 14 days"\n  follow-up: mutual-assistance\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'preservation') return;
    const g = governing(ctx, decl);
    const cite = (e: ContentElement): string => citeRule(e.cite, g, 'the contents of a preservation request');
    // The fix's comment: the citation and the letter's words ("CETS 185 Art. 29(2)(e): the necessity of the preservation").
    const line = (e: ContentElement): string => placeholderLine(e.key, PLACEHOLDER, undefined, `${cite(e)}: ${e.what}`);
    for (const e of PRESERVATION_ELEMENTS) {
      if (has(decl.model, e.key)) continue;
      ctx.report(decl.syntax.name, `Preservation request ${decl.name} lacks "${e.key}": ${e.what} (${cite(e)}).`, {
        fixes: [fix(`Add "${e.key}"`, true, ...completeEntries(decl, [{ key: e.key, line: line(e) }]))],
      });
    }
    if (unusable(decl.model, 'data')) return;
    const seen = new Set<string>();
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      // A data item listed twice is one data item: one finding (and one fix) per missing entry.
      if (!data || seen.has(data.name)) continue;
      seen.add(data.name);
      for (const e of PRESERVATION_DATA_ELEMENTS) {
        if (has(data.model, e.key)) continue;
        ctx.report(
          decl.syntax.name,
          `Preservation request ${decl.name} seeks data ${data.name}, which has no "${e.key}": ${e.what} (${cite(e)}).`,
          {
            related: [{ decl: data, span: data.syntax.name, message: `data ${data.name}` }],
            fixes: [fix(`Add "${e.key}" to data ${data.name}`, true, ...completeEntries(data, [{ key: e.key, line: line(e) }]))],
          },
        );
      }
    }
  },
};
