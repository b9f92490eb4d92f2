// The language server: LSP wiring over one engine Workspace. Everything about meaning comes from
// the engine (server/src/language/); this module makes the server's parts, hands each the narrow
// context it asks for (context.ts and each part's own), and routes the protocol's messages to them:
// initialize and shutdown, documents opened, changed, saved and closed, the workspace's events.
//
// Documents: every *.coop file of the workspace folders is read at start (folders.ts), so
// references into files that are not open resolve. An open document's text overrides the file on
// disk; when it is closed, the disk text takes its place again. Watched-file events keep unopened
// files current (watch.ts). What is reported, when and how is diagnostics.ts's business.

import {
  ResponseError,
  type Connection,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type ResultProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../language/product';
import { Workspace } from '../language/workspace';
import { docsLinkOf, NO_CAPABILITIES, readCapabilities, readInitializationOptions, serverCapabilities } from './capabilities';
import { registerCodeActions } from './codeActions';
import { executeCommand } from './commands';
import { ConfigDiagnostics } from './configDiagnostics';
import { Configuration } from './configuration';
import type { Client, WorkspaceEditOf } from './context';
import type { DocsLink } from './convert';
import { DiagnosticsReporter } from './diagnostics';
import { readDisk } from './disk';
import { OpenDocuments } from './documents';
import { registerLanguageFeatures } from './features';
import { ServerSettings } from './folderSettings';
import { initialFolders, WorkspaceFolders } from './folders';
import { guardNotification, guardRequest } from './guard';
import { CursorLineNotification } from './protocol';
import { registerRender } from './render';
import { isSkipped } from './scan';
import { canonicalUri, filePath, folderOf, isConfigUri, isCoopUri } from './uris';
import { FileWatcher } from './watch';

export class CoopSpecServer {
  readonly ws: Workspace;
  readonly settings = new ServerSettings();
  /** What the client said at initialize: its capabilities and options. */
  readonly client: Client = { caps: { ...NO_CAPABILITIES }, options: { configSchema: false } };
  readonly documents = new OpenDocuments(this.client);
  readonly workspaceEdit: WorkspaceEditOf = this.documents.workspaceEdit;
  /** The link of a rule's page: the client's command that renders it, else the page's URL. */
  readonly docsLink: DocsLink = docsLinkOf(this.client);
  readonly diagnostics: DiagnosticsReporter;
  readonly configs: ConfigDiagnostics;
  readonly folders: WorkspaceFolders;
  readonly configuration: Configuration;
  readonly watcher: FileWatcher;
  private readyResolve!: () => void;
  /** Resolves when the workspace folders have been read (or reading them was abandoned). */
  readonly ready: Promise<void> = new Promise((resolve) => {
    this.readyResolve = resolve;
  });
  isReady = false;
  shuttingDown = false;

  constructor(readonly connection: Connection) {
    this.ws = new Workspace(this.settings.settingsFor);
    // Each part takes the server as its context and sees only what its interface names.
    this.diagnostics = new DiagnosticsReporter(this);
    this.configs = new ConfigDiagnostics(this);
    this.folders = new WorkspaceFolders(this);
    this.configuration = new Configuration(this);
    this.watcher = new FileWatcher(this);
  }

  get log(): { error(m: string): void; info(m: string): void } {
    return { error: (m) => this.connection.console.error(m), info: (m) => this.connection.console.info(m) };
  }

  // ---------------------------------------------------------------- lifecycle

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(guardNotification(this.log, 'initialized', () => this.initialized()));
    c.onShutdown(() => {
      this.shuttingDown = true;
      this.diagnostics.stop();
    });

    c.onDidOpenTextDocument(guardNotification(this.log, 'textDocument/didOpen', (p) => this.opened(this.documents.open(p))));
    c.onDidChangeTextDocument(
      guardNotification(this.log, 'textDocument/didChange', (p) => {
        const change = this.documents.change(p);
        if (change) this.changed(change.doc, change.typed);
      }),
    );
    c.onDidSaveTextDocument(
      guardNotification(this.log, 'textDocument/didSave', (p) => {
        this.diagnostics.saved(canonicalUri(p.textDocument.uri));
      }),
    );
    c.onNotification(
      CursorLineNotification,
      guardNotification(this.log, 'coopspec/cursorLine', (p) => {
        const line = p?.line;
        if (typeof p?.textDocument?.uri !== 'string' || !(line === null || (typeof line === 'number' && line >= 0))) return;
        this.diagnostics.cursor(canonicalUri(p.textDocument.uri), line);
      }),
    );
    c.onExecuteCommand(guardRequest(this.log, 'workspace/executeCommand', async (p) => executeCommand(this, p.command, p.arguments ?? [])));
    c.onDidCloseTextDocument(
      guardNotification(this.log, 'textDocument/didClose', (p) => {
        const doc = this.documents.close(p.textDocument.uri);
        if (doc) this.closed(doc);
      }),
    );
    c.onDidChangeWatchedFiles(guardNotification(this.log, 'workspace/didChangeWatchedFiles', (p) => this.watcher.changed(p.changes)));
    c.onDidChangeConfiguration(
      guardNotification(this.log, 'workspace/didChangeConfiguration', (p) => this.configuration.changed(p.settings)),
    );
    // A pull that waits for the typist's pause is cancelled by the client at the next keystroke.
    const documentPull = guardRequest(this.log, 'textDocument/diagnostic', (p: DocumentDiagnosticParams, token) =>
      this.diagnostics.documentDiagnostic(p, token),
    );
    c.languages.diagnostics.on(
      (p, token) => documentPull(p, token) as Promise<DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>>,
    );
    const workspacePull = guardRequest(
      this.log,
      'workspace/diagnostic',
      (p: WorkspaceDiagnosticParams, token, partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined) =>
        this.diagnostics.workspaceDiagnostic(p, token, partial),
    );
    c.languages.diagnostics.onWorkspace(
      (p, token, _work, partial) =>
        workspacePull(p, token, partial) as Promise<WorkspaceDiagnosticReport | ResponseError<DiagnosticServerCancellationData>>,
    );
    registerLanguageFeatures(this);
    registerCodeActions(this);
    registerRender(this);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.client.caps = readCapabilities(params.capabilities ?? {});
    const init = readInitializationOptions(params.initializationOptions);
    this.client.options = init.options;
    this.configuration.initialize(init.diagnostics);
    this.folders.set(initialFolders(params));
    return { capabilities: serverCapabilities(this.client.caps), serverInfo: { name: 'coopspec-language-server', version: VERSION } };
  }

  private async initialized(): Promise<void> {
    const started = Date.now();
    try {
      await this.watcher.register();
      await this.configuration.register();
      if (this.client.caps.workspaceFolders) {
        this.connection.workspace.onDidChangeWorkspaceFolders(
          guardNotification(this.log, 'workspace/didChangeWorkspaceFolders', async (e) => {
            const fresh = this.folders.change(e.added, e.removed);
            await this.configuration.fetchEditorSettings(fresh);
            await this.folders.index(fresh);
            this.recomputeAll();
          }),
        );
      }
      const folders = this.folders.list;
      const [, , count] = await Promise.all([
        this.configuration.fetchEditorSettings(['', ...folders]),
        this.configuration.fetchDiagnosticSettings(),
        this.folders.index(folders),
      ]);
      this.log.info(
        `CoopSpec ${VERSION}: read ${count} file(s) of ${this.folders.list.length} workspace folder(s) in ${Date.now() - started} ms.`,
      );
    } finally {
      // Whatever happened, serve what there is.
      this.isReady = true;
      this.readyResolve();
      this.configs.publish();
      this.diagnostics.ready();
    }
  }

  // ---------------------------------------------------------------- documents

  private opened(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    if (isConfigUri(uri) && !isCoopDocument(doc)) {
      this.configs.found(uri);
      this.configs.publish([uri]);
      return;
    }
    if (!isCoopDocument(doc)) return;
    this.documents.track(uri, doc.uri);
    this.diagnostics.opened(uri);
    this.queue(this.ws.set(uri, doc.getText()).affected);
    if (uri.startsWith('file:')) {
      const scope = folderOf(uri);
      if (!this.settings.hasScope(scope)) void this.configuration.fetchEditorSettings([scope]);
    }
  }

  private changed(doc: TextDocument, typed: number | undefined): void {
    const uri = canonicalUri(doc.uri);
    if (this.documents.tracks(uri, doc)) {
      // The document itself always: its diagnostics are published for every version, even when
      // the change left the text as it was (the engine then reports nothing affected). Typed
      // changes are reported when the typist pauses.
      this.diagnostics.typed(uri, typed);
      this.diagnostics.changed([uri, ...this.ws.set(uri, doc.getText()).affected], true);
    } else if (isConfigUri(uri)) {
      this.configs.publish([uri]);
    }
  }

  private closed(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    if (!this.documents.tracks(uri, doc)) {
      if (isConfigUri(uri)) this.configs.publish([uri]);
      return;
    }
    this.documents.untrack(uri);
    this.folders.settle(uri);
    // Back to the file on disk when it belongs to the workspace; otherwise the document leaves it.
    // Its report becomes the file's (or is cleared).
    const path = filePath(uri);
    const file = path && isCoopUri(uri) && this.folders.inWorkspace(uri) && !isSkipped(path) ? readDisk(path) : undefined;
    this.diagnostics.closed(uri, doc.uri);
    this.queue(file !== undefined ? this.ws.set(uri, file.text, { invalidUtf8: !file.utf8 }).affected : this.ws.delete(uri).affected);
  }

  // ---------------------------------------------------------------- what the parts call back

  /** Documents whose findings may have changed: reported on the next turn. */
  queue(uris: Iterable<string>): void {
    this.diagnostics.changed(uris, false);
  }

  /** The settings changed: apply them to every document, and report coopspec.json files again. */
  recomputeAll(): void {
    this.queue(this.ws.setSettings(this.settings.settingsFor).affected);
    this.configs.publish();
  }

  /** After a report: computing findings may have found coopspec.json files above the workspace folders. */
  afterReport(): void {
    this.configs.afterReport();
  }
}

function isCoopDocument(doc: TextDocument): boolean {
  return doc.languageId === 'coopspec' || isCoopUri(doc.uri);
}

export function startServer(connection: Connection): CoopSpecServer {
  const server = new CoopSpecServer(connection);
  server.listen();
  return server;
}
