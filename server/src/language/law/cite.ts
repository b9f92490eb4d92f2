// How a finding cites the law (rules.md, "What a finding cites"): an article of the governing
// instrument; or an article of another instrument of the basis that applies between the parties,
// where the rule rests on it; ECHR Art. 3 and ICCPR Art. 7 for human rights; and otherwise, in
// words, "the applicable treaty (TITLE)" or "the law of the requested party". An article whose
// text is not in the reference verbatim is cited as a summary.

import { checkArticle, cite as citeArticle, parseArticleRef, type ArticleRef } from '../articles';
import { INSTRUMENT_IDS, type InstrumentId } from './instruments';

export const SUMMARY_LABEL = 'summary, to be verified against the official text';

/** An article a rule may rest on under one instrument. */
export type CiteEntry =
  | string
  | {
      ref: string;
      /** Only where this instrument governs (Budapest Art. 27 applies only where no treaty binds the parties). */
      governingOnly?: boolean;
      /** Only where this protocol also applies between the parties (ETS 98 Art. 3 beside ETS 24). */
      protocol?: InstrumentId;
      /** Only for these measures of a mutual-assistance request. */
      measures?: string[];
      /** The article keeps the grounds of the requested party's law rather than naming this one. */
      keepsLaw?: boolean;
      /** Only where the requested party has made the declaration or reservation the article allows (ETS 30 Art. 5). */
      declared?: boolean;
    };

export type CiteTable = Partial<Record<InstrumentId, CiteEntry>> & {
  /** Cited whatever the basis (ECHR Art. 3, ICCPR Art. 7). */
  always?: string[];
  /** Cited whatever the basis, in words (for texts the reference does not hold). */
  alwaysText?: string[];
};

export type GoverningId = InstrumentId | 'treaty' | 'none';

/** What a citation depends on: the request's governing instrument and the instruments that apply. */
export interface CiteScope {
  governing: GoverningId;
  /** The title of the governing `treaty "…"`. */
  treatyTitle?: string;
  /** The instruments of the basis that apply between the parties. */
  applying: ReadonlySet<InstrumentId>;
  /** Protocols that apply between the parties. */
  protocols: ReadonlySet<InstrumentId>;
  /** The articles the requested party's declaration lists in `declarations` or `reservations` ("ets30 art 5"). */
  declared?: ReadonlySet<string>;
  measure?: string;
}

export type Citation =
  | { t: 'article'; ref: ArticleRef; summary: boolean }
  | { t: 'treaty'; title: string }
  | { t: 'law'; keptBy?: ArticleRef }
  | { t: 'text'; text: string };

function article(text: string): Citation {
  const ref = parseArticleRef(text);
  if (!ref) throw new Error(`not an article reference: ${text}`);
  return { t: 'article', ref, summary: !isVerbatim(ref) };
}

/**
 * Is the text of this article (or paragraph) in the reference verbatim? A paragraph the reference
 * does not quote is not, even in an article it quotes (ETS 24 Art. 10(3) as replaced by CETS 212).
 */
export function isVerbatim(ref: ArticleRef): boolean {
  const check = checkArticle(ref);
  return check.ok && check.held === 'verbatim';
}

function usable(entry: CiteEntry | undefined, scope: CiteScope, governing: boolean): entry is CiteEntry {
  if (entry === undefined) return false;
  if (typeof entry === 'string') return true;
  if (entry.governingOnly && !governing) return false;
  if (entry.protocol && !scope.protocols.has(entry.protocol)) return false;
  if (entry.measures && !(scope.measure && entry.measures.includes(scope.measure))) return false;
  if (entry.declared) {
    const ref = parseArticleRef(entry.ref);
    if (!ref || !scope.declared?.has(`${ref.instrument} art ${ref.number}`)) return false;
  }
  return true;
}

function fromEntry(entry: CiteEntry): Citation {
  if (typeof entry === 'string') return article(entry);
  if (entry.keepsLaw) return { t: 'law', keptBy: parseArticleRef(entry.ref) };
  return article(entry.ref);
}

/** The citations of a table for a request. */
export function citationsFor(table: CiteTable, scope: CiteScope): Citation[] {
  const out: Citation[] = [];
  const hasEntries = INSTRUMENT_IDS.some((id) => table[id] !== undefined);
  if (hasEntries || (!table.always && !table.alwaysText)) out.push(mainCitation(table, scope));
  for (const a of table.always ?? []) out.push(article(a));
  for (const text of table.alwaysText ?? []) out.push({ t: 'text', text });
  return out;
}

function mainCitation(table: CiteTable, scope: CiteScope): Citation {
  const g = scope.governing;
  if (g !== 'treaty' && g !== 'none' && usable(table[g], scope, true)) return fromEntry(table[g]);
  if (g === 'treaty') return { t: 'treaty', title: scope.treatyTitle ?? '' };
  for (const id of INSTRUMENT_IDS) {
    if (id === g || !scope.applying.has(id)) continue;
    const entry = table[id];
    if (usable(entry, scope, false)) return fromEntry(entry);
  }
  return { t: 'law' };
}

/** "ETS 24 Art. 11", "UNCC Art. 37 (summary, to be verified against the official text)". */
export function renderCitation(c: Citation): string {
  switch (c.t) {
    case 'article':
      return `${citeArticle(c.ref.instrument, c.ref.number, c.ref.parts)}${c.summary ? ` (${SUMMARY_LABEL})` : ''}`;
    case 'treaty':
      return `the applicable treaty (${c.title})`;
    case 'law':
      return c.keptBy
        ? `the grounds of the requested party's law, which ${citeArticle(c.keptBy.instrument, c.keptBy.number, c.keptBy.parts)} keeps`
        : 'the law of the requested party';
    case 'text':
      return c.text;
  }
}

export function renderCitations(list: Citation[]): string {
  return list.map(renderCitation).join('; ');
}

/** Render one article reference in the language's syntax as a citation, summary-labelled when it is one. */
export function citeRef(text: string): string {
  return renderCitation(article(text));
}

/** The instruments of the citations, for tests: no finding cites one that does not apply. */
export function citedInstruments(list: Citation[]): InstrumentId[] {
  return list.flatMap((c) => (c.t === 'article' ? [c.ref.instrument] : c.t === 'law' && c.keptBy ? [c.keptBy.instrument] : []));
}

/**
 * A rule's citation, naming the rule in words where no article applies: "ETS 24 Art. 11", or "the
 * death penalty, where the applicable treaty (…) provides for it", or "…, where the law of the
 * requested party provides for it".
 */
export function citeRule(table: CiteTable, scope: CiteScope, words: string): string {
  return renderWhereProvided(citationsFor(table, scope), words);
}

/**
 * Citations as a finding gives them: an article as it is; a bilateral treaty or the requested
 * party's law as where the rule is to be found — CoopSpec does not know what they provide, so it
 * never says that the rule is there. `words` name the rule before that ("the death penalty").
 */
export function renderWhereProvided(list: Citation[], words = ''): string {
  const lead = words ? `${words}, ` : '';
  return list
    .map((c) => {
      if (c.t === 'treaty') return `${lead}where the applicable treaty (${c.title}) provides for it`;
      if (c.t === 'law' && !c.keptBy) return `${lead}where the law of the requested party provides for it`;
      return renderCitation(c);
    })
    .join('; ');
}

/**
 * What a mandatory bar of ETS 24 does (Arts 9, 10: "shall not be granted") where that convention
 * governs; elsewhere CoopSpec cannot say more than that a refusal is likely.
 */
export function barEffect(scope: CiteScope): 'shall not be granted' | 'is likely to be refused' {
  return scope.governing === 'ets24' ? 'shall not be granted' : 'is likely to be refused';
}
