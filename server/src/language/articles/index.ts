// Article references: checking them against the reference (CR005), citing them, and rendering
// their text for hovers, `coopspec explain` and the rule pages.

import { andList } from '../util';
import { INSTRUMENTS, isInstrumentId, type InstrumentId } from '../law/instruments';
import { articleText, articleTexts, type ArticleText } from './reference';
import type { Item } from './text';

export { INSTRUMENTS, isInstrumentId } from '../law/instruments';
export type { InstrumentId, Instrument } from '../law/instruments';
export { articleText, articleTexts } from './reference';
export type { ArticleText } from './reference';
export type { Item } from './text';

export interface ArticleRef {
  instrument: InstrumentId;
  number: number;
  /** "2", "c", "ii": paragraph, letter, sub-item as written. */
  parts: string[];
}

/**
 * What the reference holds of an article reference: its words (`verbatim`), a summary, or nothing
 * (an article or paragraph the instrument has, whose text is not in the reference).
 */
export type Held = 'verbatim' | 'summary' | 'none';

export type ArticleCheck =
  | {
      ok: true;
      text?: ArticleText;
      /** The items the reference names, from the article's text — or from its replacement's, when `replacement`. */
      path: Item[];
      held: Held;
      /** The path is in the article as replaced by a protocol (ETS 24 Art. 10(1) as replaced by CETS 212). */
      replacement?: boolean;
      /**
       * A protocol article whose words the reference holds only as part of the article it amends
       * (ETS 86 Art. 2: ETS 24 Art. 9(2)–(4); CETS 212 Art. 1: ETS 24 Art. 10 as replaced).
       */
      within?: ArticleText;
    }
  | { ok: false; reason: string };

/** The article a protocol article amends, when the reference holds its words only there. */
function amendedBy(ref: ArticleRef): ArticleText | undefined {
  for (const a of articleTexts().values()) {
    if (a.amendedBy && a.amendedBy.instrument === ref.instrument && a.amendedBy.number === ref.number) return a;
    if (a.replaced && a.replaced.by === ref.instrument && a.replaced.article === ref.number) return a;
  }
  return undefined;
}

/** Does the instrument have this article, paragraph and letter — and what does the reference hold of it? */
export function checkArticle(ref: ArticleRef): ArticleCheck {
  const inst = INSTRUMENTS[ref.instrument];
  if (inst.articles && (ref.number < inst.articles.first || ref.number > inst.articles.last)) {
    return { ok: false, reason: `${inst.short} has Articles ${inst.articles.first}–${inst.articles.last}` };
  }
  const text = articleText(ref.instrument, ref.number);
  // Paragraphs known by number beyond the text here (ETS 24 Art. 10 as replaced by CETS 212).
  const known = inst.paragraphs?.[ref.number];
  if (known !== undefined && ref.parts.length > 0) {
    const n = Number(ref.parts[0]);
    if (!(Number.isInteger(n) && n >= 1 && n <= known)) {
      return { ok: false, reason: `${inst.short} Art. ${ref.number} has no (${ref.parts[0]}): it has (1)–(${known})` };
    }
  }
  if (!text) {
    const within = amendedBy(ref);
    if (within && ref.parts.length === 0) return { ok: true, path: [], held: within.replaced ? 'summary' : 'verbatim', within };
    return { ok: true, path: [], held: 'none' };
  }
  if (text.status !== 'verbatim') return { ok: true, text, path: [], held: 'summary' };
  if (ref.parts.length === 0) return { ok: true, text, path: [], held: 'verbatim' };
  const path: Item[] = [];
  let level = text.items.filter((i) => i.label !== '');
  for (const part of ref.parts) {
    const found = level.find((i) => i.label === part);
    if (!found) {
      // A paragraph the text here does not hold, but the article has: in the article as replaced
      // by a protocol (verbatim or summarised there), or accepted and not quoted.
      if (known !== undefined && path.length === 0) {
        const replaced = text.replaced;
        const item = replaced?.items.find((i) => i.label === part);
        if (item && ref.parts.length === 1) return { ok: true, text, path: [item], held: 'verbatim', replacement: true };
        if (replaced?.summaries[part] !== undefined) return { ok: true, text, path: [], held: 'summary', replacement: true };
        return { ok: true, text, path: [], held: 'none', replacement: replaced !== undefined };
      }
      const where = path.length
        ? `${cite(ref.instrument, ref.number, ref.parts.slice(0, path.length))}`
        : `${inst.short} Art. ${ref.number}`;
      const labels = level.map((i) => i.label).filter(Boolean);
      const has = labels.length ? `it has ${describeLabels(labels)}` : 'it has no numbered paragraphs or letters';
      return { ok: false, reason: `${where} has no (${part}): ${has}` };
    }
    path.push(found);
    level = found.items;
  }
  return { ok: true, text, path, held: 'verbatim' };
}

function describeLabels(labels: string[]): string {
  const wrapped = labels.map((l) => `(${l})`);
  return wrapped.length > 2 ? `${wrapped[0]}–${wrapped[wrapped.length - 1]}` : wrapped.join(' and ');
}

/** "CETS 185 Art. 29(2)(c)". */
export function cite(instrument: InstrumentId, number: number, parts: string[] = []): string {
  return `${INSTRUMENTS[instrument].short} Art. ${number}${parts.map((p) => `(${p})`).join('')}`;
}

/** "budapest art 29(2)(c)" -> ArticleRef. */
export function parseArticleRef(text: string): ArticleRef | undefined {
  const m = /^\s*([a-z0-9-]+)\s+art\.?\s*(\d+)((?:\([0-9A-Za-z]+\))*)\s*$/.exec(text);
  if (!m || !isInstrumentId(m[1]!)) return undefined;
  const parts = [...m[3]!.matchAll(/\(([0-9A-Za-z]+)\)/g)].map((x) => x[1]!);
  return { instrument: m[1], number: Number(m[2]), parts };
}

export const SUMMARY_NOTICE = 'Summary, to be verified against the official text.';

export interface RenderedArticle {
  citation: string;
  title: string;
  status: 'verbatim' | 'summary' | 'missing';
  /** Markdown. */
  markdown: string;
  /** Plain text for terminals. */
  plain: string;
}

/**
 * The reference's working notes inside a summary ("(verify)", "(para ≈11, verify)", "(paragraph
 * number confirmed by https://…)"): never shown.
 */
export function cleanSummary(text: string): string {
  return text
    .replace(/\s*\((?:[^()]*\bverify\b[^()]*)\)/gi, '')
    .replace(/\s*\([^()]*https?:\/\/[^()]*\)/gi, '')
    .replace(/\s*\bverify\b(?: exact wording| para)?/gi, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

const SUMMARY_LABEL = SUMMARY_NOTICE.replace(/\.$/, '').toLowerCase();

function blockquote(t: string): string {
  return t
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

/** A missing text, said in one place for articles and paragraphs alike. */
function notHeld(citation: string, title: string, what: 'article' | 'paragraph'): RenderedArticle {
  const msg = `${title}. CoopSpec does not hold the text of this ${what}: ${SUMMARY_NOTICE.toLowerCase()}`;
  return { citation, title: '', status: 'missing', markdown: `**${citation}**\n\n${msg}`, plain: `${citation}\n${msg}` };
}

/** The text of an article reference, with its citation and status, in markdown and plain text. */
export function renderArticle(ref: ArticleRef): RenderedArticle {
  const citation = cite(ref.instrument, ref.number, ref.parts);
  const inst = INSTRUMENTS[ref.instrument];
  const check = checkArticle(ref);
  if (!check.ok) {
    const msg = `${citation}: no such article or paragraph (${check.reason}).`;
    return { citation, title: '', status: 'missing', markdown: `**${citation}**\n\n${msg}`, plain: msg };
  }
  if (check.within) return renderWithin(citation, check.within);
  const text = check.text;
  if (!text) return notHeld(citation, inst.title, 'article');
  if (check.replacement) return renderReplacement(citation, ref, text, check.path[0]);
  // "paragraph 1 as amended by ETS 98" is said of the article and of that paragraph, not of the others.
  const partial = /^paragraph (\d+) /.exec(text.version ?? '');
  const version = text.version && !(partial && ref.parts.length && ref.parts[0] !== partial[1]) ? ` (${text.version})` : '';
  const heading = `${citation}${text.title ? ` — ${text.title}` : ''}${version}`;
  if (text.status === 'summary') {
    const body = cleanSummary(text.text) || 'No summary is available for this article.';
    return {
      citation,
      title: text.title,
      status: 'summary',
      markdown: `**${heading}**\n\n*${SUMMARY_NOTICE}*\n\n${body}\n\n_${inst.title}._`,
      plain: `${heading}\n${SUMMARY_NOTICE}\n\n${body}\n\n${inst.title}.`,
    };
  }
  // A paragraph the article has but the reference does not quote (ETS 24 Art. 9 has four).
  if (check.held === 'none') return notHeld(citation, inst.title, 'paragraph');
  const quoted = quote(text, check.path);
  const src = `${inst.title}; verbatim, ${text.publication}.`;
  let markdown = `**${heading}**\n\n${blockquote(quoted)}\n\n_${src}_`;
  let plain = `${heading}\n\n${quoted}\n\n${src}`;
  if (text.replaced && check.path.length === 0) {
    const r = replacementText(text);
    markdown += `\n\n${r.lead}\n\n${blockquote(r.quoted)}${r.rest ? `\n\n${r.rest}` : ''}\n\n_${r.src}_`;
    plain += `\n\n${r.lead}\n\n${r.quoted}${r.rest ? `\n\n${r.rest}` : ''}\n\n${r.src}`;
  }
  return { citation, title: text.title, status: 'verbatim', markdown, plain };
}

/** ETS 24 Art. 10 as replaced by CETS 212 Art. 1: its quoted paragraphs, and the rest as a summary. */
function replacementText(text: ArticleText): { lead: string; quoted: string; rest: string; src: string } {
  const r = text.replaced!;
  const by = INSTRUMENTS[r.by];
  const lead = `As replaced by ${by.short} Art. ${r.article}, between the parties to that Protocol:`;
  const quoted = r.items.map((i) => `${i.label}. ${i.text}`).join('\n\n');
  const rest = Object.entries(r.summaries)
    .map(([label, words]) => `Paragraph ${label} ${words} (${SUMMARY_LABEL}).`)
    .join('\n\n');
  const labels = r.items.map((i) => i.label);
  const which = `paragraph${labels.length === 1 ? '' : 's'} ${andList(labels)}`;
  return { lead, quoted, rest, src: `${by.title}; ${which} verbatim, ${r.publication}.` };
}

/** A paragraph of an article as replaced by a protocol (ETS 24 Art. 10(2) as replaced by CETS 212). */
function renderReplacement(citation: string, ref: ArticleRef, text: ArticleText, item: Item | undefined): RenderedArticle {
  const r = text.replaced;
  const inst = INSTRUMENTS[ref.instrument];
  if (!r) return notHeld(citation, inst.title, 'paragraph');
  const by = INSTRUMENTS[r.by];
  const heading = `${citation}${text.title ? ` — ${text.title}` : ''} (as replaced by ${by.short} Art. ${r.article})`;
  if (item) {
    const quoted = `${item.label}. ${item.text}`;
    const src = `${by.title}; verbatim, ${r.publication}.`;
    return {
      citation,
      title: text.title,
      status: 'verbatim',
      markdown: `**${heading}**\n\n${blockquote(quoted)}\n\n_${src}_`,
      plain: `${heading}\n\n${quoted}\n\n${src}`,
    };
  }
  const words = r.summaries[ref.parts[0]!];
  if (words === undefined) return notHeld(citation, `${inst.title}, as replaced by ${by.title}`, 'paragraph');
  const body = `Paragraph ${ref.parts[0]} ${words}.`;
  return {
    citation,
    title: text.title,
    status: 'summary',
    markdown: `**${heading}**\n\n*${SUMMARY_NOTICE}*\n\n${body}\n\n_${by.title}._`,
    plain: `${heading}\n${SUMMARY_NOTICE}\n\n${body}\n\n${by.title}.`,
  };
}

/**
 * A protocol article the reference holds only within the article it amends: ETS 86 Art. 2 (ETS 24
 * Art. 9(2)–(4)), CETS 212 Art. 1 (ETS 24 Art. 10 as replaced, in part).
 */
function renderWithin(citation: string, target: ArticleText): RenderedArticle {
  const own = cite(target.instrument, target.number);
  if (target.replaced) {
    const r = replacementText(target);
    const lead = `Replaces ${own}${target.title ? ` (${target.title})` : ''} between the parties to the Protocol. The new article, as far as CoopSpec's reference holds it:`;
    return {
      citation,
      title: '',
      status: 'verbatim',
      markdown: `**${citation}**\n\n${lead}\n\n${blockquote(r.quoted)}${r.rest ? `\n\n${r.rest}` : ''}\n\n_${r.src}_`,
      plain: `${citation}\n\n${lead}\n\n${r.quoted}${r.rest ? `\n\n${r.rest}` : ''}\n\n${r.src}`,
    };
  }
  const added = target.amendedBy?.paragraphs ?? [];
  const items = target.items.filter((i) => added.includes(i.label));
  const verb = /replaced/.test(target.version ?? '') ? 'Replaces' : 'Supplements';
  const span = added.length > 1 ? `paragraphs ${added[0]}–${added[added.length - 1]}` : `paragraph ${added[0] ?? ''}`;
  const lead = `${verb} ${own}${target.title ? ` (${target.title})` : ''} with ${span}. CoopSpec's reference holds them as part of that article, not the words of this one that introduce them:`;
  const quoted = items.map((i) => quote(target, [i])).join('\n\n');
  const src = `${INSTRUMENTS[target.instrument].title}, ${target.version ?? ''}; verbatim, ${target.publication}.`;
  return {
    citation,
    title: '',
    status: 'verbatim',
    markdown: `**${citation}**\n\n${lead}\n\n${blockquote(quoted)}\n\n_${src}_`,
    plain: `${citation}\n\n${lead}\n\n${quoted}\n\n${src}`,
  };
}

/** "1." standing alone before its letters is joined to the first of them: "1. (a) A Contracting Party …". */
function joinBareLabels(text: string): string {
  return text.replace(/(^|\n\n)(\d+\.)\n\n/g, '$1$2 ');
}

/**
 * The quoted words of an item path: the lead-ins of its ancestors, then the item with its
 * sub-items. An item with no words of its own ("1." before its letters) lends its label to the
 * next line rather than standing alone.
 */
function quote(text: ArticleText, path: Item[]): string {
  if (path.length === 0) return joinBareLabels(text.text);
  const lines: string[] = [];
  let carried = '';
  const put = (item: Item, parent: Item | undefined): void => {
    if (item.text) {
      lines.push(`${carried}${label(item, parent)}${item.text}`);
      carried = '';
    } else carried += label(item, parent);
  };
  path.forEach((item, depth) => {
    put(item, path[depth - 1]);
    if (depth < path.length - 1) {
      if (!carried) lines.push('…');
      return;
    }
    for (const sub of item.items) {
      put(sub, item);
      for (const subsub of sub.items) put(subsub, sub);
    }
  });
  if (carried) lines.push(carried.trimEnd());
  return lines.join('\n\n');
}

/** "1. ", "a) ", and "(i) " for an item under a letter. */
function label(item: Item, parent: Item | undefined): string {
  if (/^\d+$/.test(item.label)) return `${item.label}. `;
  if (parent && /^[a-z]+$/.test(parent.label)) return `(${item.label}) `;
  if (item.label) return `${item.label}) `;
  return '';
}

/** The words of an article item, without its label: for fixes that quote the treaty. */
export function articleWords(ref: ArticleRef): string | undefined {
  const check = checkArticle(ref);
  if (!check.ok || !check.text || check.held !== 'verbatim') return undefined;
  if (check.path.length === 0) return check.text.text;
  return check.path[check.path.length - 1]!.text;
}
