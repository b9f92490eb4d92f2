// The protocol's edges, found by the stress test (test/reliability/server-stress.test.ts):
// diagnostics carry every version of a document, also when a change leaves its text as it was;
// messages that are not JSON or not JSON-RPC are logged without their content and dropped, a
// request among them answered InvalidRequest; a request before initialize is answered
// ServerNotInitialized and one after shutdown InvalidRequest; and the --stdio transport, which the server sets up
// itself to check messages, still ends as the library's did when the client closes the stream.

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { messageProblem } from '../../server/src/lsp/transport';
import { EXAMPLES } from '../support/lint';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ensureBuilt, LspClient, removeWorkspace, SERVER, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

describe('language server: versions', function () {
  this.timeout(30000);

  it('publishes diagnostics for every version, also when a change leaves the text as it was', async () => {
    const dir = tempWorkspace({ 'missing-grounds': join(EXAMPLES, 'flawed', 'missing-grounds') });
    const client = await LspClient.start(dir);
    try {
      const uri = uriOf(join(dir, 'missing-grounds', 'extradition.coop'));
      client.open(uri, readFileSync(join(dir, 'missing-grounds', 'extradition.coop'), 'utf8'));
      const withoutData = (list: Diagnostic[]): Diagnostic[] => list.map((d) => ({ ...d, data: undefined }));
      const first = withoutData(await client.diagnosticsForVersion(uri, 1));
      assert.ok(first.some((d) => d.code === 'CR101'));
      // Insert nothing; then replace the first character with itself.
      const v2 = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      assert.deepEqual(withoutData(await client.diagnosticsForVersion(uri, v2)), first);
      const v3 = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '#' }]);
      assert.deepEqual(withoutData(await client.diagnosticsForVersion(uri, v3)), first);
      assert.equal(client.latest(uri)!.version, v3);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});

describe('language server: malformed messages', function () {
  this.timeout(30000);

  it('tells what is wrong with a message that is not JSON-RPC, and nothing about a valid one', () => {
    assert.equal(messageProblem({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {} }), undefined);
    assert.equal(messageProblem({ jsonrpc: '2.0', method: 'initialized', params: {} }), undefined);
    assert.equal(messageProblem({ jsonrpc: '2.0', id: 1, result: null }), undefined);
    assert.equal(messageProblem({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'x' } }), undefined);
    assert.equal(messageProblem(null), 'it is not a JSON object');
    assert.equal(messageProblem(['x']), 'it is not a JSON object');
    assert.equal(messageProblem('x'), 'it is not a JSON object');
    assert.equal(messageProblem({ jsonrpc: '2.0', params: { text: 'x' } }), 'it has no method and is not a response');
    assert.equal(messageProblem({ jsonrpc: '2.0', id: 3, method: 7 }), 'its method is not a string');
    assert.equal(messageProblem({ jsonrpc: '2.0', id: { x: 1 }, method: 'textDocument/hover' }), 'its id is not a string or a number');
  });

  it('logs a frame that is not JSON and a message that is not JSON-RPC without their content, answers a request among them, and keeps serving', async () => {
    const dir = tempWorkspace({ clean: join(EXAMPLES, 'clean') });
    const client = await LspClient.start(dir);
    try {
      const file = join(dir, 'clean', 'ransomware-extradition.coop');
      const uri = uriOf(file);
      const line = readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('category: budapest art 5'));
      const hover = { textDocument: { uri }, position: { line, character: '  category: budapest art '.length } };
      assert.ok(await client.request('textDocument/hover', hover));
      await client.sendRaw('{"jsonrpc": "2.0", "method": "initialized", "params": {"x": "SECRET-1"');
      await client.sendRaw('{"jsonrpc": "2.0", "params": {"x": "SECRET-2"}}');
      await assert.rejects(
        client.conn.sendRequest({ method: 42 } as unknown as string, { x: 'SECRET-3' }),
        (e: { code: number }) => e.code === -32600,
      );
      await client.until(
        () => client.logs.filter((l) => /from the client (could not be read|was dropped)/.test(l)).length === 3,
        'three log lines',
      );
      assert.ok(client.logs.some((l) => /could not be read \(not valid JSON\)/.test(l)));
      for (const l of client.logs) assert.ok(!l.includes('SECRET'), l);
      assert.ok(await client.request('textDocument/hover', hover));
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});

describe('language server: the order of the protocol', function () {
  this.timeout(30000);

  it('answers a request before initialize with ServerNotInitialized, and one after shutdown with InvalidRequest; exit ends it', async () => {
    const dir = tempWorkspace({});
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    conn.listen();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    try {
      const hover = { textDocument: { uri: uriOf(join(dir, 'a.coop')) }, position: { line: 0, character: 0 } };
      await assert.rejects(
        conn.sendRequest('textDocument/hover', hover),
        (e: { code: number; message: string }) =>
          e.code === -32002 && /not initialized: send "initialize" before "textDocument\/hover"/.test(e.message),
      );
      const init = await conn.sendRequest<{ capabilities: object }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        workspaceFolders: [{ uri: uriOf(dir), name: 'ws' }],
      });
      assert.ok(init.capabilities);
      await conn.sendNotification('initialized', {});
      assert.equal(await conn.sendRequest('textDocument/hover', hover), null);
      assert.equal(await conn.sendRequest('shutdown'), null);
      await assert.rejects(conn.sendRequest('textDocument/hover', hover), (e: { code: number }) => e.code === -32600);
      await conn.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
      removeWorkspace(dir);
    }
  });
});

describe('language server: --stdio ends with the stream', function () {
  this.timeout(30000);

  for (const [what, shutdown, code] of [
    ['after a shutdown request', true, 0],
    ['without one', false, 1],
  ] as const) {
    it(`exits with code ${code} when the client closes its input ${what}`, async () => {
      const dir = tempWorkspace({});
      const client = await LspClient.start(dir);
      try {
        if (shutdown) await client.request('shutdown', undefined);
        const exited = new Promise<number | null>((resolve) => {
          if (client.child.exitCode !== null) resolve(client.child.exitCode);
          else client.child.once('exit', (c) => resolve(c));
        });
        client.child.stdin!.end();
        assert.equal(await exited, code);
      } finally {
        await client.stop();
        removeWorkspace(dir);
      }
    });
  }
});
