// The findings of every file of the workspace, open or not, kept current: pushed with
// publishDiagnostics to a client without pull diagnostics, pulled through textDocument/diagnostic
// and workspace/diagnostic (LSP 3.17) by one that has them; never both for a document. The scope
// setting, "Lint workspace" (coopspec.server.lintWorkspace) and files changed on disk.
//
// Every wait is for something the server sends (a publication, a partial result, an answer).

import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  DocumentDiagnosticReport,
  InitializeResult,
  WorkspaceDiagnosticReport,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { crossFileWorkspace, NO_OFFENCES, OFFENCES, rangeOf, TRIAL_FILE } from '../support/crossfile';
import { ensureBuilt, FULL_CAPABILITIES, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

const CREATED = 1,
  CHANGED = 2,
  DELETED = 3;

/** The capabilities of VS Code's client: pull diagnostics with refresh. */
const PULL_CAPABILITIES: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  workspace: { ...FULL_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

const codes = (d: Diagnostic[]): string[] => d.map((x) => String(x.code));

/** The cross-file workspace, with the request open. */
async function setUp(options: Parameters<typeof LspClient.start>[1] = {}): Promise<{
  dir: string;
  client: LspClient;
  requestUri: string;
  trialUri: string;
  text: string;
  removeOffence: () => number;
  restoreOffence: () => number;
}> {
  const dir = tempWorkspace({});
  const { request, trial } = crossFileWorkspace(dir);
  const client = await LspClient.start(dir, options);
  const requestUri = uriOf(request);
  const text = readFileSync(request, 'utf8');
  client.open(requestUri, text);
  const range = rangeOf(text, OFFENCES);
  const removeOffence = (): number => client.change(requestUri, [{ range, text: NO_OFFENCES }]);
  const after = rangeOf(text.replace(OFFENCES, NO_OFFENCES), NO_OFFENCES);
  const restoreOffence = (): number => client.change(requestUri, [{ range: after, text: OFFENCES }]);
  return { dir, client, requestUri, trialUri: uriOf(trial), text, removeOffence, restoreOffence };
}

describe('language server: the findings of files that are not open (pushed)', function () {
  this.timeout(60000);

  it('an edit in an open file shows its consequence in a closed file, and undoing it clears it', async () => {
    const { dir, client, requestUri, trialUri, removeOffence, restoreOffence } = await setUp();
    try {
      assert.deepEqual(await client.diagnosticsForVersion(requestUri, 1), []);
      const n = client.published(trialUri);
      removeOffence();
      const broken = await client.nextDiagnostics(trialUri, n, (d) => d.length > 0);
      assert.deepEqual(codes(broken), ['CR201']);
      assert.equal(client.latest(trialUri)!.version, undefined, 'a file that is not open has no version');
      assert.equal(broken[0]!.range.start.line, 3);
      const m = client.published(trialUri);
      restoreOffence();
      assert.deepEqual(await client.nextDiagnostics(trialUri, m), [], 'cleared when the edit is undone');
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('reports the files of the workspace at start, open or not, and keeps them current when they change on disk, are created or deleted', async () => {
    const dir = tempWorkspace({});
    crossFileWorkspace(dir);
    // A broken request nobody opens.
    mkdirSync(join(dir, 'drafts'));
    const draft = join(dir, 'drafts', 'draft.coop');
    writeFileSync(draft, 'request D extradition {\n  person: nobody\n}\n');
    const client = await LspClient.start(dir);
    try {
      const draftUri = uriOf(draft);
      assert.ok(codes(await client.diagnosticsOf(draftUri)).includes('CR002'), 'reported without being opened');
      // Declared on disk: the reference resolves.
      const n = client.published(draftUri);
      writeFileSync(join(dir, 'drafts', 'nobody.coop'), 'person nobody {\n  nationality: RU\n}\n');
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'drafts', 'nobody.coop')), type: CREATED }] });
      assert.ok(!codes(await client.nextDiagnostics(draftUri, n)).includes('CR002'));
      // The trial's file changes on disk: it charges an offence nobody declared.
      const trialUri = uriOf(join(dir, TRIAL_FILE));
      const t = client.published(trialUri);
      writeFileSync(
        join(dir, TRIAL_FILE),
        readFileSync(join(dir, TRIAL_FILE), 'utf8').replace('charges: [ransomware]', 'charges: [extortion]'),
      );
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: trialUri, type: CHANGED }] });
      assert.ok(codes(await client.nextDiagnostics(trialUri, t)).includes('CR002'));
      // Deleted: its findings go.
      const d = client.published(draftUri);
      unlinkSync(draft);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: draftUri, type: DELETED }] });
      assert.deepEqual(await client.nextDiagnostics(draftUri, d), []);
      // A folder deleted: the findings of the files in it go.
      writeFileSync(join(dir, 'drafts', 'other.coop'), 'proceeding p {\n  charges: [nothing-declared]\n}\n');
      const otherUri = uriOf(join(dir, 'drafts', 'other.coop'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: otherUri, type: CREATED }] });
      assert.ok(codes(await client.diagnosticsOf(otherUri)).includes('CR002'));
      const o = client.published(otherUri);
      rmSync(join(dir, 'drafts'), { recursive: true });
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'drafts')), type: DELETED }] });
      assert.deepEqual(await client.nextDiagnostics(otherUri, o), []);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('reports a workspace of more files than one turn takes, every file, while an edit made meanwhile is reported too', async () => {
    const dir = tempWorkspace({});
    const count = 130;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `p${i}.coop`), `proceeding p${i} {\n  charges: [missing-${i}]\n}\n`);
    const client = await LspClient.start(dir);
    try {
      const uri = uriOf(join(dir, 'p0.coop'));
      client.open(uri, readFileSync(join(dir, 'p0.coop'), 'utf8'));
      const version = client.change(uri, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# note\n' },
      ]);
      assert.deepEqual(codes(await client.diagnosticsForVersion(uri, version)), ['CR002']);
      await client.until(() => {
        for (let i = 1; i < count; i++) if (!client.latest(uriOf(join(dir, `p${i}.coop`)))) return undefined;
        return true;
      }, `the ${count} files`);
      for (let i = 1; i < count; i++) assert.deepEqual(codes(client.latest(uriOf(join(dir, `p${i}.coop`)))!.diagnostics), ['CR002']);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('with scope openFiles, reports the open files only, until "Lint workspace" asks for the rest', async () => {
    const { dir, client, requestUri, trialUri, removeOffence } = await setUp({
      initializationOptions: { diagnostics: { scope: 'openFiles' } },
    });
    try {
      assert.deepEqual(await client.diagnosticsForVersion(requestUri, 1), []);
      const version = removeOffence();
      await client.diagnosticsForVersion(requestUri, version);
      // Two round trips with nothing published for the trial: nothing is coming for it.
      for (let i = 0; i < 2; i++) await client.request('workspace/symbol', { query: 'no-such-name' });
      assert.equal(client.published(trialUri), 0, 'the closed trial is not reported');
      const counts = await client.request<{ files: number; errors: number; warnings: number; infos: number }>('workspace/executeCommand', {
        command: 'coopspec.server.lintWorkspace',
        arguments: [],
      });
      // When the command answers, every file has been reported.
      assert.deepEqual(codes(client.latest(trialUri)?.diagnostics ?? []), ['CR201']);
      assert.deepEqual(counts, { files: 3, errors: 1, warnings: 0, infos: 0 });
      // It reads the folders again: a file deleted with no watched-file event is gone from the report.
      const trialPath = new URL(trialUri);
      const t = client.published(trialUri);
      unlinkSync(trialPath);
      const again = await client.request<{ files: number; errors: number }>('workspace/executeCommand', {
        command: 'coopspec.server.lintWorkspace',
        arguments: [],
      });
      assert.deepEqual(await client.nextDiagnostics(trialUri, t), []);
      assert.deepEqual([again.files, again.errors], [2, 0]);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('follows coopspec.diagnostics.scope from the editor: openFiles clears the closed files, workspace brings them back', async () => {
    let scope = 'workspace';
    const { dir, client, trialUri, removeOffence } = await setUp({
      settings: (_uri, section) => (section === 'coopspec.diagnostics' ? { scope, delay: 0 } : null),
      initializationOptions: null,
    });
    try {
      const n = client.published(trialUri);
      removeOffence();
      assert.deepEqual(codes(await client.nextDiagnostics(trialUri, n, (d) => d.length > 0)), ['CR201']);
      scope = 'openFiles';
      const m = client.published(trialUri);
      client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await client.nextDiagnostics(trialUri, m), [], 'cleared: the trial is not open');
      scope = 'workspace';
      const k = client.published(trialUri);
      client.notify('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(codes(await client.nextDiagnostics(trialUri, k)), ['CR201']);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('publishes a document once for each version whether open or closed, never with a stale version', async () => {
    const { dir, client, requestUri, trialUri } = await setUp();
    try {
      await client.diagnosticsForVersion(requestUri, 1);
      // Open the trial: its report now carries its version; closed again, none.
      const trial = readFileSync(new URL(trialUri), 'utf8');
      client.open(trialUri, trial);
      await client.diagnosticsForVersion(trialUri, 1);
      const n = client.published(trialUri);
      client.close(trialUri);
      await client.nextDiagnostics(trialUri, n);
      assert.equal(client.latest(trialUri)!.version, undefined);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});

// ------------------------------------------------------------------ pull

/** Partial results of a workspace/diagnostic request, by its token. */
function partials(client: LspClient, token: string): WorkspaceDocumentDiagnosticReport[][] {
  return (client.progress as { token: string; value: { items: WorkspaceDocumentDiagnosticReport[] } }[])
    .filter((p) => p.token === token)
    .map((p) => p.value.items);
}

/** The latest report the workspace channel gave for a URI, or undefined. */
function streamedFor(client: LspClient, token: string, uri: string): WorkspaceDocumentDiagnosticReport | undefined {
  let out: WorkspaceDocumentDiagnosticReport | undefined;
  for (const items of partials(client, token)) for (const i of items) if (i.uri === uri) out = i;
  return out;
}

describe('language server: pull diagnostics (LSP 3.17), for clients that have them', function () {
  this.timeout(60000);

  it('declares a diagnostic provider with workspace diagnostics to a pull client, and none to a push client', async () => {
    const dir = tempWorkspace({});
    try {
      const pull = await LspClient.start(dir, { capabilities: PULL_CAPABILITIES });
      const push = await LspClient.start(dir);
      try {
        const caps = (r: InitializeResult) => r.capabilities.diagnosticProvider;
        assert.deepEqual(caps(pull.initializeResult), {
          identifier: 'coopspec-pull',
          interFileDependencies: true,
          workspaceDiagnostics: true,
        });
        assert.equal(caps(push.initializeResult), undefined);
      } finally {
        await pull.stop();
        await push.stop();
      }
    } finally {
      removeWorkspace(dir);
    }
  });

  it('answers document pulls with result ids, and "unchanged" when nothing changed; publishes nothing for an open document', async () => {
    const { dir, client, requestUri, removeOffence } = await setUp({ capabilities: PULL_CAPABILITIES });
    try {
      const first = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: requestUri } });
      assert.equal(first.kind, 'full');
      assert.ok(first.resultId);
      assert.deepEqual(first.kind === 'full' ? first.items : null, []);
      const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
        textDocument: { uri: requestUri },
        previousResultId: first.resultId,
      });
      assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
      // After an edit the pull is answered for the new text.
      removeOffence();
      const after = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
        textDocument: { uri: requestUri },
        previousResultId: first.resultId,
      });
      assert.equal(after.kind, 'unchanged', 'removing the offence changes nothing in the request itself');
      assert.equal(client.published(requestUri), 0, 'no publishDiagnostics for an open document: the client pulls');
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('streams the closed files through one workspace request: an edit in an open file shows in a closed one, and undoing it clears it', async () => {
    const { dir, client, trialUri, removeOffence, restoreOffence } = await setUp({ capabilities: PULL_CAPABILITIES });
    const source = new CancellationTokenSource();
    const token = 'ws-diagnostics-1';
    try {
      const request = client.conn.sendRequest<WorkspaceDiagnosticReport>(
        'workspace/diagnostic',
        { identifier: 'coopspec-pull', previousResultIds: [], partialResultToken: token },
        source.token,
      );
      // The first partial result holds what there is to report: nothing, in a clean workspace.
      await client.until(() => partials(client, token).length > 0, 'the first partial result');
      assert.equal(streamedFor(client, token, trialUri), undefined);
      removeOffence();
      const broken = await client.until(() => {
        const r = streamedFor(client, token, trialUri);
        return r && r.kind === 'full' && r.items.length > 0 ? r : undefined;
      }, "the trial's CR201 as a partial result");
      assert.deepEqual(broken.kind === 'full' ? codes(broken.items) : [], ['CR201']);
      assert.equal(broken.version, null);
      restoreOffence();
      const cleared = await client.until(() => {
        const r = streamedFor(client, token, trialUri);
        return r && r.kind === 'full' && r.items.length === 0 ? r : undefined;
      }, 'the trial cleared');
      assert.notEqual(cleared.resultId, broken.resultId);
      assert.equal(client.diagnostics.size, 0, 'nothing is also pushed');
      // Cancelled by the client (as it does before asking again), the request is answered.
      source.cancel();
      await request.then(
        () => undefined,
        () => undefined,
      );
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('answers a workspace request without a partial-result token at once, "unchanged" for the result ids the client holds', async () => {
    const dir = tempWorkspace({});
    writeFileSync(join(dir, 'broken.coop'), 'proceeding p {\n  charges: [undeclared]\n}\n');
    const client = await LspClient.start(dir, { capabilities: PULL_CAPABILITIES });
    try {
      const uri = uriOf(join(dir, 'broken.coop'));
      const first = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
      const item = first.items.find((i) => i.uri === uri)!;
      assert.equal(item.kind, 'full');
      assert.deepEqual(item.kind === 'full' ? codes(item.items) : [], ['CR002']);
      const second = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
        previousResultIds: [{ uri, value: item.resultId }],
      });
      assert.deepEqual(second.items, [{ kind: 'unchanged', uri, version: null, resultId: item.resultId }]);
      // A file the client holds a report for and that is gone is cleared.
      unlinkSync(join(dir, 'broken.coop'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: DELETED }] });
      const third = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
        previousResultIds: [{ uri, value: item.resultId }],
      });
      assert.deepEqual(
        third.items.map((i) => [i.uri, i.kind, i.kind === 'full' ? i.items.length : -1]),
        [[uri, 'full', 0]],
      );
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('without a workspace request, pushes the closed files, and clears them when the client starts to pull them', async () => {
    const dir = tempWorkspace({});
    writeFileSync(join(dir, 'broken.coop'), 'proceeding p {\n  charges: [undeclared]\n}\n');
    const client = await LspClient.start(dir, { capabilities: PULL_CAPABILITIES });
    try {
      const uri = uriOf(join(dir, 'broken.coop'));
      assert.deepEqual(
        codes(await client.diagnosticsOf(uri)),
        ['CR002'],
        'a client that never asks for workspace diagnostics still sees them',
      );
      const n = client.published(uri);
      const source = new CancellationTokenSource();
      const token = 'ws-diagnostics-2';
      const request = client.conn.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: token }, source.token);
      assert.deepEqual(await client.nextDiagnostics(uri, n), [], 'the pushed report is cleared');
      await client.until(() => streamedFor(client, token, uri), 'the file on the workspace channel');
      source.cancel();
      await request.then(
        () => undefined,
        () => undefined,
      );
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});
