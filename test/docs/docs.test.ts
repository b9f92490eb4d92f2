// docs/rules/ is generated (npm run docs): the committed pages must be what the generator makes of
// the rules now, and every rule's example must show what its page says it shows.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUMMARY_NOTICE, parseArticleRef, renderArticle } from '../../server/src/language/articles';
import { catalogPage, rulePage } from '../../server/src/language/explain';
import { RULES } from '../../server/src/language/rules/index';
import { lint } from '../support/lint';
import { RULES_DIR, differences, generatedPages } from '../../scripts/gen-docs';

describe('docs/rules/ (generated)', () => {
  it('is what "npm run docs" produces now', () => {
    const diffs = differences();
    assert.deepEqual(
      diffs.map((d) => `docs/rules/${d.page}: ${d.problem}`),
      [],
      "docs/rules/ differs from the rules' metadata: run npm run docs",
    );
  });

  it('has a page for every rule and the catalogue links each one', () => {
    const pages = generatedPages();
    const catalogue = pages.get('README.md')!;
    for (const r of RULES) {
      assert.ok(pages.has(`${r.meta.id}.md`), `no page for ${r.meta.id}`);
      assert.ok(catalogue.includes(`[${r.meta.id}](${r.meta.id}.md)`), `the catalogue does not link ${r.meta.id}`);
    }
  });

  it('the difference check notices a changed, a missing and a stale page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coopspec-docs-'));
    try {
      for (const [page, text] of generatedPages()) writeFileSync(join(dir, page), text);
      assert.deepEqual(differences(dir), []);
      writeFileSync(join(dir, 'CR101.md'), readFileSync(join(RULES_DIR, 'CR101.md'), 'utf8') + '\nedited by hand\n');
      rmSync(join(dir, 'CR204.md'));
      writeFileSync(join(dir, 'CR999.md'), '# a rule that is gone\n');
      assert.deepEqual(
        differences(dir)
          .map((d) => `${d.page} ${d.problem}`)
          .sort(),
        ['CR101.md differs', 'CR204.md missing', 'CR999.md stale'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pages are pure: the same text twice, and no links outside the repository unless asked', () => {
    const r = RULES[0]!;
    assert.equal(rulePage(r, { links: true }), rulePage(r, { links: true }));
    assert.ok(!rulePage(r).includes('../configuration.md'));
    assert.ok(!catalogPage().includes('../language.md'));
  });
});

describe('rule pages', () => {
  for (const rule of RULES) {
    const m = rule.meta;
    describe(`${m.id} ${m.alias}`, () => {
      it('its bad example, linted alone, draws a finding of the rule', () => {
        const rules = lint(m.example.bad).map((f) => f.rule);
        assert.ok(
          rules.includes(m.id),
          `example.bad of ${m.id} (server/src/language/rules/${m.id.toLowerCase()}.ts) draws ${rules.join(', ') || 'nothing'}, not ${m.id}`,
        );
      });

      it('its good example does not', () => {
        const findings = lint(m.example.good).filter((f) => f.rule === m.id);
        assert.deepEqual(
          findings.map((f) => `${f.line}: ${f.finding.message}`),
          [],
          `example.good of ${m.id} (server/src/language/rules/${m.id.toLowerCase()}.ts) still draws ${m.id}`,
        );
      });

      it('its fixes are what its metadata says (fixable: a safe fix; suggestions: fixes to choose from)', () => {
        const fixes = lint(m.example.bad)
          .filter((f) => f.rule === m.id)
          .flatMap((f) => f.finding.fixes);
        if (m.fixable)
          assert.ok(
            fixes.some((f) => f.safe),
            `${m.id} is marked fixable but its example's finding has no safe fix`,
          );
        else assert.ok(!fixes.some((f) => f.safe), `${m.id} has a safe fix but is not marked fixable`);
        if (m.hasSuggestions)
          assert.ok(
            fixes.some((f) => !f.safe),
            `${m.id} is marked as having suggestions but its example's finding offers none`,
          );
        if (!m.fixable && !m.hasSuggestions)
          assert.deepEqual(
            fixes.map((f) => f.title),
            [],
            `${m.id} offers fixes its metadata does not mention`,
          );
      });

      it('its page quotes verbatim texts with their citation and labels summaries', () => {
        const page = rulePage(rule);
        assert.ok(
          page.includes('## What it finds') && page.includes('## Why') && page.includes('## Example') && page.includes('## Configuration'),
        );
        assert.ok(page.includes(m.example.bad.trimEnd()), 'the page shows the bad example');
        assert.ok(page.includes(m.example.good.trimEnd()), 'the page shows the good example');
        for (const a of m.articles) {
          const ref = parseArticleRef(a);
          assert.ok(ref, `${m.id}: "${a}" is not an article reference`);
          const rendered = renderArticle(ref);
          assert.ok(page.includes(rendered.markdown), `${m.id}: the page does not show ${a} as the hover does`);
          if (rendered.status !== 'verbatim')
            assert.ok(
              page.includes(SUMMARY_NOTICE.toLowerCase().replace(/\.$/, '')) || page.includes(SUMMARY_NOTICE),
              `${m.id}: ${a} is not held verbatim and the page does not say so`,
            );
          else
            assert.match(
              rendered.markdown,
              /; (?:paragraphs? [\d, and]+ )?verbatim, [^\n]+\._$/,
              `${m.id}: ${a} is quoted without where it is published`,
            );
        }
        // The reference's working notes (where a copy came from, what to verify) are never shown.
        assert.doesNotMatch(
          page,
          /laws-markdown|statengeneraal|BWBV\d|treaties\.md|\(verify\)|Part [A-D] header|\bLM BWBV/,
          `${m.id}: the page shows a working note of the reference`,
        );
        const run = lint(m.example.bad).filter((f) => f.rule === m.id);
        for (const f of run) assert.ok(page.includes(f.finding.message), `${m.id}: the page does not show the finding its example draws`);
      });
    });
  }
});
