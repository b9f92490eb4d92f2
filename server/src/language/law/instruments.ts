// The instruments the language knows (reference/instruments.md): what each is called, how it is
// cited, what it amends, and where it may stand. Every consumer — the model (CR004, CR005), the
// governing-instrument order, citations, hovers, completion, the docs and the renderer — reads
// this table.

export type InstrumentId =
  'budapest' | 'budapest-2ap' | 'ets24' | 'ets86' | 'ets98' | 'cets212' | 'ets30' | 'ets99' | 'uncc' | 'echr' | 'iccpr';

export interface Instrument {
  id: InstrumentId;
  /** The full title, as a letter of request names it. */
  title: string;
  /** How a sentence names it: "the Budapest Convention". */
  name: string;
  /** How an article is cited: "CETS 185" in "CETS 185 Art. 29(2)". */
  short: string;
  /** A one-line description for hovers and completion. */
  doc: string;
  /**
   * `convention`: a co-operation instrument, a basis and listed in `instruments`; `protocol`: the
   * same, amending `amends`; `cited`: written only in article references (not a basis).
   */
  role: 'convention' | 'protocol' | 'cited';
  amends?: InstrumentId;
  /** The article numbers CR005 accepts; absent: not checked. */
  articles?: { first: number; last: number };
  /**
   * Articles whose paragraphs are known by number although their text here has fewer (ETS 24
   * Art. 9 as supplemented by ETS 86 has four, Art. 10 as replaced by CETS 212 four).
   */
  paragraphs?: Record<number, number>;
}

function table(list: Instrument[]): Record<InstrumentId, Instrument> {
  return Object.fromEntries(list.map((i) => [i.id, i])) as Record<InstrumentId, Instrument>;
}

export const INSTRUMENTS: Record<InstrumentId, Instrument> = table([
  {
    id: 'budapest',
    name: 'the Budapest Convention',
    role: 'convention',
    short: 'CETS 185',
    articles: { first: 1, last: 48 },
    title: 'Convention on Cybercrime (ETS No. 185, Budapest, 23 November 2001)',
    doc: 'Convention on Cybercrime, ETS/CETS No. 185 (2001).',
  },
  {
    id: 'budapest-2ap',
    name: 'the Second Additional Protocol to the Budapest Convention',
    role: 'convention',
    short: 'CETS 224',
    articles: { first: 1, last: 25 },
    title:
      'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (CETS No. 224, 2022)',
    doc: 'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence, CETS No. 224 (2022).',
  },
  {
    id: 'ets24',
    name: 'the European Convention on Extradition',
    role: 'convention',
    short: 'ETS 24',
    articles: { first: 1, last: 32 },
    paragraphs: { 9: 4, 10: 4 },
    title: 'European Convention on Extradition (ETS No. 24, Paris, 13 December 1957)',
    doc: 'European Convention on Extradition, ETS No. 24 (1957).',
  },
  {
    id: 'ets86',
    name: 'the Additional Protocol to the European Convention on Extradition',
    role: 'protocol',
    amends: 'ets24',
    short: 'ETS 86',
    title: 'Additional Protocol to the European Convention on Extradition (ETS No. 86, 1975)',
    doc: 'Additional Protocol to the European Convention on Extradition, ETS No. 86 (1975): ne bis in idem for judgments of third States (new ETS 24 Art. 9(2)–(4)).',
  },
  {
    id: 'ets98',
    name: 'the Second Additional Protocol to the European Convention on Extradition',
    role: 'protocol',
    amends: 'ets24',
    short: 'ETS 98',
    title: 'Second Additional Protocol to the European Convention on Extradition (ETS No. 98, 1978)',
    doc: 'Second Additional Protocol to the European Convention on Extradition, ETS No. 98 (1978): fiscal offences (new ETS 24 Art. 5), judgments in absentia (Art. 3), amnesty (Art. 4).',
  },
  {
    id: 'cets212',
    name: 'the Fourth Additional Protocol to the European Convention on Extradition',
    role: 'protocol',
    amends: 'ets24',
    short: 'CETS 212',
    title: 'Fourth Additional Protocol to the European Convention on Extradition (CETS No. 212, 2012)',
    doc: "Fourth Additional Protocol to the European Convention on Extradition, CETS No. 212 (2012): lapse of time under the requesting party's law only (new ETS 24 Art. 10).",
  },
  {
    id: 'ets30',
    name: 'the European Convention on Mutual Assistance',
    role: 'convention',
    short: 'ETS 30',
    articles: { first: 1, last: 30 },
    title: 'European Convention on Mutual Assistance in Criminal Matters (ETS No. 30, Strasbourg, 20 April 1959)',
    doc: 'European Convention on Mutual Assistance in Criminal Matters, ETS No. 30 (1959).',
  },
  {
    id: 'ets99',
    name: 'the Additional Protocol to the European Convention on Mutual Assistance',
    role: 'protocol',
    amends: 'ets30',
    short: 'ETS 99',
    title: 'Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 99, 1978)',
    doc: 'Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters, ETS No. 99 (1978): no refusal of assistance solely because the offence is fiscal.',
  },
  {
    id: 'uncc',
    name: 'the UN Convention against Cybercrime',
    role: 'convention',
    short: 'UNCC',
    articles: { first: 1, last: 68 },
    title: 'United Nations Convention against Cybercrime (annex to General Assembly resolution 79/243, 2024)',
    doc: 'United Nations Convention against Cybercrime, annex to General Assembly resolution 79/243 (2024).',
  },
  {
    id: 'echr',
    name: 'the European Convention on Human Rights',
    role: 'cited',
    short: 'ECHR',
    articles: { first: 1, last: 59 },
    title: 'Convention for the Protection of Human Rights and Fundamental Freedoms (ETS No. 5, 1950)',
    doc: 'European Convention on Human Rights, ETS No. 5 (1950). Cited, never a basis of co-operation.',
  },
  {
    id: 'iccpr',
    name: 'the International Covenant on Civil and Political Rights',
    role: 'cited',
    short: 'ICCPR',
    articles: { first: 1, last: 53 },
    title: 'International Covenant on Civil and Political Rights (1966)',
    doc: 'International Covenant on Civil and Political Rights (1966). Cited, never a basis of co-operation.',
  },
]);

export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as InstrumentId[];

/** Instruments of co-operation: a basis, and what a party lists in `instruments`. */
export const COOPERATION_INSTRUMENTS = INSTRUMENT_IDS.filter((id) => INSTRUMENTS[id].role !== 'cited');

export function isInstrumentId(word: string): word is InstrumentId {
  return Object.prototype.hasOwnProperty.call(INSTRUMENTS, word);
}

/** The convention a protocol amends, or the instrument itself. */
export function conventionOf(id: InstrumentId): InstrumentId {
  return INSTRUMENTS[id].amends ?? id;
}

/** The protocols that amend a convention. */
export function protocolsOf(id: InstrumentId): InstrumentId[] {
  return INSTRUMENT_IDS.filter((p) => INSTRUMENTS[p].amends === id);
}
