import { word } from '../model';
import { requestedParty, requestingParty } from './facts';
import type { Rule } from './types';

export const cr118: Rule = {
  meta: {
    id: 'CR118',
    alias: 'eu-instruments',
    severity: 'warning',
    description: 'An extradition or mutual-assistance request between two Member States of the European Union.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Between Member States of the European Union, surrender runs on the European Arrest Warrant (Council Framework Decision 2002/584/JHA) and the gathering of evidence on the European Investigation Order (Directive 2014/41/EU), which replace the corresponding provisions of the Council of Europe conventions between them (summary, to be verified against the official text). Not every Member State takes part in the Directive: between a State that does not and the others, mutual assistance keeps its conventions, and the finding says so. CoopSpec knows a party is a Member State from `eu-member: yes` in its party declaration.',
    example: {
      bad: 'party DE { eu-member: yes }\nparty PL { eu-member: yes }\n\nrequest MLA-1 mutual-assistance {\n  from: DE\n  to: PL\n  measure: testimony\n}',
      good: 'party DE { eu-member: yes }\nparty CH { eu-member: no }\n\nrequest MLA-1 mutual-assistance {\n  from: DE\n  to: CH\n  measure: testimony\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const kind = decl.model.kind;
    if (kind !== 'extradition' && kind !== 'mutual-assistance') return;
    const from = requestingParty(decl);
    const to = requestedParty(decl);
    if (typeof from !== 'string' || typeof to !== 'string' || from === to) return;
    const member = (code: string): boolean => {
      const p = ctx.party(code);
      return !!p && word(p.model, 'eu-member') === 'yes';
    };
    if (!member(from) || !member(to)) return;
    const instrument =
      kind === 'extradition'
        ? 'surrender runs on the European Arrest Warrant (Framework Decision 2002/584/JHA), not an extradition request'
        : 'evidence is gathered with a European Investigation Order (Directive 2014/41/EU), not a mutual-assistance request, unless one of them does not take part in that Directive';
    ctx.report(
      decl.syntax.name,
      `${from} and ${to} are both Member States of the European Union: between them ${instrument} (summary, to be verified against the official text).`,
      {
        related: [from, to].map((code) => {
          const p = ctx.party(code)!;
          return { decl: p, span: p.model.fields.get('eu-member')!.entry, message: `${code} is a Member State` };
        }),
      },
    );
  },
};
