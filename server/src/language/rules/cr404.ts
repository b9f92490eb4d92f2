import { andList } from '../util';
import { citeRule, governing } from '../law';
import { value } from '../model';
import { maxPenaltyYears, measureOf, requestedParty, resolvedOffences } from './facts';
import type { Rule } from './types';

export const cr404: Rule = {
  meta: {
    id: 'CR404',
    alias: 'interception-offence-not-serious',
    severity: 'warning',
    description:
      'Interception where no offence carries at least the threshold (4 years by default) under the law of the requested party, which executes it.',
    articles: ['budapest art 21(1)', 'budapest art 34'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Interception of content data is reserved for a range of serious offences to be determined by domestic law (Art. 21(1)), and assistance is given to the extent permitted under the requested party\'s treaties and laws (Art. 34). The requested party executes the measure, so it is its law that decides what is serious: CoopSpec treats an offence as serious when it carries at least four years under the law of the requested party (the threshold is configurable: "interceptionThresholdYears" in coopspec.json). Silent when the requested party is unknown.',
    example: {
      bad: 'offence threats {\n  law CH { cite: "Criminal Code, threats"  max-penalty: 3 years }\n}\n\nrequest MLA-1 mutual-assistance {\n  measure: interception\n  from: IT\n  to: CH\n  offences: [threats]\n}',
      good: 'offence extortion {\n  law CH { cite: "Criminal Code, extortion"  max-penalty: 10 years }\n}\n\nrequest MLA-1 mutual-assistance {\n  measure: interception\n  from: IT\n  to: CH\n  offences: [extortion]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'mutual-assistance' || measureOf(decl) !== 'interception') return;
    const to = requestedParty(decl);
    if (!to) return;
    const threshold = ctx.settings.interceptionThresholdYears;
    const { offences, complete } = resolvedOffences(ctx, decl);
    let undecided = !complete;
    const unstated: string[] = [];
    for (const o of offences) {
      const p = maxPenaltyYears(o, to);
      if (!p) {
        undecided = true;
        continue;
      }
      if (p.years === null) unstated.push(o.name);
      else if (p.years >= threshold) return;
    }
    if (undecided) return;
    const measure = value(decl.model, 'measure', 'word')!;
    const g = governing(ctx, decl);
    // Art. 34 is the co-operation rule (assistance as the requested party's treaties and laws permit);
    // Art. 21(1) the domestic one it refers to (serious offences, as domestic law determines).
    const citation =
      g.governing === 'budapest' || g.applying.has('budapest')
        ? 'CETS 185 Arts 34, 21(1)'
        : citeRule({ uncc: 'uncc art 46' }, g, 'interception');
    const note = unstated.length ? ` (no penalty is stated under its law for ${andList(unstated)})` : '';
    ctx.report(
      measure.node,
      `Interception ${decl.name}: no offence of the request is shown to carry at least ${threshold} years under the law of the requested party ${to}${note}, which executes it; interception is reserved for serious offences as the executing State's domestic law determines them (${citation}).`,
      {
        related: offences.map((o) => ({ decl: o, span: o.syntax.name, message: `offence ${o.name}` })),
      },
    );
  },
};
