// The article data: reference/*.md parsed into articles with their paragraphs, letters and items,
// the status of each text (verbatim or summary), and every place the product cites or quotes them.
// The expectations are read from the reference files themselves — instruments.md for what is
// verbatim, treaties.md and cets185-articles-1-13.md for the texts — independently of the parser
// in server/src/language/articles/reference.ts.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  INSTRUMENTS,
  SUMMARY_NOTICE,
  articleText,
  articleTexts,
  articleWords,
  checkArticle,
  cite,
  parseArticleRef,
  renderArticle,
  type ArticleRef,
  type InstrumentId,
  type Item,
} from '../../server/src/language/articles';
import * as law from '../../server/src/language/law';
import { SUMMARY_LABEL, citeRef, isVerbatim } from '../../server/src/language/law/cite';
import { articleQuote } from '../../server/src/language/rules/fixkit';
import { RULES } from '../../server/src/language/rules/index';
import { DEFAULT_SETTINGS } from '../../server/src/language/settings';
import * as vocabulary from '../../server/src/language/vocabulary';
import * as words from '../../server/src/language/words';
import { EXAMPLES, ROOT, lintTexts, readFolder } from '../support/lint';

const REFERENCE = join(ROOT, 'reference');
const RULES_DIR = join(ROOT, 'server', 'src', 'language', 'rules');

/** How the reference and the product cite each instrument ("CETS 185 Art. 29(2)"). */
const SHORT: Record<string, InstrumentId> = {
  'CETS 185': 'budapest',
  'CETS 224': 'budapest-2ap',
  'ETS 24': 'ets24',
  'ETS 30': 'ets30',
  'ETS 86': 'ets86',
  'ETS 98': 'ets98',
  'CETS 212': 'cets212',
  'ETS 99': 'ets99',
  UNCC: 'uncc',
  ECHR: 'echr',
  ICCPR: 'iccpr',
};
const CITATION = /\b(CETS 185|CETS 224|CETS 212|ETS 24|ETS 30|ETS 86|ETS 98|ETS 99|UNCC|ECHR|ICCPR) Arts?\.? (\d+)((?:\([0-9a-z]+\))*)/g;

/** Working notes of the reference that a reader must never see. */
const INTERNAL = [
  /laws-markdown|statengeneraal/i,
  /\bLM\b/,
  /BWBV\d/,
  /treaties\.md|instruments\.md/,
  /\bPart [A-D]\b/,
  /\(verify\)|\bverify\b/i,
  /\bcommit `?[0-9a-f]{7}|@ ?[0-9a-f]{7}/,
  /https?:\/\//,
  /\bNote:/,
  /Status:/,
  /unverified/i,
  /Quote paragraphs/,
  /Cross-check/i,
  /\(see [^)]*header\)/i,
  /Primary source|Second source/,
];

function assertNoInternal(what: string, text: string): void {
  for (const re of INTERNAL) assert.doesNotMatch(text, re, `${what} shows a working note of the reference (${re})`);
}

// ---------------------------------------------------------------- reading the reference files

function readReference(file: string): string[] {
  return readFileSync(join(REFERENCE, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
}

function referenceFiles(): string[] {
  return readdirSync(REFERENCE)
    .filter((f) => f.endsWith('.md') && f !== 'instruments.md')
    .sort();
}

/** "1–35, 40, 42" -> [1, …, 35, 40, 42]. */
function expand(list: string): number[] {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const m = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
      if (m) return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
      return [Number(part)];
    });
}

/** "Arts 2 (new ETS 24 Art. 9(2)–(4)), 3" -> "Arts 2 , 3": parentheses, nested ones too, dropped. */
function dropParentheses(s: string): string {
  let out = s;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/\([^()]*\)/g, '');
  }
  return out;
}

interface Row {
  id: InstrumentId;
  instrument: string;
  articles: string;
  texts: string;
  /** Articles instruments.md says this folder has verbatim, as articles of this instrument. */
  verbatim: number[];
}

/** The table of reference/instruments.md. */
function instrumentRows(): Row[] {
  const rows: Row[] = [];
  for (const line of readReference('instruments.md')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|(.*)\|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const texts = m[4]!.trim();
    const list = /^Arts?\.?\s+(.*?)\s+verbatim\b(?! within)/.exec(texts);
    const numbers = list
      ? expand(
          dropParentheses(list[1]!)
            .replace(/\band\b/g, ',')
            .replace(/\s+/g, ' '),
        )
      : [];
    rows.push({ id: m[1] as InstrumentId, instrument: m[2]!.trim(), articles: m[3]!.trim(), texts, verbatim: numbers });
  }
  return rows;
}

interface Section {
  file: string;
  heading: string;
  /** Every line after the heading, up to the next `#`/`##` heading or a `---` rule. */
  body: string[];
}

/** The `## …` sections of the reference files whose heading matches. */
function sections(match: RegExp): Section[] {
  const out: Section[] = [];
  for (const file of referenceFiles()) {
    const lines = readReference(file);
    for (let i = 0; i < lines.length; i++) {
      if (!/^## /.test(lines[i]!) || !match.test(lines[i]!)) continue;
      const body: string[] = [];
      for (let j = i + 1; j < lines.length && !/^#{1,2} /.test(lines[j]!) && !/^---+\s*$/.test(lines[j]!); j++) body.push(lines[j]!);
      out.push({ file, heading: lines[i]!, body });
    }
  }
  return out;
}

const HEADING = /^## (CETS 185|ETS 24|ETS 30|ETS 98|ECHR|ICCPR)(?: \([^)]*\))? Article (\d+)\b/;

/** The section of an article: `## ETS 24 Article 9 — …`, `## ETS 98 (Second Additional Protocol, …) Article 3 — …`. */
function articleSections(instrument: InstrumentId, number: number): Section[] {
  return sections(HEADING).filter((s) => {
    const m = HEADING.exec(s.heading)!;
    return SHORT[m[1]!] === instrument && Number(m[2]) === number;
  });
}

/**
 * The treaty text of a section: its paragraphs after the status paragraph, without blank lines,
 * `>` notes, `###` title headings (a `###` after the text ends it), and editorial paragraphs
 * (from a "Note:" on).
 */
function treatyLines(body: string[]): string[] {
  const out: string[] = [];
  let inStatus = false;
  let notes = false;
  for (const raw of body) {
    const l = raw.trim();
    if (/^\*{0,2}Status:/.test(l)) {
      inStatus = true;
      continue;
    }
    if (l === '') {
      inStatus = false;
      continue;
    }
    if (inStatus || l.startsWith('>')) continue;
    if (/^### /.test(l)) {
      if (out.length) break;
      continue;
    }
    if (/^(Note:|Applies only)/.test(l)) notes = true;
    if (notes) continue;
    out.push(l);
  }
  return out;
}

/**
 * The expected treaty text of an article, read from its section. Of ETS 24 Art. 9's two wordings,
 * the one as supplemented by ETS 86. An article as replaced by a protocol is quoted in the
 * protocol's words (`ETS 98, Article 2: "Article 5 … replaced by the following provisions:`, its
 * title, then the new text, closed by a quotation mark): its own text is the new paragraphs.
 */
function sourceLines(instrument: InstrumentId, number: number): string[] {
  if (instrument === 'ets99') return ets99Lines().get(number) ?? [];
  if (instrument === 'ets98' && number === 2) return protocolWrapper().lines;
  const all = articleSections(instrument, number).filter((s) => !/— PARTIAL/.test(s.heading));
  const s = all.find((x) => /AS AMENDED|AS REPLACED/.test(x.heading)) ?? all[0];
  if (!s) return [];
  const lines = treatyLines(s.body);
  if (/AS REPLACED/.test(s.heading)) {
    const first = lines.findIndex((l) => /^1\.\s/.test(l));
    const own = lines.slice(first);
    own[own.length - 1] = own[own.length - 1]!.replace(/["”]\s*$/, '');
    return own;
  }
  return lines;
}

/** ETS 98 Art. 2 as the section of ETS 24 Art. 5 quotes it: the words inside its outer quotation mark. */
function protocolWrapper(): { lines: string[] } {
  const s = articleSections('ets24', 5).find((x) => /AS REPLACED/.test(x.heading))!;
  const lines = treatyLines(s.body);
  const m = /^ETS 98, Article 2: "(.*)$/.exec(lines[0]!);
  assert.ok(m, 'the section of ETS 24 Art. 5 opens with the words of ETS 98 Art. 2');
  return { lines: [m[1]!, ...lines.slice(1)] };
}

/** ETS 99 Arts 1–2: "Article N" lines inside one "Related: …" section. */
function ets99Lines(): Map<number, string[]> {
  const s = sections(/^## Related: Additional Protocol to ETS 30 \(ETS 99/)[0]!;
  const out = new Map<number, string[]>();
  let current: string[] | undefined;
  for (const l of treatyLines(s.body)) {
    const m = /^Article (\d+)$/.exec(l);
    if (m) out.set(Number(m[1]), (current = []));
    else current?.push(l);
  }
  return out;
}

/** ETS 24 Art. 10 as replaced by CETS 212: the paragraphs the PARTIAL section quotes. */
function cets212Paragraphs(): Map<string, string> {
  const s = sections(/^## ETS 24 Article 10 — as replaced by .*CETS 212.*— PARTIAL/)[0]!;
  const text = s.body.join(' ').replace(/\s+/g, ' ');
  return new Map([...text.matchAll(/"(\d+)\. ([^"]+)"/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Plain text as the product shows it: links, emphasis markers and TeX quotes dropped, spaces collapsed. */
function normalise(s: string): string {
  return s
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
    .replace(/\*\*?/g, '')
    .replace(/``/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The labels of the paragraphs, letters and items of a text in their order, and every path to one
 * of them ("2", "2.b", "2.b.ii"): a numbered paragraph "1.", a letter "(a)", "a)" or "a.", and under
 * a letter a roman item "(i)" or "i.".
 */
function sourceStructure(lines: string[]): { labels: string[]; paths: Set<string> } {
  const labels: string[] = [];
  const paths = new Set<string>();
  let paragraph = '';
  let letter = '';
  let nextLetter = 'a';
  for (const l of lines) {
    const p = /^(\d+)\.(?:\s|$)/.exec(l);
    const x = /^\(?([a-z]+)[.)](?:\s|$)/.exec(l);
    if (p) {
      paragraph = p[1]!;
      letter = '';
      nextLetter = 'a';
      labels.push(paragraph);
      paths.add(paragraph);
    } else if (x && x[1] === nextLetter) {
      letter = x[1];
      nextLetter = String.fromCharCode(letter.charCodeAt(0) + 1);
      labels.push(letter);
      paths.add([paragraph, letter].filter(Boolean).join('.'));
    } else if (x && letter && /^[ivx]+$/.test(x[1]!)) {
      labels.push(x[1]!);
      paths.add([paragraph, letter, x[1]].filter(Boolean).join('.'));
    }
  }
  return { labels, paths };
}

function treeLabels(items: Item[]): string[] {
  return items.flatMap((i) => [...(i.label ? [i.label] : []), ...treeLabels(i.items)]);
}

function labelsAt(items: Item[], path: string[]): string[] {
  let level = items;
  for (const p of path) level = level.find((i) => i.label === p)!.items;
  return level.map((i) => i.label).filter(Boolean);
}

/** Every path to an item of a parsed text: [["1"], ["1", "a"], …]. */
function itemPaths(items: Item[], prefix: string[] = []): string[][] {
  return items.filter((i) => i.label).flatMap((i) => [[...prefix, i.label], ...itemPaths(i.items, [...prefix, i.label])]);
}

function ref(text: string): ArticleRef {
  const r = parseArticleRef(text);
  assert.ok(r, `${text}: not an article reference`);
  return r;
}

// ---------------------------------------------------------------- the tests

describe('article data (reference/)', () => {
  describe('what instruments.md lists as verbatim is parsed as verbatim', () => {
    const rows = instrumentRows();
    const lists = new Map(rows.map((r) => [r.id, r.verbatim]));

    it('instruments.md lists the verbatim articles of every instrument (the lists the tests below use)', () => {
      assert.deepEqual(
        rows.map((r) => r.id),
        ['budapest', 'budapest-2ap', 'ets24', 'ets30', 'uncc', 'ets86', 'cets212', 'ets98', 'ets99', 'echr', 'iccpr'],
      );
      assert.equal(lists.get('budapest')!.length, 37);
      assert.deepEqual(lists.get('ets24'), [3, 6, 12, 14, 15, 4, 5, 7, 8, 9, 10, 11, 16, 17, 23]);
      assert.deepEqual(lists.get('ets30'), [2, 14, 5, 16]);
      assert.deepEqual(lists.get('ets98'), [2, 3, 4]);
      assert.deepEqual(lists.get('ets99'), [1, 2]);
      assert.deepEqual(lists.get('echr'), [3, 6]);
      assert.deepEqual(lists.get('iccpr'), [7]);
      // Held only within the ETS 24 article they amend, or in part: no verbatim article of their own.
      for (const id of ['budapest-2ap', 'uncc', 'ets86', 'cets212'] as const) assert.deepEqual(lists.get(id), [], id);
      assert.match(rows.find((r) => r.id === 'ets86')!.texts, /verbatim within ETS 24 Art\. 9/);
      assert.match(rows.find((r) => r.id === 'cets212')!.texts, /partial/);
    });

    for (const { id: instrument, verbatim } of instrumentRows()) {
      for (const n of verbatim) {
        it(`${cite(instrument, n)}: verbatim, with every paragraph, letter and item of the text, and no more`, () => {
          const text = articleText(instrument, n);
          assert.ok(text, 'not in the parsed reference');
          assert.equal(text.status, 'verbatim');
          const lines = sourceLines(instrument, n);
          assert.ok(lines.length > 0, 'no section in the reference files');
          assert.deepEqual(treeLabels(text.items), sourceStructure(lines).labels);
          assert.equal(normalise(text.text), normalise(lines.join(' ')), "the text is the section's treaty text, no more and no less");
          assert.ok(text.publication, 'a verbatim text says where it is published');
        });
      }
    }

    it('articles outside those lists are summaries or absent, never verbatim', () => {
      for (const [key, a] of articleTexts()) {
        if (a.status !== 'verbatim') continue;
        assert.ok(lists.get(a.instrument)?.includes(a.number), `${key} is verbatim but instruments.md does not list it`);
      }
    });

    it('every heading of Part D and of the protocols is read: ETS 24, ETS 30, ETS 98, ETS 99, ECHR, ICCPR', () => {
      const headings = sections(/^## /)
        .filter((s) => s.file === 'treaties.md')
        .map((s) => s.heading);
      const partD = headings.slice(headings.findIndex((h) => h.startsWith('## ETS 24 Article 4')));
      const read = partD.flatMap((h) => {
        const m = HEADING.exec(h);
        if (m) return [`${SHORT[m[1]!]} ${m[2]}`];
        if (/^## Related: .*\(ETS 99/.test(h)) return ['ets99 1', 'ets99 2'];
        return [];
      });
      assert.deepEqual(
        [...new Set(read)],
        [
          'ets24 4',
          'ets24 5',
          'ets24 7',
          'ets24 8',
          'ets24 9',
          'ets24 10',
          'ets24 11',
          'ets24 16',
          'ets24 17',
          'ets24 23',
          'ets98 3',
          'ets98 4',
          'echr 3',
          'echr 6',
          'iccpr 7',
          'ets30 5',
          'ets30 16',
          'ets99 1',
          'ets99 2',
        ],
      );
      for (const r of new Set(read)) {
        const [id, n] = r.split(' ');
        assert.equal(articleText(id as InstrumentId, Number(n))?.status, 'verbatim', r);
      }
    });
  });

  describe('Part D: the texts as the reference gives them', () => {
    it('ETS 24 Art. 9: of its two wordings, the one as supplemented by ETS 86 is kept, with paragraphs 1–4', () => {
      const [original, amended] = articleSections('ets24', 9);
      assert.match(original!.heading, /ORIGINAL 1957 wording/);
      assert.match(amended!.heading, /AS AMENDED by Art\. 2 of the Additional Protocol, ETS 86/);
      const text = articleText('ets24', 9)!;
      assert.equal(text.version, 'as supplemented by ETS 86');
      assert.deepEqual(labelsAt(text.items, []), ['1', '2', '3', '4']);
      assert.deepEqual(labelsAt(text.items, ['2']), ['a', 'b', 'c']);
      assert.deepEqual(labelsAt(text.items, ['2', 'b']), ['i', 'ii']);
      assert.deepEqual(labelsAt(text.items, ['3']), ['a', 'b', 'c']);
      // Paragraph 1 is the 1957 article word for word; ETS 86 Art. 2 added the rest.
      assert.equal(normalise(text.items[0]!.text), normalise(treatyLines(original!.body).join(' ')));
      assert.deepEqual(text.amendedBy, { instrument: 'ets86', number: 2, paragraphs: ['2', '3', '4'] });
      assert.equal(
        articleWords(ref('ets24 art 9(2)(b)(ii)')),
        'has been wholly, or with respect to the part not enforced, the subject of a pardon or an amnesty;',
      );
      assert.match(renderArticle(ref('ets24 art 9')).markdown, /^\*\*ETS 24 Art\. 9 — Non bis in idem \(as supplemented by ETS 86\)\*\*/);
    });

    it('ETS 24 Art. 10: the 1957 wording, with the CETS 212 replacement attached — paragraphs 1 and 2 verbatim, 3 a summary', () => {
      const text = articleText('ets24', 10)!;
      assert.equal(text.status, 'verbatim');
      assert.equal(normalise(text.text), normalise(treatyLines(articleSections('ets24', 10)[0]!.body).join(' ')));
      const quoted = cets212Paragraphs();
      assert.deepEqual([...quoted.keys()], ['1', '2']);
      assert.equal(text.replaced?.by, 'cets212');
      assert.equal(text.replaced?.article, 1);
      assert.deepEqual(
        text.replaced.items.map((i) => [i.label, i.text]),
        [...quoted.entries()],
      );
      assert.deepEqual(Object.keys(text.replaced.summaries), ['3']);

      const whole = renderArticle(ref('ets24 art 10'));
      assert.equal(whole.status, 'verbatim');
      assert.ok(whole.plain.includes('As replaced by CETS 212 Art. 1, between the parties to that Protocol:'), whole.plain);
      for (const words of quoted.values())
        assert.ok(whole.markdown.includes(`> ${[...quoted.entries()].find(([, w]) => w === words)![0]}. ${words}`), words);
      assert.match(
        whole.plain,
        /Paragraph 3 lets a State reserve the right not to apply paragraph 2 \(summary, to be verified against the official text\)\./,
      );
      assert.match(
        whole.plain,
        /CETS No\. 212[^\n]*; paragraphs 1 and 2 verbatim, English authentic text printed by the Portuguese Parliament/,
      );

      const p2 = renderArticle(ref('ets24 art 10(2)'));
      assert.equal(p2.status, 'verbatim');
      assert.ok(p2.plain.includes(`2. ${quoted.get('2')}`));
      assert.doesNotMatch(p2.plain, /immune by reason of lapse of time/, 'only the paragraph as replaced');
      assert.equal(articleWords(ref('ets24 art 10(1)')), quoted.get('1'));

      const p3 = renderArticle(ref('ets24 art 10(3)'));
      assert.equal(p3.status, 'summary');
      assert.ok(p3.plain.includes(SUMMARY_NOTICE));
      assert.equal(articleWords(ref('ets24 art 10(3)')), undefined, 'nothing to quote in a fix');
      assert.equal(renderArticle(ref('ets24 art 10(4)')).status, 'missing');
    });

    it("ETS 24 Art. 5 as replaced by ETS 98: paragraphs 1 and 2, without the protocol's words around them or the editorial note", () => {
      const text = articleText('ets24', 5)!;
      assert.equal(text.version, 'as replaced by ETS 98');
      assert.equal(text.title, 'Fiscal offences');
      assert.deepEqual(
        text.items.map((i) => i.label),
        ['1', '2'],
      );
      assert.match(text.text, /^1\. For offences in connection with taxes/);
      assert.match(text.text, /as the law of the requesting Party\.$/);
      assert.doesNotMatch(text.text, /ETS 98, Article 2|replaced by the following provisions|"Fiscal offences|Note:|WorldLII|Applies only/);
      // The reference takes the Council of Europe's wording ("custom") over the Dutch copy's ("customs").
      assert.match(text.text, /a tax, duty, custom or exchange regulation/);
      assert.equal(text.publication, 'English text of the Council of Europe Treaty Series');
      assert.ok(
        text.notes.some((n) => n.startsWith('Note:')),
        'the note is kept apart, as a note',
      );
      assert.deepEqual(text.amendedBy, { instrument: 'ets98', number: 2, paragraphs: ['1', '2'] });
      // ETS 98 Art. 2 itself: the replacing words and the new article.
      const art2 = articleText('ets98', 2)!;
      assert.match(art2.text, /^Article 5 of the Convention shall be replaced by the following provisions:\n\n"Fiscal offences\n\n1\. /);
    });

    it("ETS 98 Arts 3 and 4: the protocol's opening words, the title of the new article, its paragraphs — no source notes", () => {
      const a3 = articleText('ets98', 3)!;
      assert.equal(a3.title, 'Judgments in absentia');
      const lines = a3.text.split('\n\n');
      assert.deepEqual(lines.slice(0, 2), ['The Convention shall be supplemented by the following provisions:', '“Judgments in absentia']);
      assert.match(lines[2]!, /^1\. When a Contracting Party requests from another Contracting Party the extradition/);
      assert.match(lines[3]!, /^2\. When the requested Party informs the person.*in that State\.”$/);
      assert.equal(lines.length, 4);
      assert.deepEqual(labelsAt(a3.items, []), ['1', '2']);
      assert.match(articleWords(ref('ets98 art 3(1)'))!, /the right to a retrial which safeguards the rights of defence/);
      const a4 = articleText('ets98', 4)!;
      assert.deepEqual(a4.text.split('\n\n'), [
        'The Convention shall be supplemented by the following provisions:',
        '“Amnesty',
        'Extradition shall not be granted for an offence in respect of which an amnesty has been declared in the requested State and which that State had competence to prosecute under its own criminal law.”',
      ]);
      for (const a of [a3, a4]) assert.doesNotMatch(a.text, /Chapter I|ETS 98 Art\. 9|WorldLII|vilp|LM/);
    });

    it('ETS 99 Arts 1 and 2, from the "Related:" section: the words under each "Article N" line, and nothing of the heading', () => {
      const a1 = articleText('ets99', 1)!;
      const a2 = articleText('ets99', 2)!;
      assert.match(a1.text, /^The Contracting Parties shall not exercise the right provided for in Article 2 \(a\) of the Convention/);
      assert.deepEqual(labelsAt(a1.items, []), []);
      assert.deepEqual(labelsAt(a2.items, []), ['1', '2']);
      for (const a of [a1, a2]) {
        assert.doesNotMatch(a.text, /Article \d+$|Related|limit ETS 30|Status|`search`|code-corpus/m);
        assertNoInternal(`ETS 99 Art. ${a.number}`, renderArticle({ instrument: 'ets99', number: a.number, parts: [] }).plain);
      }
      assert.equal(renderArticle(ref('ets99 art 1')).citation, 'ETS 99 Art. 1');
    });

    it('ECHR Arts 3 and 6(1), ICCPR Art. 7: verbatim, cited as "ECHR Art. 3"', () => {
      assert.equal(
        articleText('echr', 3)!.text,
        'No one shall be subjected to torture or to inhuman or degrading treatment or punishment.',
      );
      assert.deepEqual(labelsAt(articleText('echr', 6)!.items, []), ['1']);
      assert.match(
        articleText('iccpr', 7)!.text,
        /^No one shall be subjected to torture or to cruel, inhuman or degrading treatment or punishment\. In particular/,
      );
      assert.equal(renderArticle(ref('echr art 6(1)')).citation, 'ECHR Art. 6(1)');
      assert.equal(renderArticle(ref('iccpr art 7')).citation, 'ICCPR Art. 7');
      // ECHR Art. 6(1) is the Council of Europe's text: the Dutch copy has a stray comma.
      assert.notEqual(articleText('echr', 6)!.publication, 'English text of the Dutch Treaty Series (Tractatenblad)');
    });

    it('ETS 24 Arts 4, 7, 8, 11, 16, 17, 23 and ETS 30 Arts 5, 16: paragraphs and letters', () => {
      assert.deepEqual(labelsAt(articleText('ets24', 7)!.items, []), ['1', '2']);
      assert.deepEqual(labelsAt(articleText('ets24', 16)!.items, []), ['1', '2', '3', '4', '5']);
      for (const n of [4, 8, 11, 17, 23])
        assert.deepEqual(labelsAt(articleText('ets24', n)!.items, []), [], `ETS 24 Art. ${n} has no paragraphs`);
      assert.deepEqual(labelsAt(articleText('ets30', 5)!.items, ['1']), ['a', 'b', 'c']);
      assert.deepEqual(labelsAt(articleText('ets30', 16)!.items, []), ['1', '2', '3']);
      assert.match(
        articleWords(ref('ets24 art 16(4)'))!,
        /^Provisional arrest may be terminated if, within a period of 18 days after arrest/,
      );
    });

    it('protocol articles held within the article they amend are shown there: ETS 86 Art. 2, CETS 212 Art. 1', () => {
      const e86 = renderArticle(ref('ets86 art 2'));
      assert.equal(e86.status, 'verbatim');
      assert.match(e86.plain, /Supplements ETS 24 Art\. 9 \(Non bis in idem\) with paragraphs 2–4/);
      assert.match(e86.plain, /^2\. The extradition of a person against whom a final judgment has been rendered in a third State/m);
      assert.doesNotMatch(e86.plain, /^1\. Extradition shall not be granted if final judgment/m, "paragraph 1 is not ETS 86's");
      const c212 = renderArticle(ref('cets212 art 1'));
      assert.match(c212.plain, /Replaces ETS 24 Art\. 10 \(Lapse of time\)/);
      assert.match(c212.plain, /\(summary, to be verified against the official text\)/);
      assert.ok(!isVerbatim(ref('cets212 art 1')), 'held only in part: cited as a summary');
    });
  });

  describe('paragraphs and letters', () => {
    it('CETS 185 Art. 29(2)(a)–(f), 29(5)(a)–(b)', () => {
      const items = articleText('budapest', 29)!.items;
      assert.deepEqual(labelsAt(items, []), ['1', '2', '3', '4', '5', '6', '7']);
      assert.deepEqual(labelsAt(items, ['2']), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(labelsAt(items, ['5']), ['a', 'b']);
      assert.equal(
        articleWords(ref('budapest art 29(2)(c)')),
        'the stored computer data to be preserved and its relationship to the offence;',
      );
    });

    it('ETS 24 Art. 12(2)(a)–(c), Art. 6(1)(a)–(c), Art. 14(1)(a)–(b)', () => {
      assert.deepEqual(labelsAt(articleText('ets24', 12)!.items, ['2']), ['a', 'b', 'c']);
      assert.deepEqual(labelsAt(articleText('ets24', 6)!.items, ['1']), ['a', 'b', 'c']);
      assert.deepEqual(labelsAt(articleText('ets24', 14)!.items, ['1']), ['a', 'b']);
      assert.equal(
        articleWords(ref('ets24 art 6(1)(a)')),
        'A Contracting Party shall have the right to refuse extradition of its nationals.',
      );
    });

    it('CETS 185 Art. 1(a)–(d) with (c)(i)–(ii); Art. 6(1)(a)(i)–(ii); Art. 14(3)(b)(i)–(ii)', () => {
      assert.deepEqual(labelsAt(articleText('budapest', 1)!.items, []), ['a', 'b', 'c', 'd']);
      assert.deepEqual(labelsAt(articleText('budapest', 1)!.items, ['c']), ['i', 'ii']);
      assert.deepEqual(labelsAt(articleText('budapest', 6)!.items, ['1', 'a']), ['i', 'ii']);
      assert.deepEqual(labelsAt(articleText('budapest', 14)!.items, ['3', 'b']), ['i', 'ii']);
      for (const parts of [['c', 'i'], ['c', 'ii'], ['d']])
        assert.ok(checkArticle({ instrument: 'budapest', number: 1, parts }).ok, parts.join());
      assert.ok(!checkArticle({ instrument: 'budapest', number: 1, parts: ['c', 'iii'] }).ok);
    });

    it('ETS 30 Art. 2(a)–(b) and Art. 14(1)(a)–(d), 14(2)', () => {
      assert.deepEqual(labelsAt(articleText('ets30', 2)!.items, []), ['a', 'b']);
      assert.deepEqual(labelsAt(articleText('ets30', 14)!.items, []), ['1', '2']);
      assert.deepEqual(labelsAt(articleText('ets30', 14)!.items, ['1']), ['a', 'b', 'c', 'd']);
    });

    it('checkArticle accepts ets24 art 9(2) and ets24 art 10(3), and rejects ets24 art 10(5)', () => {
      assert.ok(checkArticle(ref('ets24 art 9(2)')).ok);
      assert.ok(checkArticle(ref('ets24 art 9(3)(c)')).ok);
      assert.ok(checkArticle(ref('ets24 art 10(3)')).ok);
      assert.ok(checkArticle(ref('ets24 art 10(4)')).ok);
      const bad = checkArticle(ref('ets24 art 10(5)'));
      assert.deepEqual(bad, { ok: false, reason: 'ETS 24 Art. 10 has no (5): it has (1)–(4)' });
      assert.ok(!checkArticle(ref('ets24 art 9(5)')).ok);
      assert.ok(!checkArticle(ref('ets24 art 9(2)(d)')).ok);
      assert.ok(!checkArticle(ref('ets24 art 33')).ok);
    });

    it('the article numbers of the protocols are not checked; their paragraphs are, where the text is here', () => {
      for (const id of ['ets86', 'ets98', 'cets212', 'ets99'] as const) {
        assert.equal(INSTRUMENTS[id].articles, undefined, id);
        assert.ok(checkArticle({ instrument: id, number: 97, parts: [] }).ok, `${id} art 97`);
        assert.equal(renderArticle({ instrument: id, number: 97, parts: [] }).status, 'missing');
      }
      assert.ok(checkArticle(ref('ets98 art 3(2)')).ok);
      assert.ok(!checkArticle(ref('ets98 art 3(3)')).ok, 'ETS 98 Art. 3 is here verbatim, with two paragraphs');
      assert.ok(checkArticle(ref('ets86 art 2(3)')).ok, 'the words of ETS 86 Art. 2 are not here: any paragraph is accepted');
    });

    it('verbatim texts are treaty text only: no markdown tables, rules, headings, links or emphasis', () => {
      for (const [key, a] of articleTexts()) {
        if (a.status !== 'verbatim') continue;
        assert.doesNotMatch(a.text, /^\|/m, `${key} holds a table`);
        assert.doesNotMatch(a.text, /^---/m, `${key} holds a horizontal rule`);
        assert.doesNotMatch(a.text, /^#/m, `${key} holds a heading`);
        assert.doesNotMatch(a.text, /\*|``|\]\(/, `${key} holds markdown emphasis, a link or TeX quotes`);
      }
      assert.match(articleText('budapest', 42)!.text, /No other reservation may be made\.$/);
      assert.match(
        articleText('budapest', 10)!.text,
        /under the Paris Act of 24 July 1971 revising the Bern Convention for the Protection of Literary and Artistic Works, the Agreement/,
      );
    });
  });

  describe('rendering', () => {
    /** Every reference worth rendering: each article whole, each paragraph, letter and item, the protocols held within another. */
    function everyRef(): ArticleRef[] {
      const out: ArticleRef[] = [];
      for (const a of articleTexts().values()) {
        out.push({ instrument: a.instrument, number: a.number, parts: [] });
        for (const parts of itemPaths(a.items)) out.push({ instrument: a.instrument, number: a.number, parts });
      }
      for (const r of [
        'ets24 art 10(1)',
        'ets24 art 10(2)',
        'ets24 art 10(3)',
        'ets24 art 10(4)',
        'ets86 art 2',
        'cets212 art 1',
        'ets24 art 2(1)',
        'budapest-2ap art 7(3)',
        'uncc art 37(11)',
      ])
        out.push(ref(r));
      return out;
    }

    it('no rendered article or summary shows a working note of the reference (sources, commits, "(verify)", "Part C")', () => {
      const refs = everyRef();
      assert.ok(refs.length > 300, `only ${refs.length} references`);
      for (const r of refs) {
        const out = renderArticle(r);
        assertNoInternal(out.citation, out.markdown);
        assertNoInternal(out.citation, out.plain);
      }
    });

    it('a verbatim text ends with a clean provenance line', () => {
      for (const a of articleTexts().values()) {
        if (a.status !== 'verbatim') continue;
        const r = renderArticle({ instrument: a.instrument, number: a.number, parts: [] });
        const last = r.plain.trimEnd().split('\n').pop()!;
        assert.match(
          last,
          /; (?:paragraphs? [\d, and]+ )?verbatim, (English text of the Dutch Treaty Series \(Tractatenblad\)|English text of the Council of Europe(?: Treaty Series)?|English authentic text printed by the Portuguese Parliament[^.]*\.[^.]*)\.$/,
          `${r.citation}: ${last}`,
        );
        assert.ok(last.startsWith(INSTRUMENTS[a.replaced ? a.replaced.by : a.instrument].title), `${r.citation}: ${last}`);
      }
      assert.match(
        renderArticle(ref('ets24 art 11')).plain,
        /\nEuropean Convention on Extradition \(ETS No\. 24, Paris, 13 December 1957\); verbatim, English text of the Dutch Treaty Series \(Tractatenblad\)\.$/,
      );
    });

    it('a paragraph with no words of its own before its letters is not shown as a bare "1." line', () => {
      for (const r of everyRef()) {
        const out = renderArticle(r);
        assert.doesNotMatch(out.plain, /^\(?(\d+|[a-z]+)[.)]\s*$/m, `${out.citation} shows a bare label line:\n${out.plain}`);
        assert.doesNotMatch(out.markdown, /^> \(?(\d+|[a-z]+)[.)]\s*$/m, `${out.citation} shows a bare label line:\n${out.markdown}`);
      }
      assert.match(
        renderArticle(ref('ets24 art 6(1)')).plain,
        /^1\. a\) A Contracting Party shall have the right to refuse extradition of its nationals\.$/m,
      );
      assert.match(renderArticle(ref('ets24 art 6')).plain, /^1\. \(a\) A Contracting Party shall have the right/m);
      assert.match(renderArticle(ref('ets24 art 6(1)(b)')).plain, /^1\. b\) Each Contracting Party may/m);
    });

    it('roman items under a letter are labelled as items: ETS 24 Art. 9(2)(b)(i)', () => {
      const r = renderArticle(ref('ets24 art 9(2)(b)'));
      assert.match(r.plain, /^b\) if the term of imprisonment or other measure to which he was sentenced:$/m);
      assert.match(r.plain, /^\(i\) has been completely enforced;$/m);
      assert.match(r.plain, /^\(ii\) has been wholly/m);
    });
  });

  describe('summaries', () => {
    it('the Second Protocol and the UN Convention are summaries', () => {
      for (const [instrument, n] of [
        ['budapest-2ap', 7],
        ['budapest-2ap', 9],
        ['budapest-2ap', 10],
        ['budapest-2ap', 14],
        ['uncc', 37],
        ['uncc', 40],
      ] as const) {
        assert.equal(articleText(instrument, n)?.status, 'summary', `${instrument} ${n}`);
      }
    });

    it('the Part D bullets on CETS 224 Arts 7(3), 9(3), 10(1) are added to those summaries', () => {
      assert.match(
        articleText('budapest-2ap', 7)!.text,
        /Paragraph \(3\): an order for subscriber information submitted directly to a provider specifies/,
      );
      assert.match(articleText('budapest-2ap', 9)!.text, /Paragraph \(3\): an emergency request under Art\. 9 specifies/);
      assert.match(articleText('budapest-2ap', 10)!.text, /Paragraph \(1\): emergency mutual assistance/);
    });

    it('every summary renders with "Summary, to be verified against the official text", every verbatim text without it', () => {
      assert.equal(SUMMARY_NOTICE, 'Summary, to be verified against the official text.');
      let summaries = 0;
      for (const a of articleTexts().values()) {
        const r = renderArticle({ instrument: a.instrument, number: a.number, parts: [] });
        if (a.status === 'summary') {
          summaries++;
          assert.equal(r.status, 'summary');
          assert.ok(r.plain.includes(SUMMARY_NOTICE) && r.markdown.includes(SUMMARY_NOTICE), `${a.instrument} ${a.number}`);
          assert.doesNotMatch(r.plain, /verbatim/i);
        } else {
          assert.equal(r.status, 'verbatim');
          assert.ok(!r.plain.includes(SUMMARY_NOTICE), `${a.instrument} ${a.number}`);
          assert.match(r.plain, /verbatim/);
        }
      }
      assert.ok(summaries >= 25, `only ${summaries} summaries`);
    });

    it('a paragraph of a summary renders as a summary too', () => {
      const r = renderArticle(ref('budapest-2ap art 7(3)(a)'));
      assert.equal(r.status, 'summary');
      assert.ok(r.plain.includes(SUMMARY_NOTICE));
    });

    it('an article the reference does not hold says so, as a summary to be verified', () => {
      const r = renderArticle(ref('ets24 art 2(1)'));
      assert.equal(r.status, 'missing');
      assert.match(r.plain, /CoopSpec does not hold the text of this article: summary, to be verified against the official text\./);
    });

    it('a verbatim paragraph renders its own words with its citation', () => {
      const r = renderArticle(ref('budapest art 29(2)(c)'));
      assert.equal(r.citation, 'CETS 185 Art. 29(2)(c)');
      assert.match(r.plain, /c\) the stored computer data to be preserved and its relationship to the offence;/);
      assert.doesNotMatch(r.plain, /the necessity of the preservation/, 'only the paragraph asked for');
    });
  });

  describe('the law module, the vocabulary and the rules cite only what the reference holds', () => {
    /**
     * Every article reference ("ets24 art 11") held anywhere in a value: the tables of law/ and
     * vocabulary.ts, walked whole, so that a new table is checked without changing this test.
     */
    function articlesIn(value: unknown, where: string, out: { where: string; article: string }[], seen = new Set<unknown>()): void {
      if (typeof value === 'string') {
        if (/^[a-z0-9-]+ art \d/.test(value) && parseArticleRef(value)) out.push({ where, article: value });
        return;
      }
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      if (value instanceof Map) for (const [k, v] of value) articlesIn(v, `${where}.${String(k)}`, out, seen);
      else if (value instanceof Set) for (const v of value) articlesIn(v, where, out, seen);
      else for (const [k, v] of Object.entries(value)) articlesIn(v, `${where}.${k}`, out, seen);
    }

    /** Texts in words that name articles ("ECHR Art. 8 and ICCPR Art. 17 (privacy; summary, …)"). */
    function wordsIn(value: unknown, where: string, out: { where: string; text: string }[], seen = new Set<unknown>()): void {
      if (typeof value === 'string') {
        if (new RegExp(CITATION.source).test(value)) out.push({ where, text: value });
        return;
      }
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      if (value instanceof Map) for (const [k, v] of value) wordsIn(v, `${where}.${String(k)}`, out, seen);
      else for (const [k, v] of Object.entries(value)) wordsIn(v, `${where}.${k}`, out, seen);
    }

    function cited(): { where: string; article: string }[] {
      const out: { where: string; article: string }[] = [];
      for (const [name, v] of Object.entries(law)) articlesIn(v, `law.${name}`, out);
      for (const [name, v] of Object.entries(vocabulary)) articlesIn(v, `vocabulary.${name}`, out);
      for (const [name, v] of Object.entries(words)) articlesIn(v, `words.${name}`, out);
      for (const rule of RULES) for (const a of rule.meta.articles) out.push({ where: `${rule.meta.id} meta.articles`, article: a });
      // BASIS_ARTICLE_KINDS names articles by number.
      for (const e of law.BASIS_ARTICLE_KINDS)
        for (const n of e.articles ?? [])
          out.push({ where: `law.BASIS_ARTICLE_KINDS ${e.instrument}`, article: `${e.instrument} art ${n}` });
      return out;
    }

    /**
     * What the reference holds of `parts` of an article, read from its section: the paths of its
     * paragraphs, letters and items, and the paragraphs of the CETS 212 replacement of ETS 24 Art. 10.
     */
    function heldInReference(r: ArticleRef): boolean {
      const lines = sourceLines(r.instrument, r.number);
      if (lines.length === 0) return false;
      if (r.parts.length === 0) return true;
      if (r.instrument === 'ets24' && r.number === 10) return r.parts.length === 1 && cets212Paragraphs().has(r.parts[0]!);
      return sourceStructure(lines).paths.has(r.parts.join('.'));
    }

    it('the tables cite articles at all (the collection below is not empty)', () => {
      const all = cited();
      assert.ok(all.length > 250, `only ${all.length} citations`);
      for (const table of [
        'law.GROUND_CITATIONS',
        'law.GROUND_SPECS',
        'law.PRESERVATION_ELEMENTS',
        'law.MUTUAL_ASSISTANCE_CONTENTS',
        'law.KINDS',
        'law.MEASURE_SPECS',
        'law.DEADLINES',
        'law.SAFEGUARDS',
        'law.BASIS_ARTICLE_KINDS',
        'vocabulary.DECLARATIONS',
        'words.DOCUMENTS',
      ]) {
        assert.ok(
          all.some((c) => c.where.startsWith(table)),
          `nothing collected from ${table}`,
        );
      }
    });

    for (const { where, article } of cited()) {
      it(`${where}: ${article}`, () => {
        const r = ref(article);
        const check = checkArticle(r);
        assert.ok(check.ok, check.ok ? '' : check.reason);
        const citation = citeRef(article);
        if (isVerbatim(r)) {
          assert.ok(heldInReference(r), `${article} is cited as verbatim, but reference/ does not hold that text`);
          assert.equal(citation, cite(r.instrument, r.number, r.parts));
          assert.notEqual(renderArticle(r).status, 'summary');
        } else {
          assert.equal(citation, `${cite(r.instrument, r.number, r.parts)} (${SUMMARY_LABEL})`);
          assert.notEqual(renderArticle(r).status, 'verbatim', `${article}: rendered as a quotation`);
        }
      });
    }

    it('texts of the tables that name articles in words label the summaries', () => {
      const texts: { where: string; text: string }[] = [];
      for (const [name, v] of Object.entries(law)) wordsIn(v, `law.${name}`, texts);
      assert.ok(texts.length >= 2, `only ${texts.length} texts`);
      for (const { where, text } of texts) assertCitationsLabelled(where, text);
    });

    it('every citation written in a rule\'s source ("CETS 185 Art. 25(4)") names an article the instrument has', () => {
      let seen = 0;
      for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'))) {
        const src = readFileSync(join(RULES_DIR, file), 'utf8');
        for (const m of src.matchAll(CITATION)) {
          seen++;
          const parts = [...m[3]!.matchAll(/\(([0-9a-z]+)\)/g)].map((x) => x[1]!);
          const check = checkArticle({ instrument: SHORT[m[1]!]!, number: Number(m[2]), parts });
          assert.ok(check.ok, `${file}: ${m[0]}: ${check.ok ? '' : check.reason}`);
        }
      }
      assert.ok(seen > 40, `only ${seen} citations found`);
    });

    it('every citation in every message of every rule, on the examples and on requests under each instrument, is verbatim or labelled a summary', () => {
      const messages = findingMessages();
      assert.ok(messages.size > 150, `only ${messages.size} messages`);
      let citations = 0;
      for (const m of messages) citations += assertCitationsLabelled('message', m);
      assert.ok(citations > 150, `only ${citations} citations`);
      // Summary-only instruments are reached: the Second Protocol and the UN Convention.
      assert.ok(
        [...messages].some((m) => m.includes('CETS 224 Art.')),
        'no message cites CETS 224',
      );
      assert.ok(
        [...messages].some((m) => m.includes('UNCC Art.')),
        'no message cites UNCC',
      );
    });
  });

  describe('every quote a fix inserts is verbatim text of the reference', () => {
    /** Is `words` (a quote, possibly cut with " …") in the article's text? The problem, when it is not. */
    function notQuoted(citation: string, words: string): string | undefined {
      const m = /^(CETS 185|ETS 24|ETS 30|ETS 98|ETS 99|ECHR|ICCPR) Arts?\.? (.+)$/.exec(citation);
      if (!m) return `${citation}: not a citation of a verbatim text`;
      const instrument = SHORT[m[1]!]!;
      const numbers = [...m[2]!.matchAll(/(\d+)/g)].map((x) => Number(x[1]));
      const quote = normalise(words.replace(/\s*…$/, ''));
      if (quote.length < 10) return `${citation}: the quote is empty`;
      const texts = numbers.slice(0, m[2]!.includes(',') ? undefined : 1).map((n) => normalise(sourceLines(instrument, n).join(' ')));
      if (instrument === 'ets24' && numbers[0] === 10) texts.push(normalise([...cets212Paragraphs().values()].join(' ')));
      return texts.some((t) => t.includes(quote)) ? undefined : `${citation}: "${quote}" is not in the reference text`;
    }

    it("every treaty quote in every fix the examples, the rules' examples and requests without grounds get", () => {
      const texts: { rule: string; text: string }[] = [];
      for (const files of workspaces()) {
        for (const f of lintTexts(files, SETTINGS).findings)
          for (const fix of f.finding.fixes) for (const e of fix.edits) texts.push({ rule: f.rule, text: e.newText });
      }
      let quotes = 0;
      const problems = new Set<string>();
      for (const { rule, text } of texts) {
        const plain = text.replace(/\\"/g, '"');
        // The quote runs to the end of the comment, or to a colon after which the fix says what to write.
        for (const m of plain.matchAll(/((?:CETS 185|ETS 24|ETS 30|ETS 98|ETS 99|ECHR|ICCPR) Arts?\.? [0-9a-z(), ]+?): ([^"\n#:]+)/g)) {
          quotes++;
          const problem = notQuoted(m[1]!.trim(), m[2]!.trim());
          if (problem) problems.add(`${rule}: ${problem}`);
        }
        // Summaries may be paraphrased in a comment, but never as if quoted.
        for (const m of plain.matchAll(/(CETS 224|UNCC|CETS 212)[^:\n]*:/g)) {
          if (!/\(summary, to be verified against the official text\)/.test(m[0]))
            problems.add(`${rule}: ${m[0]} in a fix is not labelled as a summary to be verified`);
        }
      }
      assert.deepEqual([...problems].sort(), [], 'a fix presents words as a quotation of the treaty that are not its words');
      assert.ok(quotes >= 20, `only ${quotes} quotes found`);
    });

    it('articleQuote quotes only what the reference holds verbatim', () => {
      assert.equal(articleQuote('ets24 art 10(3)'), 'ETS 24 Art. 10(3)');
      assert.equal(articleQuote('ets24 art 2(1)'), 'ETS 24 Art. 2(1)');
      assert.equal(articleQuote('uncc art 37'), 'UNCC Art. 37');
      assert.match(articleQuote('ets24 art 11', 8), /^ETS 24 Art\. 11: If the offence for which extradition is requested …$/);
    });
  });

  describe('the instruments table agrees with instruments.md', () => {
    const rows = instrumentRows();

    it('the same instruments, in the same order', () => {
      assert.deepEqual(Object.keys(INSTRUMENTS).sort(), rows.map((r) => r.id).sort());
    });

    it('article ranges, "not checked" for the protocols', () => {
      assert.deepEqual(
        Object.fromEntries(
          Object.entries(INSTRUMENTS).map(([k, v]) => [k, v.articles ? `${v.articles.first}–${v.articles.last}` : 'not checked']),
        ),
        Object.fromEntries(rows.map((r) => [r.id, r.articles])),
      );
      assert.deepEqual(INSTRUMENTS.ets24.articles, { first: 1, last: 32 });
    });

    it('short citation forms: "ETS No. 24" is cited "ETS 24", "ETS/CETS No. 185" "CETS 185"', () => {
      for (const r of rows) {
        const m = /\b(ETS\/CETS|CETS|ETS) No\. (\d+)/.exec(r.instrument);
        const expected =
          r.id === 'echr'
            ? 'ECHR'
            : r.id === 'iccpr'
              ? 'ICCPR'
              : r.id === 'uncc'
                ? 'UNCC'
                : `${m![1] === 'ETS/CETS' ? 'CETS' : m![1]} ${m![2]}`;
        assert.equal(INSTRUMENTS[r.id].short, expected, r.id);
        assert.equal(SHORT[expected], r.id);
        if (m) assert.ok(INSTRUMENTS[r.id].title.includes(`No. ${m[2]}`), `${r.id}: the title names No. ${m[2]}`);
        const year = /\((\d{4})\)\s*$/.exec(r.instrument)?.[1];
        if (year)
          assert.ok(
            INSTRUMENTS[r.id].title.includes(year) || INSTRUMENTS[r.id].title.includes(String(Number(year) - 1)),
            `${r.id}: ${year}`,
          );
      }
    });

    it('protocols amend the convention instruments.md names; echr and iccpr are cited only', () => {
      const md = readReference('instruments.md').join('\n');
      assert.match(md, /`ets86`, `ets98`, `cets212` and `ets99` are protocols/);
      for (const [id, amends] of [
        ['ets86', 'ets24'],
        ['ets98', 'ets24'],
        ['cets212', 'ets24'],
        ['ets99', 'ets30'],
      ] as const) {
        assert.equal(INSTRUMENTS[id].role, 'protocol', id);
        assert.equal(INSTRUMENTS[id].amends, amends, id);
        assert.ok(
          rows
            .find((r) => r.id === id)!
            .instrument.includes(amends === 'ets24' ? 'European Convention on Extradition' : 'European Convention on Mutual Assistance'),
        );
      }
      assert.equal(INSTRUMENTS.echr.role, 'cited');
      assert.equal(INSTRUMENTS.iccpr.role, 'cited');
    });

    it('ETS 24 Arts 9 and 10 have four paragraphs each, as instruments.md says', () => {
      assert.match(
        readReference('instruments.md').join(' '),
        /Art\. 9 has four paragraphs \(as supplemented by ETS 86\) and Art\. 10 four \(as replaced by CETS 212\)/,
      );
      assert.deepEqual(INSTRUMENTS.ets24.paragraphs, { 9: 4, 10: 4 });
    });
  });
});

// ---------------------------------------------------------------- messages and fixes to check

const SETTINGS = { ...DEFAULT_SETTINGS, today: '2026-06-01' };

/** Requests under each governing instrument, so that every citation path of the rules is reached. */
const UNDER_EACH_INSTRUMENT = `
party FR { instruments: [budapest, budapest-2ap, ets24, ets30, uncc] }
party US { instruments: [budapest, budapest-2ap, uncc] }
offence intrusion {
  category: budapest art 2
  committed: 2010-01-01
  committed-in: [US]
  law FR { cite: "x"  max-penalty: death  limitation: 3 years }
  law US { cite: "x"  max-penalty: 6 months  limitation: 3 years }
}
offence tax { law FR { cite: "x"  max-penalty: 2 years } }
person doe { nationality: [US, FR] }
data mails { type: content  custodian: provider "Mail Ltd" in US  stored-in: IE  controller: "Doe Ltd" }
judgment J-1 { party: US  person: doe  offences: [intrusion]  outcome: pending  in-absentia: yes }
request EXT-U extradition { from: FR  to: US  basis: uncc  person: doe  offences: [intrusion, tax]  for: sentence  sentence: 2 months  judgment: J-1 }
request EXT-B extradition { from: FR  to: US  basis: budapest art 24  person: doe  offences: [intrusion, tax] }
request EXT-T extradition { from: FR  to: US  basis: treaty "Bilateral"  person: doe  offences: [intrusion] }
request EXT-R extradition { from: FR  to: US  basis: reciprocity  person: doe  offences: [intrusion] }
request MLA-U mutual-assistance { from: FR  to: US  basis: uncc  measure: property-recovery  offences: [intrusion]  data: [mails]  grounds { fiscal-offence: engaged "x" } }
request MLA-B mutual-assistance { from: FR  to: US  basis: budapest  measure: interception  offences: [tax]  data: [mails] }
request PRES-U preservation { from: FR  to: US  basis: uncc  data: [mails]  date: 2026-01-01  grounds { dual-criminality: engaged "x" } }
request TD-U traffic-disclosure { from: FR  to: US  basis: uncc  data: [mails]  grounds { nationality: engaged "x" } }
request EMG-1 emergency-disclosure { from: FR  to: US  basis: budapest-2ap  data: [mails]  risk: property }
request EMG-2 emergency-disclosure { to: IE  data: [mails] }
request SUB-1 subscriber-order { to: provider "Mail Ltd" in IE  data: [mails] }
request PA-1 provisional-arrest { from: FR  to: US  basis: uncc  person: doe  arrested: 2026-01-01 }
request DA-1 direct-access { from: FR  data: [mails] }
`;

function workspaces(): Record<string, string>[] {
  const out: Record<string, string>[] = [readFolder(join(EXAMPLES, 'flawed')), readFolder(join(EXAMPLES, 'clean'))];
  for (const rule of RULES) out.push({ 'main.coop': rule.meta.example.bad });
  out.push({
    'bare.coop': [
      'extradition',
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'direct-access',
      'provisional-arrest',
      'emergency-disclosure',
      'subscriber-order',
    ]
      .map((k, i) => `request R-${i} ${k} {\n  measure: interception\n}\n`)
      .join(''),
  });
  out.push({ 'each.coop': UNDER_EACH_INSTRUMENT });
  return out;
}

function findingMessages(): Set<string> {
  const out = new Set<string>();
  for (const files of workspaces()) for (const f of lintTexts(files, SETTINGS).findings) out.add(f.finding.message);
  return out;
}

/**
 * Every citation in a text resolves, and one whose text the reference does not hold verbatim is
 * followed — before the next verbatim citation — by "summary (or summaries), to be verified
 * against the official text". Returns the number of citations.
 */
function assertCitationsLabelled(where: string, text: string): number {
  const found = [...text.matchAll(CITATION)].map((m) => {
    const parts = [...m[3]!.matchAll(/\(([0-9a-z]+)\)/g)].map((x) => x[1]!);
    const r: ArticleRef = { instrument: SHORT[m[1]!]!, number: Number(m[2]), parts };
    return { m, r, verbatim: isVerbatim(r) };
  });
  found.forEach(({ m, r, verbatim }, i) => {
    const check = checkArticle(r);
    assert.ok(check.ok, `${where}: ${m[0]}: ${check.ok ? '' : check.reason}\n${text}`);
    if (verbatim) return;
    const next = found.slice(i + 1).find((f) => f.verbatim);
    const after = text.slice(m.index + m[0].length, next ? next.m.index : undefined);
    assert.match(
      after,
      /summar(?:y|ies), to be verified against the official text/,
      `${where}: ${m[0]} is not held verbatim and is not labelled a summary:\n${text}`,
    );
  });
  return found.length;
}
