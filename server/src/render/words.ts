// The fixed words of a letter of request and of the assessment memo, in English and French (the
// official languages of the Council of Europe: ETS 24 Art. 23, ETS 30 Art. 16), in one table. No
// word of a letter is written anywhere else; the statements of law come from the law module
// (server/src/language/law/letter.ts), the drafter's strings from the request as written.
//
// A test checks that both languages have every entry.

import type { LetterLang } from '../language/law';
import { wordList } from '../language/util';

export type Lang = LetterLang;
export const LANGS: readonly Lang[] = ['en', 'fr'];

type Entry = Record<Lang, string>;

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

export const WORDS = {
  // The letter's title, by kind of request.
  'title.extradition': { en: 'Request for extradition', fr: "Demande d'extradition" },
  'title.provisional-arrest': { en: 'Request for provisional arrest', fr: "Demande d'arrestation provisoire" },
  'title.mutual-assistance': {
    en: 'Request for mutual assistance in criminal matters',
    fr: "Demande d'entraide judiciaire en matière pénale",
  },
  'title.preservation': {
    en: 'Request for the expedited preservation of stored computer data',
    fr: 'Demande de conservation rapide de données informatiques stockées',
  },
  'title.traffic-disclosure': {
    en: 'Request for the expedited disclosure of preserved traffic data',
    fr: 'Demande de divulgation rapide de données relatives au trafic conservées',
  },
  'title.emergency-disclosure': {
    en: 'Request for the disclosure of data in an emergency',
    fr: "Demande de divulgation de données en situation d'urgence",
  },
  'title.subscriber-order': {
    en: 'Order for the disclosure of subscriber information',
    fr: 'Injonction de produire des informations relatives aux abonnés',
  },
  'title.direct-access': {
    en: 'Record of trans-border access to stored computer data',
    fr: "Relevé d'accès transfrontière à des données informatiques stockées",
  },

  // Section headings, in the order of the letter.
  'section.subject': { en: 'Subject', fr: 'Objet' },
  'section.basis': { en: 'Legal basis', fr: 'Base juridique' },
  'section.facts': { en: 'Summary of the facts', fr: 'Exposé des faits' },
  'section.offences': { en: 'Offences', fr: 'Infractions' },
  'section.person': { en: 'Person concerned', fr: 'Personne concernée' },
  'section.assistance': { en: 'Assistance requested', fr: 'Entraide demandée' },
  'section.elements': { en: 'Contents of the request', fr: 'Mentions de la demande' },
  'section.enclosures': { en: 'Enclosures', fr: 'Pièces jointes' },
  'section.undertakings': { en: 'Undertakings and assurances', fr: 'Engagements et assurances' },
  'section.safeguards': { en: 'Conditions and safeguards', fr: 'Conditions et sauvegardes' },
  'section.data-protection': { en: 'Protection of personal data', fr: 'Protection des données à caractère personnel' },
  'section.conflicts': { en: 'Conflict of laws', fr: 'Conflit de lois' },
  'section.urgency': { en: 'Urgency and time limits', fr: 'Urgence et délais' },
  'section.contact': { en: 'Contact', fr: 'Contact' },

  // The header.
  'label.colon': { en: '{label}:', fr: '{label} :' },
  'label.requesting-authority': { en: 'Requesting authority', fr: 'Autorité requérante' },
  'label.requesting-party': { en: 'Requesting Party', fr: 'Partie requérante' },
  'label.requested-authority': { en: 'Requested authority', fr: 'Autorité requise' },
  'label.requested-party': { en: 'Requested Party', fr: 'Partie requise' },
  'label.provider': { en: 'Service provider', fr: 'Fournisseur de services' },
  'label.reference': { en: 'Reference', fr: 'Référence' },
  'label.case': { en: 'Case', fr: 'Affaire' },
  'label.date': { en: 'Date', fr: 'Date' },

  // The subject, by kind.
  'subject.extradition.prosecution': {
    en: 'Extradition of {person} for the purpose of prosecution.',
    fr: 'Extradition de {person} aux fins de poursuites.',
  },
  'subject.extradition.sentence': {
    en: 'Extradition of {person} for the enforcement of a sentence.',
    fr: "Extradition de {person} aux fins d'exécution d'une peine.",
  },
  'subject.provisional-arrest': {
    en: 'Provisional arrest of {person} pending a request for extradition.',
    fr: "Arrestation provisoire de {person} dans l'attente d'une demande d'extradition.",
  },
  'subject.mutual-assistance': { en: 'Mutual assistance: {measure}.', fr: 'Entraide judiciaire : {measure}.' },
  'subject.preservation': {
    en: 'Expedited preservation of stored computer data.',
    fr: 'Conservation rapide de données informatiques stockées.',
  },
  'subject.traffic-disclosure': {
    en: 'Expedited disclosure of preserved traffic data.',
    fr: 'Divulgation rapide de données relatives au trafic conservées.',
  },
  'subject.emergency-disclosure': {
    en: 'Disclosure of stored computer data in an emergency.',
    fr: "Divulgation de données informatiques stockées en situation d'urgence.",
  },
  'subject.subscriber-order': { en: 'Disclosure of subscriber information.', fr: "Production d'informations relatives aux abonnés." },
  'subject.direct-access': {
    en: 'Access to stored computer data located in another Party.',
    fr: "Accès à des données informatiques stockées situées sur le territoire d'une autre Partie.",
  },
  'subject.unknown': { en: 'Request.', fr: 'Demande.' },
  'words.the-person': { en: 'the person named in this request', fr: 'la personne visée par la présente demande' },
  'words.case-is': { en: 'The request is made in case {case}.', fr: "La demande est présentée dans l'affaire {case}." },

  // The legal basis.
  'basis.intro': { en: 'This request is made under:', fr: 'La présente demande est présentée en application des instruments suivants :' },
  'basis.article': { en: '{title}, Article {article}', fr: '{title}, article {article}' },
  'basis.reciprocity': { en: 'reciprocity and the law of the requested Party', fr: 'la réciprocité et le droit de la Partie requise' },
  'basis.none': {
    en: 'The request names no treaty: it is made under the law of the requested Party.',
    fr: 'La demande ne se fonde sur aucun traité : elle est présentée en application du droit de la Partie requise.',
  },

  // Offences.
  'offences.conduct': { en: 'Offence {name}: {conduct}', fr: 'Infraction {name} : {conduct}' },
  'offences.name-only': { en: 'Offence {name}.', fr: 'Infraction {name}.' },
  'offences.committed': { en: 'Date of commission: {date}.', fr: 'Date de commission : {date}.' },
  'offences.committed-in': { en: 'Place of commission: {places}.', fr: 'Lieu de commission : {places}.' },
  'offences.table.offence': { en: 'Offence', fr: 'Infraction' },
  'offences.table.party': { en: 'Party', fr: 'Partie' },
  'offences.table.provision': { en: 'Legal provision', fr: 'Disposition légale' },
  'offences.table.penalty': { en: 'Maximum penalty', fr: 'Peine maximale' },
  'penalty.years': { en: "{n} years' imprisonment", fr: "{n} ans d'emprisonnement" },
  'penalty.year': { en: "{n} year's imprisonment", fr: "{n} an d'emprisonnement" },
  'penalty.months': { en: "{n} months' imprisonment", fr: "{n} mois d'emprisonnement" },
  'penalty.month': { en: "{n} month's imprisonment", fr: "{n} mois d'emprisonnement" },
  'penalty.days': { en: "{n} days' imprisonment", fr: "{n} jours d'emprisonnement" },
  'penalty.day': { en: "{n} day's imprisonment", fr: "{n} jour d'emprisonnement" },
  'penalty.life': { en: 'life imprisonment', fr: 'réclusion à perpétuité' },
  'penalty.death': { en: 'death penalty', fr: 'peine de mort' },
  'penalty.unstated': { en: 'not stated', fr: 'non précisée' },
  'duration.years': { en: '{n} years', fr: '{n} ans' },
  'duration.year': { en: '{n} year', fr: '{n} an' },
  'duration.months': { en: '{n} months', fr: '{n} mois' },
  'duration.month': { en: '{n} month', fr: '{n} mois' },
  'duration.days': { en: '{n} days', fr: '{n} jours' },
  'duration.day': { en: '{n} day', fr: '{n} jour' },

  // The person.
  'person.name': { en: 'Name: {name}.', fr: 'Nom : {name}.' },
  'person.nationality': { en: 'Nationality: {nationality}.', fr: 'Nationalité : {nationality}.' },
  'person.sentence': { en: 'Sentence to be enforced: {sentence}.', fr: 'Peine à exécuter : {sentence}.' },
  'person.judgment': { en: 'Judgment: {judgment}.', fr: 'Jugement : {judgment}.' },

  // The assistance requested.
  'assist.extradition': {
    en: 'The requesting Party requests the surrender of {person} for the offences set out above.',
    fr: 'La Partie requérante demande la remise de {person} pour les infractions exposées ci-dessus.',
  },
  'assist.provisional-arrest': {
    en: 'The requesting Party requests the provisional arrest of {person}.',
    fr: "La Partie requérante demande l'arrestation provisoire de {person}.",
  },
  'assist.mutual-assistance': {
    en: 'The requesting Party requests the following measure: {measure}.',
    fr: 'La Partie requérante demande la mesure suivante : {measure}.',
  },
  'assist.preservation': {
    en: 'The requesting Party requests the expedited preservation of the stored computer data described below.',
    fr: 'La Partie requérante demande la conservation rapide des données informatiques stockées décrites ci-après.',
  },
  'assist.traffic-disclosure': {
    en: 'The requesting Party requests the expedited disclosure of a sufficient amount of the traffic data preserved on its request, described below, to identify the service provider in another State involved in the transmission and the path through which the communication was transmitted.',
    fr: "La Partie requérante demande la divulgation rapide d'une quantité suffisante des données relatives au trafic conservées à sa demande, décrites ci-après, pour identifier le fournisseur de services d'un autre État qui a participé à la transmission et la voie par laquelle la communication a été transmise.",
  },
  'assist.emergency-disclosure': {
    en: 'The requesting Party requests the disclosure of the stored computer data described below.',
    fr: 'La Partie requérante demande la divulgation des données informatiques stockées décrites ci-après.',
  },
  'assist.subscriber-order': {
    en: 'The provider is requested to produce the subscriber information described below.',
    fr: 'Le fournisseur est invité à produire les informations relatives aux abonnés décrites ci-après.',
  },
  'assist.direct-access': {
    en: 'The requesting Party has accessed or will access the stored computer data described below.',
    fr: 'La Partie requérante a accédé ou accédera aux données informatiques stockées décrites ci-après.',
  },
  'assist.purpose': { en: 'Purpose: {purpose}', fr: 'Objet et motif : {purpose}' },
  'assist.disclose': { en: 'To be disclosed: {text}', fr: 'À divulguer : {text}' },
  'assist.produce': { en: 'To be produced: {text}', fr: 'À produire : {text}' },
  'assist.preserved-by': {
    en: 'The data were preserved at the request of {name}.',
    fr: 'Les données ont été conservées à la suite de la demande {name}.',
  },
  'assist.lawful-basis.publicly-available': { en: 'The data are publicly available.', fr: 'Les données sont accessibles au public.' },
  'assist.lawful-basis.consent': {
    en: 'Lawful and voluntary consent of the person who has lawful authority to disclose the data: {text}',
    fr: 'Consentement légal et volontaire de la personne légalement autorisée à divulguer les données : {text}',
  },
  'assist.controller-risk': {
    en: 'Why the data are not sought from their controller first: {text}',
    fr: "Motifs pour lesquels les données ne sont pas d'abord demandées à leur responsable : {text}",
  },
  'data.item': { en: 'Data {name}', fr: 'Données {name}' },
  'data.type': { en: 'Type: {type}.', fr: 'Nature : {type}.' },
  'data.description': { en: 'Description: {text}', fr: 'Description : {text}' },
  'data.custodian': { en: 'Custodian: {text}', fr: 'Gardien des données : {text}' },
  'data.controller': { en: 'Controller: {text}', fr: 'Responsable du traitement : {text}' },
  'data.stored-in': { en: 'Location: stored in {party}.', fr: 'Lieu de stockage : {party}.' },
  'data.relevance': { en: 'Relevance to the offence: {text}', fr: "Lien avec l'infraction : {text}" },
  'data.type.subscriber': { en: 'subscriber information', fr: 'informations relatives aux abonnés' },
  'data.type.traffic': { en: 'traffic data', fr: 'données relatives au trafic' },
  'data.type.content': { en: 'content data', fr: 'données relatives au contenu' },

  // Measures of mutual assistance.
  'measure.stored-data': {
    en: 'search or similar access, seizure or similar securing, and disclosure of stored computer data',
    fr: 'perquisition ou accès par un moyen similaire, saisie ou obtention par un moyen similaire, et divulgation de données informatiques stockées',
  },
  'measure.search-seizure': {
    en: 'search and seizure of stored computer data',
    fr: 'perquisition et saisie de données informatiques stockées',
  },
  'measure.production': {
    en: 'production of specified computer data or subscriber information',
    fr: "production de données informatiques spécifiées ou d'informations relatives aux abonnés",
  },
  'measure.real-time-traffic': { en: 'real-time collection of traffic data', fr: 'collecte en temps réel de données relatives au trafic' },
  'measure.interception': { en: 'interception of content data', fr: 'interception de données relatives au contenu' },
  'measure.testimony': { en: 'hearing of a witness or expert', fr: "audition d'un témoin ou d'un expert" },
  'measure.property-recovery': {
    en: 'tracing, freezing or confiscation of proceeds',
    fr: 'identification, gel ou confiscation des produits du crime',
  },
  'measure.unstated': { en: 'the measure described below', fr: 'la mesure décrite ci-après' },

  // Required contents.
  'elements.intro': { en: 'As {cite} requires, the request states:', fr: 'Conformément à {cite}, la demande précise :' },
  'elements.intro-law': { en: 'The request states:', fr: 'La demande précise :' },
  'elements.point': { en: '({point}) {what}: {value}', fr: '{point}) {what} : {value}' },
  'elements.follow-up': { en: 'a request for mutual assistance will follow', fr: "une demande d'entraide suivra" },
  'elements.missing': { en: 'not stated', fr: 'non précisé' },
  'enclosures.item': { en: '({point}) {text}', fr: '{point}) {text}' },
  'enclosures.intro': { en: 'The following documents are enclosed{cite}:', fr: 'Les pièces suivantes sont jointes{cite} :' },

  // Undertakings and safeguards.
  'assurance.given': { en: '{label}{cite}: {text}', fr: '{label}{cite} : {text}' },
  'safeguard.authorization.judicial': { en: 'Judicial authorisation: {text}', fr: 'Autorisation judiciaire : {text}' },
  'safeguard.authorization.independent': {
    en: 'Authorisation by an independent authority: {text}',
    fr: "Autorisation d'une autorité indépendante : {text}",
  },
  'safeguard.necessity': { en: 'Necessity: {text}', fr: 'Nécessité : {text}' },
  'safeguard.proportionality': { en: 'Proportionality: {text}', fr: 'Proportionnalité : {text}' },
  'safeguard.duration': { en: 'Duration: {text}.', fr: 'Durée : {text}.' },
  'safeguard.scope': { en: 'Scope: {text}', fr: 'Portée : {text}' },
  'safeguard.notice.given': {
    en: 'Notice to the person concerned: given. {text}',
    fr: 'Information de la personne concernée : donnée. {text}',
  },
  'safeguard.notice.deferred': {
    en: 'Notice to the person concerned: deferred. {text}',
    fr: 'Information de la personne concernée : différée. {text}',
  },
  'safeguard.notice.not-required': {
    en: 'Notice to the person concerned: not required. {text}',
    fr: 'Information de la personne concernée : non requise. {text}',
  },
  'safeguard.redress': { en: 'Redress: {text}', fr: 'Voies de recours : {text}' },

  // Urgency.
  'urgency.extradition-follows': {
    en: 'A request for extradition will follow.',
    fr: "Une demande d'extradition suivra.",
  },
  'urgency.risk.life': { en: 'Risk: to the life of a person.', fr: "Risque : pour la vie d'une personne." },
  'urgency.risk.safety': { en: 'Risk: to the safety of a person.', fr: "Risque : pour la sécurité d'une personne." },
  'urgency.risk.property': { en: 'Risk: to property.', fr: 'Risque : pour des biens.' },
  'urgency.risk.data': { en: 'Risk: to data.', fr: 'Risque : pour des données.' },
  'urgency.emergency': { en: 'The emergency: {text}', fr: "La situation d'urgence : {text}" },

  // Contact.
  'contact.authority': {
    en: 'For any question on this request, please contact: {authority}.',
    fr: "Pour toute question relative à la présente demande, prière de s'adresser à : {authority}.",
  },
  'contact.reference': {
    en: 'Please quote the reference {reference} in all correspondence.',
    fr: 'Prière de rappeler la référence {reference} dans toute correspondance.',
  },

  // Draft and memo.
  'draft.banner': { en: 'DRAFT — {n} open findings', fr: 'PROJET — {n} constats en suspens' },
  'draft.banner-one': { en: 'DRAFT — 1 open finding', fr: 'PROJET — 1 constat en suspens' },
  'memo.title': { en: 'Internal assessment memo — not to be transmitted', fr: "Note d'évaluation interne — à ne pas transmettre" },
  'memo.request': { en: 'Request', fr: 'Demande' },
  'memo.no-instrument': { en: 'no instrument', fr: 'aucun instrument' },
  'memo.request-line': { en: '{title}, reference {reference}.', fr: '{title}, référence {reference}.' },
  'memo.governing': { en: 'Governing instrument', fr: 'Instrument applicable' },
  'memo.grounds': { en: 'Refusal grounds', fr: 'Motifs de refus' },
  'memo.grounds.ground': { en: 'Ground', fr: 'Motif' },
  'memo.grounds.status': { en: 'Status', fr: 'Évaluation' },
  'memo.grounds.reason': { en: 'Reason', fr: 'Motivation' },
  'memo.grounds.none': { en: 'The request assesses no ground.', fr: "La demande n'évalue aucun motif." },
  'memo.status.not-engaged': { en: 'not engaged', fr: 'non applicable' },
  'memo.status.engaged': { en: 'engaged', fr: 'applicable' },
  'memo.status.unassessed': { en: 'unassessed', fr: 'non évalué' },
  'memo.status.unreadable': { en: 'cannot be read', fr: 'illisible' },
  'memo.required': { en: 'Grounds the request must assess: {grounds}.', fr: 'Motifs que la demande doit évaluer : {grounds}.' },
  'memo.findings': { en: 'Open findings', fr: 'Constats en suspens' },
  'memo.findings.count': {
    en: '{n} open findings on the request and on the declarations its letter draws on:',
    fr: '{n} constats en suspens sur la demande et sur les déclarations dont sa lettre est tirée :',
  },
  'memo.findings.count-one': {
    en: '1 open finding on the request and on the declarations its letter draws on:',
    fr: '1 constat en suspens sur la demande et sur les déclarations dont sa lettre est tirée :',
  },
  'memo.findings.none': { en: 'No open finding.', fr: 'Aucun constat en suspens.' },
  'memo.engine-note': {
    en: 'The reasons the engine gives are in English.',
    fr: "Les motifs donnés par le moteur d'analyse sont en anglais.",
  },
} satisfies Record<string, Entry>;

export type WordKey = keyof typeof WORDS;

/** A fixed word, with `{name}` placeholders filled. */
export function w(lang: Lang, key: WordKey, vars: Record<string, string | number> = {}): string {
  return WORDS[key][lang].replace(/\{([a-z-]+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** "2 March 2026", "1er mars 2026". */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = Number(m[3]),
    month = MONTHS[lang][Number(m[2]) - 1] ?? m[2]!;
  if (lang === 'fr') return `${day === 1 ? '1er' : day} ${month} ${m[1]}`;
  return `${day} ${month} ${m[1]}`;
}

/** "A, B and C" / "A, B et C". */
export function andWords(lang: Lang, items: string[]): string {
  return wordList(items, lang === 'fr' ? 'et' : 'and');
}
