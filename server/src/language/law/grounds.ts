// The refusal grounds (rules.md, "Refusal grounds"): what each means, which a request of each kind
// must assess, which the facts raise in an extradition, which may not be invoked, and what each
// rests on under each governing instrument. Pure data: the facts a condition reads are computed
// by law/assess.ts.

import type { CiteTable } from './cite';
import type { RequestKind } from './kinds';

export interface GroundSpec {
  word: string;
  doc: string;
  /** The articles shown with the word (hover, completion, docs). */
  articles: string[];
  /** In words, where no article of an instrument applies ("the death penalty"). */
  name: string;
}

/**
 * What the facts of an extradition request say, for the grounds they raise (law/assess.ts).
 * `undefined`: cannot be decided (a value it depends on is present but unusable).
 */
export interface RaisingFacts {
  /** An offence is punishable by death under the requesting party's law. */
  deathPenalty: boolean | undefined;
  /** A judgment concerning the request bars or may bar it (ETS 24 Art. 9). */
  neBisInIdem: boolean | undefined;
  /** A judgment concerning the request shows proceedings pending in the requested party (Art. 8). */
  pendingProceedings: boolean | undefined;
  /** An offence has `committed` and a `limitation` for either party. */
  lapseOfTime: boolean | undefined;
  /** An offence's `committed-in` names the requested party, or is given without the requesting party. */
  placeOfCommission: boolean | undefined;
  /** `for: sentence` and the judgment was given in absentia. */
  inAbsentia: boolean | undefined;
}

export interface RaisedGround {
  ground: string;
  raisedBy: (f: RaisingFacts) => boolean | undefined;
  /** When it is raised, for the rule's page and the hover. */
  when: string;
}

export interface BaseGround {
  ground: string;
  /** Required only under a condition (a measure, a reservation); always when absent. */
  condition?: 'human-rights-measure' | 'reservation-29-4';
}

export const GROUND_SPECS: GroundSpec[] = [
  {
    word: 'dual-criminality',
    name: 'dual criminality',
    doc: 'The conduct must be a criminal offence under the law of the requested party too.',
    articles: ['budapest art 24(1)(a)', 'budapest art 25(5)', 'budapest art 29(4)'],
  },
  {
    word: 'political-offence',
    name: 'the political offence exception',
    doc: 'The requested party may refuse when it considers the offence a political offence or one connected with it.',
    articles: ['ets24 art 3(1)', 'ets30 art 2(a)', 'budapest art 27(4)(a)', 'budapest art 29(5)(a)', 'budapest art 30(2)(a)'],
  },
  {
    word: 'persecution',
    name: 'persecution',
    doc: "The request is made to prosecute or punish a person on account of race, religion, nationality or political opinion, or the person's position may be prejudiced for any of these reasons.",
    articles: ['ets24 art 3(2)'],
  },
  {
    word: 'nationality',
    name: 'the nationality exception',
    doc: 'The requested party may refuse to extradite its own nationals; it must then submit the case for prosecution on request.',
    articles: ['ets24 art 6(1)(a)', 'budapest art 24(6)'],
  },
  {
    word: 'essential-interests',
    name: 'essential interests',
    doc: 'Execution would prejudice the sovereignty, security, ordre public or other essential interests of the requested party.',
    articles: ['ets30 art 2(b)', 'budapest art 27(4)(b)', 'budapest art 29(5)(b)', 'budapest art 30(2)(b)'],
  },
  {
    word: 'fiscal-offence',
    name: 'the fiscal offence exception',
    doc: 'The requested party considers the offence a fiscal offence. Not available for offences of Budapest Arts 2–11 (Art. 25(4)), nor between parties to ETS 99.',
    articles: ['ets30 art 2(a)', 'ets99 art 1', 'ets24 art 5', 'budapest art 25(4)'],
  },
  {
    word: 'human-rights',
    name: 'human rights',
    doc: 'Surrender or the measure would expose the person to torture or inhuman or degrading treatment or punishment, or the measure would not respect the safeguards protecting human rights.',
    articles: ['echr art 3', 'iccpr art 7', 'budapest art 15(1)'],
  },
  {
    word: 'ne-bis-in-idem',
    name: 'ne bis in idem',
    doc: 'Final judgment has been passed on the person for the same offence (in the requested party, or — between parties to ETS 86 — an acquittal or an enforced sentence in a third State), or the requested party decided not to prosecute.',
    articles: ['ets24 art 9'],
  },
  {
    word: 'lapse-of-time',
    name: 'lapse of time',
    doc: 'Prosecution or punishment has become statute-barred under the law of the requesting party (or, except between parties to CETS 212, of the requested party).',
    articles: ['ets24 art 10'],
  },
  {
    word: 'death-penalty',
    name: 'the death penalty',
    doc: "The offence is punishable by death under the requesting party's law and not under the requested party's: extradition may be refused unless a sufficient assurance is given that the death penalty will not be carried out.",
    articles: ['ets24 art 11'],
  },
  {
    word: 'place-of-commission',
    name: 'the place of commission',
    doc: "The offence was committed in whole or in part in the requested party's territory, or outside the requesting party's territory.",
    articles: ['ets24 art 7'],
  },
  {
    word: 'pending-proceedings',
    name: 'pending proceedings',
    doc: "The requested party's authorities are proceeding against the person for the same offences.",
    articles: ['ets24 art 8'],
  },
  {
    word: 'military-offence',
    name: 'the military offence exception',
    doc: 'An offence under military law that is not an offence under ordinary criminal law.',
    articles: ['ets24 art 4'],
  },
  {
    word: 'in-absentia',
    name: 'judgments in absentia',
    doc: "The sentence to be enforced was passed in the person's absence, in proceedings that may not have respected the minimum rights of the defence.",
    articles: ['ets98 art 3', 'echr art 6(1)'],
  },
  {
    word: 'amnesty',
    name: 'amnesty',
    doc: 'An amnesty has been declared in the requested party for an offence it had competence to prosecute.',
    articles: ['ets98 art 4'],
  },
  {
    word: 'other',
    name: "a ground of the requested party's own law",
    doc: 'A ground of the requested party\'s own law, named in quotes: `other "Forum bar (Extradition Act 2003 s. 83A)": not-engaged "…"`.',
    articles: [],
  },
];

const GROUND_BY_WORD = new Map(GROUND_SPECS.map((g) => [g.word, g]));

export function groundSpec(word: string): GroundSpec | undefined {
  return GROUND_BY_WORD.get(word);
}

/** The grounds each kind of request must assess, whatever the facts (the first table). */
export const BASE_GROUNDS: Partial<Record<RequestKind, BaseGround[]>> = {
  extradition: [
    { ground: 'dual-criminality' },
    { ground: 'political-offence' },
    { ground: 'persecution' },
    { ground: 'nationality' },
    { ground: 'human-rights' },
  ],
  'mutual-assistance': [
    { ground: 'dual-criminality' },
    { ground: 'political-offence' },
    { ground: 'essential-interests' },
    { ground: 'persecution' },
    { ground: 'human-rights', condition: 'human-rights-measure' },
  ],
  preservation: [
    { ground: 'political-offence' },
    { ground: 'essential-interests' },
    { ground: 'dual-criminality', condition: 'reservation-29-4' },
  ],
  'traffic-disclosure': [{ ground: 'political-offence' }, { ground: 'essential-interests' }],
};

/** The grounds the facts raise in an extradition request (the second table). */
export const RAISED_GROUNDS: RaisedGround[] = [
  {
    ground: 'death-penalty',
    raisedBy: (f) => f.deathPenalty,
    when: "an offence of the request is punishable by death under the requesting party's law",
  },
  {
    ground: 'ne-bis-in-idem',
    raisedBy: (f) => f.neBisInIdem,
    when: "a judgment concerning the request by the requested party is final or decided not to prosecute, or a third party's judgment is final",
  },
  {
    ground: 'pending-proceedings',
    raisedBy: (f) => f.pendingProceedings,
    when: 'a judgment concerning the request by the requested party is pending, or not final',
  },
  {
    ground: 'lapse-of-time',
    raisedBy: (f) => f.lapseOfTime,
    when: 'an offence has `committed` and a `limitation` in its law for either party',
  },
  {
    ground: 'place-of-commission',
    raisedBy: (f) => f.placeOfCommission,
    when: "an offence's `committed-in` names the requested party, or is given and does not name the requesting party",
  },
  {
    ground: 'in-absentia',
    raisedBy: (f) => f.inAbsentia,
    when: 'the request is `for: sentence` and its judgment was given `in-absentia: yes`',
  },
];

/** Grounds never required, that a drafter may list. */
export const OPTIONAL_GROUNDS = ['military-offence', 'amnesty', 'fiscal-offence', 'other'];

/**
 * What each ground rests on, per kind of request and governing instrument (law/cite.ts resolves
 * a table for a request). An article that rests on one instrument is cited only where that
 * instrument governs or, unless `governingOnly`, is in the basis and applies between the parties.
 */
export const GROUND_CITATIONS: Partial<Record<RequestKind, Record<string, CiteTable>>> = {
  extradition: {
    'dual-criminality': { ets24: 'ets24 art 2(1)', uncc: 'uncc art 37', budapest: 'budapest art 24(1)(a)' },
    // Budapest Art. 24(5) names no ground: it keeps those of the requested party's law and treaties.
    'political-offence': { ets24: 'ets24 art 3(1)', budapest: { ref: 'budapest art 24(5)', keepsLaw: true } },
    persecution: { ets24: 'ets24 art 3(2)', uncc: 'uncc art 37', budapest: { ref: 'budapest art 24(5)', keepsLaw: true } },
    // Budapest Art. 24(6) presupposes a refusal on nationality (and then obliges prosecution); the
    // ground itself is the requested party's, which Art. 24(5) keeps.
    nationality: { ets24: 'ets24 art 6(1)(a)', uncc: 'uncc art 37', budapest: { ref: 'budapest art 24(5)', keepsLaw: true } },
    'human-rights': { always: ['echr art 3', 'iccpr art 7'] },
    'death-penalty': { ets24: 'ets24 art 11' },
    'ne-bis-in-idem': { ets24: 'ets24 art 9' },
    'pending-proceedings': { ets24: 'ets24 art 8' },
    'lapse-of-time': { ets24: 'ets24 art 10' },
    'place-of-commission': { ets24: 'ets24 art 7' },
    'in-absentia': { ets24: { ref: 'ets98 art 3', protocol: 'ets98' }, always: ['echr art 6(1)'] },
    'military-offence': { ets24: 'ets24 art 4' },
    amnesty: { ets24: { ref: 'ets98 art 4', protocol: 'ets98' } },
    'fiscal-offence': { ets24: { ref: 'ets24 art 5', protocol: 'ets98' } },
  },
  'mutual-assistance': {
    // ETS 30 Art. 5(1)(a): only for search or seizure, and only where the requested party declared it.
    'dual-criminality': {
      ets30: { ref: 'ets30 art 5(1)(a)', measures: ['search-seizure', 'stored-data'], declared: true },
      uncc: 'uncc art 35',
      budapest: 'budapest art 25(5)',
    },
    'political-offence': { ets30: 'ets30 art 2(a)', budapest: { ref: 'budapest art 27(4)(a)', governingOnly: true } },
    'essential-interests': {
      ets30: 'ets30 art 2(b)',
      uncc: 'uncc art 40',
      budapest: { ref: 'budapest art 27(4)(b)', governingOnly: true },
    },
    persecution: { uncc: 'uncc art 40', budapest: { ref: 'budapest art 25(4)', keepsLaw: true } },
    'human-rights': {
      budapest: 'budapest art 15(1)',
      alwaysText: ['ECHR Art. 8 and ICCPR Art. 17 (privacy; summary, to be verified against the official text)'],
    },
    'fiscal-offence': { ets30: 'ets30 art 2(a)', budapest: 'budapest art 25(4)' },
  },
  preservation: {
    'political-offence': { budapest: 'budapest art 29(5)(a)', uncc: 'uncc art 42' },
    'essential-interests': { budapest: 'budapest art 29(5)(b)', uncc: 'uncc art 42' },
    'dual-criminality': { budapest: 'budapest art 29(4)', uncc: 'uncc art 42' },
  },
  'traffic-disclosure': {
    'political-offence': { budapest: 'budapest art 30(2)(a)', uncc: 'uncc art 43' },
    'essential-interests': { budapest: 'budapest art 30(2)(b)', uncc: 'uncc art 43' },
  },
};

/** For property recovery the human-rights ground rests on the protection of property. */
export const PROPERTY_HUMAN_RIGHTS_TEXT =
  'ECHR Protocol No. 1 Art. 1 (protection of property; summary, to be verified against the official text)';
