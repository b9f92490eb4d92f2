// The language server over stdio: command line, diagnostics equal to the CLI's findings,
// cross-file references, republishing dependants, progress, and errors answered without dying.

import { strict as assert } from 'node:assert';
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CancellationTokenSource, createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import { ruleDocsUrl } from '../../server/src/language/product';
import { EXAMPLES, markers, readFolder } from '../support/lint';
import { CLI, ensureBuilt, LspClient, removeWorkspace, SERVER, tempWorkspace, uriOf } from './client';
import { HANG_MS } from '../support/hang';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

interface CliFinding {
  path: string;
  line: number;
  column: number;
  rule: string;
  severity: string;
  message: string;
  related: { path: string; line: number; column: number; message: string }[];
  suppressed?: unknown;
}

function cliFindings(dir: string): CliFinding[] {
  const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `CLI failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { findings: CliFinding[] }).findings.filter((f) => !f.suppressed);
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

describe('language server: command line', () => {
  it('prints its version and help, and refuses to start without a transport or with a socket', () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    assert.equal(
      execFileSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' }),
      `${version}\n`,
      "the version is package.json's",
    );
    assert.match(execFileSync(process.execPath, [SERVER, '--help'], { encoding: 'utf8' }), /--stdio[\s\S]*--node-ipc/);
    for (const args of [[], ['--socket=5007'], ['--frobnicate']]) {
      const r = spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', timeout: HANG_MS });
      assert.equal(r.status, 2, `exit code for ${args.join(' ')}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\s+at /);
    }
  });
});

describe('language server: transports', function () {
  this.timeout(30000);

  it("speaks LSP over Node IPC (the VS Code client's transport)", async () => {
    const child = fork(SERVER, ['--node-ipc', `--clientProcessId=${process.pid}`], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    conn.listen();
    try {
      const result = await conn.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(result.serverInfo?.name, 'coopspec-language-server');
      assert.ok(result.capabilities.codeActionProvider);
      await conn.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await conn.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

describe('language server: diagnostics', function () {
  this.timeout(60000);

  for (const name of readdirSync(join(EXAMPLES, 'flawed'))) {
    it(`equal the CLI's findings on flawed/${name} (codes, lines, severity, docs link, related places)`, async () => {
      const dir = tempWorkspace({ [name]: join(EXAMPLES, 'flawed', name) });
      const client = await LspClient.start(dir);
      try {
        const expected = cliFindings(dir);
        assert.ok(expected.length > 0);
        const files = Object.keys(readFolder(dir));
        const actual: CliFinding[] = [];
        for (const file of files) {
          const uri = uriOf(join(dir, file));
          client.open(uri, readFileSync(join(dir, file), 'utf8'));
          // Files not open are reported too (without a version); the open document's report has its version.
          const diagnostics = await client.diagnosticsForVersion(uri, 1);
          for (const d of diagnostics) {
            assert.equal(d.source, 'coopspec');
            assert.equal(d.codeDescription?.href, ruleDocsUrl(String(d.code)));
            actual.push({
              path: file,
              line: d.range.start.line + 1,
              column: d.range.start.character + 1,
              rule: String(d.code),
              severity: Object.keys(SEVERITY).find((k) => SEVERITY[k] === d.severity)!,
              message: String(d.message),
              related: (d.relatedInformation ?? []).map((r) => ({
                path: relative(dir, new URL(r.location.uri).pathname),
                line: r.location.range.start.line + 1,
                column: r.location.range.start.character + 1,
                message: r.message,
              })),
            });
          }
        }
        const strip = (f: CliFinding) => ({
          path: f.path,
          line: f.line,
          column: f.column,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          related: f.related,
        });
        const order = (a: CliFinding, b: CliFinding) =>
          a.path.localeCompare(b.path) ||
          a.line - b.line ||
          a.column - b.column ||
          a.rule.localeCompare(b.rule) ||
          a.message.localeCompare(b.message);
        assert.deepEqual(actual.map(strip).sort(order), expected.map(strip).sort(order));
        // And both are the example's markers.
        assert.deepEqual(actual.map((f) => `${f.path}:${f.line} ${f.rule}`).sort(), markers(readFolder(dir)));
      } finally {
        await client.stop();
        removeWorkspace(dir);
      }
    });
  }

  it('point codeDescription at initializationOptions.docsBaseUrl when given (the docs inside the extension)', async () => {
    const dir = tempWorkspace({ 'missing-grounds': join(EXAMPLES, 'flawed', 'missing-grounds') });
    const client = await LspClient.start(dir, { initializationOptions: { docsBaseUrl: 'file:///ext/docs/rules' } });
    try {
      const uri = uriOf(join(dir, 'missing-grounds', 'extradition.coop'));
      client.open(uri, readFileSync(join(dir, 'missing-grounds', 'extradition.coop'), 'utf8'));
      const d = await client.diagnosticsOf(uri);
      assert.ok(d.length > 0);
      for (const x of d) assert.equal(x.codeDescription?.href, `file:///ext/docs/rules/${String(x.code)}.md`);
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });

  it('the clean example has no diagnostics', async () => {
    const dir = tempWorkspace({ clean: join(EXAMPLES, 'clean') });
    const client = await LspClient.start(dir);
    try {
      for (const file of Object.keys(readFolder(dir))) {
        const uri = uriOf(join(dir, file));
        client.open(uri, readFileSync(join(dir, file), 'utf8'));
        assert.deepEqual(await client.diagnosticsOf(uri), []);
      }
    } finally {
      await client.stop();
      removeWorkspace(dir);
    }
  });
});

describe('language server: the workspace', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  const offences = `offence fraud {\n  conduct: "Card fraud"\n  category: budapest art 8\n  law FR { cite: "Code pénal"  max-penalty: 5 years }\n  law BE { cite: "Code pénal"  max-penalty: 5 years }\n}\n`;
  const request = `request MLA-1 mutual-assistance {\n  measure: testimony\n  from: FR\n  to: BE\n  basis: budapest art 27\n  authority: "Parquet"\n  purpose: "Hear a witness"\n  offences: [fraud]\n  facts: "Cards were used"\n  grounds {\n    dual-criminality: not-engaged "Fraud in both States"\n    political-offence: not-engaged "Profit"\n    essential-interests: not-engaged "Ordinary evidence"\n    persecution: not-engaged "None"\n  }\n}\n`;

  before(async () => {
    dir = tempWorkspace({});
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'offences.coop'), offences);
    writeFileSync(join(dir, 'request.coop'), request);
    client = await LspClient.start(dir);
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it('reports progress while reading the workspace folders', async () => {
    await client.until(() => client.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'), 'progress end');
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('registers file watchers for *.coop and coopspec.json', async () => {
    const reg = await client.until(
      () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      'watcher registration',
    );
    const globs = (reg.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(globs.sort(), ['**/*.coop', '**/coopspec.json']);
  });

  it('resolves a reference to a declaration in a file that is not open', async () => {
    const uri = uriOf(join(dir, 'request.coop'));
    client.open(uri, request);
    const diagnostics = await client.diagnosticsOf(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      [],
      'fraud is declared in lib/offences.coop, which is not open',
    );
  });

  it('republishes an open document when a file it depends on changes, and when it is closed falls back to disk', async () => {
    const requestUri = uriOf(join(dir, 'request.coop'));
    const offencesUri = uriOf(join(dir, 'lib', 'offences.coop'));
    await client.diagnosticsOf(requestUri);
    client.open(offencesUri, offences);
    await client.diagnosticsOf(offencesUri);
    const before = client.published(requestUri);
    // Rename the offence in the open (unsaved) file: the request's reference no longer resolves.
    const line = 0;
    client.change(offencesUri, [{ range: { start: { line, character: 8 }, end: { line, character: 13 } }, text: 'fraudulent' }]);
    const broken = await client.nextDiagnostics(requestUri, before);
    assert.deepEqual(
      broken.map((d) => d.code),
      ['CR002'],
    );
    assert.equal(broken[0]!.range.start.line, 7);
    // Closing the changed file brings back the text on disk, where `fraud` exists.
    const again = client.published(requestUri);
    const closedAt = client.published(offencesUri);
    client.close(offencesUri);
    assert.deepEqual(await client.nextDiagnostics(offencesUri, closedAt), [], 'cleared on close');
    assert.deepEqual(await client.nextDiagnostics(requestUri, again), []);
  });

  it('keeps incremental edits in step with the text (several changes in one notification)', async () => {
    const uri = uriOf(join(dir, 'request.coop'));
    const n = client.published(uri);
    // Break `fraud` then mend it, in one didChange.
    client.change(uri, [
      { range: { start: { line: 7, character: 13 }, end: { line: 7, character: 18 } }, text: 'frad' },
      { range: { start: { line: 7, character: 13 }, end: { line: 7, character: 17 } }, text: 'fraud' },
      { range: { start: { line: 5, character: 14 }, end: { line: 5, character: 21 } }, text: 'Parquet de Paris' },
    ]);
    const d = await client.nextDiagnostics(uri, n);
    assert.deepEqual(d, []);
    assert.equal(client.latest(uri)!.version, client.version(uri));
  });
});

describe('language server: robustness', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = tempWorkspace({ 'missing-grounds': join(EXAMPLES, 'flawed', 'missing-grounds') });
    client = await LspClient.start(dir);
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it('answers a handler exception with an error, logs it without document text, and keeps serving', async () => {
    // Malformed parameters make the handler throw.
    await assert.rejects(
      client.request('textDocument/codeAction', { textDocument: null, range: null, context: null }),
      (e: { code: number; message: string }) => e.code === -32603 && /internal error in textDocument\/codeAction/.test(e.message),
    );
    await client.until(() => client.logs.some((l) => /textDocument\/codeAction failed: TypeError/.test(l)), 'the error in the log');
    const file = join(dir, 'missing-grounds', 'extradition.coop');
    const text = readFileSync(file, 'utf8');
    // Nothing of the document reached the log.
    for (const l of client.logs) assert.ok(!l.includes('Ana Silva') && !l.includes('Bundesamt'), l);
    const uri = uriOf(file);
    client.open(uri, text);
    const diagnostics: Diagnostic[] = await client.diagnosticsOf(uri);
    assert.ok(diagnostics.some((d) => d.code === 'CR101'));
    assert.equal(client.child.exitCode, null);
    assert.deepEqual(client.traces, [], 'trace is off by default');
  });

  it('honours $/cancelRequest: a request cancelled while it waits for the workspace to be read is answered RequestCancelled', async () => {
    const big = tempWorkspace({});
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(big, `d${i}`));
      for (let j = 0; j < 25; j++)
        writeFileSync(join(big, `d${i}`, `o${j}.coop`), `offence o-${i}-${j} {\n  conduct: "c"\n  category: budapest art 8\n}\n`);
    }
    // The request is sent before initialized, so the server holds it until it has read the 1,000
    // files, however fast it reads them. Once a later request (of a method the server does not
    // have) is answered, the server has taken up the hover: the cancellation reaches the handler
    // that waits, not the library's queue.
    const other = await LspClient.start(big, { initialized: false });
    try {
      const uri = uriOf(join(big, 'd0', 'o0.coop'));
      const params = { textDocument: { uri }, position: { line: 0, character: 9 } };
      const source = new CancellationTokenSource();
      const cancelled = other.conn.sendRequest('textDocument/hover', params, source.token);
      await assert.rejects(other.request('coopspec/no-such-method', {}), (e: { code: number }) => e.code === -32601);
      source.cancel();
      await other.sendInitialized();
      await assert.rejects(cancelled, (e: { code: number }) => e.code === -32800);
      // The server goes on serving.
      const h = await other.request<{ contents: { value: string } } | null>('textDocument/hover', params);
      assert.ok(h && /o-0-0/.test(h.contents.value), JSON.stringify(h));
      const read = other.logs.find((l) => /read \d+ file/.test(l));
      assert.match(read ?? '', /read 1000 file\(s\)/);
    } finally {
      await other.stop();
      removeWorkspace(big);
    }
  });

  it('survives notifications with malformed parameters', async () => {
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.coop', version: 2 }, contentChanges: [{ text: 'x' }] });
    client.notify('textDocument/didOpen', { textDocument: null });
    client.notify('workspace/didChangeWatchedFiles', { changes: null });
    const uri = uriOf(join(dir, 'missing-grounds', 'extradition.coop'));
    const n = client.published(uri);
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }]);
    assert.ok((await client.nextDiagnostics(uri, n)).some((d) => d.code === 'CR101'));
  });

  it('lints a document that is not a file (untitled) and clears it on close', async () => {
    const uri = 'untitled:Untitled-1';
    client.open(uri, 'offence x {\n  conduct: "y"\n  category: budapest art 99\n}\n');
    const d = await client.diagnosticsOf(uri);
    assert.ok(
      d.some((x) => x.code === 'CR005'),
      JSON.stringify(d.map((x) => x.code)),
    );
    client.close(uri);
    assert.deepEqual(await client.nextDiagnostics(uri), []);
  });
});
