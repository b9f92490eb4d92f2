import { refs, unusable } from '../model';
import { maxPenaltyYears, requestedParty, requestingParty } from './facts';
import type { ReportOptions, Rule } from './types';

function describeYears(years: number): string {
  if (years >= 1 && Number.isInteger(years)) return `${years} year${years === 1 ? '' : 's'}`;
  const months = Math.round(years * 12);
  return Number.isInteger(years * 12) ? `${months} month${months === 1 ? '' : 's'}` : `${Math.round(years * 365)} days`;
}

export const cr103: Rule = {
  meta: {
    id: 'CR103',
    alias: 'extradition-threshold',
    severity: 'error',
    description: 'An offence in an extradition request is punishable by less than one year under the law of either party, or its penalty is not stated.',
    articles: ['budapest art 24(1)(a)'],
    fixable: false,
    hasSuggestions: false,
    rationale: 'Art. 24 applies to offences punishable under the laws of both parties by deprivation of liberty for a maximum period of at least one year. An offence below the threshold in either State — or whose penalty the request does not state — is not extraditable under the Convention.',
    example: {
      bad: 'offence defacement {\n  law DE { cite: "Criminal Code"  max-penalty: 2 years }\n  law BR { cite: "Penal Code"  max-penalty: 6 months }\n}\n\nrequest EXT-1 extradition {\n  from: DE\n  to: BR\n  offences: [defacement]\n}',
      good: 'offence defacement {\n  law DE { cite: "Criminal Code"  max-penalty: 2 years }\n  law BR { cite: "Penal Code"  max-penalty: 2 years }\n}\n\nrequest EXT-1 extradition {\n  from: DE\n  to: BR\n  offences: [defacement]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || unusable(decl.model, 'offences')) return;
    const parties = [requestingParty(decl), requestedParty(decl)].filter((p): p is string => typeof p === 'string');
    if (parties.length === 0) return;
    for (const item of refs(decl.model, 'offences')) {
      const offence = ctx.resolve(item.name, 'offence');
      if (!offence) continue;
      const problems: string[] = [];
      const related: NonNullable<ReportOptions['related']> = [];
      for (const party of [...new Set(parties)]) {
        const p = maxPenaltyYears(offence, party);
        if (!p) continue; // penalty present but unusable (CR004)
        if (p.years === null) {
          problems.push(`no penalty is stated under the law of ${party}`);
          related.push({ decl: offence, span: p.law?.block.key ?? offence.syntax.name, message: `offence ${offence.name}: no max-penalty for ${party}` });
        } else if (p.years < 1) {
          problems.push(`it is punishable by at most ${describeYears(p.years)} under the law of ${party}`);
          const entry = p.law!.fields.get('max-penalty')!.entry;
          related.push({ decl: offence, span: entry, message: `max-penalty under the law of ${party}: ${describeYears(p.years)}` });
        }
      }
      if (problems.length === 0) continue;
      ctx.report(item.node, `Offence ${offence.name} does not meet the extradition threshold of at least one year's deprivation of liberty under both laws (CETS 185 Art. 24(1)(a)): ${problems.join('; ')}.`, { related });
    }
  },
};

