import type { Rule } from './types';
import { capital } from '../util';

export const cr003: Rule = {
  meta: {
    id: 'CR003',
    alias: 'duplicate-declaration',
    severity: 'error',
    description: 'The same keyword and name are declared twice; the finding is on each later declaration.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Names are global to the workspace. When two declarations share a keyword and a name, references resolve to the first one and whatever the second says is ignored.',
    example: {
      bad: 'offence carding { conduct: "Selling card data" }\noffence carding { conduct: "Declared twice" }',
      good: 'offence carding { conduct: "Selling card data" }\noffence carding-2 { conduct: "A different offence" }',
    },
  },
  check(ctx) {
    const decl = ctx.decl;
    const first = ctx.named(decl.name).find((d) => d.keyword === decl.keyword);
    if (!first || first === decl) return;
    ctx.report(
      decl.syntax.name,
      `${capital(decl.keyword)} ${decl.name} is declared more than once; references resolve to the first declaration.`,
      {
        related: [{ decl: first, span: first.syntax.name, message: `First declaration of ${decl.keyword} ${decl.name}` }],
      },
    );
  },
};
