// Treaty texts as data, read from the copies of ../shared/reference in reference/ (embedded at
// build time). Sections marked VERBATIM may be quoted with their citation; SUMMARY texts must be
// shown as "summary, to be verified against the official text".

import { referenceFiles } from '../generated/reference';

export type InstrumentId = 'budapest' | 'budapest-2ap' | 'ets24' | 'ets30' | 'uncc';

export interface Instrument {
  id: InstrumentId;
  title: string;
  /** "CETS 185", "ETS 24", … as used in citations. */
  short: string;
  articles: { first: number; last: number };
}

/** An item of an article: a numbered paragraph, a lettered sub-paragraph or a roman sub-item. */
export interface Item {
  label: string;
  /** The item's own words (its lead-in when it has sub-items). */
  text: string;
  items: Item[];
}

export interface ArticleText {
  instrument: InstrumentId;
  number: number;
  title: string;
  status: 'verbatim' | 'summary';
  /** Where the text comes from. */
  source: string;
  /** Editorial notes of the reference (reservations, communications); not treaty text. */
  notes: string[];
  /** The whole text, as paragraphs of plain text. */
  text: string;
  /** Structure of a verbatim text; empty for summaries. */
  items: Item[];
}

export const INSTRUMENTS: Record<InstrumentId, Instrument> = {
  'budapest': { id: 'budapest', title: 'Convention on Cybercrime', short: 'CETS 185', articles: { first: 1, last: 48 } },
  'budapest-2ap': { id: 'budapest-2ap', title: 'Second Additional Protocol to the Convention on Cybercrime', short: 'CETS 224', articles: { first: 1, last: 25 } },
  'ets24': { id: 'ets24', title: 'European Convention on Extradition', short: 'ETS 24', articles: { first: 1, last: 31 } },
  'ets30': { id: 'ets30', title: 'European Convention on Mutual Assistance in Criminal Matters', short: 'ETS 30', articles: { first: 1, last: 30 } },
  'uncc': { id: 'uncc', title: 'United Nations Convention against Cybercrime', short: 'UNCC', articles: { first: 1, last: 68 } },
};

export function isInstrumentId(word: string): word is InstrumentId {
  return Object.prototype.hasOwnProperty.call(INSTRUMENTS, word);
}

const HEADING_INSTRUMENT: Record<string, InstrumentId> = {
  'CETS 185': 'budapest',
  'ETS 24': 'ets24',
  'ETS 30': 'ets30',
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
  readInstrumentRanges(files['instruments.md']);
  return out;
}

/** The article ranges of instruments.md, checked against the built-in table. */
function readInstrumentRanges(text: string | undefined): void {
  if (!text) return;
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|[^|]*\|\s*(\d+)[–-](\d+)\s*\|/.exec(line);
    if (m && isInstrumentId(m[1]!)) INSTRUMENTS[m[1]!].articles = { first: Number(m[2]), last: Number(m[3]) };
  }
}

function parseFile(text: string, out: Map<string, ArticleText>): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fileVerbatim = /VERBATIM/.test(lines[0] ?? '');
  let source = '';
  const sourceLine = lines.find((l) => l.startsWith('Source:'));
  if (sourceLine) source = clean(sourceLine.replace(/^Source:\s*/, ''));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const art = /^## (CETS 185|ETS 24|ETS 30) Article (\d+)(?: — (.+))?\s*$/.exec(line);
    if (art) {
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length && !/^#{1,2} /.test(lines[j]!); j++) body.push(lines[j]!);
      const a = parseArticleSection(HEADING_INSTRUMENT[art[1]!]!, Number(art[2]), art[3], body, fileVerbatim, source);
      out.set(key(a.instrument, a.number), a);
      i = j - 1;
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

function parseArticleSection(
  instrument: InstrumentId, number: number, headingTitle: string | undefined, body: string[],
  fileVerbatim: boolean, fileSource: string,
): ArticleText {
  let title = headingTitle?.trim() ?? '';
  let status: 'verbatim' | 'summary' = fileVerbatim ? 'verbatim' : 'summary';
  let source = fileSource;
  const notes: string[] = [];
  const textLines: string[] = [];
  let sawText = false;
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
    const statusLine = /^\*Status: (VERBATIM|SUMMARY)[^.]*\.(.*)\*$/.exec(line.trim());
    if (statusLine) {
      status = statusLine[1] === 'VERBATIM' ? 'verbatim' : 'summary';
      const src = /Source: (.*)$/.exec(statusLine[2]!);
      if (src) source = clean(src[1]!.replace(/\.$/, ''));
      continue;
    }
    if (line.startsWith('>')) {
      notes.push(clean(line.replace(/^>\s*/, '')));
      continue;
    }
    if (line.trim() === '') continue;
    sawText = true;
    textLines.push(clean(line));
  }
  title = title.replace(/\s*\(untitled in the treaty\)/, '').trim();
  if (/^[A-Z\s]+$/.test(title)) title = title.charAt(0) + title.slice(1).toLowerCase();
  const items = status === 'verbatim' ? structure(textLines) : [];
  return { instrument, number, title, status, source, notes, text: textLines.join('\n\n'), items };
}

/** Markdown to plain text: emphasis markers and TeX-style quotes removed, spacing normalised. */
function clean(s: string): string {
  return s
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replace(/``/g, '"')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const PARAGRAPH = /^(\d+)\.\s*(.*)$/;
const LETTER = /^\(?([a-z])[).]\s+(.*)$|^\(?([a-z])\)$/;
const ROMAN = /^\(([ivx]+)\)\s*(.*)$/;

/** Numbered paragraphs, letters and roman sub-items, as the texts lay them out. */
export function structure(lines: string[]): Item[] {
  const top: Item[] = [];
  let paragraph: Item | undefined;
  let letter: Item | undefined;
  let last: Item | undefined;
  const letters = (): Item[] => (paragraph ? paragraph.items : top);
  for (const line of lines) {
    const p = PARAGRAPH.exec(line);
    if (p && (!paragraph || Number(p[1]) === Number(paragraph.label) + 1) && (paragraph || p[1] === '1')) {
      paragraph = { label: p[1]!, text: p[2]!, items: [] };
      top.push(paragraph);
      letter = undefined;
      last = paragraph;
      continue;
    }
    const r = ROMAN.exec(line);
    const l = LETTER.exec(line);
    const letterLabel = l ? (l[1] ?? l[3])! : undefined;
    const siblings = letters();
    const expectedLetter = String.fromCharCode('a'.charCodeAt(0) + siblings.filter((s) => /^[a-z]$/.test(s.label)).length);
    if (letterLabel && letterLabel === expectedLetter) {
      letter = { label: letterLabel, text: l![2] ?? '', items: [] };
      siblings.push(letter);
      last = letter;
      continue;
    }
    if (r && letter) {
      const sub: Item = { label: r[1]!, text: r[2]!, items: [] };
      letter.items.push(sub);
      last = sub;
      continue;
    }
    if (last) last.text = last.text ? `${last.text}\n\n${line}` : line;
    else top.push({ label: '', text: line, items: [] });
  }
  return top;
}

function parseSummaryTable(lines: string[], from: number, instrument: InstrumentId, out: Map<string, ArticleText>): number {
  const source = instrument === 'uncc'
    ? 'Summary map of the reference (treaties.md, Part C); article numbers medium-high confidence, paragraph numbers unverified.'
    : 'Summary of the reference (treaties.md, Part C); article titles high confidence, paragraphs to be verified.';
  let i = from + 1;
  for (; i < lines.length && !/^#{1,2} /.test(lines[i]!); i++) {
    const line = lines[i]!;
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const cells = line.split('|').slice(1, -1).map((c) => clean(c));
    if (instrument === 'budapest-2ap') {
      const n = /^(\d+)$/.exec(cells[0] ?? '');
      if (!n) continue;
      const notes = cells[2] && cells[2] !== '—' ? cells[2] : '';
      out.set(key(instrument, Number(n[1])), {
        instrument, number: Number(n[1]), title: cells[1] ?? '', status: 'summary', source, notes: [],
        text: notes, items: [],
      });
    } else {
      const nums = (cells[1] ?? '').split('/').map((s) => s.trim());
      if (!nums.every((s) => /^\d+$/.test(s))) continue;
      const topics = (cells[0] ?? '').split(' / ').map((s) => s.trim());
      nums.forEach((s, k) => {
        const title = topics.length === nums.length ? topics[k]! : cells[0]!;
        const text = cells[2] && cells[2] !== '—' ? cells[2] : '';
        out.set(key(instrument, Number(s)), {
          instrument, number: Number(s), title: title.charAt(0).toUpperCase() + title.slice(1), status: 'summary', source,
          notes: [], text, items: [],
        });
      });
    }
  }
  return i - 1;
}
