// The sections of a letter of request, each written from the request's model and the law module,
// in the order a central authority expects (letter.ts calls them in turn).

import {
  ASSURANCE_LABELS,
  EXTRADITION_DOCUMENT_TEXTS,
  EXTRADITION_DOCUMENTS,
  EXTRADITION_DOCUMENTS_CITE,
  LETTER_STATEMENTS,
  PRESERVATION_CONTENTS_CITE,
  PRESERVATION_POINTS,
} from '../language/law';
import { block, unusable, value, word, type BasisItem } from '../language/model';
import { requestedParty, requestingParty } from '../language/rules/facts';
import { andWords, formatDate, type WordKey } from './words';
import { asWritten, Builder, instrumentTitle, kindOf } from './builder';

export function header(b: Builder): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  const m = b.m;
  const authority = b.text(m, 'authority');
  if (authority) out.push({ label: b.w('label.requesting-authority'), value: authority });
  const from = value(m, 'from', 'party')?.code;
  if (from) out.push({ label: b.w('label.requesting-party'), value: b.party(from) });
  const to = m.fields.get('to')?.value;
  if (to?.t === 'party') {
    const central = b.text(b.ctx.party(to.code)?.model, 'central-authority');
    if (central) out.push({ label: b.w('label.requested-authority'), value: central });
    out.push({ label: b.w('label.requested-party'), value: b.party(to.code) });
  } else if (to?.t === 'provider') {
    out.push({ label: b.w('label.provider'), value: asWritten(to.node.name.value) });
    if (to.place) out.push({ label: b.w('label.requested-party'), value: b.party(to.place.code) });
  }
  out.push({ label: b.w('label.reference'), value: b.request.name });
  const kase = b.resolve('case', 'case');
  const caseRef = value(m, 'case', 'ref');
  if (caseRef) {
    const title = kase && b.text(kase.model, 'title');
    out.push({ label: b.w('label.case'), value: title ? `${caseRef.name} — ${title}` : caseRef.name });
  }
  const date = value(m, 'date', 'date');
  if (date) out.push({ label: b.w('label.date'), value: formatDate(b.lang, date.iso) });
  return out.map((h) => ({ label: b.w('label.colon', { label: h.label }), value: h.value }));
}

export function subject(b: Builder): void {
  b.section('subject', b.w('section.subject'));
  const kind = kindOf(b.request);
  const person = b.personName();
  switch (kind) {
    case 'extradition':
      b.para(b.w(word(b.m, 'for') === 'sentence' ? 'subject.extradition.sentence' : 'subject.extradition.prosecution', { person }));
      break;
    case 'provisional-arrest':
      b.para(b.w('subject.provisional-arrest', { person }));
      break;
    case 'mutual-assistance':
      b.para(b.w('subject.mutual-assistance', { measure: measureWords(b) }));
      break;
    case 'unknown':
      b.para(b.w('subject.unknown'));
      break;
    default:
      b.para(b.w(`subject.${kind}` as WordKey));
  }
}

function measureWords(b: Builder): string {
  const measure = word(b.m, 'measure');
  return measure ? b.w(`measure.${measure}` as WordKey) : b.w('measure.unstated');
}

export function basis(b: Builder): void {
  b.section('basis', b.w('section.basis'));
  if (unusable(b.m, 'basis')) return;
  const items = value(b.m, 'basis', 'bases')?.items ?? [];
  if (items.length === 0) {
    b.para(b.w('basis.none'));
    return;
  }
  b.para(
    b.w('basis.intro'),
    items.map((i) => basisText(b, i)),
  );
}

function basisText(b: Builder, item: BasisItem): string {
  if (item.reciprocity) return b.w('basis.reciprocity');
  const title = item.instrument ? instrumentTitle(item.instrument, b.lang) : item.treaty ? asWritten(item.treaty.value) : '';
  const ref = item.article?.ref;
  const node = item.article?.node;
  if (node) {
    const article = `${node.number.text}${node.parts.map((p) => `(${p.text})`).join('')}`;
    return b.w('basis.article', { title, article: ref ? `${ref.number}${ref.parts.map((p) => `(${p})`).join('')}` : article });
  }
  return title;
}

export function facts(b: Builder): void {
  b.section('facts', b.w('section.facts'));
  const caseRef = value(b.m, 'case', 'ref');
  const text = b.text(b.m, 'facts');
  if (text) b.para(text);
  if (caseRef && text) return;
  if (caseRef) b.para(b.w('words.case-is', { case: caseRef.name }));
}

export function offences(b: Builder): void {
  b.section('offences', b.w('section.offences'));
  const list = b.offenceDecls();
  if (list.length === 0) return;
  const rows: string[][] = [];
  // The laws of the two parties of the request; another State's law is not the requested party's concern.
  const parties = new Set([requestingParty(b.request), requestedParty(b.request)].filter((p): p is string => typeof p === 'string'));
  const concerned = (party: string | undefined): boolean => parties.size < 2 || !party || parties.has(party);
  for (const o of list) {
    const conduct = b.text(o.model, 'conduct');
    const items: string[] = [];
    const committed = value(o.model, 'committed', 'date');
    if (committed) items.push(b.w('offences.committed', { date: formatDate(b.lang, committed.iso) }));
    const places = value(o.model, 'committed-in', 'parties')?.items ?? [];
    if (places.length)
      items.push(
        b.w('offences.committed-in', {
          places: andWords(
            b.lang,
            places.map((p) => b.party(p.code)),
          ),
        }),
      );
    b.para(conduct ? b.w('offences.conduct', { name: o.name, conduct }) : b.w('offences.name-only', { name: o.name }), items);
    const laws = (o.model.blocks.get('law') ?? []).filter((law) => concerned(law.party));
    for (const law of laws) {
      rows.push([o.name, law.party ? b.party(law.party) : '', b.text(law, 'cite') ?? '', b.penalty(law)]);
    }
    if (laws.length === 0) rows.push([o.name, '', '', b.w('penalty.unstated')]);
  }
  b.table(
    [b.w('offences.table.offence'), b.w('offences.table.party'), b.w('offences.table.provision'), b.w('offences.table.penalty')],
    rows,
  );
}

export function person(b: Builder): void {
  b.section('person', b.w('section.person'));
  const p = b.resolve('person', 'person');
  if (!p) return;
  const items: string[] = [];
  const name = b.text(p.model, 'name');
  const nationality = value(p.model, 'nationality', 'parties')?.items ?? [];
  if (nationality.length)
    items.push(
      b.w('person.nationality', {
        nationality: andWords(
          b.lang,
          nationality.map((x) => b.party(x.code)),
        ),
      }),
    );
  const sentence = value(b.m, 'sentence', 'duration');
  if (sentence) items.push(b.w('person.sentence', { sentence: b.duration(sentence, true)! }));
  const judgment = value(b.m, 'judgment', 'ref');
  if (judgment) items.push(b.w('person.judgment', { judgment: judgment.name }));
  b.para(b.w('person.name', { name: name ?? p.name }), items);
}

export function assistance(b: Builder): void {
  b.section('assistance', b.w('section.assistance'));
  const kind = kindOf(b.request);
  const m = b.m;
  const person = b.personName();
  switch (kind) {
    case 'extradition':
      b.para(b.w('assist.extradition', { person }));
      break;
    case 'provisional-arrest':
      // `arrested` records the arrest once made, for the deadlines (CR116, CR117): the letter asks
      // for the arrest and does not state it.
      b.para(b.w('assist.provisional-arrest', { person }));
      break;
    case 'mutual-assistance':
      b.para(b.w('assist.mutual-assistance', { measure: measureWords(b) }));
      break;
    case 'unknown':
      break;
    default:
      b.para(b.w(`assist.${kind}` as WordKey));
  }
  const purpose = b.text(m, 'purpose');
  if (purpose) b.para(b.w('assist.purpose', { purpose }));
  for (const key of ['disclose', 'produce'] as const) {
    const text = b.text(m, key);
    if (text) b.para(b.w(`assist.${key}`, { text }));
  }
  for (const d of b.dataDecls()) {
    const dm = d.model;
    const items: string[] = [];
    const type = word(dm, 'type');
    if (type) items.push(b.w('data.type', { type: b.w(`data.type.${type}` as WordKey) }));
    const description = b.text(dm, 'description');
    if (description) items.push(b.w('data.description', { text: description }));
    const custodian = b.custodian(dm);
    if (custodian) items.push(b.w('data.custodian', { text: custodian }));
    const controller = b.text(dm, 'controller');
    if (controller) items.push(b.w('data.controller', { text: controller }));
    const stored = value(dm, 'stored-in', 'party');
    if (stored) items.push(b.w('data.stored-in', { party: b.party(stored.code) }));
    const relevance = b.text(dm, 'relevance');
    if (relevance) items.push(b.w('data.relevance', { text: relevance }));
    b.para(b.w('data.item', { name: d.name }), items);
  }
  const preservedBy = value(m, 'preserved-by', 'ref');
  if (preservedBy) b.para(b.w('assist.preserved-by', { name: preservedBy.name }));
  const lawful = m.fields.get('lawful-basis')?.value;
  if (lawful?.t === 'word' && lawful.word === 'publicly-available') b.para(b.w('assist.lawful-basis.publicly-available'));
  if (lawful?.t === 'word' && lawful.word === 'consent' && lawful.text)
    b.para(b.w('assist.lawful-basis.consent', { text: asWritten(lawful.text.value) }));
  const controllerRisk = b.text(m, 'controller-risk');
  if (controllerRisk) b.para(b.w('assist.controller-risk', { text: controllerRisk }));
}

/** What the governing instrument requires the request to state: Budapest Art. 29(2) point by point, or ETS 24 Art. 12(2)'s enclosures. */
export function elements(b: Builder): void {
  const kind = kindOf(b.request);
  if (kind === 'preservation') {
    b.section('elements', b.w('section.elements'));
    const cite = b.cite(PRESERVATION_CONTENTS_CITE, false);
    const missing = b.w('elements.missing');
    const m = b.m;
    const point = (p: string, key: string, v: string | undefined): string =>
      b.w('elements.point', { point: p, what: PRESERVATION_POINTS[key]![b.lang], value: v ?? missing });
    const data = b.dataDecls();
    const offenceWords = b.offenceDecls().map((o) => b.text(o.model, 'conduct') ?? o.name);
    const dataWords = data
      .map((d) => [b.text(d.model, 'description'), b.text(d.model, 'relevance')].filter(Boolean).join(' — '))
      .filter(Boolean);
    const custodians = [...new Set(data.map((d) => b.custodian(d.model)).filter((c): c is string => !!c))];
    b.para(cite ? b.w('elements.intro', { cite }) : b.w('elements.intro-law'), [
      point('a', 'authority', b.text(m, 'authority')),
      point('b', 'offences', offenceWords.length ? offenceWords.join('; ') : undefined),
      point('b', 'facts', b.text(m, 'facts')),
      point('c', 'data', dataWords.length ? dataWords.join('; ') : undefined),
      point('d', 'custodian', custodians.length ? custodians.join('; ') : undefined),
      point('e', 'necessity', b.text(m, 'necessity')),
      point('f', 'follow-up', word(m, 'follow-up') === 'mutual-assistance' ? b.w('elements.follow-up') : undefined),
    ]);
    return;
  }
  if (kind === 'extradition' || kind === 'provisional-arrest') {
    const listed = new Set((value(b.m, 'documents', 'words')?.items ?? []).map((i) => i.word));
    const items: string[] = [];
    for (const doc of EXTRADITION_DOCUMENTS) {
      for (const wd of doc.words)
        if (listed.has(wd))
          items.push(b.w('enclosures.item', { point: doc.point.replace(/[()]/g, ''), text: EXTRADITION_DOCUMENT_TEXTS[wd]![b.lang] }));
    }
    if (items.length === 0) return;
    b.section('enclosures', b.w('section.enclosures'));
    // The list is ETS 24 Art. 12(2)'s: cited where ETS 24 governs, and credited to no other instrument.
    const cite = b.cite(EXTRADITION_DOCUMENTS_CITE, true, true);
    b.para(b.w('enclosures.intro', { cite: cite ? ` (${cite})` : '' }), items);
  }
}

export function undertakings(b: Builder): void {
  b.section('undertakings', b.w('section.undertakings'));
  const m = b.m;
  if (word(m, 'specialty') === 'undertaken') b.para(b.statement(LETTER_STATEMENTS.specialty));
  if (word(m, 'if-refused') === 'prosecute') b.para(b.statement(LETTER_STATEMENTS.ifRefused));
  const assurances = block(m, 'assurances');
  if (!assurances) return;
  for (const [key, label] of Object.entries(ASSURANCE_LABELS)) {
    const text = b.text(assurances, key);
    if (!text) continue;
    const cite = b.cite(label.cite);
    b.para(b.w('assurance.given', { label: label.text[b.lang], cite: cite ? ` (${cite})` : '', text }));
  }
}

export function safeguardsSection(b: Builder): void {
  b.section('safeguards', b.w('section.safeguards'));
  const s = block(b.m, 'safeguards');
  if (!s) return;
  const auth = s.fields.get('authorization')?.value;
  if (auth?.t === 'word' && auth.text && (auth.word === 'judicial' || auth.word === 'independent')) {
    b.para(b.w(`safeguard.authorization.${auth.word}`, { text: asWritten(auth.text.value) }));
  }
  for (const key of ['necessity', 'proportionality'] as const) {
    const text = b.text(s, key);
    if (text) b.para(b.w(`safeguard.${key}`, { text }));
  }
  const duration = b.duration(value(s, 'duration', 'duration'));
  if (duration) b.para(b.w('safeguard.duration', { text: duration }));
  const scope = b.text(s, 'scope');
  if (scope) b.para(b.w('safeguard.scope', { text: scope }));
  const notice = s.fields.get('notice')?.value;
  if (notice?.t === 'word' && notice.text && ['given', 'deferred', 'not-required'].includes(notice.word)) {
    b.para(b.w(`safeguard.notice.${notice.word}` as WordKey, { text: asWritten(notice.text.value) }));
  }
  const redress = b.text(s, 'redress');
  if (redress) b.para(b.w('safeguard.redress', { text: redress }));
}

export function stringSection(b: Builder, id: string, heading: WordKey, key: string): void {
  b.section(id, b.w(heading));
  const text = b.text(b.m, key);
  if (text) b.para(text);
}

export function urgency(b: Builder): void {
  b.section('urgency', b.w('section.urgency'));
  const kind = kindOf(b.request);
  if (kind === 'preservation') b.para(b.statement(LETTER_STATEMENTS.preservationPeriod));
  if (kind === 'provisional-arrest') {
    // ETS 24 Art. 16's documents and periods are that convention's law: under another instrument
    // the letter says only that the extradition request will follow.
    if (b.g.governing === 'ets24') {
      b.para(b.statement(LETTER_STATEMENTS.provisionalArrestFollows));
      b.para(b.statement(LETTER_STATEMENTS.provisionalArrestPeriods));
    } else b.para(b.w('urgency.extradition-follows'));
  }
  if (kind === 'emergency-disclosure') {
    b.para(b.statement(LETTER_STATEMENTS.emergency));
    const emergency = b.text(b.m, 'emergency');
    if (emergency) b.para(b.w('urgency.emergency', { text: emergency }));
    const risk = word(b.m, 'risk');
    if (risk) b.para(b.w(`urgency.risk.${risk}` as WordKey));
  }
}

export function contact(b: Builder): void {
  b.section('contact', b.w('section.contact'));
  const authority = b.text(b.m, 'authority');
  if (authority) b.para(b.w('contact.authority', { authority }));
  b.para(b.w('contact.reference', { reference: b.request.name }));
}
