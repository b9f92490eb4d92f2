// A request -> its letter model: plain data (a title, a header, sections of numbered paragraphs,
// lists and tables) that every format renders the same way. Built from the workspace's model of
// the request and the declarations it names, and from the law module: the statements of law and
// their citations come from server/src/language/law/, the fixed words from words.ts, and the
// drafter's strings as written. The `grounds` block (the drafter's internal assessment), comments
// and findings are never in a letter; `memo` builds the internal assessment memo instead.

import type { Finding } from '../language/findings';
import {
  ASSURANCE_LABELS, citationsFor, EXTRADITION_DOCUMENT_TEXTS, EXTRADITION_DOCUMENTS, EXTRADITION_DOCUMENTS_CITE, governing,
  GROUND_SPECS, INSTRUMENT_SHORT_FR, INSTRUMENT_TITLES_FR, INSTRUMENTS, isRequestKind, LETTER_STATEMENTS, PRESERVATION_CONTENTS_CITE,
  PRESERVATION_POINTS, requiredGrounds, SUMMARY_LABEL, SUMMARY_LABEL_FR, type Citation, type CiteScope, type CiteTable, type Governing,
  type LetterStatement,
} from '../language/law';
import { block, refs, unusable, value, word, type BasisItem, type BlockModel, type DeclModel, type Typed } from '../language/model';
import type { Decl, RuleContext } from '../language/rules/types';
import { queryContext } from '../language/services/context';
import type { Workspace } from '../language/workspace';
import { andWords, formatDate, w, type Lang, type WordKey } from './words';

export interface Letter {
  lang: Lang;
  /** A letter of request, or the internal assessment memo. */
  kind: 'letter' | 'memo';
  title: string;
  /** The request's name: its reference. */
  reference: string;
  /** "DRAFT — N open findings", at the top of every page; absent for a final letter. */
  banner?: string;
  /** Label (with its colon, as the language writes it) and value lines under the title. */
  header: { label: string; value: string }[];
  sections: Section[];
}

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
}

/** A numbered paragraph (with an optional list under it), or a table. */
export type Block =
  | { t: 'para'; n: number; text: string; items?: string[] }
  | { t: 'table'; head: string[]; rows: string[][] };

export interface BuildOptions {
  lang: Lang;
  memo?: boolean;
  /** The open findings to count in the DRAFT banner; no banner when absent. */
  draftFindings?: readonly Finding[];
}

/** The request declarations named `name`, in workspace order. */
export function requestsNamed(ws: Workspace, name: string): Decl[] {
  return ws.named(name).filter((d) => d.keyword === 'request');
}

/** Every request name of the workspace, for suggestions. */
export function requestNames(ws: Workspace): string[] {
  return ws.namesOf('request');
}

/**
 * The declarations a letter draws on: the request, its case, its parties, offences, person, data
 * and judgment. Their findings are the request's findings.
 */
export function letterDeclarations(ws: Workspace, request: Decl): Decl[] {
  const ctx = queryContext(ws, request);
  const m = request.model;
  const out = new Set<Decl>([request]);
  const add = (d: Decl | undefined): void => { if (d) out.add(d); };
  const ref = (key: string, sort: Parameters<RuleContext['resolve']>[1]): void => {
    const r = value(m, key, 'ref');
    if (r) add(ctx.resolve(r.name, sort));
  };
  ref('case', 'case');
  ref('person', 'person');
  ref('judgment', 'judgment');
  for (const r of refs(m, 'offences')) add(ctx.resolve(r.name, 'offence'));
  for (const r of refs(m, 'data')) add(ctx.resolve(r.name, 'data'));
  for (const code of [value(m, 'from', 'party')?.code, partyOfTo(m)]) if (code) add(ctx.party(code));
  return [...out];
}

/** The open (not suppressed) findings inside the declarations a letter draws on, in workspace order. */
export function requestFindings(ws: Workspace, request: Decl): Finding[] {
  const decls = letterDeclarations(ws, request);
  const out: Finding[] = [];
  for (const uri of [...new Set(decls.map((d) => d.chunk.uri))].sort()) {
    const spans = decls.filter((d) => d.chunk.uri === uri).map((d) => [d.chunk.base + d.syntax.start, d.chunk.base + d.syntax.end] as const);
    for (const f of ws.findings(uri)) {
      if (!f.suppressed && spans.some(([s, e]) => f.start >= s && f.start < e)) out.push(f);
    }
  }
  return out;
}

function partyOfTo(m: DeclModel): string | undefined {
  const to = m.fields.get('to')?.value;
  if (to?.t === 'party') return to.code;
  if (to?.t === 'provider') return to.place?.code;
  return undefined;
}

/** Where a finding is: the file's name and the line, 1-based. */
function where(ws: Workspace, f: Finding): string {
  const doc = ws.document(f.uri);
  const file = decodeURIComponent(f.uri.slice(f.uri.lastIndexOf('/') + 1));
  return doc ? `${file}:${doc.positionAt(f.start).line + 1}` : file;
}

/** A drafter's string as written, its line breaks and indentation (layout of the source) made single spaces. */
export function asWritten(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

class Builder {
  private n = 0;
  readonly sections: Section[] = [];
  private current: Section | undefined;
  readonly ctx: RuleContext;
  readonly m: DeclModel;
  readonly g: Governing;

  constructor(readonly ws: Workspace, readonly request: Decl, readonly lang: Lang) {
    this.ctx = queryContext(ws, request);
    this.m = request.model;
    this.g = governing(this.ctx, request);
  }

  w(key: WordKey, vars: Record<string, string | number> = {}): string {
    return w(this.lang, key, vars);
  }

  section(id: string, heading: string): void {
    this.current = { id, heading, blocks: [] };
    this.sections.push(this.current);
  }

  para(text: string, items?: string[]): void {
    this.current!.blocks.push(items && items.length ? { t: 'para', n: ++this.n, text, items } : { t: 'para', n: ++this.n, text });
  }

  table(head: string[], rows: string[][]): void {
    this.current!.blocks.push({ t: 'table', head, rows });
  }

  /** Drop the sections left empty (a request without safeguards has no such section). */
  finish(): Section[] {
    return this.sections.filter((s) => s.blocks.length > 0);
  }

  // ---------------------------------------------------------------- reading the request

  text(m: DeclModel | BlockModel | undefined, key: string): string | undefined {
    if (!m) return undefined;
    const v = value(m, key, 'text');
    return v ? asWritten(v.node.value) : undefined;
  }

  party(code: string): string {
    const decl = this.ctx.party(code);
    return (decl && this.text(decl.model, 'name')) ?? code;
  }

  resolve(key: string, sort: Parameters<RuleContext['resolve']>[1]): Decl | undefined {
    const r = value(this.m, key, 'ref');
    return r ? this.ctx.resolve(r.name, sort) : undefined;
  }

  personName(): string {
    const person = this.resolve('person', 'person');
    return (person && this.text(person.model, 'name')) ?? this.w('words.the-person');
  }

  /** The citations of a table for this request, as the letter writes them; '' when no article applies. */
  cite(table: CiteTable, inParentheses = true): string {
    return citationsFor(table, this.g as CiteScope).map((c) => citeText(c, this.lang, inParentheses)).filter(Boolean).join('; ');
  }

  /** A statement of the law module with its citation in parentheses (none when no article applies). */
  statement(s: LetterStatement): string {
    const c = this.cite(s.cite);
    const text = s.text[this.lang];
    return c ? `${text.replace(/[.:]$/, '')} (${c}).` : text;
  }

  duration(v: Extract<Typed, { t: 'duration' }> | undefined, penalty = false): string | undefined {
    if (!v) return undefined;
    const unit = v.unit, n = v.amount;
    const key = `${penalty ? 'penalty' : 'duration'}.${unit}${n === 1 ? '' : 's'}` as WordKey;
    return this.w(key, { n });
  }

  penalty(law: BlockModel): string {
    const p = value(law, 'max-penalty', 'penalty');
    if (!p) return this.w('penalty.unstated');
    if (p.word) return this.w(p.word === 'life' ? 'penalty.life' : 'penalty.death');
    const node = p.node;
    if (node.kind !== 'duration') return this.w('penalty.unstated');
    return this.w(`penalty.${node.unit}${node.amount === 1 ? '' : 's'}` as WordKey, { n: node.amount });
  }

  dataDecls(): Decl[] {
    return refs(this.m, 'data').flatMap((r) => this.ctx.resolve(r.name, 'data') ?? []);
  }

  offenceDecls(): Decl[] {
    return refs(this.m, 'offences').flatMap((r) => this.ctx.resolve(r.name, 'offence') ?? []);
  }

  custodian(data: DeclModel): string | undefined {
    const c = data.fields.get('custodian')?.value;
    if (c?.t === 'provider') return c.place ? `${asWritten(c.node.name.value)} (${this.party(c.place.code)})` : asWritten(c.node.name.value);
    if (c?.t === 'text') return asWritten(c.node.value);
    return undefined;
  }
}

/** A citation as a letter in this language writes it; '' where the law of the requested party applies. */
export function citeText(c: Citation, lang: Lang, inParentheses = false): string {
  switch (c.t) {
    case 'article': {
      const parts = c.ref.parts.map((p) => `(${p})`).join('');
      const base = lang === 'fr'
        ? `${INSTRUMENT_SHORT_FR[c.ref.instrument]}, art. ${c.ref.number}${parts}`
        : `${INSTRUMENTS[c.ref.instrument].short} Art. ${c.ref.number}${parts}`;
      const label = lang === 'fr' ? SUMMARY_LABEL_FR : SUMMARY_LABEL;
      if (!c.summary) return base;
      return inParentheses ? `${base}, ${label}` : `${base} (${label})`;
    }
    case 'treaty': return lang === 'fr' ? `le traité applicable (${c.title})` : `the applicable treaty (${c.title})`;
    case 'law': return '';
    case 'text': return c.text;
  }
}

/** An instrument's full title in the letter's language. */
export function instrumentTitle(id: keyof typeof INSTRUMENTS, lang: Lang): string {
  return lang === 'fr' ? INSTRUMENT_TITLES_FR[id] : INSTRUMENTS[id].title;
}

function kindOf(request: Decl): string {
  return isRequestKind(request.model.kind) ? request.model.kind : 'unknown';
}

function titleOf(lang: Lang, request: Decl): string {
  const kind = kindOf(request);
  return kind === 'unknown' ? w(lang, 'subject.unknown').replace(/\.$/, '') : w(lang, `title.${kind}` as WordKey);
}

function banner(lang: Lang, findings: readonly Finding[] | undefined): string | undefined {
  if (!findings) return undefined;
  return findings.length === 1 ? w(lang, 'draft.banner-one') : w(lang, 'draft.banner', { n: findings.length });
}

function header(b: Builder): { label: string; value: string }[] {
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

function subject(b: Builder): void {
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

function basis(b: Builder): void {
  b.section('basis', b.w('section.basis'));
  if (unusable(b.m, 'basis')) return;
  const items = value(b.m, 'basis', 'bases')?.items ?? [];
  if (items.length === 0) {
    b.para(b.w('basis.none'));
    return;
  }
  b.para(b.w('basis.intro'), items.map((i) => basisText(b, i)));
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

function facts(b: Builder): void {
  b.section('facts', b.w('section.facts'));
  const caseRef = value(b.m, 'case', 'ref');
  const text = b.text(b.m, 'facts');
  if (text) b.para(text);
  if (caseRef && text) return;
  if (caseRef) b.para(b.w('words.case-is', { case: caseRef.name }));
}

function offences(b: Builder): void {
  b.section('offences', b.w('section.offences'));
  const list = b.offenceDecls();
  if (list.length === 0) return;
  const rows: string[][] = [];
  for (const o of list) {
    const conduct = b.text(o.model, 'conduct');
    const items: string[] = [];
    const committed = value(o.model, 'committed', 'date');
    if (committed) items.push(b.w('offences.committed', { date: formatDate(b.lang, committed.iso) }));
    const places = value(o.model, 'committed-in', 'parties')?.items ?? [];
    if (places.length) items.push(b.w('offences.committed-in', { places: andWords(b.lang, places.map((p) => b.party(p.code))) }));
    b.para(conduct ? b.w('offences.conduct', { name: o.name, conduct }) : b.w('offences.name-only', { name: o.name }), items);
    const laws = o.model.blocks.get('law') ?? [];
    for (const law of laws) {
      rows.push([o.name, law.party ? b.party(law.party) : '', b.text(law, 'cite') ?? '', b.penalty(law)]);
    }
    if (laws.length === 0) rows.push([o.name, '', '', b.w('penalty.unstated')]);
  }
  b.table([b.w('offences.table.offence'), b.w('offences.table.party'), b.w('offences.table.provision'), b.w('offences.table.penalty')], rows);
}

function person(b: Builder): void {
  b.section('person', b.w('section.person'));
  const p = b.resolve('person', 'person');
  if (!p) return;
  const items: string[] = [];
  const name = b.text(p.model, 'name');
  const nationality = value(p.model, 'nationality', 'parties')?.items ?? [];
  if (nationality.length) items.push(b.w('person.nationality', { nationality: andWords(b.lang, nationality.map((x) => b.party(x.code))) }));
  const sentence = value(b.m, 'sentence', 'duration');
  if (sentence) items.push(b.w('person.sentence', { sentence: b.duration(sentence, true)! }));
  const judgment = value(b.m, 'judgment', 'ref');
  if (judgment) items.push(b.w('person.judgment', { judgment: judgment.name }));
  b.para(b.w('person.name', { name: name ?? p.name }), items);
}

function assistance(b: Builder): void {
  b.section('assistance', b.w('section.assistance'));
  const kind = kindOf(b.request);
  const m = b.m;
  const person = b.personName();
  switch (kind) {
    case 'extradition': b.para(b.w('assist.extradition', { person })); break;
    case 'provisional-arrest': {
      b.para(b.w('assist.provisional-arrest', { person }));
      const arrested = value(m, 'arrested', 'date');
      if (arrested) b.para(b.w('assist.arrested', { date: formatDate(b.lang, arrested.iso) }));
      break;
    }
    case 'mutual-assistance': b.para(b.w('assist.mutual-assistance', { measure: measureWords(b) })); break;
    case 'unknown': break;
    default: b.para(b.w(`assist.${kind}` as WordKey));
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
  if (lawful?.t === 'word' && lawful.word === 'consent' && lawful.text) b.para(b.w('assist.lawful-basis.consent', { text: asWritten(lawful.text.value) }));
  const controllerRisk = b.text(m, 'controller-risk');
  if (controllerRisk) b.para(b.w('assist.controller-risk', { text: controllerRisk }));
}

/** What the governing instrument requires the request to state: Budapest Art. 29(2) point by point, or ETS 24 Art. 12(2)'s enclosures. */
function elements(b: Builder): void {
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
    const dataWords = data.map((d) => [b.text(d.model, 'description'), b.text(d.model, 'relevance')].filter(Boolean).join(' — ')).filter(Boolean);
    const custodians = data.map((d) => b.custodian(d.model)).filter((c): c is string => !!c);
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
      for (const wd of doc.words) if (listed.has(wd)) items.push(b.w('enclosures.item', { point: doc.point.replace(/[()]/g, ''), text: EXTRADITION_DOCUMENT_TEXTS[wd]![b.lang] }));
    }
    if (items.length === 0) return;
    b.section('enclosures', b.w('section.enclosures'));
    const cite = b.cite(EXTRADITION_DOCUMENTS_CITE);
    b.para(b.w('enclosures.intro', { cite: cite ? ` (${cite})` : '' }), items);
  }
}

function undertakings(b: Builder): void {
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

function safeguardsSection(b: Builder): void {
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

function stringSection(b: Builder, id: string, heading: WordKey, key: string): void {
  b.section(id, b.w(heading));
  const text = b.text(b.m, key);
  if (text) b.para(text);
}

function urgency(b: Builder): void {
  b.section('urgency', b.w('section.urgency'));
  const kind = kindOf(b.request);
  if (kind === 'preservation') b.para(b.statement(LETTER_STATEMENTS.preservationPeriod));
  if (kind === 'provisional-arrest') {
    b.para(b.statement(LETTER_STATEMENTS.provisionalArrestFollows));
    b.para(b.statement(LETTER_STATEMENTS.provisionalArrestPeriods));
  }
  if (kind === 'emergency-disclosure') {
    b.para(b.statement(LETTER_STATEMENTS.emergency));
    const emergency = b.text(b.m, 'emergency');
    if (emergency) b.para(b.w('urgency.emergency', { text: emergency }));
    const risk = word(b.m, 'risk');
    if (risk) b.para(b.w(`urgency.risk.${risk}` as WordKey));
  }
}

function contact(b: Builder): void {
  b.section('contact', b.w('section.contact'));
  const authority = b.text(b.m, 'authority');
  if (authority) b.para(b.w('contact.authority', { authority }));
  b.para(b.w('contact.reference', { reference: b.request.name }));
}

/** The letter of request, in the order a central authority expects. */
export function buildLetter(ws: Workspace, request: Decl, options: BuildOptions): Letter {
  if (options.memo) return buildMemo(ws, request, options);
  const b = new Builder(ws, request, options.lang);
  const head = header(b);
  subject(b);
  basis(b);
  facts(b);
  offences(b);
  person(b);
  assistance(b);
  elements(b);
  undertakings(b);
  safeguardsSection(b);
  stringSection(b, 'data-protection', 'section.data-protection', 'data-protection');
  stringSection(b, 'conflicts', 'section.conflicts', 'conflicts');
  urgency(b);
  contact(b);
  return {
    lang: options.lang, kind: 'letter', title: titleOf(options.lang, request), reference: request.name,
    banner: banner(options.lang, options.draftFindings), header: head, sections: b.finish(),
  };
}

/** The internal assessment memo: the grounds with their status and reason, the governing instrument and why, the open findings. */
export function buildMemo(ws: Workspace, request: Decl, options: BuildOptions): Letter {
  const b = new Builder(ws, request, options.lang);
  const head = header(b);
  b.section('request', b.w('memo.request'));
  b.para(b.w('memo.request-line', { title: titleOf(options.lang, request), reference: request.name }));

  b.section('governing', b.w('memo.governing'));
  const g = b.g;
  const name = g.governing === 'none' ? (options.lang === 'fr' ? 'aucun instrument' : 'no instrument')
    : g.governing === 'treaty' ? citeText({ t: 'treaty', title: g.treatyTitle ?? '' }, options.lang)
      : instrumentTitle(g.governing, options.lang);
  b.para(`${name}.`);
  b.para(g.why, options.lang === 'fr' ? [b.w('memo.engine-note')] : undefined);

  b.section('grounds', b.w('memo.grounds'));
  const grounds = block(b.m, 'grounds')?.grounds ?? [];
  if (grounds.length === 0) b.para(b.w('memo.grounds.none'));
  else {
    b.table([b.w('memo.grounds.ground'), b.w('memo.grounds.status'), b.w('memo.grounds.reason')], grounds.map((gr) => {
      const qualified = gr.entry.value.kind === 'qualified' ? gr.entry.value.text : undefined;
      const label = gr.ground === 'other' && gr.label ? `other: ${asWritten(gr.label.value)}` : gr.ground;
      return [label, gr.status ? b.w(`memo.status.${gr.status}`) : b.w('memo.status.unreadable'), qualified ? asWritten(qualified.value) : ''];
    }));
  }
  const required = requiredGrounds(b.ctx, request);
  if (required && required.required.length) {
    const known = new Set(GROUND_SPECS.map((s) => s.word));
    b.para(b.w('memo.required', { grounds: andWords(options.lang, required.required.map((r) => r.ground).filter((x) => known.has(x))) }));
  }

  b.section('findings', b.w('memo.findings'));
  const findings = requestFindings(ws, request);
  if (findings.length === 0) b.para(b.w('memo.findings.none'));
  else b.para(b.w('memo.findings.count', { n: findings.length }), findings.map((f) => `${f.rule} (${f.severity}), ${where(ws, f)}: ${f.message}`));
  return {
    lang: options.lang, kind: 'memo', title: b.w('memo.title'), reference: request.name,
    banner: banner(options.lang, options.draftFindings), header: head, sections: b.finish(),
  };
}
