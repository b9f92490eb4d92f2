import { application, basisItems, INSTRUMENTS } from '../law';
import { has } from '../model';
import { andList } from '../util';
import type { Rule } from './types';

export const cr305: Rule = {
  meta: {
    id: 'CR305',
    alias: 'legal-basis',
    severity: 'warning',
    description:
      'A request without `basis`, or whose basis names an instrument that does not apply between its parties (or that coopspec.json does not list as in use), or a human-rights convention.',
    articles: ['budapest art 23', 'budapest art 27(1)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Co-operation runs through the instruments that bind both parties (Art. 23). A request that states no basis leaves the requested party to guess; one that relies on an instrument the other party has not joined will be returned. An instrument applies between the parties unless a `party` declaration of one of them lists instruments that omit it — `instruments: []` says the party is bound by none. `treaty "…"` and `reciprocity` are not checked: CoopSpec cannot know a bilateral treaty\'s parties. The ECHR and the ICCPR are cited for the rights they protect, never as a basis.',
    example: {
      bad: 'party BR { instruments: [budapest] }\n\nrequest EXT-1 extradition {\n  to: BR\n  basis: ets24\n}',
      good: 'party BR { instruments: [budapest] }\n\nrequest EXT-1 extradition {\n  to: BR\n  basis: budapest art 24\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (!has(decl.model, 'basis')) {
      ctx.report(
        decl.syntax.name,
        `Request ${decl.name} states no legal basis ("basis": an instrument, an article, treaty "Title" or reciprocity).`,
      );
      return;
    }
    const items = basisItems(decl);
    if (!items) return;
    const inUse = ctx.settings.instruments;
    for (const item of items) {
      const id = item.instrument;
      if (!id || item.treaty) continue;
      if (INSTRUMENTS[id].role === 'cited') {
        ctx.report(
          item.node,
          `The basis of request ${decl.name} names ${id}, which is not an instrument of co-operation: ${INSTRUMENTS[id].short} is cited for the rights it protects, never as the basis of a request.`,
        );
        return;
      }
      if (inUse && !inUse.includes(id)) {
        ctx.report(
          item.node,
          `The basis of request ${decl.name} names ${id}, which is not among the instruments in use in this workspace (coopspec.json "instruments": ${inUse.join(', ') || 'none'}).`,
        );
        return;
      }
      const a = application(ctx, decl, id);
      if (a.applies !== false) continue;
      const related = a.notBound.map((code) => {
        const party = ctx.party(code)!;
        return { decl: party, span: party.model.fields.get('instruments')!.entry, message: `instruments of ${code}` };
      });
      ctx.report(
        item.node,
        `The basis of request ${decl.name} names ${id} (${INSTRUMENTS[id].short}), by which ${andList(a.notBound)} ${a.notBound.length === 1 ? 'is' : 'are'} not bound according to ${a.notBound.length === 1 ? 'its' : 'their'} party declaration: it does not apply between the parties.`,
        { related },
      );
      return;
    }
  },
};
