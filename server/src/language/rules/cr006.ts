import { kindLabel } from '../law/kinds';
import { refFields } from './references';
import { fix } from './fixkit';
import type { Decl, Rule } from './types';
import { sortKeyword, sortLabel } from '../valueTypes';

function describe(d: Decl): string {
  if (d.keyword === 'request') return d.model.kind ? kindLabel(d.model.kind) : 'a request';
  return `${d.keyword === 'offence' ? 'an' : 'a'} ${d.keyword}`;
}

export const cr006: Rule = {
  meta: {
    id: 'CR006',
    alias: 'misplaced-reference',
    severity: 'error',
    description: 'A reference of the wrong sort (offences: [doe] where doe is a person).',
    articles: [],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'Each key takes one sort of declaration: `offences` takes offences, `surrender` and `after` an extradition request, `preserved-by` a preservation request. A name of another sort is almost always a slip, and the checks that follow it cannot run.',
    example: {
      bad: 'person doe { name: "John Doe" }\noffence dos { conduct: "Flooding the hospital\'s servers" }\n\nrequest MLA-1 mutual-assistance {\n  person: doe\n  offences: [doe]\n}',
      good: 'person doe { name: "John Doe" }\noffence dos { conduct: "Flooding the hospital\'s servers" }\n\nrequest MLA-1 mutual-assistance {\n  person: doe\n  offences: [dos]\n}',
    },
  },
  check(ctx) {
    const decl = ctx.decl;
    for (const { key, sort, item } of refFields(decl)) {
      const found = ctx.named(item.name);
      if (found.length === 0 || ctx.resolve(item.name, sort)) continue;
      const keyword = sortKeyword(sort);
      // A request of unknown kind is unusable (CR004 reports it): its sort cannot be decided.
      if (found.some((d) => d.keyword === keyword && d.keyword === 'request' && !d.model.kind)) continue;
      const other = found[0]!;
      const candidates = ctx.suggest(item.name, sort);
      ctx.report(item.node, `"${item.name}" is ${describe(other)}; "${key}" takes ${sortLabel(sort)}.`, {
        related: [{ decl: other, span: other.syntax.name, message: `${other.keyword} ${other.name} is declared here` }],
        fixes: candidates.map((c) => fix(`Change to "${c}"`, false, { op: 'replace', chunk: decl.chunk, span: item.node, text: c })),
      });
    }
  },
};
