// The kinds of request and the measures of mutual assistance, with what the law attaches to
// each: the articles a kind rests on, the keys that belong to it, the skeleton a new request of
// the kind starts from. Rules, completion, skeletons, the code lens and the docs read it.

import type { GoverningId } from './cite';
import type { InstrumentId } from './instruments';
import { capital as capitalize } from '../util';

export type RequestKind =
  | 'extradition'
  | 'provisional-arrest'
  | 'mutual-assistance'
  | 'preservation'
  | 'traffic-disclosure'
  | 'emergency-disclosure'
  | 'subscriber-order'
  | 'direct-access';

export interface KindSpec {
  kind: RequestKind;
  doc: string;
  /** The articles the kind rests on, in the language's syntax. */
  articles: string[];
  /** The governing instrument, in order of preference (rules.md, "The governing instrument"). */
  governing: Exclude<GoverningId, 'none'>[];
  /** Which of `governing` governs when the request names no basis at all; none when absent. */
  governingWithoutBasis?: InstrumentId;
  /** The request keys that belong to this kind (besides the common ones), in skeleton order. */
  keys: string[];
  /** The keys a new request of this kind is written with, in order (the skeleton). */
  skeleton: string[];
  /** A prefix for the names of requests of the kind (EXT-…). */
  prefix: string;
  /** Requests whose personal data must be protected (CR407). */
  personalData?: boolean;
}

/** Keys every kind of request takes. */
export const COMMON_REQUEST_KEYS = [
  'case',
  'from',
  'to',
  'basis',
  'authority',
  'date',
  'offences',
  'facts',
  'person',
  'data',
  'purpose',
  'controller-risk',
  'conflicts',
  'grounds',
];

function kinds(list: KindSpec[]): Map<RequestKind, KindSpec> {
  return new Map(list.map((k) => [k.kind, k]));
}

export const KINDS = kinds([
  {
    kind: 'extradition',
    prefix: 'EXT',
    doc: 'Surrender of a person for prosecution or to serve a sentence.',
    articles: ['ets24 art 1', 'ets24 art 12', 'budapest art 24'],
    governing: ['ets24', 'treaty', 'uncc', 'budapest'],
    keys: ['for', 'sentence', 'judgment', 'documents', 'specialty', 'if-refused', 'assurances'],
    skeleton: ['case', 'from', 'to', 'basis', 'authority', 'date', 'person', 'offences', 'facts', 'documents', 'specialty', 'grounds'],
  },
  {
    kind: 'mutual-assistance',
    prefix: 'MLA',
    personalData: true,
    doc: 'A measure carried out by the requested party for the requesting party (field `measure`).',
    articles: ['ets30 art 1', 'budapest art 25', 'budapest art 27', 'budapest art 31', 'budapest art 33', 'budapest art 34'],
    governing: ['ets30', 'treaty', 'uncc', 'budapest'],
    keys: ['measure', 'preserved-by', 'data-protection', 'safeguards'],
    skeleton: [
      'measure',
      'case',
      'from',
      'to',
      'basis',
      'authority',
      'date',
      'purpose',
      'offences',
      'facts',
      'data',
      'data-protection',
      'safeguards',
      'grounds',
    ],
  },
  {
    kind: 'preservation',
    prefix: 'PRES',
    doc: 'Expedited preservation of stored computer data pending a request to obtain them.',
    articles: ['budapest art 29'],
    governing: ['budapest', 'uncc'],
    governingWithoutBasis: 'budapest',
    keys: ['necessity', 'follow-up'],
    skeleton: ['case', 'from', 'to', 'basis', 'authority', 'date', 'offences', 'facts', 'data', 'necessity', 'follow-up', 'grounds'],
  },
  {
    kind: 'traffic-disclosure',
    prefix: 'TD',
    personalData: true,
    doc: 'Expedited disclosure of preserved traffic data identifying a provider in another State and the path of a communication.',
    articles: ['budapest art 30'],
    governing: ['budapest', 'uncc'],
    governingWithoutBasis: 'budapest',
    keys: ['preserved-by', 'data-protection'],
    skeleton: [
      'case',
      'from',
      'to',
      'basis',
      'authority',
      'date',
      'offences',
      'facts',
      'data',
      'preserved-by',
      'data-protection',
      'grounds',
    ],
  },
  {
    kind: 'emergency-disclosure',
    prefix: 'ED',
    personalData: true,
    doc: 'Disclosure of stored data needed against a significant and imminent risk to the life or safety of a person.',
    articles: ['budapest-2ap art 9', 'budapest-2ap art 10'],
    governing: ['budapest-2ap'],
    keys: ['emergency', 'risk', 'data-protection'],
    skeleton: ['case', 'from', 'to', 'basis', 'authority', 'date', 'emergency', 'risk', 'data', 'data-protection'],
  },
  {
    kind: 'subscriber-order',
    prefix: 'SO',
    personalData: true,
    doc: 'An order sent directly to a service provider in another party for subscriber information.',
    articles: ['budapest-2ap art 7'],
    governing: ['budapest-2ap'],
    keys: ['data-protection'],
    skeleton: ['case', 'from', 'to', 'basis', 'authority', 'date', 'offences', 'facts', 'data', 'data-protection'],
  },
  {
    kind: 'direct-access',
    prefix: 'DA',
    doc: 'Trans-border access to stored data without the authorisation of the other State: publicly available data, or with the lawful and voluntary consent of the person with lawful authority to disclose them.',
    articles: ['budapest art 32'],
    governing: ['budapest'],
    keys: ['lawful-basis'],
    skeleton: ['case', 'from', 'basis', 'authority', 'date', 'data', 'lawful-basis'],
  },
  {
    kind: 'provisional-arrest',
    prefix: 'PA',
    doc: 'Arrest of a person, in case of urgency, pending a request for extradition.',
    articles: ['ets24 art 16', 'budapest art 24(7)'],
    governing: ['ets24', 'treaty', 'uncc', 'budapest'],
    keys: ['documents', 'arrested'],
    skeleton: ['case', 'from', 'to', 'basis', 'authority', 'date', 'person', 'offences', 'facts', 'documents'],
  },
]);

export const REQUEST_KIND_NAMES = [...KINDS.keys()];

export function isRequestKind(word: string | undefined): word is RequestKind {
  return word !== undefined && KINDS.has(word as RequestKind);
}

/** "an extradition request", "a preservation request". */
export function kindLabel(kind: string, capital = false): string {
  const article = /^[aeiou]/.test(kind) ? 'an' : 'a';
  const text = `${article} ${kind} request`;
  return capital ? capitalize(text) : text;
}

/** "Extradition request", "Mutual-assistance request". */
export function kindTitle(kind: string): string {
  return `${capitalize(kind)} request`;
}

export interface MeasureSpec {
  word: string;
  doc: string;
  articles: string[];
  /** A coercive measure (rules.md, "Facts the rules use"). */
  coercive: boolean;
  /** Real-time collection: CR402, CR403 and the human-rights ground. */
  realTime: boolean;
  /** Raises the human-rights ground in a mutual-assistance request. */
  humanRights: boolean;
  /** Seizes or searches stored data: where its location matters (CR314). */
  storedData: boolean;
  /**
   * `false`: not a power of the Budapest Convention, so its conditions and safeguards are the
   * requested party's law's, not Art. 15's, and its human-rights citation is not Budapest's.
   */
  budapestPower?: false;
}

export const MEASURE_SPECS: MeasureSpec[] = [
  {
    word: 'stored-data',
    coercive: true,
    realTime: false,
    humanRights: false,
    storedData: true,
    doc: 'Search or similar access, seizure or similar securing, and disclosure of stored computer data. A coercive measure.',
    articles: ['budapest art 31'],
  },
  {
    word: 'search-seizure',
    coercive: true,
    realTime: false,
    humanRights: false,
    storedData: true,
    doc: 'Search and seizure of stored computer data. A coercive measure.',
    articles: ['budapest art 19', 'budapest art 31'],
  },
  {
    word: 'production',
    coercive: true,
    realTime: false,
    humanRights: false,
    storedData: false,
    doc: 'An order to produce specified computer data or subscriber information. A coercive measure.',
    articles: ['budapest art 18', 'budapest art 31'],
  },
  {
    word: 'real-time-traffic',
    coercive: true,
    realTime: true,
    humanRights: true,
    storedData: false,
    doc: 'Real-time collection of traffic data associated with specified communications. A coercive measure.',
    articles: ['budapest art 20', 'budapest art 33'],
  },
  {
    word: 'interception',
    coercive: true,
    realTime: true,
    humanRights: true,
    storedData: false,
    doc: 'Real-time collection or recording of the content of specified communications. A coercive measure, for serious offences.',
    articles: ['budapest art 21', 'budapest art 34'],
  },
  {
    word: 'testimony',
    coercive: false,
    realTime: false,
    humanRights: false,
    storedData: false,
    doc: 'Hearing a witness or expert.',
    articles: ['budapest art 25'],
  },
  {
    word: 'property-recovery',
    coercive: true,
    realTime: false,
    humanRights: true,
    storedData: false,
    budapestPower: false,
    doc: "Tracing, freezing or confiscating proceeds. A coercive measure; not a power of the Budapest Convention, so its conditions are those of the requested party's law.",
    articles: ['budapest art 25'],
  },
];

const MEASURE_BY_WORD = new Map(MEASURE_SPECS.map((m) => [m.word, m]));

export function measureSpec(word: string | null | undefined): MeasureSpec | undefined {
  return word ? MEASURE_BY_WORD.get(word) : undefined;
}

export const COERCIVE_MEASURES = new Set(MEASURE_SPECS.filter((m) => m.coercive).map((m) => m.word));
export const REAL_TIME_MEASURES = new Set(MEASURE_SPECS.filter((m) => m.realTime).map((m) => m.word));

/**
 * The kinds of request an article of a basis belongs to (CR317): Budapest Art. 24 to extradition,
 * Art. 29 to preservation, and so on. An article outside this table (Budapest 23, 35, …) is not
 * checked; `articles` absent means every article of the instrument.
 */
export const BASIS_ARTICLE_KINDS: { instrument: InstrumentId; articles?: number[]; kinds: RequestKind[] }[] = [
  { instrument: 'budapest', articles: [24], kinds: ['extradition', 'provisional-arrest'] },
  { instrument: 'budapest', articles: [25, 26, 27, 28], kinds: ['mutual-assistance', 'emergency-disclosure'] },
  { instrument: 'budapest', articles: [31, 33, 34], kinds: ['mutual-assistance'] },
  { instrument: 'budapest', articles: [29], kinds: ['preservation'] },
  { instrument: 'budapest', articles: [30], kinds: ['traffic-disclosure'] },
  { instrument: 'budapest', articles: [32], kinds: ['direct-access'] },
  { instrument: 'budapest-2ap', articles: [7], kinds: ['subscriber-order'] },
  { instrument: 'budapest-2ap', articles: [9, 10], kinds: ['emergency-disclosure'] },
  { instrument: 'ets24', kinds: ['extradition', 'provisional-arrest'] },
  { instrument: 'ets30', kinds: ['mutual-assistance', 'emergency-disclosure'] },
];

/** The kinds an article belongs to, or undefined when the table does not check it. */
export function kindsOfArticle(instrument: InstrumentId, number: number): RequestKind[] | undefined {
  return BASIS_ARTICLE_KINDS.find((e) => e.instrument === instrument && (!e.articles || e.articles.includes(number)))?.kinds;
}
