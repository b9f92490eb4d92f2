// Treaty texts as data, read from the copies of ../shared/reference in reference/ (embedded at
// build time). Sections marked VERBATIM may be quoted with their citation; SUMMARY texts must be
// shown as "summary, to be verified against the official text".

import { referenceFiles } from '../generated/reference';
import type { InstrumentId } from '../law/instruments';
import { plainText, structure, type Item } from './text';
import { capital } from '../util';

export interface ArticleText {
  instrument: InstrumentId;
  number: number;
  title: string;
  status: 'verbatim' | 'summary';
  /** Where the reference took the text from (for the reference's own checks; never shown). */
  source: string;
  /** What a reader is told of the text's provenance: "English text of the Dutch Treaty Series". */
  publication: string;
  /** "as supplemented by ETS 86": the wording differs from the convention as first made. */
  version?: string;
  /**
   * The protocol article that made this wording (ETS 86 Art. 2 for ETS 24 Art. 9), and the
   * paragraphs it added or replaced.
   */
  amendedBy?: { instrument: InstrumentId; number: number; paragraphs: string[] };
  /**
   * The article as replaced by a protocol between its parties, when the reference has that text
   * only in part (ETS 24 Art. 10 as replaced by CETS 212 Art. 1): its verbatim paragraphs, and
   * what is not verbatim, to be shown as a summary — by paragraph (`"3"`).
   */
  replaced?: { by: InstrumentId; article: number; items: Item[]; summaries: Record<string, string>; publication: string };
  /** Editorial notes of the reference (reservations, communications); not treaty text. */
  notes: string[];
  /** The whole text, as paragraphs of plain text. */
  text: string;
  /** Structure of a verbatim text; empty for summaries. */
  items: Item[];
}

const HEADING_INSTRUMENT: Record<string, InstrumentId> = {
  'CETS 185': 'budapest',
  'ETS 24': 'ets24',
  'ETS 30': 'ets30',
  'ETS 98': 'ets98',
  ECHR: 'echr',
  ICCPR: 'iccpr',
};

let cache: Map<string, ArticleText> | undefined;

function key(instrument: InstrumentId, number: number): string {
  return `${instrument}:${number}`;
}

/** All article texts of the reference, parsed once. */
export function articleTexts(): Map<string, ArticleText> {
  if (!cache) cache = parseReference(referenceFiles);
  return cache;
}

export function articleText(instrument: InstrumentId, number: number): ArticleText | undefined {
  return articleTexts().get(key(instrument, number));
}

export function parseReference(files: Record<string, string>): Map<string, ArticleText> {
  const out = new Map<string, ArticleText>();
  for (const [file, text] of Object.entries(files)) {
    if (file === 'instruments.md') continue;
    parseFile(text, out);
  }
  return out;
}

const ARTICLE_HEADING = /^## (CETS 185|ETS 24|ETS 30|ETS 98|ECHR|ICCPR)(?: \([^)]*\))? Article (\d+)(?: — (.+))?\s*$/;

function parseFile(text: string, out: Map<string, ArticleText>): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fileVerbatim = /VERBATIM/.test(lines[0] ?? '');
  let source = '';
  const sourceLine = lines.find((l) => l.startsWith('Source:'));
  if (sourceLine) source = plainText(sourceLine.replace(/^Source:\s*/, ''));
  /** The part of the file an article is in says whether its texts are verbatim (Part D has no per-article line in the old form). */
  let partVerbatim = fileVerbatim;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^# /.test(line)) {
      partVerbatim = /— VERBATIM\s*$/.test(line);
      continue;
    }
    const body = (from: number): { body: string[]; next: number } => {
      const b: string[] = [];
      let j = from;
      for (; j < lines.length && !/^#{1,2} /.test(lines[j]!); j++) b.push(lines[j]!);
      return { body: b, next: j };
    };
    const art = ARTICLE_HEADING.exec(line);
    if (art) {
      const instrument = HEADING_INSTRUMENT[art[1]!]!;
      const number = Number(art[2]);
      const { body: b, next } = body(i + 1);
      const heading = art[3] ?? '';
      if (/as replaced by .*— PARTIAL/i.test(heading)) {
        // ETS 24 Art. 10 as replaced by CETS 212: attached to the article it replaces.
        const target = out.get(key(instrument, number));
        const replaced = parseReplacement(heading, b);
        if (target && replaced) target.replaced = replaced;
      } else {
        const { article: a, protocol } = parseArticleSection(instrument, number, heading, b, partVerbatim, source);
        const existing = out.get(key(instrument, number));
        // Of two wordings (ETS 24 Art. 9 as first made, and as supplemented by ETS 86), the later one
        // holds the earlier as its first paragraph: keep it, and note which paragraphs the protocol added.
        if (existing && !a.version) {
          if (existing.amendedBy) existing.amendedBy.paragraphs = addedParagraphs(a, existing);
        } else {
          if (existing && a.amendedBy) a.amendedBy.paragraphs = addedParagraphs(existing, a);
          out.set(key(instrument, number), a);
        }
        if (protocol) out.set(key(protocol.instrument, protocol.number), protocol);
      }
      i = next - 1;
      continue;
    }
    if (/^## Related: Additional Protocol to ETS 30 \(ETS 99/.test(line)) {
      const { body: b, next } = body(i + 1);
      parseNumberedArticles('ets99', line, b, out);
      i = next - 1;
      continue;
    }
    if (/^## Second Additional Protocol to CETS 185 \(CETS 224\) Arts/.test(line)) {
      const { body: b, next } = body(i + 1);
      parseSummaryBullets('budapest-2ap', b, out);
      i = next - 1;
      continue;
    }
    if (/^## Second Additional Protocol to CETS 185/.test(line)) {
      i = parseSummaryTable(lines, i, 'budapest-2ap', out);
      continue;
    }
    if (/^## United Nations Convention against Cybercrime/.test(line)) {
      i = parseSummaryTable(lines, i, 'uncc', out);
    }
  }
}

/**
 * What the reader is told of where a verbatim text comes from: a clean line, never the reference's
 * working notes. It names the primary source — the first one the status line gives: ETS 24 Art. 5
 * (as replaced by ETS 98) is the Council of Europe's wording, which the Dutch copy differs from.
 */
function publicationOf(source: string): string {
  const primary = source.split(/\.\s|;\s|\bSecond source\b|\bAlso\b|\bIdentical\b|\bCross-check\b/)[0] ?? source;
  if (/laws-markdown|\bLM\b|Dutch Treaty Series|Tractatenblad/.test(primary))
    return 'English text of the Dutch Treaty Series (Tractatenblad)';
  if (/WorldLII|CoE Treaty Series/.test(primary)) return 'English text of the Council of Europe Treaty Series';
  if (/\bCoE\b|Council of Europe/.test(primary)) return 'English text of the Council of Europe';
  return 'English text';
}

/** The instrument a citation form names: "ETS 98" -> ets98. */
const SHORT_INSTRUMENT: Record<string, InstrumentId> = {
  'CETS 185': 'budapest',
  'CETS 224': 'budapest-2ap',
  'ETS 24': 'ets24',
  'ETS 30': 'ets30',
  'ETS 86': 'ets86',
  'ETS 98': 'ets98',
  'ETS 99': 'ets99',
  'CETS 212': 'cets212',
};

/** The paragraphs of a later wording that are not in the earlier one (ETS 24 Art. 9(2)–(4), added by ETS 86). */
function addedParagraphs(earlier: ArticleText, later: ArticleText): string[] {
  const before = new Set([earlier.text, ...earlier.items.map((i) => i.text)].map((t) => t.replace(/\s+/g, ' ').trim()));
  return later.items.filter((i) => /^\d+$/.test(i.label) && !before.has(i.text.replace(/\s+/g, ' ').trim())).map((i) => i.label);
}

/** A paragraph of notes after the text (the reference's editorial remarks): not treaty text. */
const EDITORIAL = /^(Note:|Applies only|Chapter [IVX]+;)/;

function parseArticleSection(
  instrument: InstrumentId,
  number: number,
  headingTitle: string,
  body: string[],
  partVerbatim: boolean,
  fileSource: string,
): { article: ArticleText; protocol?: ArticleText } {
  let title = headingTitle.trim();
  let version: string | undefined;
  let amendedBy: ArticleText['amendedBy'];
  const amended = /\s*\((AS AMENDED|AS REPLACED) by (?:Art\. (\d+) of )?(?:the )?([^)]*?)\)\s*$/.exec(title);
  if (amended) {
    const by = /(ETS|CETS) (\d+)/.exec(amended[3]!);
    const replaced = amended[1] === 'AS REPLACED';
    if (by) {
      version = `as ${replaced ? 'replaced' : 'supplemented'} by ${by[1]} ${by[2]}`;
      const protocol = SHORT_INSTRUMENT[`${by[1]} ${by[2]}`];
      if (protocol && amended[2]) amendedBy = { instrument: protocol, number: Number(amended[2]), paragraphs: [] };
    }
    title = title.slice(0, amended.index).trim();
  }
  // "(conditions for letters rogatory …)": the reference describes an article the treaty leaves untitled.
  title = title
    .replace(/\s*\(ORIGINAL \d+ wording\)\s*$/, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/, paragraph \d+$/, '');
  title = capital(title);
  let status: 'verbatim' | 'summary' = partVerbatim ? 'verbatim' : 'summary';
  let statusText = '';
  const notes: string[] = [];
  let textLines: string[] = [];
  let sawText = false;
  let inStatus = false;
  let inNotes = false;
  for (const raw of body) {
    const line = raw.trimEnd();
    // A horizontal rule ends the part of the reference the article is in.
    if (/^---+$/.test(line.trim())) break;
    const heading = /^### (.+)$/.exec(line);
    if (heading) {
      // In the Arts 1–13 file the first ### is the article's title. After the text, a ### starts
      // something that is not the article: a chapter heading, or an editorial section (the map of
      // reservations after Art. 42).
      if (sawText) break;
      if (!title) title = heading[1]!.trim();
      continue;
    }
    const cleaned = plainText(line.trim());
    const statusLine = /^\*?Status: (VERBATIM|SUMMARY)[^.]*\.(.*?)\*?$/.exec(line.trim().replace(/^\*\*(Status: [A-Z]+\.)\*\*/, '$1'));
    if (statusLine) {
      status = statusLine[1] === 'VERBATIM' ? 'verbatim' : 'summary';
      statusText = plainText(statusLine[2]!);
      inStatus = true;
      continue;
    }
    if (line.trim() === '') {
      inStatus = false;
      continue;
    }
    // The status paragraph may run over several lines: the rest is about the source.
    if (inStatus) {
      statusText = `${statusText} ${cleaned.replace(/\*$/, '')}`;
      continue;
    }
    if (line.startsWith('>')) {
      notes.push(plainText(line.replace(/^>\s*/, '')));
      continue;
    }
    // Editorial paragraphs after the text (a note on a variant reading, where the text applies)
    // are the reference's, not the treaty's.
    if (EDITORIAL.test(cleaned)) inNotes = true;
    if (inNotes) {
      notes.push(cleaned);
      continue;
    }
    sawText = true;
    textLines.push(cleaned);
  }
  // Where the status names its source ("Source:", "Sources:", "Primary source:"), that is the
  // source; "as Part A header" and no source at all send the reader to the file's own.
  const named = /(?:Primary source|Primary|Sources?):\s*(.*)$/.exec(statusText);
  let source = named ? named[1]!.replace(/\*$/, '').trim() : fileSource;
  if (/^(?:as|same as) Part [A-D]\b/i.test(source) || !source) source = fileSource;
  const partAmended = /Paragraph (\d+) is the (ETS|CETS) (\d+)-amended wording/.exec(statusText);
  if (partAmended && !version) version = `paragraph ${partAmended[1]} as amended by ${partAmended[2]} ${partAmended[3]}`;
  title = title.replace(/\s*\(untitled in the treaty\)/, '').trim();
  if (/^[A-Z\s]+$/.test(title)) title = title.charAt(0) + title.slice(1).toLowerCase();

  // An article as replaced by a protocol is quoted in the protocol's words: `ETS 98, Article 2:
  // "Article 5 of the Convention shall be replaced by the following provisions:`, then the new
  // article's title and text in quotation marks. Those words are the protocol's article; the
  // convention's article is the new text alone.
  let protocol: ArticleText | undefined;
  const wrapper = /^(ETS|CETS) (\d+), Article (\d+):\s*["“](.*)$/.exec(textLines[0] ?? '');
  if (wrapper && status === 'verbatim') {
    const id = SHORT_INSTRUMENT[`${wrapper[1]} ${wrapper[2]}`];
    const own = [wrapper[4]!, ...textLines.slice(1)];
    // The reference's outer quotation mark is gone with the citation before it.
    if (id) {
      const publication = publicationOf(source);
      protocol = {
        instrument: id,
        number: Number(wrapper[3]),
        title: '',
        status,
        source,
        publication,
        notes: [],
        text: own.join('\n\n'),
        items: structure(own),
      };
    }
    let rest = textLines.slice(1);
    if (rest.length && new RegExp(`^["“]\\s*${escapeRegExp(title)}\\s*$`, 'i').test(rest[0]!)) rest = rest.slice(1);
    if (rest.length) rest[rest.length - 1] = rest[rest.length - 1]!.replace(/\s*["”]+\s*$/, '');
    textLines = rest;
    if (amendedBy)
      amendedBy.paragraphs = structure(rest)
        .filter((i) => /^\d+$/.test(i.label))
        .map((i) => i.label);
  }
  const items = status === 'verbatim' ? structure(textLines) : [];
  const article: ArticleText = {
    instrument,
    number,
    title,
    status,
    source,
    publication: status === 'verbatim' ? publicationOf(source) : '',
    version,
    amendedBy,
    notes,
    text: textLines.join('\n\n'),
    items,
  };
  return { article, protocol };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "ETS 24 Article 10 — as replaced by … (CETS 212, 2012) Art. 1 — PARTIAL": the paragraphs quoted
 * verbatim in the section (`"1. …"` and `"2. …"` in quotation marks), and what the section says of
 * the others ("Paragraph 3 (not seen in English) lets a State …"), to be shown as a summary. The
 * section's instructions to the reader ("Quote paragraphs 1 and 2 only; …") are not part of it.
 */
function parseReplacement(heading: string, body: string[]): ArticleText['replaced'] | undefined {
  const by = /\((ETS|CETS) (\d+)[^)]*\) Art\. (\d+)/.exec(heading);
  const id = by ? SHORT_INSTRUMENT[`${by[1]} ${by[2]}`] : undefined;
  if (!by || !id) return undefined;
  const text = plainText(body.map((l) => l.trim()).join(' '));
  const items = [...text.matchAll(/"(\d+)\.\s+([^"]+)"/g)].map((m) => ({ label: m[1]!, text: m[2]!.trim(), items: [] as Item[] }));
  const summaries: Record<string, string> = {};
  for (const m of text.matchAll(/Paragraph (\d+) \(not seen in English\)\s*(.*?)(?:\s+—\s|\.\s|\.$)/g)) {
    summaries[m[1]!] = m[2]!.trim();
  }
  // "Seen verbatim (English authentic text printed by …)": where the quoted paragraphs come from.
  const seen = /Seen verbatim \(([^()]*)\)/.exec(text);
  const publication = seen ? seen[1]!.trim() : 'English text';
  return { by: id, article: Number(by[3]), items, summaries, publication };
}

/** "Article 1" / "Article 2" lines inside one section (ETS 99 Arts 1–2). */
function parseNumberedArticles(instrument: InstrumentId, heading: string, body: string[], out: Map<string, ArticleText>): void {
  const title = /\(([^()]*(?:\([^)]*\))?[^()]*)\)\s*$/.exec(heading)?.[1] ?? '';
  let source = '';
  let current: { number: number; lines: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    out.set(key(instrument, current.number), {
      instrument,
      number: current.number,
      title: '',
      status: 'verbatim',
      source,
      publication: publicationOf(source),
      notes: title ? [title] : [],
      text: current.lines.join('\n\n'),
      items: structure(current.lines),
    });
  };
  for (const raw of body) {
    const line = plainText(raw.trim());
    if (!line || /^---+$/.test(line)) continue;
    const status = /^Status: VERBATIM\.\s*Sources?: (.*)$/.exec(line);
    if (status) {
      source = status[1]!;
      continue;
    }
    const article = /^Article (\d+)$/.exec(line);
    if (article) {
      flush();
      current = { number: Number(article[1]), lines: [] };
      continue;
    }
    if (current) current.lines.push(line);
    else if (source) source = `${source} ${line}`;
  }
  flush();
}

/** "- Art. 7(3): …" bullets: a summary appended to the article's summary. */
function parseSummaryBullets(instrument: InstrumentId, body: string[], out: Map<string, ArticleText>): void {
  const bullets: string[] = [];
  for (const raw of body) {
    const line = raw.trim();
    if (line.startsWith('- ')) bullets.push(line.slice(2));
    else if (line && bullets.length) bullets[bullets.length - 1] += ` ${line}`;
  }
  for (const bullet of bullets) {
    const m = /^Art\. (\d+)(\([^)]*\))?:\s*(.*)$/.exec(plainText(bullet));
    if (!m) continue;
    const number = Number(m[1]);
    const existing = out.get(key(instrument, number));
    const paragraph = `${m[2] ? `Paragraph ${m[2]}: ` : ''}${m[3]}`;
    if (existing) existing.text = existing.text ? `${existing.text}\n\n${paragraph}` : paragraph;
    else {
      out.set(key(instrument, number), {
        instrument,
        number,
        title: '',
        status: 'summary',
        source: '',
        publication: '',
        notes: [],
        text: paragraph,
        items: [],
      });
    }
  }
}

function parseSummaryTable(lines: string[], from: number, instrument: InstrumentId, out: Map<string, ArticleText>): number {
  const source =
    instrument === 'uncc'
      ? 'Summary map of the reference (treaties.md, Part C); article numbers medium-high confidence, paragraph numbers unverified.'
      : 'Summary of the reference (treaties.md, Part C); article titles high confidence, paragraphs to be verified.';
  let i = from + 1;
  for (; i < lines.length && !/^#{1,2} /.test(lines[i]!); i++) {
    const line = lines[i]!;
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => plainText(c));
    if (instrument === 'budapest-2ap') {
      const n = /^(\d+)$/.exec(cells[0] ?? '');
      if (!n) continue;
      const notes = cells[2] && cells[2] !== '—' ? cells[2] : '';
      out.set(key(instrument, Number(n[1])), {
        instrument,
        number: Number(n[1]),
        title: cells[1] ?? '',
        status: 'summary',
        source,
        publication: '',
        notes: [],
        text: notes,
        items: [],
      });
    } else {
      const nums = (cells[1] ?? '').split('/').map((s) => s.trim());
      if (!nums.every((s) => /^\d+$/.test(s))) continue;
      const topics = (cells[0] ?? '').split(' / ').map((s) => s.trim());
      nums.forEach((s, k) => {
        const title = topics.length === nums.length ? topics[k]! : cells[0]!;
        const text = cells[2] && cells[2] !== '—' ? cells[2] : '';
        out.set(key(instrument, Number(s)), {
          instrument,
          number: Number(s),
          title: capital(title),
          status: 'summary',
          source,
          publication: '',
          notes: [],
          text,
          items: [],
        });
      });
    }
  }
  return i - 1;
}
