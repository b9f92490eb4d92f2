// The enumerated words of the language (request kinds, measures, grounds, statuses, data types…),
// each with what it means and the article it rests on. Validation (CR004), hover, completion and
// the docs read them. Article references use the language's own syntax ("budapest art 29(2)(a)").

import { GROUND_SPECS } from './law/grounds';
import { COOPERATION_INSTRUMENTS, INSTRUMENT_IDS, INSTRUMENTS as INSTRUMENT_TABLE } from './law/instruments';
import { KINDS, MEASURE_SPECS } from './law/kinds';

export interface Word {
  word: string;
  doc: string;
  articles?: string[];
}

function words(list: Word[]): Map<string, Word> {
  return new Map(list.map((w) => [w.word, w]));
}

export const REQUEST_KINDS = words([...KINDS.values()].map((k) => ({ word: k.kind, doc: k.doc, articles: k.articles })));

export const MEASURES = words(MEASURE_SPECS.map((m) => ({ word: m.word, doc: m.doc, articles: m.articles })));

export const GROUNDS = words(GROUND_SPECS.map((g) => ({ word: g.word, doc: g.doc, articles: g.articles })));

export const STATUSES = words([
  { word: 'not-engaged', doc: 'The ground does not apply; give the reason.' },
  { word: 'engaged', doc: 'The ground applies: the request may be refused on it.' },
  { word: 'unassessed', doc: 'Placeholder: the ground has not been assessed yet.' },
]);

export const DATA_TYPES = words([
  {
    word: 'subscriber',
    doc: 'Subscriber information: who holds the account, their address, the service used.',
    articles: ['budapest art 18(3)'],
  },
  {
    word: 'traffic',
    doc: 'Traffic data: origin, destination, route, time, date, size, duration or type of a communication.',
    articles: ['budapest art 1(d)'],
  },
  { word: 'content', doc: 'The content of communications or stored files.', articles: ['budapest art 21'] },
]);

export const AUTHORIZATIONS = words([
  { word: 'judicial', doc: 'Authorised by a judge or court; name the order.', articles: ['budapest art 15(2)'] },
  { word: 'independent', doc: 'Authorised by another independent authority; name it and the decision.', articles: ['budapest art 15(2)'] },
]);

export const NOTICES = words([
  { word: 'given', doc: 'The person concerned has been or will be told; say how.' },
  { word: 'deferred', doc: 'Notice is deferred; say until when.' },
  { word: 'not-required', doc: 'No notice is required; say why.' },
]);

export const RISKS = words([
  { word: 'life', doc: 'A significant and imminent risk to the life of a person.', articles: ['budapest-2ap art 3'] },
  { word: 'safety', doc: 'A significant and imminent risk to the safety of a person.', articles: ['budapest-2ap art 3'] },
  { word: 'property', doc: 'A risk to property: not an emergency within the Second Protocol (CR502).' },
  { word: 'data', doc: 'A risk to data: not an emergency within the Second Protocol (CR502).' },
]);

export const LAWFUL_BASES = words([
  { word: 'publicly-available', doc: 'Publicly available (open source) stored computer data.', articles: ['budapest art 32(a)'] },
  {
    word: 'consent',
    doc: 'The lawful and voluntary consent of the person who has lawful authority to disclose the data; name that person in the string.',
    articles: ['budapest art 32(b)'],
  },
]);

export const DOCUMENTS = words([
  {
    word: 'warrant',
    doc: 'The warrant of arrest or other order having the same effect (for prosecution).',
    articles: ['ets24 art 12(2)(a)'],
  },
  { word: 'conviction', doc: 'The enforceable conviction and sentence (for a request `for: sentence`).', articles: ['ets24 art 12(2)(a)'] },
  {
    word: 'statement-of-offences',
    doc: 'A statement of the offences: time, place, legal description, provisions.',
    articles: ['ets24 art 12(2)(b)'],
  },
  { word: 'text-of-law', doc: 'A copy of the relevant enactments or a statement of the relevant law.', articles: ['ets24 art 12(2)(c)'] },
  {
    word: 'description-of-person',
    doc: 'As accurate a description as possible of the person claimed, with identity and nationality.',
    articles: ['ets24 art 12(2)(c)'],
  },
]);

/** Instruments that may be a basis or listed in a party's `instruments`. */
export const INSTRUMENTS = words(COOPERATION_INSTRUMENTS.map((id) => ({ word: id, doc: INSTRUMENT_TABLE[id].doc })));

/** Words of a `basis` besides the instruments. */
export const BASIS_WORDS = words([
  {
    word: 'reciprocity',
    doc: "No treaty binds the parties: the request rests on the requested party's law and comity, and no instrument governs it (docs/governing.md). The grounds and contents are then those of the requested party's law.",
  },
]);

/** Instruments written only in article references (`echr art 3`): cited, never a basis. */
export const CITED_INSTRUMENTS = words(
  INSTRUMENT_IDS.filter((id) => INSTRUMENT_TABLE[id].role === 'cited').map((id) => ({ word: id, doc: INSTRUMENT_TABLE[id].doc })),
);

export const PURPOSES = words([
  { word: 'prosecution', doc: 'Surrender to prosecute the person.', articles: ['ets24 art 1'] },
  {
    word: 'sentence',
    doc: 'Surrender to enforce a sentence or detention order: give `sentence` and `judgment`.',
    articles: ['ets24 art 1', 'ets24 art 12(2)(a)'],
  },
]);

export const OUTCOMES = words([
  { word: 'convicted', doc: 'The person was convicted.' },
  { word: 'acquitted', doc: 'The person was acquitted.' },
  { word: 'not-prosecuted', doc: 'The authorities decided not to institute proceedings, or to terminate them.', articles: ['ets24 art 9'] },
  { word: 'pending', doc: 'Proceedings against the person are under way.', articles: ['ets24 art 8'] },
]);

export const YES_NO = words([
  { word: 'yes', doc: 'Yes.' },
  { word: 'no', doc: 'No.' },
]);

/** The words a penalty may be besides a duration. */
export const PENALTIES = words([
  { word: 'life', doc: 'Life imprisonment: above every threshold of years.' },
  { word: 'death', doc: 'The death penalty: above every threshold of years.', articles: ['ets24 art 11'] },
]);

export const SPECIALTY = words([
  { word: 'undertaken', doc: 'The requesting party undertakes to respect the rule of speciality.', articles: ['ets24 art 14'] },
]);
export const FOLLOW_UP = words([
  {
    word: 'mutual-assistance',
    doc: 'The requesting party will submit a request for mutual assistance to obtain the data.',
    articles: ['budapest art 29(2)(f)'],
  },
]);
export const IF_REFUSED = words([
  {
    word: 'prosecute',
    doc: 'If extradition is refused on nationality, the requested party is asked to submit the case to its authorities for prosecution.',
    articles: ['budapest art 24(6)', 'ets24 art 6(2)'],
  },
]);
