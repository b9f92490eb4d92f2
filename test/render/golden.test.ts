// The letters of a request of every kind, in Markdown and HTML, compared with golden files
// (test/render/golden/; `npm run test:update-golden` rewrites them): English for each, French for
// an extradition and a preservation, and the memo of one. A request with error findings is
// rendered as a draft, as `--draft` does. Each letter holds what the request says and none of its
// grounds' reasons.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { REQUEST_KIND_NAMES } from '../../server/src/language/law';
import { expectGoldenFile } from '../support/golden';
import { buildLetter, buildMemo, FORMATS, renderRequest, requestFindings } from '../../server/src/render';
import { LETTER_CSS, LETTER_CSS_HASH } from '../../server/src/render/html';
import { CASES, GOLDEN, groundReasons, offenceCitations, workspaceOf } from './support';

describe('render: golden letters of a request of every kind', () => {
  it('covers every kind of request the language has', () => {
    assert.deepEqual(CASES.map((c) => c.kind).sort(), [...REQUEST_KIND_NAMES].sort());
  });

  for (const c of CASES) {
    for (const lang of c.langs) {
      for (const format of ['md', 'html'] as const) {
        it(`${c.kind} ${c.request}, ${lang}, ${format}`, async () => {
          const ws = workspaceOf(c.folder);
          const request = ws.named(c.request).find((d) => d.keyword === 'request')!;
          assert.equal(request.model.kind, c.kind);
          const draft = requestFindings(ws, request).some((f) => f.severity === 'error');
          const r = await renderRequest(ws, { request: c.request, format, lang, draft });
          assert.ok(r.ok, `${c.request} was not rendered`);
          const text = r.content as string;
          expectGoldenFile(join(GOLDEN, `${c.request}.${lang}.${format}`), text);
          assert.ok(text.includes(c.request), 'the letter holds its reference');
          for (const reason of groundReasons(request)) {
            assert.ok(
              !text.includes(format === 'md' ? reason : reason.replace(/'/g, '&#39;')),
              'the letter quotes a reason of the grounds block',
            );
          }
          for (const cite of offenceCitations(ws, request))
            assert.ok(text.includes(cite), `the letter lacks the offence's citation ${cite}`);
          assert.equal(text.includes(lang === 'fr' ? 'PROJET —' : 'DRAFT —'), draft, 'a draft, and only a draft, is marked');
        });
      }
    }
  }

  it('the memo of an extradition request: the grounds with their reasons, the governing instrument and why, the open findings', async () => {
    const c = CASES.find((x) => x.request === 'EXT-2026-001')!;
    const ws = workspaceOf(c.folder);
    const r = await renderRequest(ws, { request: c.request, format: 'md', lang: 'en', memo: true });
    assert.ok(r.ok);
    const text = r.content as string;
    expectGoldenFile(join(GOLDEN, `${c.request}.memo.en.md`), text);
    const request = ws.named(c.request).find((d) => d.keyword === 'request')!;
    for (const reason of groundReasons(request)) assert.ok(text.includes(reason), "the memo gives each ground's reason");
    assert.match(text, /## Governing instrument/);
    assert.match(text, /governs: it is in the basis/);
    assert.match(text, /No open finding\./);
  });

  it('a request with an error finding is refused, its errors listed; --draft marks every page', async () => {
    const ws = workspaceOf(CASES.find((x) => x.request === 'SUB-DE-1')!.folder);
    const refused = await renderRequest(ws, { request: 'SUB-DE-1', format: 'md', lang: 'en' });
    assert.ok(!refused.ok && refused.reason === 'errors');
    assert.deepEqual(
      refused.errors.map((f) => f.rule),
      ['CR312'],
    );
    const draft = await renderRequest(ws, { request: 'SUB-DE-1', format: 'md', lang: 'en', draft: true });
    assert.ok(draft.ok);
    assert.match(draft.content as string, /^> \*\*DRAFT — 2 open findings\*\*/);
    assert.equal(draft.letter.banner, 'DRAFT — 2 open findings');
  });

  it('an unknown request gets the nearest names; a request is found in any file of the workspace', async () => {
    const ws = workspaceOf(CASES[0]!.folder);
    const r = await renderRequest(ws, { request: 'EXT-2026-01', format: 'md', lang: 'en' });
    assert.ok(!r.ok && r.reason === 'unknown-request');
    assert.deepEqual(r.suggestions, ['EXT-2026-001']);
  });

  it('the letter follows the order a central authority expects', () => {
    const ws = workspaceOf(CASES[0]!.folder);
    const order = (name: string) =>
      buildLetter(
        ws,
        ws.named(name).find((d) => d.keyword === 'request')!,
        { lang: 'en' },
      ).sections.map((s) => s.id);
    assert.deepEqual(order('EXT-2026-001'), [
      'subject',
      'basis',
      'facts',
      'offences',
      'person',
      'assistance',
      'enclosures',
      'undertakings',
      'contact',
    ]);
    assert.deepEqual(order('PRES-2026-010'), ['subject', 'basis', 'facts', 'offences', 'assistance', 'elements', 'urgency', 'contact']);
    assert.deepEqual(order('MLA-2026-011'), [
      'subject',
      'basis',
      'facts',
      'offences',
      'assistance',
      'safeguards',
      'data-protection',
      'contact',
    ]);
    const memo = buildMemo(
      ws,
      ws.named('EXT-2026-001').find((d) => d.keyword === 'request')!,
      { lang: 'en' },
    );
    assert.deepEqual(
      memo.sections.map((s) => s.id),
      ['request', 'governing', 'grounds', 'findings'],
    );
  });

  it('the HTML loads nothing and runs nothing: its only source is its own style, by hash', async () => {
    const ws = workspaceOf(CASES[0]!.folder);
    const r = await renderRequest(ws, { request: 'EXT-2026-001', format: 'html', lang: 'en' });
    assert.ok(r.ok);
    const html = r.content as string;
    assert.ok(html.includes(`content="default-src 'none'; style-src ${LETTER_CSS_HASH}"`));
    assert.ok(html.includes(`<style>${LETTER_CSS}</style>`));
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|url\(|@import|https?:/i);
    assert.match(html, /@media print/);
  });

  it('the format registry gives every format a name, an extension and a renderer', () => {
    assert.deepEqual(
      FORMATS.map((f) => [f.name, f.extension, f.binary]),
      [
        ['docx', 'docx', true],
        ['html', 'html', false],
        ['md', 'md', false],
      ],
    );
  });
});
