// Code actions over stdio: quick fixes carried in Diagnostic.data (the CR101 round trip),
// "Disable CRnnn for this line", and source.fixAll.coopspec.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../../server/src/language/fixall';
import { FIX_ALL_QUICK_TITLE } from '../../server/src/lsp/codeActions';
import { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES, readFolder } from '../support/lint';
import { ruleDocsUrl } from '../../server/src/language/product';
import { ensureBuilt, FULL_CAPABILITIES as FULL, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

/** The edits of a workspace edit for one document (documentChanges or changes). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): { version: number | null | undefined; edits: TextEdit[] } {
  const dc = (edit?.documentChanges ?? []) as TextDocumentEdit[];
  const d = dc.find((x) => x.textDocument.uri === uri);
  if (d) return { version: d.textDocument.version, edits: d.edits as TextEdit[] };
  return { version: undefined, edits: edit?.changes?.[uri] ?? [] };
}

/** Send edits as one didChange, last edit first so earlier ranges stay valid; returns the new text. */
export function applyThroughDidChange(client: LspClient, uri: string, text: string, edits: TextEdit[]): string {
  const doc = TextDocument.create(uri, 'coopspec', 0, text);
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  client.change(
    uri,
    sorted.map((e) => ({ range: e.range, text: e.newText })),
  );
  return TextDocument.applyEdits(doc, edits);
}

describe('language server: code actions', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  let uri: string;
  let text: string;

  beforeEach(async () => {
    dir = tempWorkspace({ 'missing-grounds': join(EXAMPLES, 'flawed', 'missing-grounds') });
    client = await LspClient.start(dir);
    const file = join(dir, 'missing-grounds', 'extradition.coop');
    uri = uriOf(file);
    text = readFileSync(file, 'utf8');
    client.open(uri, text);
  });
  afterEach(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  const actionsFor = (diagnostics: Diagnostic[], only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics, ...(only ? { only } : {}) },
    });

  it('CR101 quick fix: inserts the missing ground, and the next analysis no longer reports it', async () => {
    const diagnostics = await client.diagnosticsOf(uri);
    const cr101 = diagnostics.filter((d) => d.code === 'CR101');
    assert.equal(cr101.length, 3);
    const target = cr101.find((d) => String(d.message).includes('"persecution"'))!;
    const actions = await actionsFor([target]);
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.kind, 'quickfix');
    assert.match(fix.title, /persecution/);
    assert.deepEqual(fix.diagnostics, [target]);
    assert.equal(fix.command, undefined);
    const { version, edits } = editsFor(fix.edit, uri);
    assert.equal(version, 1);
    const after = applyThroughDidChange(client, uri, text, edits);
    // Under the Budapest Convention (Art. 24, the request's basis) persecution rests on Art. 24(5): the citation, short, as a comment.
    assert.match(
      after,
      /\n {4}persecution: unassessed {2}# the grounds of the requested party's law, which CETS 185 Art\. 24\(5\) keeps\n/,
    );
    const next = await client.nextDiagnostics(uri);
    assert.equal(client.latest(uri)!.version, 2);
    assert.deepEqual(
      next.filter((d) => d.code === 'CR101').map((d) => String(d.message).includes('"persecution"')),
      [false, false],
    );
    // Every other finding stays; the inserted ground is itself unassessed (CR107 says so).
    const key = (d: Diagnostic) => `${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`;
    assert.deepEqual(
      next
        .filter((d) => !(d.code === 'CR107' && d.range.start.line === 36))
        .map(key)
        .sort(),
      diagnostics
        .filter((d) => d !== target)
        .map(key)
        .sort(),
    );
  });

  it('offers "Disable CRnnn for this line" on every finding, which hides that finding only', async () => {
    const diagnostics = await client.diagnosticsOf(uri);
    const cr103 = diagnostics.find((d) => d.code === 'CR103')!;
    const actions = await actionsFor([cr103]);
    const disable = actions.find((a) => a.title === 'Disable CR103 for this line')!;
    assert.ok(disable);
    assert.notEqual(disable.isPreferred, true);
    const after = applyThroughDidChange(client, uri, text, editsFor(disable.edit, uri).edits);
    const line = cr103.range.start.line;
    assert.equal(after.split('\n')[line], '  # coopspec-disable-next-line CR103 -- ');
    const next = await client.nextDiagnostics(uri);
    assert.deepEqual(
      next.map((d) => d.code).sort(),
      diagnostics
        .filter((d) => d !== cr103)
        .map((d) => d.code)
        .sort(),
    );
  });

  it('a second rule disabled on the same line joins the comment already there', async () => {
    const diagnostics = await client.diagnosticsOf(uri);
    const header = diagnostics.filter((d) => d.range.start.line === 24);
    assert.deepEqual(header.map((d) => d.code).sort(), ['CR101', 'CR101', 'CR101', 'CR106']);
    const first = (await actionsFor(header.filter((d) => d.code === 'CR106'))).find((a) => a.title === 'Disable CR106 for this line')!;
    let current = applyThroughDidChange(client, uri, text, editsFor(first.edit, uri).edits);
    const mid = await client.nextDiagnostics(uri);
    const cr101 = mid.filter((d) => d.code === 'CR101');
    assert.equal(cr101.length, 3);
    assert.equal(cr101[0]!.range.start.line, 25);
    const actions = await actionsFor(cr101);
    // One disable action per rule and line, not one per finding.
    assert.equal(actions.filter((a) => a.title === 'Disable CR101 for this line').length, 1);
    const second = actions.find((a) => a.title === 'Disable CR101 for this line')!;
    current = applyThroughDidChange(client, uri, current, editsFor(second.edit, uri).edits);
    assert.equal(current.split('\n')[24], '# coopspec-disable-next-line CR106 CR101 -- ');
    const last = await client.nextDiagnostics(uri);
    assert.deepEqual(
      last.filter((d) => d.range.start.line === 25),
      [],
    );
  });

  it('does not offer a fix computed for an older version of the document', async () => {
    const diagnostics = await client.diagnosticsOf(uri);
    const target = diagnostics.find((d) => d.code === 'CR101')!;
    // Two lines inserted above; the old diagnostic's fix would land in the wrong place.
    const n = client.published(uri);
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# one\n# two\n' }]);
    const actions = await actionsFor([target]);
    // Neither this finding's fix nor any other: disabling it, its documentation and fix-all (computed now) remain.
    assert.deepEqual(
      actions.filter((a) => a.kind === 'quickfix' && a.edit && !a.title.startsWith('Disable') && a.title !== FIX_ALL_QUICK_TITLE),
      [],
    );
    // The same finding, at its new place, has its fix again.
    const fresh = (await client.nextDiagnostics(uri, n)).find((d) => d.code === 'CR101' && d.message === target.message)!;
    assert.equal(fresh.range.start.line, target.range.start.line + 2);
    const again = await actionsFor([fresh]);
    assert.ok(again.some((a) => a.isPreferred));
  });

  it('after a change that moves nothing, each of several findings on one range gets its own fix', async () => {
    const diagnostics = (await client.diagnosticsOf(uri)).filter((d) => d.code === 'CR101');
    assert.ok(diagnostics.length >= 2 && diagnostics.every((d) => d.range.start.line === diagnostics[0]!.range.start.line));
    // An edit that keeps every position: the diagnostics are one version old, their ranges still right.
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
    const titles: string[] = [];
    for (const d of diagnostics) {
      const fixes = (await actionsFor([d])).filter((a) => a.kind === 'quickfix' && a.isPreferred);
      assert.equal(fixes.length, 1, String(d.message));
      titles.push(fixes[0]!.title);
    }
    assert.equal(new Set(titles).size, titles.length, `the same fix offered for different findings: ${titles.join(' | ')}`);
  });

  it("source.fixAll.coopspec applies every safe fix of the document, as the engine's fixAll does", async () => {
    const diagnostics = await client.diagnosticsOf(uri);
    const actions = await actionsFor(diagnostics, ['source.fixAll']);
    assert.equal(actions.length, 1);
    const all = actions[0]!;
    assert.equal(all.kind, 'source.fixAll.coopspec');
    assert.equal(all.diagnostics, undefined);
    const after = applyThroughDidChange(client, uri, text, editsFor(all.edit, uri).edits);
    const ws = new Workspace();
    for (const [name, t] of Object.entries(readFolder(dir))) ws.set(uriOf(join(dir, name)), t);
    assert.equal(after, fixAll(ws, [uri]).get(uri));
    const next = await client.nextDiagnostics(uri);
    // Each missing ground is now there as `unassessed`: CR107 reports it where CR101 did, so fix-all
    // turns errors into errors the drafter still has to resolve, never into a clean file.
    const count = (list: Diagnostic[], code: string): number => list.filter((d) => d.code === code).length;
    assert.equal(count(next, 'CR101'), 0);
    assert.equal(count(next, 'CR107'), count(diagnostics, 'CR107') + count(diagnostics, 'CR101'));
    for (const d of next) {
      assert.ok(!(d.data as { fixes: { safe: boolean }[] }).fixes.some((f) => f.safe), `${String(d.code)} still has a safe fix`);
    }
    // Nothing left to do: fix-all offers nothing more.
    assert.deepEqual(await actionsFor(next, ['source.fixAll.coopspec']), []);
    // Only quick fixes when only quick fixes are asked for.
    const quick = await actionsFor(next, ['quickfix']);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === 'quickfix'));
  });

  it('offers "Fix all CoopSpec problems" among the quick fixes, with the edit of source.fixAll, and no source action unasked', async () => {
    const diagnostics = await client.diagnosticsOf(uri);
    const cr101 = diagnostics.find((d) => d.code === 'CR101')!;
    const actions = await actionsFor([cr101]);
    const quick = actions.filter((a) => a.title === FIX_ALL_QUICK_TITLE);
    assert.equal(quick.length, 1);
    assert.equal(quick[0]!.kind, 'quickfix');
    const source = (await actionsFor(diagnostics, ['source.fixAll']))[0]!;
    assert.deepEqual(quick[0]!.edit, source.edit);
    assert.ok(!actions.some((a) => a.kind === 'source.fixAll.coopspec'), 'unasked, fix-all is offered once, as a quick fix');
    // Where no finding has a safe fix (CR103 has none, but the file's CR101s do), it is still offered; in a file without any, not.
    const clean = await LspClient.start(dir);
    try {
      const other = uriOf(join(dir, 'missing-grounds', 'clean.coop'));
      clean.open(other, 'offence o {\n  conduct: "x"\n  category: budapest art 99\n}\n');
      const d = await clean.diagnosticsForVersion(other, 1);
      const none = await clean.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: other },
        range: d[0]!.range,
        context: { diagnostics: d },
      });
      assert.ok(!none.some((a) => a.title === FIX_ALL_QUICK_TITLE));
    } finally {
      await clean.stop();
    }
  });

  it('offers "Show documentation for CRnnn" once per rule: the client\'s command, or window/showDocument from the server', async () => {
    // A client that names its command (the VS Code client's coopspec.explainRule).
    await client.stop();
    client = await LspClient.start(dir, { initializationOptions: { commands: { explainRule: 'coopspec.explainRule' } } });
    client.open(uri, text);
    let diagnostics = await client.diagnosticsOf(uri);
    let actions = await actionsFor(diagnostics);
    const shows = actions.filter((a) => a.title.startsWith('Show documentation for '));
    assert.deepEqual(
      shows.map((a) => a.title).sort(),
      [...new Set(diagnostics.map((d) => `Show documentation for ${String(d.code)}`))].sort(),
    );
    const cr101 = shows.find((a) => a.title === 'Show documentation for CR101')!;
    assert.deepEqual(cr101.command, { title: 'Show documentation for CR101', command: 'coopspec.explainRule', arguments: ['CR101'] });
    assert.equal(cr101.kind, 'quickfix');
    // And the rule link of each diagnostic runs that command, which renders the page.
    assert.equal(
      diagnostics[0]!.codeDescription?.href,
      `command:coopspec.explainRule?${encodeURIComponent(JSON.stringify([String(diagnostics[0]!.code)]))}`,
    );

    // A client with window/showDocument: the server's command opens the page.
    await client.stop();
    const shown: { uri: string; external?: boolean }[] = [];
    client = await LspClient.start(dir, { capabilities: { ...FULL, window: { ...FULL.window, showDocument: { support: true } } } });
    client.conn.onRequest('window/showDocument', (p: { uri: string; external?: boolean }) => {
      shown.push(p);
      return { success: true };
    });
    client.open(uri, text);
    diagnostics = await client.diagnosticsOf(uri);
    actions = await actionsFor(diagnostics.filter((d) => d.code === 'CR103'));
    const show = actions.find((a) => a.title === 'Show documentation for CR103')!;
    assert.equal(show.command?.command, 'coopspec.server.showDocumentation');
    await client.request('workspace/executeCommand', { command: show.command.command, arguments: show.command.arguments });
    assert.deepEqual(shown, [{ uri: ruleDocsUrl('CR103'), external: true }]);

    // A client with neither: no such action.
    await client.stop();
    client = await LspClient.start(dir);
    client.open(uri, text);
    diagnostics = await client.diagnosticsOf(uri);
    assert.ok(!(await actionsFor(diagnostics)).some((a) => a.title.startsWith('Show documentation')));
  });

  it('uses `changes` when the client does not support versioned document changes', async () => {
    await client.stop();
    client = await LspClient.start(dir, { capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } } });
    client.open(uri, text);
    const diagnostics = await client.diagnosticsOf(uri);
    const actions = await actionsFor(diagnostics.filter((d) => d.code === 'CR101'));
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.edit?.documentChanges, undefined);
    assert.equal(fix.edit?.changes?.[uri]?.length, 1);
  });
});
