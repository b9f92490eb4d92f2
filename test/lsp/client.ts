// A small LSP client for the server tests: starts `node dist/server.js --stdio` against a folder,
// speaks JSON-RPC over the child's stdio (vscode-jsonrpc), answers the server's requests
// (workspace/configuration, client/registerCapability, window/workDoneProgress/create) and records
// what the server sends (diagnostics, progress, messages, log lines).
//
// Nothing here waits for a length of time. `until` waits for what the server sends, however long it
// takes; a server that never sends it is a hang, which the test's mocha timeout reports (and
// test/support/hooks.ts then says what was awaited, and ends the servers still running).

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic as LspDiagnostic,
  InitializeResult,
  PublishDiagnosticsParams as LspPublishDiagnosticsParams,
  Registration,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { ROOT } from '../support/lint';

/** A diagnostic as this server sends it: its message is plain text (never LSP 3.18 Markdown). */
export type Diagnostic = Omit<LspDiagnostic, 'message'> & { message: string };
export type PublishDiagnosticsParams = Omit<LspPublishDiagnosticsParams, 'diagnostics'> & { diagnostics: Diagnostic[] };

export const SERVER = join(ROOT, 'dist', 'server.js');
export const CLI = join(ROOT, 'dist', 'cli.js');

export { ensureBuilt } from '../support/build';

/** Copy folders of examples/ (or any folders) into a fresh temporary workspace. */
export function tempWorkspace(sources: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopspec-lsp-'));
  for (const [name, from] of Object.entries(sources)) cpSync(from, join(dir, name), { recursive: true });
  return dir;
}

export function removeWorkspace(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

export const FULL_CAPABILITIES: ClientCapabilities = {
  window: { workDoneProgress: true, showMessage: {} },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    rename: { prepareSupport: true },
  },
};

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** Sent with `diagnostics.delay: 0` added unless given; null sends none (the server's defaults). */
  initializationOptions?: unknown;
  /** Answers workspace/configuration items (section coopspec.rules). */
  settings?: (scopeUri: string | undefined, section: string | undefined) => unknown;
  /** Send workspaceFolders (default) or only rootUri. */
  rootOnly?: boolean;
  /** Variables added to the server's environment (e.g. NODE_OPTIONS with a preload). */
  env?: Record<string, string>;
  /** Node options before the server's script (e.g. ['--require', preload]). */
  execArgv?: string[];
  /** A command that runs the server, e.g. ['unshare', '-rn']: the server becomes `[...wrapper, node, ...]`. */
  wrapper?: string[];
  /**
   * Send `initialized` after `initialize` (default). With false, the test sends it with
   * `sendInitialized()`: until then the server has not started reading the workspace folders.
   */
  initialized?: boolean;
}

/**
 * The server publishes 300 ms after the last typed change by default; the tests publish on the
 * next turn (delay 0) unless they set `diagnostics.delay` themselves (or pass null for the
 * server's default). Which files are reported (`diagnostics.scope`) stays the server's default,
 * the whole workspace, unless a test sets it.
 */
function initializationOptions(given: unknown): unknown {
  if (given === null) return undefined;
  const options = (given ?? {}) as { diagnostics?: { delay?: number } };
  return { ...options, diagnostics: { delay: 0, ...(options.diagnostics ?? {}) } };
}

/** Servers started and not yet exited. */
const running = new Set<LspClient>();

/** What the servers still running are awaited for, with their stderr: for a test that timed out. */
export function pendingWaits(): string[] {
  return [...running].flatMap((c) =>
    [...c.awaiting.values()].map((what) => `waiting for ${what}${c.stderr ? `; server stderr: ${c.stderr}` : ''}`),
  );
}

/** End the servers still running (those of a test that timed out), so that the run can end. */
export function killRunningServers(): number {
  const left = [...running];
  for (const c of left) c.child.kill('SIGKILL');
  running.clear();
  return left.length;
}

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly progress: unknown[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  /** $/logTrace notifications (the server sends none unless the client turns tracing on). */
  readonly traces: unknown[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: unknown[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  /** The pending waits of `until`, with what each waits for. */
  readonly awaiting = new Map<() => void, string>();
  private readonly versions = new Map<string, number>();
  settings: NonNullable<StartOptions['settings']>;

  private constructor(
    readonly child: ChildProcess,
    readonly conn: MessageConnection,
    readonly folder: string,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => null);
    conn.onNotification('textDocument/publishDiagnostics', (params: LspPublishDiagnosticsParams) => {
      // A message in another form fails the run: the tests read messages as text.
      if (params.diagnostics.some((d) => typeof d.message !== 'string'))
        process.nextTick(() => {
          throw new Error('a diagnostic message is not plain text');
        });
      const p = params as PublishDiagnosticsParams;
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.wake();
    });
    conn.onNotification('$/progress', (p: unknown) => {
      this.progress.push(p);
      this.wake();
    });
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    conn.onNotification('$/logTrace', (p: unknown) => {
      this.traces.push(p);
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      this.wake();
      return null;
    });
    conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) => {
      this.configurationRequests.push(p);
      return p.items.map((i) => this.settings(i.scopeUri, i.section));
    });
    conn.onRequest('window/showMessageRequest', () => null);
    conn.listen();
  }

  static async start(folder: string, options: StartOptions = {}): Promise<LspClient> {
    const command = [...(options.wrapper ?? []), process.execPath, ...(options.execArgv ?? []), SERVER, '--stdio'];
    const child = spawn(command[0]!, command.slice(1), {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, conn, folder, options);
    running.add(client);
    child.once('exit', () => running.delete(client));
    child.stderr.on('data', (d: Buffer) => {
      client.stderr += d.toString();
    });
    const folderUri = uriOf(folder);
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: options.rootOnly ? null : [{ uri: folderUri, name: 'ws' }],
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: initializationOptions(options.initializationOptions),
    });
    if (options.initialized !== false) await client.sendInitialized();
    return client;
  }

  /** The `initialized` notification: the server then reads the workspace folders. */
  async sendInitialized(): Promise<void> {
    await this.conn.sendNotification('initialized', {});
  }

  private wake(): void {
    for (const w of [...this.awaiting.keys()]) w();
  }

  /**
   * Wait until `check` returns a value, re-checked whenever the server sends something. There is
   * no time limit: a slow server is waited for, and one that never sends it is a hang, which the
   * test's timeout reports (with `what`, see test/support/hooks.ts).
   */
  async until<T>(check: () => T | undefined | false, what: string): Promise<T> {
    const first = check();
    if (first) return first;
    return new Promise<T>((resolve) => {
      const waiter = (): void => {
        const v = check();
        if (!v) return;
        this.awaiting.delete(waiter);
        resolve(v);
      };
      this.awaiting.set(waiter, what);
    });
  }

  /** How many times diagnostics were published for a URI. */
  published(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  latest(uri: string): PublishDiagnosticsParams | undefined {
    const list = this.diagnostics.get(uri);
    return list?.[list.length - 1];
  }

  /** The next diagnostics published for a URI after `after` publications (default: those so far). */
  async nextDiagnostics(uri: string, after = this.published(uri), match?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.until(() => {
      const list = this.diagnostics.get(uri) ?? [];
      for (let i = after; i < list.length; i++) if (!match || match(list[i]!.diagnostics)) return list[i]!.diagnostics;
      return undefined;
    }, `diagnostics of ${uri}`);
  }

  /** The first diagnostics published for a URI for `version` of the document or a later one. */
  async diagnosticsForVersion(uri: string, version: number): Promise<Diagnostic[]> {
    return this.until(
      () => (this.diagnostics.get(uri) ?? []).find((p) => (p.version ?? 0) >= version)?.diagnostics,
      `diagnostics of ${uri} version ${version}`,
    );
  }

  /** Diagnostics for a URI once published (the latest set), or the first set matching. */
  async diagnosticsOf(uri: string, match?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.nextDiagnostics(uri, 0, match);
  }

  open(uri: string, text: string, languageId = 'coopspec'): void {
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  /**
   * Write one frame with any body (not JSON, not JSON-RPC) straight to the server's input. Call it
   * when nothing else is being sent (after awaiting the last request), so frames do not interleave.
   */
  async sendRaw(body: string): Promise<void> {
    const bytes = Buffer.from(body, 'utf8');
    await new Promise<void>((resolve, reject) => {
      this.child.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]), (e) =>
        e ? reject(e) : resolve(),
      );
    });
  }

  /** Whether the server process has ended. */
  get exited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /**
   * Shut down as an editor does: the shutdown request, its answer, then exit; resolves when the
   * process has ended. However slow the server, it gets its shutdown answered before exit is sent,
   * so its exit code says whether it shut down properly (0) — tests check it.
   */
  async stop(): Promise<void> {
    const ended = new Promise<void>((resolve) => {
      if (this.exited) resolve();
      else this.child.once('exit', () => resolve());
    });
    if (!this.exited) {
      // Either the answer comes, or the process is already on its way out (it closed its input).
      const shutdown = (async () => {
        try {
          await this.conn.sendRequest('shutdown');
          await this.conn.sendNotification('exit');
        } catch {
          // the connection is closed: the server is gone or going
        }
      })();
      await Promise.race([shutdown, ended]);
    }
    await ended;
    this.conn.dispose();
  }
}
