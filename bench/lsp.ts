// A minimal LSP client over stdio for the benchmark: start the server, open files, edit, and wait
// for diagnostics.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface Published {
  uri: string;
  version?: number;
  count: number;
  at: number;
}

export class BenchClient {
  readonly child: ChildProcess;
  readonly conn: MessageConnection;
  private waiters: { uri: string; resolve: (p: Published) => void }[] = [];

  constructor(serverJs: string) {
    this.child = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      const at = performance.now();
      const rest: typeof this.waiters = [];
      for (const w of this.waiters) {
        if (w.uri === p.uri) w.resolve({ uri: p.uri, version: p.version, count: p.diagnostics.length, at });
        else rest.push(w);
      }
      this.waiters = rest;
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification(() => undefined);
    this.conn.listen();
  }

  nextDiagnostics(uri: string): Promise<Published> {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }

  /** The first publication for `uri` that satisfies `match` (e.g. a version, a count). */
  async diagnosticsWhere(uri: string, match: (p: Published) => boolean): Promise<Published> {
    for (;;) {
      const p = await this.nextDiagnostics(uri);
      if (match(p)) return p;
    }
  }

  /**
   * `initializationOptions.diagnostics`: the delay after typing before publishing (the server's
   * default, 300 ms, when not given) and the scope.
   */
  async initialize(rootUri: string, diagnostics?: { delay?: number; scope?: string }): Promise<void> {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true } },
        window: { workDoneProgress: true },
      },
      ...(diagnostics ? { initializationOptions: { diagnostics } } : {}),
    });
    await this.conn.sendNotification('initialized', {});
  }

  open(uri: string, path: string, text = readFileSync(path, 'utf8')): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'coopspec', version: 1, text } });
  }

  change(uri: string, version: number, line: number, character: number, insert: string, deleteChars = 0): void {
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + deleteChars } }, text: insert }],
    });
  }

  /** Peak resident memory of the server so far, in KB (Linux). */
  peakRssKb(): number {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return 0;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    setTimeout(() => this.child.kill('SIGKILL'), 1000).unref();
    this.conn.dispose();
  }
}
