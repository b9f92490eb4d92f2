// The builder of a letter (letter.ts, sections.ts): the request's model, its governing instrument
// and a rule context to ask the law module, the letter's words in its language, and numbered
// paragraphs added section by section. Also how a citation and an instrument are written in a letter.

import type { Finding } from '../language/findings';
import {
  citationsFor,
  governing,
  INSTRUMENT_SHORT_FR,
  INSTRUMENT_TITLES_FR,
  INSTRUMENTS,
  isRequestKind,
  SUMMARY_LABEL,
  SUMMARY_LABEL_FR,
  type Citation,
  type CiteScope,
  type CiteTable,
  type Governing,
  type LetterStatement,
} from '../language/law';
import { refs, value, type BlockModel, type DeclModel, type Typed } from '../language/model';
import type { Decl, RuleContext } from '../language/rules/types';
import { queryContext } from '../language/services/context';
import type { Workspace } from '../language/workspace';
import { w, type Lang, type WordKey } from './words';
import type { Section } from './letterModel';

export function asWritten(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export class Builder {
  private n = 0;
  readonly sections: Section[] = [];
  private current: Section | undefined;
  readonly ctx: RuleContext;
  readonly m: DeclModel;
  readonly g: Governing;

  constructor(
    readonly ws: Workspace,
    readonly request: Decl,
    readonly lang: Lang,
  ) {
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
  cite(table: CiteTable, inParentheses = true, articlesOnly = false): string {
    return citationsFor(table, this.g as CiteScope)
      .filter((c) => !articlesOnly || c.t === 'article')
      .map((c) => citeText(c, this.lang, inParentheses))
      .filter(Boolean)
      .join('; ');
  }

  /** A statement of the law module with its citation in parentheses (none when no article applies). */
  statement(s: LetterStatement): string {
    const c = this.cite(s.cite);
    const text = s.text[this.lang];
    return c ? `${text.replace(/[.:]$/, '')} (${c}).` : text;
  }

  duration(v: Pick<Extract<Typed, { t: 'duration' }>, 'unit' | 'amount'> | undefined, penalty = false): string | undefined {
    if (!v) return undefined;
    const unit = v.unit,
      n = v.amount;
    const key = `${penalty ? 'penalty' : 'duration'}.${unit}${n === 1 ? '' : 's'}` as WordKey;
    return this.w(key, { n });
  }

  penalty(law: BlockModel): string {
    const p = value(law, 'max-penalty', 'penalty');
    if (!p) return this.w('penalty.unstated');
    if (p.word) return this.w(p.word === 'life' ? 'penalty.life' : 'penalty.death');
    const node = p.node;
    if (node.kind !== 'duration') return this.w('penalty.unstated');
    return this.duration(node, true)!;
  }

  dataDecls(): Decl[] {
    return refs(this.m, 'data').flatMap((r) => this.ctx.resolve(r.name, 'data') ?? []);
  }

  offenceDecls(): Decl[] {
    return refs(this.m, 'offences').flatMap((r) => this.ctx.resolve(r.name, 'offence') ?? []);
  }

  custodian(data: DeclModel): string | undefined {
    const c = data.fields.get('custodian')?.value;
    if (c?.t === 'provider')
      return c.place ? `${asWritten(c.node.name.value)} (${this.party(c.place.code)})` : asWritten(c.node.name.value);
    if (c?.t === 'text') return asWritten(c.node.value);
    return undefined;
  }
}

/** A citation as a letter in this language writes it; '' where the law of the requested party applies. */
export function citeText(c: Citation, lang: Lang, inParentheses = false): string {
  switch (c.t) {
    case 'article': {
      const parts = c.ref.parts.map((p) => `(${p})`).join('');
      const base =
        lang === 'fr'
          ? `${INSTRUMENT_SHORT_FR[c.ref.instrument]}, art. ${c.ref.number}${parts}`
          : `${INSTRUMENTS[c.ref.instrument].short} Art. ${c.ref.number}${parts}`;
      const label = lang === 'fr' ? SUMMARY_LABEL_FR : SUMMARY_LABEL;
      if (!c.summary) return base;
      return inParentheses ? `${base}, ${label}` : `${base} (${label})`;
    }
    case 'treaty':
      return lang === 'fr' ? `le traité applicable (${c.title})` : `the applicable treaty (${c.title})`;
    case 'law':
      return '';
    case 'text':
      return c.text;
  }
}

/** An instrument's full title in the letter's language. */
export function instrumentTitle(id: keyof typeof INSTRUMENTS, lang: Lang): string {
  return lang === 'fr' ? INSTRUMENT_TITLES_FR[id] : INSTRUMENTS[id].title;
}

export function kindOf(request: Decl): string {
  return isRequestKind(request.model.kind) ? request.model.kind : 'unknown';
}

export function titleOf(lang: Lang, request: Decl): string {
  const kind = kindOf(request);
  return kind === 'unknown' ? w(lang, 'subject.unknown').replace(/\.$/, '') : w(lang, `title.${kind}` as WordKey);
}

export function banner(lang: Lang, findings: readonly Finding[] | undefined): string | undefined {
  if (!findings) return undefined;
  return findings.length === 1 ? w(lang, 'draft.banner-one') : w(lang, 'draft.banner', { n: findings.length });
}
