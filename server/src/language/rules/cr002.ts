import type { FixSpec } from '../findings';
import { refFields } from './references';
import { fix } from './fixkit';
import type { Rule } from './types';
import { sortKeyword, sortLabel } from '../valueTypes';

export const cr002: Rule = {
  meta: {
    id: 'CR002',
    alias: 'unknown-reference',
    severity: 'error',
    description: 'A reference names nothing declared in the workspace.',
    articles: [],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'Every rule that follows a reference — the penalty of an offence, the nationality of a person, the consent for a request — needs the declaration it names. A misspelt name silently removes the facts the other checks rely on.',
    example: {
      bad: 'offence carding { conduct: "Selling card data" }\n\nproceeding trial { charges: [cardng] }',
      good: 'offence carding { conduct: "Selling card data" }\n\nproceeding trial { charges: [carding] }',
    },
  },
  check(ctx) {
    const decl = ctx.decl;
    for (const { key, sort, item } of refFields(decl)) {
      if (ctx.named(item.name).length > 0) continue;
      const keyword = sortKeyword(sort);
      const candidates = ctx.suggest(item.name, sort);
      const fixes: FixSpec[] = candidates.map((c) =>
        fix(`Change to "${c}"`, false, { op: 'replace', chunk: decl.chunk, span: item.node, text: c }),
      );
      const kind = sort === 'extradition' || sort === 'preservation' ? ` ${sort}` : '';
      fixes.push(
        fix(`Declare ${keyword} ${item.name}`, false, {
          op: 'insert-declaration',
          chunk: decl.chunk,
          after: decl.syntax,
          text: `${keyword} ${item.name}${kind} {\n}`,
        }),
      );
      ctx.report(
        item.node,
        `"${item.name}" names nothing declared in the workspace; "${key}" takes ${sortLabel(sort)}${candidates.length ? ` (did you mean "${candidates[0]}"?)` : ''}.`,
        { fixes },
      );
    }
  },
};
