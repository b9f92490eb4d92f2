import { governing } from '../law';
import { refs, value } from '../model';
import { consentGrants } from './facts';
import { fix } from './fixkit';
import type { Rule } from './types';

export const cr202: Rule = {
  meta: {
    id: 'CR202',
    alias: 'use-beyond-purpose',
    severity: 'error',
    description: 'A proceeding uses evidence from a request made in another case, without a consent permitting that use.',
    articles: ['budapest art 28(2)(b)', 'uncc art 40'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      "The requested party may supply evidence on condition that it is not used for investigations or proceedings other than those stated in the request (Art. 28(2)(b)). Using it in another case needs that party's consent. The rule applies to mutual-assistance requests where Budapest Art. 28 governs them — the Convention is their basis and no treaty binds the parties (Art. 28(1)) — or the UN Convention (Art. 40, summary); under ETS 30, a bilateral treaty or reciprocity the conditions are those the requested party set, which CoopSpec cannot see, and other kinds of request rest on other articles.",
    example: {
      bad: 'case CASE-1 { title: "Phishing ring" }\ncase CASE-2 { title: "Tax evasion" }\n\nrequest MLA-1 mutual-assistance {\n  case: CASE-1\n  to: RO\n  basis: budapest art 27\n}\n\nproceeding tax {\n  case: CASE-2\n  evidence: [MLA-1]\n}',
      good: 'case CASE-1 { title: "Phishing ring" }\ncase CASE-2 { title: "Tax evasion" }\n\nrequest MLA-1 mutual-assistance {\n  case: CASE-1\n  to: RO\n  basis: budapest art 27\n}\n\nconsent C-1 {\n  from: RO\n  request: MLA-1\n  permits-use-in: [CASE-2]\n}\n\nproceeding tax {\n  case: CASE-2\n  evidence: [MLA-1]\n}',
    },
  },
  keywords: ['proceeding'],
  check(ctx) {
    const decl = ctx.decl;
    const own = value(decl.model, 'case', 'ref');
    if (!own || !ctx.resolve(own.name, 'case')) return;
    const evidence = value(decl.model, 'evidence', 'refs');
    if (!evidence) return;
    evidence.items.forEach((item, index) => {
      const request = ctx.resolve(item.name, 'request');
      // Budapest Art. 28 and UNCC Art. 40 govern mutual-assistance requests only (rules.md, "The
      // governing instrument"): for other kinds `budapest` means Arts 24, 29, 30 or 32, `uncc`
      // Arts 37, 42 or 43, whose conditions on use are not these.
      if (!request || request.model.kind !== 'mutual-assistance') return;
      const g = governing(ctx, request);
      if (g.governing !== 'budapest' && g.governing !== 'uncc') return;
      const theirs = value(request.model, 'case', 'ref');
      if (!theirs || !ctx.resolve(theirs.name, 'case') || theirs.name === own.name) return;
      const permitted = consentGrants(
        ctx,
        request,
        'permits-use-in',
        (c) => refs(c.model, 'permits-use-in').some((r) => r.name === own.name),
        'case',
      );
      if (permitted !== false) return;
      const fixes = evidence.list
        ? [fix(`Remove "${item.name}" from evidence`, false, { op: 'remove-list-item', chunk: decl.chunk, list: evidence.list, index })]
        : [];
      ctx.report(
        item.node,
        `Proceeding ${decl.name} (case ${own.name}) uses evidence from request ${request.name}, made in case ${theirs.name}, and no consent for ${request.name} permits its use in ${own.name} (${g.governing === 'budapest' ? 'CETS 185 Art. 28(2)(b)' : 'UNCC Art. 40 (summary, to be verified against the official text)'}).`,
        {
          related: [{ decl: request, span: request.model.fields.get('case')!.entry, message: `case of request ${request.name}` }],
          fixes,
        },
      );
    });
  },
};
