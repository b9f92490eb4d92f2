// Quiet typing: findings are published once the typist pauses (one publication for a burst of
// keystrokes, with the last version), and a finding that starts on the line being typed is held
// back until the typist leaves the line — by a change on another line, a save, or the cursor on
// another line (`coopspec/cursorLine`, sent by the VS Code client). A finding already shown stays.
//
// No test here measures time: each waits for the publication the server sends (npm run bench
// measures how long the pause → publication takes).

import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { ensureBuilt, FULL_CAPABILITIES, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

const PARTIES = 'party FR {\n  instruments: [budapest, ets24]\n}\nparty US {\n  instruments: [budapest]\n}\n';
const REQUEST = `request EXT-1 extradition {
  from: FR
  to: US
  basis: budapest art 24
  specialty: undertaken
  grounds {
    nationality: not-engaged "x"
  }
}
`;

/** The codes of the findings that start on a line. */
const on = (d: Diagnostic[], line: number): string[] => d.filter((x) => x.range.start.line === line).map((x) => String(x.code));

interface Doc {
  client: LspClient;
  uri: string;
  text: string;
  /** Insert at a line and character; returns the version. */
  insert(line: number, character: number, text: string): number;
}

async function session(options: Parameters<typeof LspClient.start>[1] = {}): Promise<{ dir: string; doc: Doc }> {
  const dir = tempWorkspace({});
  writeFileSync(join(dir, 'parties.coop'), PARTIES);
  writeFileSync(join(dir, 'request.coop'), REQUEST);
  const client = await LspClient.start(dir, options);
  const uri = uriOf(join(dir, 'request.coop'));
  client.open(uri, REQUEST);
  const doc: Doc = {
    client,
    uri,
    text: REQUEST,
    insert(line, character, text) {
      const lines = this.text.split('\n');
      lines[line] = lines[line]!.slice(0, character) + text + lines[line]!.slice(character);
      this.text = lines.join('\n');
      return client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text }]);
    },
  };
  // A pull client is answered, a push client published to, for the opened version.
  if (options.capabilities?.textDocument?.diagnostic) await client.request('textDocument/diagnostic', { textDocument: { uri } });
  else await client.diagnosticsForVersion(uri, 1);
  return { dir, doc };
}

describe('language server: publishing after the typist pauses', function () {
  this.timeout(60000);

  it('publishes a burst of keystrokes once, for its last version (the default delay)', async () => {
    // initializationOptions null: the server's own default (300 ms after the last keystroke).
    const { dir, doc } = await session({ initializationOptions: null });
    const { client, uri } = doc;
    try {
      const before = client.published(uri);
      // Typed into a string, sent in one go: none of the intermediate versions is published.
      let version = 0;
      for (const ch of 'Ministry') version = doc.insert(6, 30, ch);
      await client.diagnosticsForVersion(uri, version);
      const published = client.diagnostics
        .get(uri)!
        .slice(before)
        .map((p) => p.version);
      assert.deepEqual(published, [version], 'one publication, for the last keystroke');
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('takes the delay from coopspec.diagnostics.delay (0: the next turn, a publication per change)', async () => {
    const { dir, doc } = await session({
      initializationOptions: null,
      settings: (_u, section) => (section === 'coopspec.diagnostics' ? { delay: 0 } : null),
    });
    const { client, uri } = doc;
    try {
      const v1 = doc.insert(6, 30, 'a');
      await client.diagnosticsForVersion(uri, v1);
      const v2 = doc.insert(6, 30, 'b');
      await client.diagnosticsForVersion(uri, v2);
      assert.ok(client.diagnostics.get(uri)!.some((p) => p.version === v1));
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});

describe('language server: the line being typed', function () {
  this.timeout(60000);

  it('holds a syntax error on a new line until the typist leaves it: the cursor elsewhere shows it', async () => {
    const { dir, doc } = await session();
    const { client, uri } = doc;
    try {
      // Enter at the end of `specialty: undertaken`, then `offen` typed key by key.
      let version = doc.insert(4, 23, '\n  ');
      for (const ch of 'offen') {
        version = doc.insert(5, doc.text.split('\n')[5]!.length, ch);
        assert.deepEqual(on(await client.diagnosticsForVersion(uri, version), 5), [], `no finding on the line while "${ch}" is typed`);
      }
      // The VS Code client says the cursor went to line 2: the syntax error shows, for the same version.
      const n = client.published(uri);
      client.notify('coopspec/cursorLine', { textDocument: { uri }, line: 2 });
      const shown = await client.nextDiagnostics(uri, n);
      assert.deepEqual(on(shown, 5), ['CR001']);
      assert.equal(client.latest(uri)!.version, version);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('shows what the line held once a change is made on another line (generic clients), or the file is saved', async () => {
    const { dir, doc } = await session();
    const { client, uri } = doc;
    try {
      // `not-eng` as a status, mid-word: no unknown status while it is typed.
      const line = 6;
      let version = 0;
      const at = doc.text.split('\n')[line]!.indexOf('not-engaged');
      version = client.change(uri, [
        { range: { start: { line, character: at }, end: { line, character: at + 'not-engaged'.length } }, text: 'not-eng' },
      ]);
      doc.text = doc.text.replace('not-engaged', 'not-eng');
      assert.deepEqual(on(await client.diagnosticsForVersion(uri, version), line), []);
      // A change on another line: the typist left line 6.
      version = doc.insert(1, 2, ' ');
      assert.deepEqual(on(await client.diagnosticsForVersion(uri, version), line), ['CR004']);
      // Typed again on line 6, then saved: shown at the save.
      version = doc.insert(line, doc.text.split('\n')[line]!.length, ' ');
      const d = await client.diagnosticsForVersion(uri, version);
      assert.deepEqual(on(d, line), ['CR004'], 'a finding already shown stays shown while its line is typed');
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('a save shows what the line being typed held', async () => {
    const { dir, doc } = await session();
    const { client, uri } = doc;
    try {
      const version = doc.insert(4, 23, '\n  offen');
      assert.deepEqual(on(await client.diagnosticsForVersion(uri, version), 5), []);
      const n = client.published(uri);
      client.notify('textDocument/didSave', { textDocument: { uri } });
      assert.deepEqual(on(await client.nextDiagnostics(uri, n), 5), ['CR001']);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('a request header being typed gets no finding until the next line is begun', async () => {
    const { dir, doc } = await session();
    const { client, uri } = doc;
    try {
      const last = doc.text.split('\n').length - 1;
      let version = doc.insert(last, 0, 'request EXT-2 extradition {}');
      assert.deepEqual(on(await client.diagnosticsForVersion(uri, version), last), []);
      // Enter between the braces (the editor keeps the closing one): the header's findings appear.
      version = doc.insert(last, 'request EXT-2 extradition {'.length, '\n  \n');
      const d = await client.diagnosticsForVersion(uri, version);
      assert.ok(on(d, last).includes('CR101') && on(d, last).includes('CR305'), JSON.stringify(on(d, last)));
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('holds nothing after a change that is not typing (several ranges at once, or the whole text)', async () => {
    const { dir, doc } = await session();
    const { client, uri } = doc;
    try {
      const changes: TextDocumentContentChangeEvent[] = [
        { range: { start: { line: 4, character: 23 }, end: { line: 4, character: 23 } }, text: '\n  offen' },
        { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, text: ' ' },
      ];
      const version = client.change(uri, changes);
      assert.deepEqual(on(await client.diagnosticsForVersion(uri, version), 5), ['CR001']);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('to a pull client: a pull made while typing is answered after the pause, held findings included once the cursor leaves (refresh)', async () => {
    const { dir, doc } = await session({
      capabilities: {
        ...FULL_CAPABILITIES,
        workspace: { ...FULL_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
        textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} },
      },
      initializationOptions: { diagnostics: { delay: 200 } },
    });
    const { client, uri } = doc;
    let refreshed!: () => void;
    const refresh = new Promise<void>((resolve) => {
      refreshed = resolve;
    });
    client.conn.onRequest('workspace/diagnostic/refresh', () => {
      refreshed();
      return null;
    });
    try {
      const pull = (): Promise<DocumentDiagnosticReport> =>
        client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      doc.insert(4, 23, '\n  offen');
      // Sent right after the change: answered once the pause is over, for that change.
      const during = await pull();
      assert.equal(during.kind, 'full');
      assert.deepEqual(during.kind === 'full' ? on(during.items, 5) : null, [], 'the line being typed holds its syntax error');
      client.notify('coopspec/cursorLine', { textDocument: { uri }, line: 1 });
      await refresh; // the server asks the client to pull again
      const after = await pull();
      assert.deepEqual(after.kind === 'full' ? on(after.items, 5) : null, ['CR001']);
      assert.equal(client.published(uri), 0, 'nothing pushed for the open document');
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('shows at once what an edit causes on other lines than the one typed', async () => {
    const { dir, doc } = await session();
    const { client, uri } = doc;
    try {
      // The grounds' only entry deleted, the cursor on its line: the CR101s at the request's name (line 0) show.
      const version = client.change(uri, [{ range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, text: '' }]);
      const d = await client.diagnosticsForVersion(uri, version);
      assert.ok(on(d, 0).includes('CR101'), JSON.stringify(on(d, 0)));
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});
