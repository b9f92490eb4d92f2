// What a request must contain, per kind and instrument (rules.md, "Required contents" and
// "Safeguards"), and what each element rests on. CR301, CR303, CR304, CR310, CR312, CR401–CR403,
// the code lens, the skeletons and the renderer read it.

import type { CiteTable } from './cite';

export interface ContentElement {
  /** The request key that holds it. */
  key: string;
  /** "a", "(1)(b)": the point of the article, for messages and the letter. */
  point: string;
  /** What the element is, in the article's terms. */
  what: string;
  /** The article, in the language's syntax, per instrument. */
  cite: CiteTable;
}

/** Budapest Art. 29(2)(a)–(f): the contents of a preservation request (CR301). */
export const PRESERVATION_ELEMENTS: ContentElement[] = [
  {
    key: 'authority',
    point: 'a',
    what: 'the authority seeking the preservation',
    cite: { budapest: 'budapest art 29(2)(a)', uncc: 'uncc art 42' },
  },
  {
    key: 'offences',
    point: 'b',
    what: 'the offence that is the subject of a criminal investigation or proceedings',
    cite: { budapest: 'budapest art 29(2)(b)', uncc: 'uncc art 42' },
  },
  {
    key: 'facts',
    point: 'b',
    what: 'a brief summary of the related facts',
    cite: { budapest: 'budapest art 29(2)(b)', uncc: 'uncc art 42' },
  },
  {
    key: 'data',
    point: 'c',
    what: 'the stored computer data to be preserved and its relationship to the offence',
    cite: { budapest: 'budapest art 29(2)(c)', uncc: 'uncc art 42' },
  },
  {
    key: 'necessity',
    point: 'e',
    what: 'the necessity of the preservation',
    cite: { budapest: 'budapest art 29(2)(e)', uncc: 'uncc art 42' },
  },
  {
    key: 'follow-up',
    point: 'f',
    what: 'that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the stored computer data',
    cite: { budapest: 'budapest art 29(2)(f)', uncc: 'uncc art 42' },
  },
];

/** On each data item of a preservation request: Art. 29(2)(c) and (d). */
export const PRESERVATION_DATA_ELEMENTS: ContentElement[] = [
  {
    key: 'relevance',
    point: 'c',
    what: 'its relationship to the offence',
    cite: { budapest: 'budapest art 29(2)(c)', uncc: 'uncc art 42' },
  },
  {
    key: 'custodian',
    point: 'd',
    what: 'any available information identifying the custodian of the stored computer data or the location of the computer system',
    cite: { budapest: 'budapest art 29(2)(d)', uncc: 'uncc art 42' },
  },
];

/** ETS 30 Art. 14 (UNCC Art. 40 where it governs): the contents of a request for mutual assistance (CR304). */
export const MUTUAL_ASSISTANCE_CONTENTS: ContentElement[] = [
  {
    key: 'authority',
    point: '(1)(a)',
    what: 'the authority making the request',
    cite: { ets30: 'ets30 art 14(1)(a)', uncc: 'uncc art 40' },
  },
  {
    key: 'purpose',
    point: '(1)(b)',
    what: 'the object of and the reason for the request',
    cite: { ets30: 'ets30 art 14(1)(b)', uncc: 'uncc art 40' },
  },
  { key: 'offences', point: '(2)', what: 'the offence', cite: { ets30: 'ets30 art 14(2)', uncc: 'uncc art 40' } },
  { key: 'facts', point: '(2)', what: 'a summary of the facts', cite: { ets30: 'ets30 art 14(2)', uncc: 'uncc art 40' } },
];

/** ETS 24 Art. 12(2): the documents supporting an extradition request (CR303), by the word that lists each. */
export const EXTRADITION_DOCUMENTS: { words: string[]; point: string; what: string }[] = [
  {
    words: ['warrant', 'conviction'],
    point: '(a)',
    what: 'the original or an authenticated copy of the conviction and sentence or detention order immediately enforceable or of the warrant of arrest or other order having the same effect',
  },
  {
    words: ['statement-of-offences'],
    point: '(b)',
    what: 'a statement of the offences, with the time and place of their commission, their legal descriptions and a reference to the relevant legal provisions',
  },
  {
    words: ['text-of-law'],
    point: '(c)',
    what: 'a copy of the relevant enactments or, where this is not possible, a statement of the relevant law',
  },
  {
    words: ['description-of-person'],
    point: '(c)',
    what: 'as accurate a description as possible of the person claimed together with any other information which will help to establish his identity and nationality',
  },
];

/** The document of Art. 12(2)(a) a request needs: the warrant to prosecute, the conviction to enforce a sentence. */
export function arrestDocument(forSentence: boolean): string {
  return forSentence ? 'conviction' : 'warrant';
}

/** ETS 24 Art. 16(2): the contents of a request for provisional arrest (CR310). */
export const PROVISIONAL_ARREST_CONTENTS = {
  cite: { ets24: 'ets24 art 16(2)' } satisfies CiteTable,
  elements: [
    { key: 'documents', what: 'that one of the documents of Art. 12(2)(a) exists (`documents` naming warrant or conviction)' },
    { key: 'offences', what: 'the offence for which extradition will be requested' },
    { key: 'committed', what: 'when each offence was committed (`committed`)' },
    { key: 'committed-in', what: 'where each offence was committed (`committed-in`)' },
    { key: 'person', what: 'the person sought (described as far as possible)' },
  ],
};

/** Second Additional Protocol Art. 7(3) (summary): the contents of an order for subscriber information (CR312). */
export const SUBSCRIBER_ORDER_CONTENTS = {
  cite: { 'budapest-2ap': 'budapest-2ap art 7' } satisfies CiteTable,
  elements: [
    { key: 'authority', point: '(a)', what: 'the issuing authority' },
    { key: 'date', point: '(a)', what: 'the date of issue' },
    { key: 'offences', point: '(d)', what: 'the offences under investigation or prosecution' },
    { key: 'data', point: '(f)', what: 'a detailed description of the subscriber information sought' },
    { key: 'to', point: '(c)', what: 'the name and address of the provider (`to: provider "…" in XX`)' },
  ],
};

/** The safeguards of a coercive measure (CR401–CR403): Budapest Art. 15; for real-time measures also duration and scope. */
export const SAFEGUARDS = {
  /** CR401: every coercive measure. */
  base: ['authorization', 'necessity', 'proportionality'],
  /** CR402 and CR403: real-time collection and interception. */
  realTime: ['duration', 'scope'],
  cite: {
    authorization: { budapest: 'budapest art 15(2)', uncc: 'uncc art 24' },
    necessity: { budapest: 'budapest art 15(2)', uncc: 'uncc art 24' },
    proportionality: { budapest: 'budapest art 15(1)', uncc: 'uncc art 24' },
    duration: { budapest: 'budapest art 15(2)', uncc: 'uncc art 24' },
    scope: { budapest: 'budapest art 15(2)', uncc: 'uncc art 24' },
  } satisfies Record<string, CiteTable>,
  /** What each safeguard is, for the comment a fix inserts and the hover. */
  what: {
    authorization: 'judicial or other independent supervision: judicial "…" or independent "…"',
    necessity: 'grounds justifying application',
    proportionality: 'the principle of proportionality',
    duration: 'limitation of the scope and the duration of such power or procedure',
    scope: 'limitation of the scope and the duration of such power or procedure',
    notice: 'whether the person concerned is told: given "…", deferred "…" or not-required "…"',
    redress: 'the remedy open to the person concerned',
  } as Record<string, string>,
};
