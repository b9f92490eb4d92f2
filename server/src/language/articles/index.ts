// Article references: checking them against the reference (CR005), citing them, and rendering
// their text for hovers, `coopspec explain` and the rule pages.

import { INSTRUMENTS, articleText, isInstrumentId, type ArticleText, type InstrumentId, type Item } from './reference';

export { INSTRUMENTS, articleText, articleTexts, isInstrumentId } from './reference';
export type { ArticleText, InstrumentId, Instrument, Item } from './reference';

export interface ArticleRef {
  instrument: InstrumentId;
  number: number;
  /** "2", "c", "ii": paragraph, letter, sub-item as written. */
  parts: string[];
}

export type ArticleCheck =
  | { ok: true; text?: ArticleText; path: Item[] }
  | { ok: false; reason: string };

/** Does the instrument have this article, paragraph and letter? */
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
  if (!text || text.status !== 'verbatim' || ref.parts.length === 0) return { ok: true, text, path: [] };
  const path: Item[] = [];
  let level = text.items.filter((i) => i.label !== '');
  for (const part of ref.parts) {
    const found = level.find((i) => i.label === part);
    if (!found) {
      // A paragraph the text here does not hold, but the article has: accepted, not quoted.
      if (known !== undefined && path.length === 0) return { ok: true, text, path: [] };
      const where = path.length ? `${cite(ref.instrument, ref.number, ref.parts.slice(0, path.length))}` : `${inst.short} Art. ${ref.number}`;
      const labels = level.map((i) => i.label).filter(Boolean);
      const has = labels.length ? `it has ${describeLabels(labels)}` : 'it has no numbered paragraphs or letters';
      return { ok: false, reason: `${where} has no (${part}): ${has}` };
    }
    path.push(found);
    level = found.items;
  }
  return { ok: true, text, path };
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
  return { instrument: m[1] as InstrumentId, number: Number(m[2]), parts };
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

/** The reference's working notes inside a summary ("(verify)", "(para ≈11, verify)"): never shown. */
export function cleanSummary(text: string): string {
  return text
    .replace(/\s*\((?:[^()]*\bverify\b[^()]*)\)/gi, '')
    .replace(/\s*\bverify\b(?: exact wording| para)?/gi, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
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
  const text = check.text;
  if (!text) {
    const msg = `${inst.title}. CoopSpec does not hold the text of this article: ${SUMMARY_NOTICE.toLowerCase()}`;
    return { citation, title: '', status: 'missing', markdown: `**${citation}**\n\n${msg}`, plain: `${citation}\n${msg}` };
  }
  const heading = `${citation}${text.title ? ` — ${text.title}` : ''}${text.version ? ` (${text.version})` : ''}`;
  if (text.status === 'summary') {
    const body = cleanSummary(text.text) || 'No summary is available for this article.';
    return {
      citation, title: text.title, status: 'summary',
      markdown: `**${heading}**\n\n*${SUMMARY_NOTICE}*\n\n${body}\n\n_${inst.title}._`,
      plain: `${heading}\n${SUMMARY_NOTICE}\n\n${body}\n\n${inst.title}.`,
    };
  }
  const quoted = quote(text, check.path);
  const src = `${inst.title}; verbatim, ${text.publication}.`;
  const blockquote = (t: string): string => t.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
  let markdown = `**${heading}**\n\n${blockquote(quoted)}`;
  let plain = `${heading}\n\n${quoted}`;
  if (text.replaced) {
    const by = INSTRUMENTS[text.replaced.by];
    const paragraphs = text.replaced.items.map((i) => `${i.label}. ${i.text}`).join('\n\n');
    const lead = `As replaced by ${by.short} Art. 1, between the parties to that Protocol:`;
    const rest = text.replaced.summary ? `${text.replaced.summary} (${SUMMARY_NOTICE.replace(/\.$/, '').toLowerCase()})` : '';
    markdown += `\n\n${lead}\n\n${blockquote(paragraphs)}${rest ? `\n\n${rest}` : ''}`;
    plain += `\n\n${lead}\n\n${paragraphs}${rest ? `\n\n${rest}` : ''}`;
  }
  return { citation, title: text.title, status: 'verbatim', markdown: `${markdown}\n\n_${src}_`, plain: `${plain}\n\n${src}` };
}

/**
 * The quoted words of an item path: the lead-ins of its ancestors, then the item with its
 * sub-items. An ancestor with no words of its own ("1." before its letters) lends its label to the
 * next line rather than standing alone.
 */
function quote(text: ArticleText, path: Item[]): string {
  if (path.length === 0) return text.text;
  const lines: string[] = [];
  let carried = '';
  path.forEach((item, depth) => {
    const last = depth === path.length - 1;
    const prefix = carried + label(item, depth, path);
    carried = '';
    if (!last) {
      if (item.text) {
        lines.push(`${prefix}${item.text}`);
        lines.push('…');
      } else carried = prefix;
    } else {
      lines.push(`${prefix}${item.text}`);
      for (const sub of item.items) {
        lines.push(`${label(sub, depth + 1, path)}${sub.text}`);
        for (const subsub of sub.items) lines.push(`${label(subsub, depth + 2, path)}${subsub.text}`);
      }
    }
  });
  return lines.join('\n\n');
}

function label(item: Item, _depth: number, _path: Item[]): string {
  if (/^\d+$/.test(item.label)) return `${item.label}. `;
  if (/^[a-z]$/.test(item.label)) return `${item.label}) `;
  return `(${item.label}) `;
}

/** The words of an article item, without its label: for fixes that quote the treaty. */
export function articleWords(ref: ArticleRef): string | undefined {
  const check = checkArticle(ref);
  if (!check.ok || !check.text || check.text.status !== 'verbatim') return undefined;
  if (check.path.length === 0) return check.text.text;
  return check.path[check.path.length - 1]!.text;
}
