// The language's declarations as data: each declaration's keys and blocks, with what they mean and
// the article they rest on. Validation (CR004), hover, completion and the docs read it; the words a
// key takes are in words.ts, the shapes of keys and blocks in valueTypes.ts.

import type { DeclarationKeyword } from './syntax';
import { keys, type BlockSpec, type DeclarationSpec } from './valueTypes';
import {
  AUTHORIZATIONS,
  DATA_TYPES,
  DOCUMENTS,
  FOLLOW_UP,
  IF_REFUSED,
  MEASURES,
  NOTICES,
  OUTCOMES,
  PURPOSES,
  RISKS,
  SPECIALTY,
  YES_NO,
} from './words';

const TEXT = { t: 'text' } as const;

const LAW_BLOCK: BlockSpec = {
  key: 'law',
  named: 'party',
  doc: 'The offence under the law of one party: `law FR { cite: "…"  max-penalty: 5 years }`.',
  articles: ['budapest art 24(1)(a)', 'budapest art 25(5)'],
  fields: keys([
    { key: 'cite', type: TEXT, doc: "The provision of that party's law that makes the conduct criminal." },
    {
      key: 'max-penalty',
      type: { t: 'penalty' },
      doc: 'The maximum penalty under that law: a duration of deprivation of liberty (extradition needs at least one year under both laws), `life` or `death`.',
      articles: ['budapest art 24(1)(a)', 'ets24 art 11'],
    },
    {
      key: 'limitation',
      type: { t: 'duration' },
      doc: 'The limitation period for prosecuting the offence under that law (lapse of time runs from `committed`).',
      articles: ['ets24 art 10'],
    },
  ]),
};

export const GROUNDS_BLOCK: BlockSpec = {
  key: 'grounds',
  doc: 'Every refusal ground the requested State may invoke, each assessed: `GROUND: not-engaged "reason"`, `engaged` or `unassessed`.',
  articles: ['budapest art 24(5)', 'budapest art 25(4)', 'budapest art 27(4)', 'budapest art 29(5)', 'budapest art 30(2)'],
  fields: new Map(),
  groundEntries: true,
};

export const ASSURANCES_BLOCK: BlockSpec = {
  key: 'assurances',
  doc: 'The assurances the requesting party gives, one entry each: `KEY: "what is assured, by whom, when"`.',
  kinds: ['extradition'],
  articles: ['ets24 art 11', 'ets98 art 3', 'echr art 3'],
  fields: keys([
    { key: 'death-penalty', type: TEXT, doc: 'That the death penalty will not be carried out.', articles: ['ets24 art 11'] },
    {
      key: 'retrial',
      type: TEXT,
      doc: 'A right to a retrial which safeguards the rights of the defence, after a judgment in absentia.',
      articles: ['ets98 art 3(1)', 'echr art 6(1)'],
    },
    {
      key: 'life-review',
      type: TEXT,
      doc: 'That a life sentence is reducible de jure and de facto (a review of the sentence and a prospect of release).',
      articles: ['echr art 3'],
    },
    { key: 'detention', type: TEXT, doc: 'The conditions of detention.', articles: ['echr art 3'] },
  ]),
};

export const SAFEGUARDS_BLOCK: BlockSpec = {
  key: 'safeguards',
  doc: 'The conditions and safeguards of a coercive measure.',
  kinds: ['mutual-assistance'],
  articles: ['budapest art 15'],
  fields: keys([
    {
      key: 'authorization',
      type: { t: 'qualified', words: AUTHORIZATIONS, what: 'authorization' },
      doc: 'Judicial or other independent supervision: `judicial "Order of …"` or `independent "…"`.',
      articles: ['budapest art 15(2)'],
    },
    {
      key: 'necessity',
      type: TEXT,
      doc: 'Why the measure is necessary (grounds justifying application).',
      articles: ['budapest art 15(2)'],
    },
    { key: 'proportionality', type: TEXT, doc: 'Why the measure is proportionate.', articles: ['budapest art 15(1)'] },
    { key: 'duration', type: { t: 'duration' }, doc: 'The limit on the duration of the measure.', articles: ['budapest art 15(2)'] },
    {
      key: 'scope',
      type: TEXT,
      doc: 'The specified communications the measure covers.',
      articles: ['budapest art 15(2)', 'budapest art 33', 'budapest art 34'],
    },
    {
      key: 'notice',
      type: { t: 'qualified', words: NOTICES, what: 'notice' },
      doc: 'Notice to the person concerned: `given "…"`, `deferred "…"` or `not-required "…"`.',
    },
    { key: 'redress', type: TEXT, doc: 'The remedy open to the person concerned.' },
  ]),
};

export const DECLARATIONS = new Map<DeclarationKeyword, DeclarationSpec>([
  [
    'case',
    {
      keyword: 'case',
      doc: 'A criminal investigation or proceeding that requests and later proceedings belong to.',
      fields: keys([
        { key: 'title', type: TEXT, doc: 'A short title of the case.' },
        { key: 'authority', type: TEXT, doc: 'The authority conducting the case.' },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'party',
    {
      keyword: 'party',
      doc: 'What the workspace knows of a State (an ISO 3166-1 alpha-2 code): the instruments it is bound by, its reservations.',
      fields: keys([
        { key: 'name', type: TEXT, doc: "The State's name." },
        {
          key: 'instruments',
          type: { t: 'instruments' },
          doc: 'The instruments the party is bound by (`budapest`, `ets24`, `ets98`, …, `treaty "…"`); `[]`: none of them.',
        },
        {
          key: 'reservations',
          type: { t: 'articles' },
          doc: 'Reservations the party has made, as articles (`budapest art 29(4)`, `ets24 art 10(3)`).',
          articles: ['budapest art 42'],
        },
        {
          key: 'declarations',
          type: { t: 'articles' },
          doc: 'Declarations the party has made, as articles (`budapest art 24(7)`).',
          articles: ['budapest art 40'],
        },
        {
          key: 'eu-member',
          type: { t: 'word', words: YES_NO, what: 'answer' },
          doc: 'Whether the party is a Member State of the European Union: between two Member States surrender and evidence run on EU instruments (CR118).',
        },
        { key: 'central-authority', type: TEXT, doc: 'The central authority for requests.', articles: ['budapest art 27(2)(a)'] },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'offence',
    {
      keyword: 'offence',
      doc: 'An offence a request concerns, with the law of each party that makes it criminal.',
      fields: keys([
        { key: 'conduct', type: TEXT, doc: 'The conduct, described without legal labels.' },
        {
          key: 'category',
          type: { t: 'article' },
          doc: 'The Budapest offence it falls under (`budapest art 2` to `budapest art 11`). Without it the offence is outside Arts 2–11.',
          articles: ['budapest art 24(1)(a)', 'budapest art 25(4)', 'budapest art 29(4)'],
        },
        {
          key: 'committed',
          type: { t: 'date' },
          doc: 'When the conduct ended: the limitation period runs from it.',
          articles: ['ets24 art 10', 'ets24 art 16(2)'],
        },
        {
          key: 'committed-in',
          type: { t: 'parties' },
          doc: 'Where the offence was committed, wholly or in part: a party code or a list.',
          articles: ['ets24 art 7', 'ets24 art 16(2)'],
        },
      ]),
      blocks: new Map([['law', LAW_BLOCK]]),
    },
  ],
  [
    'person',
    {
      keyword: 'person',
      doc: 'A person sought or concerned.',
      fields: keys([
        { key: 'name', type: TEXT, doc: "The person's name." },
        {
          key: 'nationality',
          type: { t: 'nationality' },
          doc: "The person's nationality: a party code, or a list of them for several nationalities.",
          articles: ['ets24 art 6', 'budapest art 24(6)'],
        },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'data',
    {
      keyword: 'data',
      doc: 'Stored computer data a request seeks.',
      fields: keys([
        { key: 'type', type: { t: 'word', words: DATA_TYPES, what: 'data type' }, doc: 'subscriber, traffic or content.' },
        { key: 'description', type: TEXT, doc: 'What the data are.' },
        { key: 'relevance', type: TEXT, doc: 'The relationship of the data to the offence.', articles: ['budapest art 29(2)(c)'] },
        {
          key: 'custodian',
          type: { t: 'custodian' },
          doc: 'Who holds the data: `provider "Name" in XX`.',
          articles: ['budapest art 29(2)(d)'],
        },
        { key: 'controller', type: TEXT, doc: 'The customer who controls the data, when not the provider.' },
        { key: 'stored-in', type: { t: 'party' }, doc: 'Where the data are stored, when known.' },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'request',
    {
      keyword: 'request',
      doc: 'A request to another State or to a provider: `request NAME KIND { … }`.',
      fields: keys([
        { key: 'case', type: { t: 'ref', sort: 'case' }, doc: 'The case the request is made in.' },
        { key: 'from', type: { t: 'party' }, doc: 'The requesting party.' },
        { key: 'to', type: { t: 'destination' }, doc: 'The requested party, or a provider (`provider "Name" in XX`).' },
        {
          key: 'basis',
          type: { t: 'basis' },
          doc: 'The legal basis: an instrument, an article, `treaty "Title"` or `reciprocity`; or a list of them (`[ets24, budapest art 24]`).',
        },
        {
          key: 'authority',
          type: TEXT,
          doc: 'The authority making the request.',
          articles: ['ets30 art 14(1)(a)', 'budapest art 29(2)(a)'],
        },
        {
          key: 'date',
          type: { t: 'date' },
          doc: 'When the request was (or will be) sent: the deadline rules read it.',
          articles: ['budapest art 29(7)', 'ets24 art 16(4)'],
        },
        {
          key: 'offences',
          type: { t: 'refs', sort: 'offence' },
          doc: 'The offences the request concerns.',
          articles: ['budapest art 29(2)(b)', 'ets30 art 14(2)'],
        },
        { key: 'facts', type: TEXT, doc: 'A summary of the facts.', articles: ['budapest art 29(2)(b)', 'ets30 art 14(2)'] },
        { key: 'person', type: { t: 'ref', sort: 'person' }, doc: 'The person sought or concerned.' },
        { key: 'data', type: { t: 'refs', sort: 'data' }, doc: 'The data the request seeks.', articles: ['budapest art 29(2)(c)'] },
        { key: 'purpose', type: TEXT, doc: 'The object of and the reason for the request.', articles: ['ets30 art 14(1)(b)'] },
        { key: 'measure', type: { t: 'word', words: MEASURES, what: 'measure' }, doc: 'The measure a mutual-assistance request asks for.' },
        { key: 'necessity', type: TEXT, doc: 'The necessity of the preservation.', articles: ['budapest art 29(2)(e)'] },
        {
          key: 'follow-up',
          type: { t: 'word', words: FOLLOW_UP, what: 'follow-up' },
          doc: 'That a request for mutual assistance will follow: `follow-up: mutual-assistance`.',
          articles: ['budapest art 29(2)(f)'],
        },
        {
          key: 'preserved-by',
          type: { t: 'ref', sort: 'preservation' },
          doc: 'The preservation request this request relies on.',
          articles: ['budapest art 29(7)'],
        },
        {
          key: 'specialty',
          type: { t: 'word', words: SPECIALTY, what: 'specialty' },
          doc: 'The undertaking to respect the rule of speciality: `specialty: undertaken`.',
          articles: ['ets24 art 14'],
        },
        {
          key: 'documents',
          type: { t: 'words', words: DOCUMENTS, what: 'document' },
          doc: 'The documents supporting an extradition request.',
          articles: ['ets24 art 12(2)'],
        },
        {
          key: 'if-refused',
          type: { t: 'word', words: IF_REFUSED, what: 'if-refused' },
          doc: 'What the requested party is asked to do if it refuses extradition on nationality: `if-refused: prosecute`.',
          articles: ['budapest art 24(6)', 'ets24 art 6(2)'],
        },
        {
          key: 'emergency',
          type: TEXT,
          doc: 'The facts that demonstrate the emergency and how the data sought relate to it.',
          articles: ['budapest-2ap art 9', 'budapest-2ap art 10'],
        },
        {
          key: 'risk',
          type: { t: 'word', words: RISKS, what: 'risk' },
          doc: 'What is at risk: life, safety, property or data.',
          articles: ['budapest-2ap art 3'],
        },
        {
          key: 'lawful-basis',
          type: { t: 'lawful-basis' },
          doc: 'Why direct access needs no authorisation: `publicly-available`, or `consent "…"` naming the person with lawful authority.',
          articles: ['budapest art 32'],
        },
        {
          key: 'data-protection',
          type: TEXT,
          doc: 'How the personal data will be protected.',
          articles: ['budapest-2ap art 14', 'uncc art 36'],
        },
        { key: 'controller-risk', type: TEXT, doc: 'Why the data cannot be sought from their controller first.' },
        { key: 'conflicts', type: TEXT, doc: 'How a conflict with the law of the State where the data are stored will be raised.' },
        {
          key: 'disclose',
          type: TEXT,
          doc: 'Asks for disclosure of the data (out of place in a preservation request).',
          articles: ['budapest art 29(1)', 'budapest art 31'],
        },
        {
          key: 'produce',
          type: TEXT,
          doc: 'Asks for production of the data (out of place in a preservation request).',
          articles: ['budapest art 29(1)', 'budapest art 31'],
        },
        {
          key: 'for',
          type: { t: 'word', words: PURPOSES, what: 'purpose' },
          doc: 'What the person is sought for: `prosecution`, or `sentence` (to enforce a sentence: give `sentence` and `judgment`).',
          articles: ['ets24 art 1'],
        },
        {
          key: 'sentence',
          type: { t: 'duration' },
          doc: 'The punishment awarded by the judgment to be enforced (`for: sentence`).',
          articles: ['ets24 art 2(1)'],
        },
        {
          key: 'judgment',
          type: { t: 'ref', sort: 'judgment' },
          doc: 'The conviction to be enforced (`for: sentence`): a `judgment` name.',
          articles: ['ets24 art 12(2)(a)'],
        },
        {
          key: 'arrested',
          type: { t: 'date' },
          doc: 'When the person was arrested on the provisional-arrest request: the 18 and 40 days run from it.',
          articles: ['ets24 art 16(4)'],
        },
      ]),
      blocks: new Map([
        ['grounds', GROUNDS_BLOCK],
        ['safeguards', SAFEGUARDS_BLOCK],
        ['assurances', ASSURANCES_BLOCK],
      ]),
    },
  ],
  [
    'proceeding',
    {
      keyword: 'proceeding',
      doc: 'What happens after surrender or after evidence arrives.',
      fields: keys([
        { key: 'case', type: { t: 'ref', sort: 'case' }, doc: 'The case the proceeding belongs to.' },
        {
          key: 'surrender',
          type: { t: 'ref', sort: 'extradition' },
          doc: 'The extradition request that brought the person.',
          articles: ['ets24 art 14'],
        },
        {
          key: 'charges',
          type: { t: 'refs', sort: 'offence' },
          doc: 'The offences charged; they must stay within the surrender (specialty).',
          articles: ['ets24 art 14(1)'],
        },
        {
          key: 'evidence',
          type: { t: 'refs', sort: 'request' },
          doc: 'The requests whose evidence is used.',
          articles: ['budapest art 28(2)(b)'],
        },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'consent',
    {
      keyword: 'consent',
      doc: "The requested State's consent to go beyond a request.",
      fields: keys([
        { key: 'from', type: { t: 'party' }, doc: 'The party that consents: the requested party of the request.' },
        { key: 'request', type: { t: 'ref', sort: 'request' }, doc: 'The request the consent extends.' },
        {
          key: 'extends-to',
          type: { t: 'refs', sort: 'offence' },
          doc: 'Further offences the surrendered person may be proceeded against for.',
          articles: ['ets24 art 14(1)(a)'],
        },
        {
          key: 'permits-use-in',
          type: { t: 'refs', sort: 'case' },
          doc: 'Further cases the evidence may be used in.',
          articles: ['budapest art 28(2)(b)'],
        },
        {
          key: 'permits-transfer-to',
          type: { t: 'parties' },
          doc: 'Third States the person may be surrendered to.',
          articles: ['ets24 art 15'],
        },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'judgment',
    {
      keyword: 'judgment',
      doc: "A decision of a State's authorities on a person and offences: a conviction, an acquittal, a decision not to prosecute, or proceedings under way.",
      fields: keys([
        { key: 'party', type: { t: 'party' }, doc: 'The State whose authorities decided.', articles: ['ets24 art 9'] },
        { key: 'person', type: { t: 'ref', sort: 'person' }, doc: 'The person the decision concerns.' },
        { key: 'offences', type: { t: 'refs', sort: 'offence' }, doc: 'The offences the decision concerns.' },
        {
          key: 'outcome',
          type: { t: 'word', words: OUTCOMES, what: 'outcome' },
          doc: '`convicted`, `acquitted`, `not-prosecuted` (a decision not to institute or to terminate proceedings) or `pending` (proceedings under way).',
          articles: ['ets24 art 8', 'ets24 art 9'],
        },
        { key: 'date', type: { t: 'date' }, doc: 'The date of the decision.' },
        {
          key: 'final',
          type: { t: 'word', words: YES_NO, what: 'answer' },
          doc: '`yes` when no ordinary remedy is left against the decision (absent: no).',
          articles: ['ets24 art 9'],
        },
        {
          key: 'in-absentia',
          type: { t: 'word', words: YES_NO, what: 'answer' },
          doc: '`yes` when the decision was given without the person present.',
          articles: ['ets98 art 3'],
        },
      ]),
      blocks: new Map(),
    },
  ],
  [
    'transfer',
    {
      keyword: 'transfer',
      doc: 'Onward surrender of a person to a third State.',
      fields: keys([
        { key: 'person', type: { t: 'ref', sort: 'person' }, doc: 'The person transferred.' },
        {
          key: 'after',
          type: { t: 'ref', sort: 'extradition' },
          doc: 'The extradition that brought the person.',
          articles: ['ets24 art 15'],
        },
        { key: 'to', type: { t: 'party' }, doc: 'The State the person is surrendered to.', articles: ['ets24 art 15'] },
      ]),
      blocks: new Map(),
    },
  ],
]);
