import { citationsFor, DEADLINES, governing, renderCitations, type CiteTable } from '../law';
import { refs, unusable, value } from '../model';
import { describeYears, inBudapestOffences, maxPenaltyYears, requestedParty, requestingParty } from './facts';
import type { ReportOptions, Rule } from './types';

/** Where the threshold is checked, and what it rests on (rules.md, CR103). */
const THRESHOLD: CiteTable = {
  ets24: 'ets24 art 2(1)',
  uncc: 'uncc art 37',
  budapest: { ref: 'budapest art 24(1)(a)', governingOnly: true },
};

export const cr103: Rule = {
  meta: {
    id: 'CR103',
    alias: 'extradition-threshold',
    severity: 'error',
    description:
      'An offence in an extradition request is punishable by less than one year under the law of either party, or its penalty is not stated; or a sentence to enforce is under four months (ETS 24).',
    articles: ['ets24 art 2(1)', 'uncc art 37', 'budapest art 24(1)(a)'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'Extradition is granted for offences punishable under the laws of both parties by deprivation of liberty for a maximum of at least one year: ETS 24 Art. 2(1), UN Convention Art. 37, and Budapest Art. 24(1)(a) for the offences of its Arts 2–11. An offence below the threshold in either State — or whose penalty the request does not state — is not extraditable; under ETS 24 a sentence to be enforced must also be of at least four months. `life` and `death` are above every threshold. Not checked where a bilateral treaty, reciprocity or no instrument governs: their thresholds are not known to CoopSpec.',
    example: {
      bad: 'offence defacement {\n  category: budapest art 4\n  law DE { cite: "Criminal Code"  max-penalty: 2 years }\n  law BR { cite: "Penal Code"  max-penalty: 6 months }\n}\n\nrequest EXT-1 extradition {\n  from: DE\n  to: BR\n  basis: budapest art 24\n  offences: [defacement]\n}',
      good: 'offence defacement {\n  category: budapest art 4\n  law DE { cite: "Criminal Code"  max-penalty: 2 years }\n  law BR { cite: "Penal Code"  max-penalty: 2 years }\n}\n\nrequest EXT-1 extradition {\n  from: DE\n  to: BR\n  basis: budapest art 24\n  offences: [defacement]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || unusable(decl.model, 'offences')) return;
    const g = governing(ctx, decl);
    if (g.undecided || !['ets24', 'uncc', 'budapest'].includes(g.governing)) return;
    const citation = renderCitations(citationsFor(THRESHOLD, g));
    const parties = [requestingParty(decl), requestedParty(decl)].filter((p): p is string => typeof p === 'string');
    // A sentence to enforce under four months (ETS 24 Art. 2(1)).
    const sentenceProblems: string[] = [];
    const sentenceRelated: NonNullable<ReportOptions['related']> = [];
    if (g.governing === 'ets24' && value(decl.model, 'for', 'word')?.word === 'sentence') {
      const sentence = value(decl.model, 'sentence', 'duration');
      if (sentence && sentence.years * 12 < DEADLINES.sentenceMonths - 1e-9) {
        sentenceProblems.push(
          `the sentence to be enforced is ${describeYears(sentence.years)}, under the four months ETS 24 Art. 2(1) requires (summary, to be verified against the official text)`,
        );
        sentenceRelated.push({ decl, span: decl.model.fields.get('sentence')!.entry, message: `sentence of ${decl.name}` });
      }
    }
    const seen = new Set<string>();
    for (const item of refs(decl.model, 'offences')) {
      // One finding per offence: a name listed twice is reported at its first mention.
      if (seen.has(item.name)) continue;
      seen.add(item.name);
      const offence = ctx.resolve(item.name, 'offence');
      if (!offence) continue;
      // Under the Budapest Convention the threshold concerns the offences of its Arts 2–11 (CR316 reports the others).
      if (g.governing === 'budapest' && inBudapestOffences(offence) !== true) continue;
      const problems: string[] = [];
      const related: NonNullable<ReportOptions['related']> = [];
      for (const party of [...new Set(parties)]) {
        const p = maxPenaltyYears(offence, party);
        if (!p) continue; // penalty present but unusable (CR004)
        if (p.years === null) {
          problems.push(`no penalty is stated under the law of ${party}, so the threshold cannot be shown`);
          related.push({
            decl: offence,
            span: p.law?.block.key ?? offence.syntax.name,
            message: `offence ${offence.name}: no max-penalty for ${party}`,
          });
        } else if (p.years < DEADLINES.penaltyYears) {
          problems.push(`it is punishable by at most ${describeYears(p.years)} under the law of ${party}`);
          const entry = p.law!.fields.get('max-penalty')!.entry;
          related.push({ decl: offence, span: entry, message: `max-penalty under the law of ${party}: ${describeYears(p.years)}` });
        }
      }
      if (problems.length === 0 && sentenceProblems.length === 0) continue;
      const parts = [
        problems.length
          ? `offence ${offence.name} does not meet the threshold of at least one year's deprivation of liberty under both laws (${citation}): ${problems.join('; ')}`
          : '',
        ...sentenceProblems,
      ].filter(Boolean);
      const text = parts.join('; and ');
      ctx.report(item.node, `Extradition request ${decl.name}: ${text}.`, { related: [...related, ...sentenceRelated] });
    }
  },
};
