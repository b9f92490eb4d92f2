// The article data: reference/*.md parsed into articles with their paragraphs and letters, the
// status of each text (verbatim or summary), and every place the product cites or quotes them.
// The expectations are read from the reference files themselves, independently of the parser in
// server/src/language/articles/reference.ts.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  INSTRUMENTS, SUMMARY_NOTICE, articleText, articleTexts, articleWords, checkArticle, cite, parseArticleRef, renderArticle,
  type InstrumentId, type Item,
} from '../../server/src/language/articles';
import { GROUND_ARTICLES } from '../../server/src/language/rules/grounds';
import { articleQuote } from '../../server/src/language/rules/fixkit';
import { RULES } from '../../server/src/language/rules/index';
import * as vocabulary from '../../server/src/language/vocabulary';
import { EXAMPLES, ROOT, lintTexts, readFolder } from '../support/lint';

const REFERENCE = join(ROOT, 'reference');
const RULES_DIR = join(ROOT, 'server', 'src', 'language', 'rules');

const HEADINGS: Record<string, InstrumentId> = { 'CETS 185': 'budapest', 'ETS 24': 'ets24', 'ETS 30': 'ets30' };
const SHORT: Record<string, InstrumentId> = { 'CETS 185': 'budapest', 'ETS 24': 'ets24', 'ETS 30': 'ets30', 'CETS 224': 'budapest-2ap' };

/** "1–35, 40, 42" -> [1, …, 35, 40, 42]. */
function expand(list: string): number[] {
  return list.split(',').flatMap((part) => {
    const m = /(\d+)\s*[–-]\s*(\d+)/.exec(part);
    if (m) return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => Number(m[1]) + i);
    return [Number(part.trim())];
  });
}

/** The articles instruments.md says the folder has verbatim, per instrument. */
function verbatimArticles(): Map<InstrumentId, number[]> {
  const out = new Map<InstrumentId, number[]>();
  for (const line of readFileSync(join(REFERENCE, 'instruments.md'), 'utf8').split('\n')) {
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|/.exec(line);
    if (!row) continue;
    const m = /Arts? ([\d–\-, ]+) verbatim/.exec(line);
    out.set(row[1] as InstrumentId, m ? expand(m[1]!) : []);
  }
  return out;
}

/**
 * The body of an article's section in the reference files: the lines after its `## … Article N`
 * heading, up to the next `#`/`##` heading, a `---` rule, or a `###` heading after the text began
 * (editorial sections such as the reservation map). Status lines, notes and title headings are left out.
 */
function sourceLines(instrument: InstrumentId, number: number): string[] {
  for (const file of readdirSync(REFERENCE).filter((f) => f.endsWith('.md'))) {
    const lines = readFileSync(join(REFERENCE, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
    const i = lines.findIndex((l) => {
      const m = /^## (CETS 185|ETS 24|ETS 30) Article (\d+)\b/.exec(l);
      return !!m && HEADINGS[m[1]!] === instrument && Number(m[2]) === number;
    });
    if (i < 0) continue;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!.trim();
      if (/^#{1,2} /.test(l) || /^---+$/.test(l)) break;
      if (/^### /.test(l)) {
        if (body.length) break;
        continue;
      }
      if (l === '' || l.startsWith('>') || /^\*Status:/.test(l)) continue;
      body.push(l);
    }
    return body;
  }
  return [];
}

/** Plain text as the product shows it: emphasis markers dropped, TeX quotes made plain, spaces collapsed. */
function normalise(s: string): string {
  return s.replace(/\*\*?/g, '').replace(/``/g, '"').replace(/\s+/g, ' ').trim();
}

/** Labels of the numbered paragraphs, letters and roman items, in the order the text gives them. */
function sourceLabels(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const p = /^(\d+)\.(?:\s|$)/.exec(l);
    const x = /^\(?([a-z]+)\)(?:\s|$)/.exec(l);
    if (p) out.push(p[1]!);
    else if (x) out.push(x[1]!);
  }
  return out;
}

function treeLabels(items: Item[]): string[] {
  return items.flatMap((i) => [...(i.label ? [i.label] : []), ...treeLabels(i.items)]);
}

function labelsAt(items: Item[], path: string[]): string[] {
  let level = items;
  for (const p of path) level = level.find((i) => i.label === p)!.items;
  return level.map((i) => i.label);
}

describe('article data (reference/)', () => {
  describe('what instruments.md lists as verbatim is parsed as verbatim', () => {
    const lists = verbatimArticles();

    it('instruments.md names verbatim articles for budapest, ets24 and ets30, and none for the others', () => {
      assert.deepEqual([...lists.keys()], ['budapest', 'budapest-2ap', 'ets24', 'ets30', 'uncc']);
      assert.deepEqual(lists.get('ets24'), [3, 6, 12, 14, 15]);
      assert.deepEqual(lists.get('ets30'), [2, 14]);
      assert.equal(lists.get('budapest')!.length, 37);
      assert.deepEqual(lists.get('budapest-2ap'), []);
      assert.deepEqual(lists.get('uncc'), []);
    });

    for (const [instrument, numbers] of verbatimArticles()) {
      for (const n of numbers) {
        it(`${cite(instrument, n)}: verbatim, with every paragraph, letter and item of the text`, () => {
          const text = articleText(instrument, n);
          assert.ok(text, 'not in the parsed reference');
          assert.equal(text.status, 'verbatim');
          const lines = sourceLines(instrument, n);
          assert.ok(lines.length > 0, 'no section in the reference files');
          assert.deepEqual(treeLabels(text.items), sourceLabels(lines));
          assert.equal(normalise(text.text), normalise(lines.join(' ')), 'the text is the section, no more and no less');
        });
      }
    }

    it('articles outside those lists are summaries or absent, never verbatim', () => {
      for (const [key, a] of articleTexts()) {
        if (a.status !== 'verbatim') continue;
        assert.ok(lists.get(a.instrument)!.includes(a.number), `${key} is verbatim but instruments.md does not list it`);
      }
    });
  });

  describe('paragraphs and letters', () => {
    it('CETS 185 Art. 29(2)(a)–(f), 29(5)(a)–(b)', () => {
      const items = articleText('budapest', 29)!.items;
      assert.deepEqual(labelsAt(items, []), ['1', '2', '3', '4', '5', '6', '7']);
      assert.deepEqual(labelsAt(items, ['2']), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.deepEqual(labelsAt(items, ['5']), ['a', 'b']);
      assert.equal(articleWords({ instrument: 'budapest', number: 29, parts: ['2', 'c'] }), 'the stored computer data to be preserved and its relationship to the offence;');
    });

    it('ETS 24 Art. 12(2)(a)–(c), Art. 6(1)(a)–(c), Art. 14(1)(a)–(b)', () => {
      assert.deepEqual(labelsAt(articleText('ets24', 12)!.items, ['2']), ['a', 'b', 'c']);
      assert.deepEqual(labelsAt(articleText('ets24', 6)!.items, ['1']), ['a', 'b', 'c']);
      assert.deepEqual(labelsAt(articleText('ets24', 14)!.items, ['1']), ['a', 'b']);
      assert.equal(articleWords({ instrument: 'ets24', number: 6, parts: ['1', 'a'] }), 'A Contracting Party shall have the right to refuse extradition of its nationals.');
    });

    it('CETS 185 Art. 1(a)–(d) with (c)(i)–(ii); Art. 6(1)(a)(i)–(ii); Art. 14(3)(b)(i)–(ii)', () => {
      assert.deepEqual(labelsAt(articleText('budapest', 1)!.items.filter((i) => i.label), []), ['a', 'b', 'c', 'd']);
      assert.deepEqual(labelsAt(articleText('budapest', 1)!.items, ['c']), ['i', 'ii']);
      assert.deepEqual(labelsAt(articleText('budapest', 6)!.items, ['1', 'a']), ['i', 'ii']);
      assert.deepEqual(labelsAt(articleText('budapest', 14)!.items, ['3', 'b']), ['i', 'ii']);
      for (const parts of [['c', 'i'], ['c', 'ii'], ['d']]) assert.ok(checkArticle({ instrument: 'budapest', number: 1, parts }).ok, parts.join());
      assert.ok(!checkArticle({ instrument: 'budapest', number: 1, parts: ['c', 'iii'] }).ok);
    });

    it('ETS 30 Art. 2(a)–(b) and Art. 14(1)(a)–(d), 14(2)', () => {
      assert.deepEqual(labelsAt(articleText('ets30', 2)!.items.filter((i) => i.label), []), ['a', 'b']);
      assert.deepEqual(labelsAt(articleText('ets30', 14)!.items, []), ['1', '2']);
      assert.deepEqual(labelsAt(articleText('ets30', 14)!.items, ['1']), ['a', 'b', 'c', 'd']);
    });

    it('verbatim texts are treaty text only: no markdown tables, rules, headings or emphasis', () => {
      for (const [key, a] of articleTexts()) {
        if (a.status !== 'verbatim') continue;
        assert.doesNotMatch(a.text, /^\|/m, `${key} holds a table`);
        assert.doesNotMatch(a.text, /^---/m, `${key} holds a horizontal rule`);
        assert.doesNotMatch(a.text, /^#/m, `${key} holds a heading`);
        assert.doesNotMatch(a.text, /\*|``/, `${key} holds markdown emphasis or TeX quotes`);
      }
      assert.match(articleText('budapest', 42)!.text, /No other reservation may be made\.$/);
    });
  });

  describe('summaries', () => {
    it('the Second Protocol and the UN Convention are summaries', () => {
      for (const [instrument, n] of [['budapest-2ap', 7], ['budapest-2ap', 14], ['uncc', 37], ['uncc', 40]] as const) {
        assert.equal(articleText(instrument, n)?.status, 'summary', `${instrument} ${n}`);
      }
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
      const r = renderArticle({ instrument: 'budapest-2ap', number: 7, parts: ['3', 'a'] });
      assert.equal(r.status, 'summary');
      assert.ok(r.plain.includes(SUMMARY_NOTICE));
    });

    it('a verbatim paragraph renders its own words with its citation', () => {
      const r = renderArticle({ instrument: 'budapest', number: 29, parts: ['2', 'c'] });
      assert.equal(r.citation, 'CETS 185 Art. 29(2)(c)');
      assert.match(r.plain, /c\) the stored computer data to be preserved and its relationship to the offence;/);
      assert.doesNotMatch(r.plain, /the necessity of the preservation/, 'only the paragraph asked for');
    });
  });

  describe('every article the product cites resolves', () => {
    function citedByVocabulary(): { where: string; article: string }[] {
      const out: { where: string; article: string }[] = [];
      const words = (name: string, map: unknown) => {
        if (!(map instanceof Map)) return;
        for (const [w, v] of map as Map<string, { articles?: string[]; fields?: unknown }>) {
          for (const a of v.articles ?? []) out.push({ where: `${name} ${w}`, article: a });
        }
      };
      for (const [name, map] of Object.entries(vocabulary)) words(name, map);
      const block = (where: string, spec: vocabulary.BlockSpec) => {
        for (const a of spec.articles ?? []) out.push({ where, article: a });
        for (const k of spec.fields.values()) for (const a of k.articles ?? []) out.push({ where: `${where}.${k.key}`, article: a });
      };
      for (const [kw, spec] of vocabulary.DECLARATIONS) {
        for (const k of spec.fields.values()) for (const a of k.articles ?? []) out.push({ where: `${kw}.${k.key}`, article: a });
        for (const b of spec.blocks.values()) block(`${kw}.${b.key}`, b);
      }
      return out;
    }

    it('vocabulary.ts cites articles at all (the collection below is not empty)', () => {
      assert.ok(citedByVocabulary().length > 80);
    });

    for (const { where, article } of citedByVocabulary()) {
      it(`vocabulary ${where}: ${article}`, () => {
        const ref = parseArticleRef(article);
        assert.ok(ref, 'not an article reference');
        const check = checkArticle(ref);
        assert.ok(check.ok, check.ok ? '' : check.reason);
      });
    }

    for (const rule of RULES) {
      it(`${rule.meta.id} meta.articles`, () => {
        for (const article of rule.meta.articles) {
          const ref = parseArticleRef(article);
          assert.ok(ref, `${article}: not an article reference`);
          const check = checkArticle(ref);
          assert.ok(check.ok, `${article}: ${check.ok ? '' : check.reason}`);
        }
      });
    }

    it('every citation written in a rule\'s messages and texts ("CETS 185 Art. 25(4)") exists', () => {
      let seen = 0;
      for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'))) {
        const src = readFileSync(join(RULES_DIR, file), 'utf8');
        for (const m of src.matchAll(/(CETS 185|ETS 24|ETS 30|CETS 224) Art\. (\d+)((?:\([0-9a-z]+\))*)/g)) {
          seen++;
          const parts = [...m[3]!.matchAll(/\(([0-9a-z]+)\)/g)].map((x) => x[1]!);
          const check = checkArticle({ instrument: SHORT[m[1]!]!, number: Number(m[2]), parts });
          assert.ok(check.ok, `${file}: ${m[0]}: ${check.ok ? '' : check.reason}`);
        }
      }
      assert.ok(seen > 20, `only ${seen} citations found`);
    });
  });

  describe('every quote a fix inserts is verbatim text of the reference', () => {
    /** Is `words` (a quote, possibly cut with " …") in the article's text? */
    function assertVerbatim(citation: string, words: string): void {
      const m = /^(CETS 185|ETS 24|ETS 30) Arts?\.? (.+)$/.exec(citation);
      assert.ok(m, `${citation}: not a citation of a verbatim instrument`);
      const instrument = SHORT[m[1]!]!;
      const numbers = [...m[2]!.matchAll(/(\d+)/g)].map((x) => Number(x[1]));
      const quote = normalise(words.replace(/\s*…$/, ''));
      assert.ok(quote.length >= 10, `${citation}: the quote is empty`);
      const texts = numbers.slice(0, m[2]!.includes(',') ? undefined : 1).map((n) => normalise(sourceLines(instrument, n).join(' ')));
      assert.ok(texts.some((t) => t.includes(quote)), `${citation}: "${quote}" is not in the reference text`);
    }

    for (const [kind, grounds] of Object.entries(GROUND_ARTICLES)) {
      for (const [ground, article] of Object.entries(grounds)) {
        it(`CR101's reason for ${ground} in ${kind}: ${article}`, () => {
          const ref = parseArticleRef(article)!;
          assert.ok(articleWords(ref), `${article} has no verbatim words to quote`);
          const q = articleQuote(article, 30);
          const citation = cite(ref.instrument, ref.number, ref.parts);
          assert.ok(q.startsWith(`${citation}: `), q);
          assertVerbatim(citation, q.slice(citation.length + 2));
        });
      }
    }

    it('every treaty quote in every fix the examples and a request without grounds get', () => {
      const texts: string[] = [];
      const workspaces = [readFolder(join(EXAMPLES, 'flawed')), {
        'bare.coop': ['extradition', 'mutual-assistance', 'preservation', 'traffic-disclosure', 'direct-access']
          .map((k, i) => `request R-${i} ${k} {\n  measure: interception\n}\n`).join(''),
      }];
      for (const files of workspaces) {
        for (const f of lintTexts(files).findings) for (const fix of f.finding.fixes) for (const e of fix.edits) texts.push(e.newText);
      }
      let quotes = 0;
      for (const t of texts) {
        const plain = t.replace(/\\"/g, '"');
        for (const m of plain.matchAll(/((?:CETS 185|ETS 24|ETS 30) Arts?\.? [0-9a-z(), ]+?): ([^"\n#]+)/g)) {
          quotes++;
          assertVerbatim(m[1]!.trim(), m[2]!.trim());
        }
        // Summaries may be paraphrased in a comment, but never as if quoted.
        for (const m of plain.matchAll(/(CETS 224|UNCC)[^:\n]*:/g)) assert.match(m[0], /\(summary, to be verified against the official text\)/, `${m[0]} in a fix is not labelled as a summary to be verified`);
      }
      assert.ok(quotes >= 20, `only ${quotes} quotes found`);
    });

    it('every message that rests on a summary-only instrument says it is a summary to be verified', () => {
      const requests = {
        'r.coop': `data mails { type: content  custodian: provider "Mail Ltd" in IE }
request EMG-1 emergency-disclosure { to: IE  data: [mails] }
request EMG-2 emergency-disclosure { to: IE  emergency: "x"  risk: property  data: [mails] }
request SUB-1 subscriber-order { to: provider "Mail Ltd" in IE  data: [mails] }
`,
      };
      const messages = [readFolder(join(EXAMPLES, 'flawed')), requests]
        .flatMap((files) => lintTexts(files).findings.map((f) => f.finding))
        .filter((f) => /CETS 224|UNCC/.test(f.message));
      assert.deepEqual([...new Set(messages.map((f) => f.rule))].sort(), ['CR307', 'CR308', 'CR407', 'CR502']);
      for (const { message: m } of messages) assert.match(m, /summar(y|ies), to be verified against the official text/, m);
    });
  });

  it('the instruments table agrees with instruments.md', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(INSTRUMENTS).map(([k, v]) => [k, `${v.articles.first}–${v.articles.last}`])), {
      'budapest': '1–48', 'budapest-2ap': '1–25', 'ets24': '1–31', 'ets30': '1–30', 'uncc': '1–68',
    });
  });
});
