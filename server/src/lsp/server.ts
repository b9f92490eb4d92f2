// The language server: LSP wiring over one engine Workspace. Everything about meaning comes from
// the engine (server/src/language/); this module moves documents in, findings and edits out.
//
// Documents: every *.coop file of the workspace folders is read at start, so references into
// files that are not open resolve. An open document's text overrides the file on disk; when it is
// closed, the disk text takes its place again. Watched-file events keep unopened files current.
// What is reported, when and how is diagnostics.ts's business.

import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type ResultProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeFile, type DecodedFile } from '../node/decode';
import { ruleByName } from '../language/rules/index';
import { ruleDocsUrl, VERSION } from '../language/product';
import { Workspace } from '../language/workspace';
import { docsLinkOf, NO_CAPABILITIES, readCapabilities, readInitializationOptions, serverCapabilities } from './capabilities';
import { registerCodeActions } from './codeActions';
import { ConfigDiagnostics } from './configDiagnostics';
import type { Capabilities, ClientOptions, WorkspaceEditOf } from './context';
import type { DocsLink } from './convert';
import { DEFAULT_DELAY_MS, DiagnosticsReporter, type Scope } from './diagnostics';
import { readDisk } from './disk';
import { OpenDocuments } from './documents';
import { describeError, guardNotification, guardRequest } from './guard';
import { isSkipped, scanFolders } from './scan';
import { ServerSettings } from './folderSettings';
import { canonicalUri, filePath, folderOf, isConfigUri, isCoopUri, isInside } from './uris';
import { registerLanguageFeatures } from './features';
import { registerRender } from './render';
import { CursorLineNotification, SERVER_COMMANDS } from './protocol';

/** The settings of `coopspec.diagnostics`, as read from the editor or initializationOptions. */
export function diagnosticOptions(value: unknown): { scope?: Scope; delay?: number; problems: string[] } {
  const out: { scope?: Scope; delay?: number; problems: string[] } = { problems: [] };
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    out.problems.push('coopspec.diagnostics must be an object with scope and delay.');
    return out;
  }
  const v = value as { scope?: unknown; delay?: unknown };
  if (v.scope === 'workspace' || v.scope === 'openFiles') out.scope = v.scope;
  else if (v.scope !== undefined && v.scope !== null) out.problems.push('coopspec.diagnostics.scope takes "workspace" or "openFiles"; "workspace" is used.');
  if (typeof v.delay === 'number' && Number.isFinite(v.delay) && v.delay >= 0 && v.delay <= 10_000) out.delay = Math.round(v.delay);
  else if (v.delay !== undefined && v.delay !== null) out.problems.push(`coopspec.diagnostics.delay takes milliseconds from 0 to 10000; ${DEFAULT_DELAY_MS} is used.`);
  return out;
}

export class CoopSpecServer {
  readonly ws: Workspace;
  readonly settings = new ServerSettings();
  /** What the client said at initialize: its capabilities and options. */
  readonly client: { caps: Capabilities; options: ClientOptions } = { caps: { ...NO_CAPABILITIES }, options: { configSchema: false } };
  readonly documents = new OpenDocuments(this.client);
  readonly workspaceEdit: WorkspaceEditOf = this.documents.workspaceEdit;
  private folders: string[] = [];
  readonly diagnostics: DiagnosticsReporter;
  /** The diagnostics settings of initializationOptions, under the editor's. */
  private initialDiagnostics: { scope?: Scope; delay?: number } = {};
  private readyResolve!: () => void;
  /** Resolves when the workspace folders have been read (or reading them was abandoned). */
  readonly ready: Promise<void> = new Promise((resolve) => { this.readyResolve = resolve; });
  isReady = false;
  private shuttingDown = false;
  /**
   * Readings of the workspace folders in progress, and the URIs (files or folders) that a
   * watched-file event or a close settled meanwhile: a reading that started earlier must not put
   * back what they deleted or changed.
   */
  private scans = 0;
  private readonly settledDuringScan = new Set<string>();
  private readonly shownMessages = new Set<string>();
  readonly configs: ConfigDiagnostics;

  constructor(readonly connection: Connection) {
    this.ws = new Workspace(this.settings.settingsFor);
    this.diagnostics = new DiagnosticsReporter(this);
    this.configs = new ConfigDiagnostics(this);
  }

  /** The link of a rule's page: the client's command that renders it, else the page's URL. */
  readonly docsLink: DocsLink = docsLinkOf(this.client);

  get log(): { error(m: string): void; info(m: string): void } {
    return { error: (m) => this.connection.console.error(m), info: (m) => this.connection.console.info(m) };
  }

  inWorkspace(uri: string): boolean {
    return this.folders.some((f) => isInside(uri, f));
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
    c.onDidChangeTextDocument(guardNotification(this.log, 'textDocument/didChange', (p) => {
      const change = this.documents.change(p);
      if (change) this.changed(change.doc, change.typed);
    }));
    c.onDidSaveTextDocument(guardNotification(this.log, 'textDocument/didSave', (p) => {
      this.diagnostics.saved(canonicalUri(p.textDocument.uri));
    }));
    c.onNotification(CursorLineNotification, guardNotification(this.log, 'coopspec/cursorLine', (p) => {
      const line = p?.line;
      if (typeof p?.textDocument?.uri !== 'string' || !(line === null || (typeof line === 'number' && line >= 0))) return;
      this.diagnostics.cursor(canonicalUri(p.textDocument.uri), line);
    }));
    c.onExecuteCommand(guardRequest(this.log, 'workspace/executeCommand', async (p) => this.executeCommand(p.command, p.arguments ?? [])));
    c.onDidCloseTextDocument(guardNotification(this.log, 'textDocument/didClose', (p) => {
      const doc = this.documents.close(p.textDocument.uri);
      if (doc) this.closed(doc);
    }));
    c.onDidChangeWatchedFiles(guardNotification(this.log, 'workspace/didChangeWatchedFiles', (p) => this.watchedFilesChanged(p.changes)));
    c.onDidChangeConfiguration(guardNotification(this.log, 'workspace/didChangeConfiguration', (p) => this.configurationChanged(p.settings)));
    // A pull that waits for the typist's pause is cancelled by the client at the next keystroke.
    const documentPull = guardRequest(this.log, 'textDocument/diagnostic', (p: DocumentDiagnosticParams, token) => this.diagnostics.documentDiagnostic(p, token));
    c.languages.diagnostics.on((p, token) => documentPull(p, token) as Promise<DocumentDiagnosticReport | ResponseError<DiagnosticServerCancellationData>>);
    const workspacePull = guardRequest(this.log, 'workspace/diagnostic', (p: WorkspaceDiagnosticParams, token, partial: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined) =>
      this.diagnostics.workspaceDiagnostic(p, token, partial));
    c.languages.diagnostics.onWorkspace((p, token, _work, partial) => workspacePull(p, token, partial) as Promise<WorkspaceDiagnosticReport | ResponseError<DiagnosticServerCancellationData>>);
    registerLanguageFeatures(this);
    registerCodeActions(this);
    registerRender(this);
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.client.caps = readCapabilities(params.capabilities ?? {});
    const init = readInitializationOptions(params.initializationOptions);
    this.client.options = init.options;
    const initial = diagnosticOptions(init.diagnostics);
    for (const p of initial.problems) this.log.error(`CoopSpec: initializationOptions: ${p}`);
    this.initialDiagnostics = { scope: initial.scope, delay: initial.delay };
    this.diagnostics.setOptions(this.initialDiagnostics);
    const folders: string[] = [];
    if (params.workspaceFolders?.length) folders.push(...params.workspaceFolders.map((f) => f.uri));
    else if (params.rootUri) folders.push(params.rootUri);
    else if (params.rootPath) folders.push(pathToFileURL(params.rootPath).href);
    this.folders = folders.map(canonicalUri).filter((u) => u.startsWith('file:'));
    this.settings.setWorkspaceFolders(this.folders);
    return { capabilities: serverCapabilities(this.client.caps), serverInfo: { name: 'coopspec-language-server', version: VERSION } };
  }

  private async initialized(): Promise<void> {
    const c = this.connection;
    const started = Date.now();
    try {
      if (this.client.caps.dynamicWatchers) {
        await c.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.coop' }, { globPattern: '**/coopspec.json' }],
        }).catch((e: unknown) => this.log.error(`CoopSpec: could not register file watchers: ${describeError(e)}`));
      }
      if (this.client.caps.dynamicConfiguration) {
        await c.client.register(DidChangeConfigurationNotification.type, { section: 'coopspec' })
          .catch((e: unknown) => this.log.error(`CoopSpec: could not register for configuration changes: ${describeError(e)}`));
      }
      if (this.client.caps.workspaceFolders) {
        c.workspace.onDidChangeWorkspaceFolders(guardNotification(this.log, 'workspace/didChangeWorkspaceFolders', (e) => this.foldersChanged(e.added, e.removed)));
      }
      const [, , count] = await Promise.all([this.fetchEditorSettings(['', ...this.folders]), this.fetchDiagnosticSettings(), this.index(this.folders)]);
      this.log.info(`CoopSpec ${VERSION}: read ${count} file(s) of ${this.folders.length} workspace folder(s) in ${Date.now() - started} ms.`);
    } finally {
      // Whatever happened, serve what there is.
      this.isReady = true;
      this.readyResolve();
      this.configs.publish();
      this.diagnostics.ready();
    }
  }

  // ---------------------------------------------------------------- reading the workspace

  /**
   * Read every *.coop file of the folders into the workspace; returns how many were read. Files
   * whose text changed are reported (a rescan; at start nothing is reported before the whole is read).
   * `found` receives the URI of every *.coop file the scan found.
   */
  private async index(folders: string[], found?: Set<string>): Promise<number> {
    const paths = folders.flatMap((f) => filePath(f) ?? []);
    if (paths.length === 0) return 0;
    this.scans++;
    const settled = (uri: string): boolean => [...this.settledDuringScan].some((s) => isInside(uri, s));
    const progress = this.client.caps.workDoneProgress
      ? await this.connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin('CoopSpec', 0, 'Looking for *.coop files', true);
    const cancelled = (): boolean => this.shuttingDown || progress?.token.isCancellationRequested === true;
    let read = 0;
    try {
      const { coop, configs } = await scanFolders(paths, cancelled);
      for (const p of configs) this.configs.found(pathToFileURL(p).href);
      if (found) for (const p of coop) found.add(pathToFileURL(p).href);
      let lastReport = Date.now();
      const BATCH = 32;
      const readBatch = (from: number): Promise<(DecodedFile | undefined)[]> =>
        Promise.all(coop.slice(from, from + BATCH).map((p) => fs.readFile(p).then(decodeFile, () => undefined)));
      // The next batch is read while this one is parsed, so the disk and the parser overlap.
      let next = readBatch(0);
      for (let i = 0; i < coop.length && !cancelled(); i += BATCH) {
        const batch = coop.slice(i, i + BATCH);
        const texts = await next;
        if (i + BATCH < coop.length) next = readBatch(i + BATCH);
        batch.forEach((p, j) => {
          const file = texts[j];
          const uri = pathToFileURL(p).href;
          // An open document's text wins over the disk, and so does what an event set since the read.
          if (file === undefined || this.documents.isOpen(uri) || settled(uri)) return;
          const summary = this.ws.set(uri, file.text, { invalidUtf8: !file.utf8 });
          if (this.isReady) this.queue(summary.affected);
          read++;
        });
        if (Date.now() - lastReport > 200) {
          lastReport = Date.now();
          const done = Math.min(coop.length, i + BATCH);
          progress?.report(Math.floor((done * 100) / coop.length), `${done}/${coop.length} files`);
          await new Promise((r) => setImmediate(r)); // let cancellation and edits through
        }
      }
    } finally {
      progress?.done();
      if (--this.scans === 0) this.settledDuringScan.clear();
    }
    return read;
  }

  private async foldersChanged(added: WorkspaceFolder[], removed: WorkspaceFolder[]): Promise<void> {
    const gone = removed.map((f) => canonicalUri(f.uri));
    const fresh = added.map((f) => canonicalUri(f.uri)).filter((u) => u.startsWith('file:'));
    this.folders = [...this.folders.filter((f) => !gone.includes(f)), ...fresh];
    this.settings.setWorkspaceFolders(this.folders);
    const affected = new Set<string>();
    for (const uri of this.ws.uris()) {
      if (!this.documents.isOpen(uri) && gone.some((f) => isInside(uri, f)) && !this.inWorkspace(uri)) {
        affected.add(uri); // its report is cleared
        for (const a of this.ws.delete(uri).affected) affected.add(a);
      }
    }
    this.configs.forget((k) => gone.some((f) => isInside(k, f)));
    this.queue(affected);
    await this.fetchEditorSettings(fresh);
    await this.index(fresh);
    this.recomputeAll();
  }

  // ---------------------------------------------------------------- documents

  private isCoopDocument(doc: TextDocument): boolean {
    return doc.languageId === 'coopspec' || isCoopUri(doc.uri);
  }

  private opened(doc: TextDocument): void {
    const uri = canonicalUri(doc.uri);
    if (isConfigUri(uri) && !this.isCoopDocument(doc)) {
      this.configs.found(uri);
      this.configs.publish([uri]);
      return;
    }
    if (!this.isCoopDocument(doc)) return;
    this.documents.track(uri, doc.uri);
    this.diagnostics.opened(uri);
    this.queue(this.ws.set(uri, doc.getText()).affected);
    if (uri.startsWith('file:')) {
      const scope = folderOf(uri);
      if (!this.settings.hasScope(scope)) void this.fetchEditorSettings([scope]);
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
    if (this.scans > 0) this.settledDuringScan.add(uri);
    // Back to the file on disk when it belongs to the workspace; otherwise the document leaves it.
    // Its report becomes the file's (or is cleared).
    const path = filePath(uri);
    const file = path && isCoopUri(uri) && this.inWorkspace(uri) && !isSkipped(path) ? readDisk(path) : undefined;
    this.diagnostics.closed(uri, doc.uri);
    this.queue(file !== undefined ? this.ws.set(uri, file.text, { invalidUtf8: !file.utf8 }).affected : this.ws.delete(uri).affected);
  }

  private watchedFilesChanged(changes: { uri: string; type: FileChangeType }[]): void {
    const affected = new Set<string>();
    let configChanged = false;
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      const path = filePath(uri);
      if (!path || isSkipped(path)) continue;
      if (this.scans > 0) this.settledDuringScan.add(uri);
      if (change.type === FileChangeType.Deleted) {
        // A file, or a folder: whatever the workspace held under it goes, and so do its reports.
        for (const u of this.ws.uris()) {
          if ((u === uri || isInside(u, uri)) && !this.documents.isOpen(u)) {
            affected.add(u);
            for (const a of this.ws.delete(u).affected) affected.add(a);
          }
        }
        if (this.configs.forget((k) => k === uri || isInside(k, uri))) configChanged = true;
        continue;
      }
      if (isConfigUri(uri)) {
        this.configs.found(uri);
        configChanged = true;
        continue;
      }
      if (!isCoopUri(uri) || this.documents.isOpen(uri)) continue;
      const file = readDisk(path);
      const summary = file !== undefined ? this.ws.set(uri, file.text, { invalidUtf8: !file.utf8 }) : this.ws.delete(uri);
      for (const a of summary.affected) affected.add(a);
    }
    if (configChanged) {
      this.settings.configurationChanged();
      for (const a of this.ws.setSettings(this.settings.settingsFor).affected) affected.add(a);
      this.configs.publish();
    }
    this.queue(affected);
  }

  // ---------------------------------------------------------------- configuration

  /** Fetch the editor's `coopspec.rules` for scopes ('' = global); recompute when they changed. */
  private async fetchEditorSettings(scopes: string[]): Promise<void> {
    if (!this.client.caps.configuration || scopes.length === 0) return;
    let values: unknown[];
    try {
      values = await this.connection.workspace.getConfiguration(
        scopes.flatMap((s) => ['coopspec.rules', 'coopspec.today'].map((section) => (s ? { scopeUri: s, section } : { section }))),
      ) as unknown[];
    } catch (e) {
      this.log.error(`CoopSpec: could not read the editor settings: ${describeError(e)}`);
      return;
    }
    let changed = false;
    scopes.forEach((scope, i) => {
      for (const r of [this.settings.setEditorRules(scope, values[2 * i]), this.settings.setEditorToday(scope, values[2 * i + 1])]) {
        changed ||= r.changed;
        for (const p of r.problems) this.showOnce(p);
      }
    });
    if (changed && this.isReady) this.recomputeAll();
  }

  /** The editor's `coopspec.diagnostics` (scope, delay), over initializationOptions. */
  private async fetchDiagnosticSettings(): Promise<void> {
    if (!this.client.caps.configuration) return;
    let value: unknown;
    try {
      [value] = await this.connection.workspace.getConfiguration([{ section: 'coopspec.diagnostics' }]) as unknown[];
    } catch (e) {
      this.log.error(`CoopSpec: could not read the editor settings: ${describeError(e)}`);
      return;
    }
    this.applyDiagnosticSettings(value);
  }

  private applyDiagnosticSettings(value: unknown): void {
    const editor = diagnosticOptions(value);
    for (const p of editor.problems) this.showOnce(p);
    this.diagnostics.setOptions({ scope: editor.scope ?? this.initialDiagnostics.scope ?? 'workspace', delay: editor.delay ?? this.initialDiagnostics.delay ?? DEFAULT_DELAY_MS });
  }

  private async configurationChanged(settings: unknown): Promise<void> {
    if (this.client.caps.configuration) {
      await Promise.all([this.fetchEditorSettings([...new Set(['', ...this.folders, ...this.settings.scopes()])]), this.fetchDiagnosticSettings()]);
      return;
    }
    // Clients without workspace/configuration push the settings.
    const pushed = (settings as { coopspec?: { rules?: unknown; today?: unknown; diagnostics?: unknown } } | null)?.coopspec;
    this.applyDiagnosticSettings(pushed?.diagnostics);
    let changed = false;
    for (const r of [this.settings.setEditorRules('', pushed?.rules), this.settings.setEditorToday('', pushed?.today)]) {
      changed ||= r.changed;
      for (const p of r.problems) this.showOnce(p);
    }
    if (changed && this.isReady) this.recomputeAll();
  }

  private showOnce(message: string): void {
    if (this.shownMessages.has(message)) return;
    this.shownMessages.add(message);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `CoopSpec: ${message}` });
  }

  private recomputeAll(): void {
    this.queue(this.ws.setSettings(this.settings.settingsFor).affected);
    this.configs.publish();
  }

  // ---------------------------------------------------------------- diagnostics

  private queue(uris: Iterable<string>): void {
    this.diagnostics.changed(uris, false);
  }

  /** After a report: computing findings may have found coopspec.json files above the workspace folders. */
  afterReport(): void {
    this.configs.afterReport();
  }

  // ---------------------------------------------------------------- commands

  private async executeCommand(command: string, args: unknown[]): Promise<unknown> {
    switch (command) {
      case SERVER_COMMANDS.lintWorkspace:
        // Every file is read again (what no watcher reported is caught: changes, and files gone),
        // then reported from now on.
        await this.ready;
        const found = new Set<string>();
        await this.index(this.folders, found);
        const gone = this.ws.uris().filter((u) => !found.has(u) && !this.documents.isOpen(u) && u.startsWith('file:') && this.inWorkspace(u));
        const affected = new Set<string>(gone);
        for (const u of gone) for (const a of this.ws.delete(u).affected) affected.add(a);
        this.queue(affected);
        return this.diagnostics.lintWorkspace();
      case SERVER_COMMANDS.showChecklist: {
        const lens = checklistArgument(args[0]);
        if (!lens) return null;
        void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: checklistText(lens) });
        return null;
      }
      case SERVER_COMMANDS.showDocumentation: {
        const rule = typeof args[0] === 'string' ? ruleByName(args[0]) : undefined;
        if (!rule) throw new ResponseError(ErrorCodes.InvalidParams, 'CoopSpec: showDocumentation takes a rule id or alias.');
        const uri = ruleDocsUrl(rule.meta.id, this.client.options.docsBase);
        // A page on the web opens in the browser; one shipped with the editor, in the editor.
        await this.connection.window.showDocument({ uri, external: /^https?:/.test(uri) });
        return null;
      }
      default:
        throw new ResponseError(ErrorCodes.InvalidParams, `CoopSpec: unknown command ${command}.`);
    }
  }
}

/** A code lens's explanation, as the lens's command carries it (codelens.ts, CodeLens). */
export interface ChecklistArgument {
  request: string;
  kind: string;
  items: { text: string; explain: string; rules: string[]; complete: boolean }[];
}

function checklistArgument(x: unknown): ChecklistArgument | undefined {
  const a = x as Partial<ChecklistArgument> | undefined;
  if (!a || typeof a.request !== 'string' || typeof a.kind !== 'string' || !Array.isArray(a.items)) return undefined;
  const items = a.items.filter((i) => i && typeof i.text === 'string' && typeof i.explain === 'string' && Array.isArray(i.rules));
  return { request: a.request, kind: a.kind, items };
}

/** The explanation of a code lens in plain text: each item, what it counts, its rules. */
export function checklistText(lens: ChecklistArgument): string {
  const items = lens.items.map((i) => `${i.text}: ${i.explain}${i.rules.length ? ` (${i.rules.join(', ')})` : ''}`);
  return [`The checklist of ${lens.kind} request ${lens.request}.`, ...items].join('\n');
}

export function startServer(connection: Connection): CoopSpecServer {
  const server = new CoopSpecServer(connection);
  server.listen();
  return server;
}
