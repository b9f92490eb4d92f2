// The custom request coopspec/render (docs/rendering.md) over stdio: a request's letter by name or
// at a position, in every format, following the open documents' text; a request with error
// findings refused with its errors, or rendered as a draft; an unknown name with the nearest; and
// the Preview code lens, only for a client that names its preview command.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { RenderResult } from '../../server/src/lsp/render';
import { EXAMPLES } from '../support/lint';
import { ensureBuilt, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

describe('language server: coopspec/render', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;

  before(async () => {
    dir = tempWorkspace({ clean: join(EXAMPLES, 'clean'), bars: join(EXAMPLES, 'flawed', 'extradition-bars') });
    client = await LspClient.start(dir, { initializationOptions: { previewCommand: 'coopspec.previewRequest' } });
  });
  after(async () => {
    await client?.stop();
    removeWorkspace(dir);
  });

  const render = (params: object) => client.request<RenderResult>('coopspec/render', params);

  it('renders a request by name, as HTML by default, and as md and docx (base64)', async () => {
    const html = await render({ request: 'EXT-2026-001' });
    assert.ok(html.ok);
    assert.equal(html.format, 'html');
    assert.equal(html.encoding, 'utf8');
    assert.match(html.content, /^<!DOCTYPE html>/);
    assert.ok(html.content.includes('The requesting Party undertakes to respect the rule of speciality.'));
    assert.ok(!html.content.includes('Financially motivated extortion'), 'no reason of the grounds block');
    assert.equal(html.draft, false);
    const md = await render({ request: 'PRES-2026-010', format: 'md', lang: 'fr' });
    assert.ok(md.ok && md.content.startsWith('# Demande de conservation rapide'));
    const docx = await render({ request: 'MLA-2026-011', format: 'docx' });
    assert.ok(docx.ok);
    assert.equal(docx.encoding, 'base64');
    assert.equal(docx.extension, 'docx');
    assert.equal(Buffer.from(docx.content, 'base64').subarray(0, 2).toString('latin1'), 'PK');
  });

  it('renders the request at a position of a document, and follows the text of an open document', async () => {
    const file = join(dir, 'clean', 'preservation-and-mla.coop');
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    const line = text.slice(0, text.indexOf('measure: stored-data')).split('\n').length - 1;
    const r = await render({ textDocument: { uri }, position: { line, character: 2 }, format: 'md' });
    assert.ok(r.ok);
    assert.equal(r.request, 'MLA-2026-011');
    client.open(uri, text.replace('One mailbox, one month', 'One mailbox, one week'));
    const after = await render({ request: 'MLA-2026-011', format: 'md' });
    assert.ok(after.ok && after.content.includes('Proportionality: One mailbox, one week'));
  });

  it('refuses a request with error findings, listing them; renders it as a draft when asked', async () => {
    const refused = await render({ request: 'PL-EXT-4', format: 'md' });
    assert.ok(!refused.ok);
    assert.equal(refused.reason, 'errors');
    assert.deepEqual(refused.errors!.map((e) => e.rule).sort(), ['CR101', 'CR101', 'CR109']);
    assert.match(refused.message, /^Request PL-EXT-4 has 3 error findings/);
    const draft = await render({ request: 'PL-EXT-4', format: 'md', draft: true });
    assert.ok(draft.ok && draft.draft);
    assert.match(draft.content, /^> \*\*DRAFT — \d+ open findings\*\*/);
    const memo = await render({ request: 'PL-EXT-4', format: 'md', memo: true });
    assert.ok(memo.ok && memo.content.includes('Assessed by the drafter as a different laundering act'));
  });

  it('an unknown name gets the nearest; a document without a request says so; a bad format is an invalid request', async () => {
    const unknown = await render({ request: 'PRES-2026-01' });
    assert.ok(!unknown.ok && unknown.reason === 'unknown-request');
    assert.deepEqual(unknown.suggestions, ['PRES-2026-010']);
    const none = await render({ textDocument: { uri: uriOf(join(dir, 'nothing.coop')) } });
    assert.ok(!none.ok && none.reason === 'no-request');
    await assert.rejects(render({ request: 'EXT-2026-001', format: 'pdf' }), /format must be one of docx, html, md/);
  });

  it("offers a Preview lens above each request that runs the client's command with the request and document", async () => {
    const uri = uriOf(join(dir, 'clean', 'preservation-and-mla.coop'));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const previews = lenses.filter((l) => l.command?.title === 'Preview');
    assert.deepEqual(
      previews.map((l) => l.command!.arguments),
      [
        ['PRES-2026-010', uri],
        ['MLA-2026-011', uri],
      ],
    );
    assert.ok(previews.every((l) => l.command!.command === 'coopspec.previewRequest'));
    // A client that names no preview command gets the checklist lenses only.
    const plain = await LspClient.start(dir);
    try {
      const only = await plain.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      // The same lenses as the first client's, less the previews.
      assert.deepEqual(
        only.map((l) => l.command?.title),
        lenses.filter((l) => l.command?.title !== 'Preview').map((l) => l.command?.title),
      );
    } finally {
      await plain.stop();
    }
  });
});
