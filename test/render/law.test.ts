// What a letter says of the law comes from the law module, in both languages: every article its
// statements cite exists in the treaty texts, Art. 29(2) and Art. 12(2) are covered point by
// point, the periods are those of law/deadlines.ts, and the fixed words exist in English and French.

import assert from 'node:assert/strict';
import { checkArticle, parseArticleRef } from '../../server/src/language/articles';
import {
  ASSURANCE_LABELS,
  DEADLINES,
  EXTRADITION_DOCUMENT_TEXTS,
  EXTRADITION_DOCUMENTS,
  EXTRADITION_DOCUMENTS_CITE,
  INSTRUMENT_IDS,
  INSTRUMENT_SHORT_FR,
  INSTRUMENT_TITLES_FR,
  LETTER_STATEMENTS,
  PRESERVATION_CONTENTS_CITE,
  PRESERVATION_DATA_ELEMENTS,
  PRESERVATION_ELEMENTS,
  PRESERVATION_POINTS,
  type CiteTable,
} from '../../server/src/language/law';
import { ASSURANCES_BLOCK } from '../../server/src/language/vocabulary';
import { escapeMarkdown } from '../../server/src/render/markdown';
import { escapeHtml } from '../../server/src/render/html';
import { formatDate, LANGS, w, WORDS } from '../../server/src/render/words';

function refsOf(table: CiteTable): string[] {
  return [
    ...Object.entries(table).flatMap(([k, v]) =>
      k === 'always' || k === 'alwaysText' ? [] : [typeof v === 'string' ? v : (v as { ref: string }).ref],
    ),
    ...(table.always ?? []),
  ];
}

describe('render: the law in a letter', () => {
  it('every article a statement, a heading or an assurance cites exists', () => {
    const tables = [
      PRESERVATION_CONTENTS_CITE,
      EXTRADITION_DOCUMENTS_CITE,
      ...Object.values(LETTER_STATEMENTS).map((s) => s.cite),
      ...Object.values(ASSURANCE_LABELS).map((a) => a.cite),
    ];
    for (const ref of tables.flatMap(refsOf)) {
      const parsed = parseArticleRef(ref);
      assert.ok(parsed && checkArticle(parsed).ok, ref);
    }
  });

  it('Budapest Art. 29(2) point by point and ETS 24 Art. 12(2) document by document, in both languages', () => {
    for (const e of [...PRESERVATION_ELEMENTS, ...PRESERVATION_DATA_ELEMENTS]) {
      assert.ok(PRESERVATION_POINTS[e.key], e.key);
      assert.equal(PRESERVATION_POINTS[e.key]!.en, e.what, `the English of ${e.key} is contents.ts's`);
    }
    for (const d of EXTRADITION_DOCUMENTS) for (const word of d.words) assert.ok(EXTRADITION_DOCUMENT_TEXTS[word]?.fr, word);
    for (const key of ASSURANCES_BLOCK.fields.keys()) assert.ok(ASSURANCE_LABELS[key], key);
  });

  it("the periods are the law module's", () => {
    assert.equal(DEADLINES.preservation.days, 60);
    assert.match(LETTER_STATEMENTS.preservationPeriod.text.en, /not less than sixty days/);
    assert.match(LETTER_STATEMENTS.preservationPeriod.text.fr, /au moins soixante jours/);
    assert.deepEqual(LETTER_STATEMENTS.preservationPeriod.cite, { budapest: DEADLINES.preservation.article, uncc: 'uncc art 42' });
    assert.match(
      LETTER_STATEMENTS.provisionalArrestPeriods.text.en,
      new RegExp(`${DEADLINES.provisionalArrestMay.days} days after arrest.*${DEADLINES.provisionalArrestMax.days} days`),
    );
  });

  it('every instrument has its French title and citation form', () => {
    for (const id of INSTRUMENT_IDS) assert.ok(INSTRUMENT_TITLES_FR[id] && INSTRUMENT_SHORT_FR[id], id);
  });

  it('every fixed word exists in English and French, and their placeholders agree', () => {
    for (const [key, entry] of Object.entries(WORDS)) {
      const vars = (s: string) => [...s.matchAll(/\{([a-z-]+)\}/g)].map((m) => m[1]).sort();
      for (const lang of LANGS) assert.ok((entry as Record<string, string>)[lang], `${key} ${lang}`);
      assert.deepEqual(vars(entry.fr), vars(entry.en), key);
    }
    assert.equal(w('fr', 'draft.banner', { n: 3 }), 'PROJET — 3 constats en suspens');
    assert.equal(formatDate('fr', '2026-03-01'), '1er mars 2026');
    assert.equal(formatDate('en', '2026-03-02'), '2 March 2026');
  });

  it("a drafter's string never becomes markup", () => {
    assert.equal(escapeMarkdown('*a* <b> [c](d) | e # 1. x'), '\\*a\\* \\<b\\> \\[c\\](d) \\| e \\# 1. x');
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeHtml('<script>"\'&'), '&lt;script&gt;&quot;&#39;&amp;');
  });
});
