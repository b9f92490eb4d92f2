// What the law says in a letter of request, in the two official languages of the Council of Europe
// (ETS 24 Art. 23, ETS 30 Art. 16): the instruments' titles, the contents of a preservation request
// (Budapest Art. 29(2)) and the documents of an extradition request (ETS 24 Art. 12(2)) point by
// point, the undertakings and assurances, and the periods. The renderer (server/src/render/) takes
// every statement of law from here, with its citation table: it words nothing of the law itself.
//
// The English follows the English texts in reference/ and the descriptions in contents.ts; the
// French follows the terms of the official French texts. Neither is a quotation: the letter cites
// the article, and the article is what counts.

import type { CiteTable } from './cite';
import { PRESERVATION_DATA_ELEMENTS, PRESERVATION_ELEMENTS } from './contents';
import { DEADLINES } from './deadlines';
import { AUT_DEDERE_CITE, PRESERVATION_PERIOD_CITE, SPECIALTY_CITE } from './shared';
import type { InstrumentId } from './instruments';

export type LetterLang = 'en' | 'fr';

/** A text in both languages. */
export type Bilingual = Record<LetterLang, string>;

/** The instruments' full titles in French (the English ones are INSTRUMENTS[id].title). */
export const INSTRUMENT_TITLES_FR: Record<InstrumentId, string> = {
  budapest: 'Convention sur la cybercriminalité (STE n° 185, Budapest, 23 novembre 2001)',
  'budapest-2ap':
    'Deuxième Protocole additionnel à la Convention sur la cybercriminalité relatif au renforcement de la coopération et de la divulgation de preuves électroniques (STCE n° 224, 2022)',
  ets24: "Convention européenne d'extradition (STE n° 24, Paris, 13 décembre 1957)",
  ets86: "Protocole additionnel à la Convention européenne d'extradition (STE n° 86, 1975)",
  ets98: "Deuxième Protocole additionnel à la Convention européenne d'extradition (STE n° 98, 1978)",
  cets212: "Quatrième Protocole additionnel à la Convention européenne d'extradition (STCE n° 212, 2012)",
  ets30: "Convention européenne d'entraide judiciaire en matière pénale (STE n° 30, Strasbourg, 20 avril 1959)",
  ets99: "Protocole additionnel à la Convention européenne d'entraide judiciaire en matière pénale (STE n° 99, 1978)",
  uncc: "Convention des Nations Unies contre la cybercriminalité (annexe à la résolution 79/243 de l'Assemblée générale, 2024)",
  echr: "Convention de sauvegarde des droits de l'homme et des libertés fondamentales (STE n° 5, 1950)",
  iccpr: 'Pacte international relatif aux droits civils et politiques (1966)',
};

/** How a French citation names an instrument: "STE 24" in "STE 24, art. 14". */
export const INSTRUMENT_SHORT_FR: Record<InstrumentId, string> = {
  budapest: 'STCE 185',
  'budapest-2ap': 'STCE 224',
  ets24: 'STE 24',
  ets86: 'STE 86',
  ets98: 'STE 98',
  cets212: 'STCE 212',
  ets30: 'STE 30',
  ets99: 'STE 99',
  uncc: 'Convention des Nations Unies contre la cybercriminalité',
  echr: 'CEDH',
  iccpr: 'PIDCP',
};

/** "summary, to be verified against the official text" (cite.ts SUMMARY_LABEL), in French. */
export const SUMMARY_LABEL_FR = 'résumé, à vérifier sur le texte officiel';

/**
 * Budapest Art. 29(2), point by point, by the key of contents.ts's PRESERVATION_ELEMENTS and
 * PRESERVATION_DATA_ELEMENTS: what each point asks for.
 */
const PRESERVATION_POINTS_FR: Record<string, string> = {
  authority: "l'autorité qui demande la conservation",
  offences: "l'infraction faisant l'objet de l'enquête ou de procédures pénales",
  facts: "un bref exposé des faits qui s'y rattachent",
  data: "les données informatiques stockées à conserver et la nature de leur lien avec l'infraction",
  relevance: "la nature du lien des données avec l'infraction",
  custodian:
    "toutes les informations disponibles permettant d'identifier le gardien des données informatiques stockées ou l'emplacement du système informatique",
  necessity: 'la nécessité de la mesure de conservation',
  'follow-up':
    "le fait que la Partie entend soumettre une demande d'entraide en vue de la perquisition ou de l'accès par un moyen similaire, de la saisie ou de l'obtention par un moyen similaire, ou de la divulgation des données",
};

/** The English is the treaty's own words, held once in contents.ts; the French is the letter's. */
export const PRESERVATION_POINTS: Record<string, Bilingual> = Object.fromEntries(
  [...PRESERVATION_ELEMENTS, ...PRESERVATION_DATA_ELEMENTS].map((e) => [e.key, { en: e.what, fr: PRESERVATION_POINTS_FR[e.key]! }]),
);

/** Where Art. 29(2) rests under each instrument that may govern a preservation. */
export const PRESERVATION_CONTENTS_CITE: CiteTable = { budapest: 'budapest art 29(2)', uncc: 'uncc art 42' };

/** ETS 24 Art. 12(2), by the word of `documents` that names each document. */
export const EXTRADITION_DOCUMENT_TEXTS: Record<string, Bilingual> = {
  warrant: {
    en: 'the original or an authenticated copy of the warrant of arrest or other order having the same effect',
    fr: "l'original ou l'expédition authentique d'un mandat d'arrêt ou de tout autre acte ayant la même force",
  },
  conviction: {
    en: 'the original or an authenticated copy of the conviction and sentence or detention order immediately enforceable',
    fr: "l'original ou l'expédition authentique d'une décision de condamnation exécutoire",
  },
  'statement-of-offences': {
    en: 'a statement of the offences, with the time and place of their commission, their legal descriptions and a reference to the relevant legal provisions',
    fr: 'un exposé des faits, avec le temps et le lieu de leur perpétration, leur qualification légale et les références aux dispositions légales qui leur sont applicables',
  },
  'text-of-law': {
    en: 'a copy of the relevant enactments or, where this is not possible, a statement of the relevant law',
    fr: "une copie des dispositions légales applicables ou, si cela n'est pas possible, une déclaration sur le droit applicable",
  },
  'description-of-person': {
    en: 'as accurate a description as possible of the person claimed together with any other information which will help to establish his identity and nationality',
    fr: "le signalement aussi précis que possible de l'individu réclamé et tous autres renseignements de nature à déterminer son identité et sa nationalité",
  },
};

/** Where the documents of an extradition request rest (only ETS 24 lists them). */
export const EXTRADITION_DOCUMENTS_CITE: CiteTable = { ets24: 'ets24 art 12(2)' };

/** A statement the letter makes, with what it rests on (resolved for the request by citationsFor). */
export interface LetterStatement {
  text: Bilingual;
  cite: CiteTable;
}

export const LETTER_STATEMENTS = {
  /** `specialty: undertaken` (ETS 24 Art. 14; CR204). */
  specialty: {
    text: {
      en: 'The requesting Party undertakes to respect the rule of speciality.',
      fr: "La Partie requérante s'engage à respecter la règle de la spécialité.",
    },
    cite: SPECIALTY_CITE,
  },
  /** `if-refused: prosecute` (aut dedere aut judicare; CR106). */
  ifRefused: {
    text: {
      en: 'Should extradition be refused on the ground of nationality, the requesting Party asks that the case be submitted to the competent authorities of the requested Party for the purpose of prosecution.',
      fr: "Si l'extradition est refusée en raison de la nationalité, la Partie requérante demande que l'affaire soit soumise aux autorités compétentes de la Partie requise aux fins de poursuites.",
    },
    cite: AUT_DEDERE_CITE,
  },
  /** A preservation: Budapest Art. 29(7) (CR306, CR311), and the follow-up of 29(2)(f). */
  preservationPeriod: {
    text: {
      en: 'The data are to be preserved for a period of not less than sixty days, to enable the requesting Party to submit a request for the search or similar access, seizure or similar securing, or disclosure of the data; a request for mutual assistance will follow.',
      fr: "Les données doivent être conservées pendant une période d'au moins soixante jours, afin de permettre à la Partie requérante de soumettre une demande en vue de la perquisition ou de l'accès par un moyen similaire, de la saisie ou de l'obtention par un moyen similaire, ou de la divulgation des données ; une demande d'entraide suivra.",
    },
    cite: PRESERVATION_PERIOD_CITE,
  },
  /** A provisional arrest: ETS 24 Art. 16(2), an extradition request will follow. */
  provisionalArrestFollows: {
    text: {
      en: 'One of the documents mentioned in Article 12, paragraph 2 (a), exists, and it is intended to send a request for extradition.',
      fr: "L'une des pièces prévues à l'article 12, paragraphe 2, alinéa a, existe, et une demande d'extradition sera adressée.",
    },
    cite: { ets24: 'ets24 art 16(2)' },
  },
  /** ETS 24 Art. 16(4): the 18 and 40 days (deadlines.ts; CR116, CR117). */
  provisionalArrestPeriods: {
    text: {
      en: `Provisional arrest may be terminated if, within a period of ${DEADLINES.provisionalArrestMay.days} days after arrest, the requested Party has not received the request for extradition and the documents mentioned in Article 12; it shall not, in any event, exceed ${DEADLINES.provisionalArrestMax.days} days from the date of such arrest.`,
      fr: `L'arrestation provisoire pourra prendre fin si, dans le délai de ${DEADLINES.provisionalArrestMay.days} jours après l'arrestation, la Partie requise n'a pas été saisie de la demande d'extradition et des pièces mentionnées à l'article 12 ; elle ne devra, en aucun cas, excéder ${DEADLINES.provisionalArrestMax.days} jours après l'arrestation.`,
    },
    cite: { ets24: DEADLINES.provisionalArrestMax.article },
  },
  /** An emergency-disclosure request: Second Additional Protocol Arts 3(2)(c), 9 and 10. */
  emergency: {
    text: {
      en: 'The request is made in an emergency: a situation in which there is a significant and imminent risk to the life or safety of a natural person.',
      fr: "La demande est présentée en situation d'urgence : une situation dans laquelle il existe un risque important et imminent pour la vie ou la sécurité d'une personne physique.",
    },
    cite: { 'budapest-2ap': 'budapest-2ap art 3(2)(c)' },
  },
} satisfies Record<string, LetterStatement>;

/** The assurances an extradition request may give (the `assurances` block), by key. */
export const ASSURANCE_LABELS: Record<string, LetterStatement> = {
  'death-penalty': {
    text: { en: 'Assurance that the death penalty will not be carried out', fr: 'Assurance que la peine de mort ne sera pas exécutée' },
    cite: { ets24: 'ets24 art 11' },
  },
  retrial: {
    text: {
      en: 'Assurance of a right to a retrial which safeguards the rights of the defence',
      fr: "Assurance d'un droit à une nouvelle procédure de jugement qui sauvegarde les droits de la défense",
    },
    cite: { ets24: { ref: 'ets98 art 3', protocol: 'ets98' } },
  },
  'life-review': {
    text: {
      en: 'Assurance that a life sentence is reducible de jure and de facto',
      fr: "Assurance qu'une peine perpétuelle est compressible en droit et en fait",
    },
    cite: { always: ['echr art 3'] },
  },
  detention: {
    text: { en: 'Assurance as to the conditions of detention', fr: 'Assurance relative aux conditions de détention' },
    cite: { always: ['echr art 3'] },
  },
};
