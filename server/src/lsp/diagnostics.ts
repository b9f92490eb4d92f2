// Findings to the client: which documents are reported, when, what, and through which channel.
//
// Which: every *.coop file of the workspace, open or not (`coopspec.diagnostics.scope`:
// `workspace`, the default), or the open files only (`openFiles`) until "Lint workspace" asks for
// the rest. A finding that a change in one file causes in another (specialty, use limitation,
// preservation follow-up) is reported in that file whether it is open or not, and kept current.
//
// When: a change made by typing is published once the typist pauses (`coopspec.diagnostics.delay`,
// 300 ms by default): every didChange restarts one timer, and the publication follows the last
// one. Opening, closing, saving, files changed on disk and settings are published on the next turn.
//
// What (quiet typing): the line being typed is unfinished. A finding that starts on it and was not
// shown before (a syntax error at the first key of a new line, `not-eng` as an unknown status) is
// held back until the typist leaves the line: a later change on another line, a save, or — from
// clients that send it — the cursor on another line (`coopspec/cursorLine`). A finding already shown
// stays shown, so nothing flickers; a finding that goes away goes at once. The server cannot see
// the cursor; the line of the latest single-range change stands for it, so generic clients benefit
// too. Only the reports are held: code actions and fix-all see every finding.
//
// Through which channel, never two for one document: where the client supports LSP 3.17 pull
// diagnostics, open documents answer textDocument/diagnostic and the other files stream through
// workspace/diagnostic (one request held open, each change sent as a partial result; result ids
// let an unchanged report be answered "unchanged"). Without pull support, or until the client asks
// for workspace diagnostics, reports are pushed with publishDiagnostics. A document that moves
// from push to pull has its pushed diagnostics cleared.

import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type ResultProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { Cancelled, describeError } from './guard';
import { toDiagnostic } from './convert';
import type { DiagnosticsContext } from './context';
import { canonicalUri } from './uris';

export type Scope = 'workspace' | 'openFiles';

export const DEFAULT_DELAY_MS = 300;
/**
 * Files not open reported in one turn when the whole workspace is reported again (start-up, a
 * change of scope or settings, "Lint workspace"). The rest go on the next turns, after what edits
 * changed, so that typing is not kept waiting while a large workspace is checked; a workspace of
 * fewer files is reported on the turn after the change, as the tests' round trips expect
 * (CONTRIBUTING.md). What an edit affects is reported in full on the next turn.
 */
const BATCH = 50;

/** What a document's findings are reported as, and the id of that content. */
interface Report {
  resultId: string;
  /** The diagnostics without the document version they were computed on: equal keys, equal reports. */
  key: string;
  diagnostics: Diagnostic[];
}

/** An open workspace/diagnostic request: later reports go out as its partial results. */
interface Stream {
  progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>;
  end: () => void;
}

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export class DiagnosticsReporter {
  /** Milliseconds after the last typing change before publishing. */
  delay = DEFAULT_DELAY_MS;
  private scope: Scope = 'workspace';
  /** "Lint workspace" was run: closed files are reported, whatever the scope, for the rest of the session. */
  private workspaceAsked = false;
  /** The client has asked for workspace diagnostics: closed files go through that channel from then on. */
  private workspacePull = false;

  /** Documents to report on the next turn, and those to report when the typist pauses. */
  private readonly soon = new Set<string>();
  private readonly later = new Set<string>();
  /** Files not open to report again, BATCH a turn after `soon` (a sweep of the workspace). */
  private readonly background = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private active = false;
  private stopped = false;
  /** Callbacks waiting for documents to be reported (document pulls, "Lint workspace"). */
  private readonly waiters = new Set<{ uris?: Set<string>; done: () => void }>();

  /** The line being typed in each open document (engine URI). */
  private readonly typing = new Map<string, number>();

  /** Latest result id of each document's content. */
  private readonly ids = new Map<string, { key: string; resultId: string }>();
  private counter = 0;
  /** What was pushed per engine URI, under the URI the client was given. */
  private readonly pushed = new Map<string, Report & { clientUri: string }>();
  /** The last report a document pull answered. */
  private readonly pulled = new Map<string, Report>();
  /** What the workspace channel last sent per engine URI (result id). */
  private readonly streamed = new Map<string, string>();
  private readonly streams = new Set<Stream>();

  constructor(private readonly ctx: DiagnosticsContext) {}

  // ---------------------------------------------------------------- configuration

  /** The client answers textDocument/diagnostic pulls for open documents. */
  private get pullDocuments(): boolean {
    return this.ctx.client.caps.pullDiagnostics;
  }

  /** Settings (initializationOptions, then the editor's): the scope and the delay. */
  setOptions(options: { scope?: Scope; delay?: number }): void {
    if (options.delay !== undefined) this.delay = options.delay;
    if (options.scope !== undefined && options.scope !== this.scope) {
      this.scope = options.scope;
      // Closed files come or go: report them all again (those out of scope are cleared).
      this.changed(this.ctx.ws.uris(), false);
    }
  }

  /** Whether files that are not open are reported. */
  get reportsWorkspace(): boolean {
    return this.scope === 'workspace' || this.workspaceAsked;
  }

  private inScope(uri: string): boolean {
    return this.ctx.documents.isOpen(uri) || (this.reportsWorkspace && this.ctx.ws.document(uri) !== undefined);
  }

  // ---------------------------------------------------------------- events

  /**
   * Documents whose findings may have changed. `typing`: the change was typed (didChange), so the
   * report waits for the pause; otherwise it goes out on the next turn.
   */
  changed(uris: Iterable<string>, typing: boolean): void {
    const list = [...uris];
    // Many at once (the whole workspace): the files that are not open are a sweep, a batch a turn.
    const sweep = !typing && list.length > BATCH;
    for (const u of list) {
      if (sweep && !this.ctx.documents.isOpen(u)) this.background.add(u);
      else if (typing) this.later.add(u);
      else if (!this.later.has(u)) this.soon.add(u);
    }
    this.schedule(typing);
  }

  /** Documents still to be reported: on the next turn, at the pause, or in the sweep. */
  private pending(uri?: string): boolean {
    if (uri === undefined) return this.soon.size + this.later.size + this.background.size > 0;
    return this.soon.has(uri) || this.later.has(uri) || this.background.has(uri);
  }

  /** A didChange: the line it leaves the cursor on, or undefined when it was no typing (several ranges, the whole text). */
  typed(uri: string, line: number | undefined): void {
    if (line === undefined) this.typing.delete(uri);
    else this.typing.set(uri, line);
  }

  /** The client says where the cursor is (null: no longer in the document). Leaving the typed line shows what it held. */
  cursor(uri: string, line: number | null): void {
    const typed = this.typing.get(uri);
    if (typed === undefined || typed === line) return;
    this.typing.delete(uri);
    this.changed([uri], false);
  }

  /** Saving says the text is meant: nothing is held any more. */
  saved(uri: string): void {
    if (!this.typing.delete(uri)) return;
    this.changed([uri], false);
  }

  /** A document was opened: in pull mode its pushed diagnostics are cleared, as a pull now reports it. */
  opened(uri: string): void {
    this.typing.delete(uri);
    if (this.pullDocuments) this.unpush(uri);
    this.changed([uri], false);
  }

  /**
   * A document was closed; `clientUri` is the URI the client knew it by. Its report is replaced by
   * that of the file (or cleared): pushed at once, or sent on the workspace channel.
   */
  closed(uri: string, clientUri: string): void {
    this.typing.delete(uri);
    this.pulled.delete(uri);
    const pushed = this.pushed.get(uri);
    if (pushed && pushed.clientUri !== clientUri) this.unpush(uri);
    // The client forgets what the workspace channel sent for a document while it was open, and
    // keeps what the document's last pull gave: the file's report is sent even when it is empty.
    if (this.streamed.has(uri) || this.pullDocuments) this.streamed.set(uri, '');
    if (!this.pullDocuments || !this.workspacePull) {
      // Pushed: the document's own URI gets its new report even when it is empty, so that a client
      // that kept the open document's diagnostics sees them go.
      this.pushed.set(uri, { clientUri, resultId: '', key: '\0', diagnostics: [] });
    }
    this.changed([uri], false);
  }

  /** The workspace has been read: report everything in scope (what was typed meanwhile included). */
  ready(): void {
    for (const u of this.later) this.soon.add(u);
    this.later.clear();
    this.changed(this.ctx.ws.uris(), false);
  }

  // ---------------------------------------------------------------- scheduling

  private schedule(typing: boolean): void {
    if (this.stopped || !this.ctx.isReady) return;
    if (typing && this.delay > 0) {
      // Every typing change restarts the pause.
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        for (const u of this.later) this.soon.add(u);
        this.later.clear();
        this.run();
      }, this.delay);
      return;
    }
    if (typing) {
      for (const u of this.later) this.soon.add(u);
      this.later.clear();
    }
    this.run();
  }

  /** Flush on the next turn (once for a burst of events). */
  private run(): void {
    if (this.immediate || (this.soon.size === 0 && this.background.size === 0) || this.stopped) return;
    this.immediate = setImmediate(() => {
      this.immediate = undefined;
      try {
        this.flush();
      } catch (e) {
        this.ctx.log.error(`CoopSpec: reporting diagnostics failed: ${describeError(e)}`);
      }
      if (this.soon.size || this.background.size) this.run();
    });
  }

  /** Resolves when none of `uris` (default: no document at all) waits to be reported. */
  drained(uris?: Iterable<string>, token?: CancellationToken): Promise<void> {
    const set = uris ? new Set(uris) : undefined;
    const pending = (): boolean => (set ? [...set].some((u) => this.pending(u)) : this.pending());
    if (!pending() || this.stopped) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter = { uris: set, done: resolve };
      this.waiters.add(waiter);
      token?.onCancellationRequested(() => {
        this.waiters.delete(waiter);
        reject(new Cancelled());
      });
    });
  }

  private wakeWaiters(): void {
    for (const w of [...this.waiters]) {
      const pending = w.uris ? [...w.uris].some((u) => this.pending(u)) : this.pending();
      if (pending && !this.stopped) continue;
      this.waiters.delete(w);
      w.done();
    }
  }

  // ---------------------------------------------------------------- reporting

  private flush(): void {
    if (this.active) return;
    this.active = true;
    const streamItems: WorkspaceDocumentDiagnosticReport[] = [];
    let refresh = false;
    const sweep: string[] = [];
    try {
      // What changed, open documents first (the drafter is looking at them); then a batch of the sweep.
      const all = [...this.soon];
      this.soon.clear();
      for (const uri of this.background) {
        if (sweep.length >= BATCH) break;
        sweep.push(uri);
      }
      for (const uri of sweep) this.background.delete(uri);
      const order = [...all.filter((u) => this.ctx.documents.isOpen(u)), ...all.filter((u) => !this.ctx.documents.isOpen(u)), ...sweep.filter((u) => !all.includes(u))];
      for (const uri of order) {
        this.background.delete(uri);
        try {
          if (this.ctx.documents.isOpen(uri)) refresh = this.reportOpen(uri) || refresh;
          else this.reportClosed(uri, streamItems);
        } catch (e) {
          this.ctx.log.error(`CoopSpec: diagnostics of a document failed: ${describeError(e)}`);
        }
      }
    } finally {
      this.active = false;
    }
    if (streamItems.length) for (const s of this.streams) s.progress.report({ items: streamItems });
    // What the sweep built to check the files that are not open need not stay in memory.
    if (sweep.length) this.ctx.ws.releaseModels(sweep.filter((u) => !this.ctx.documents.isOpen(u)));
    if (refresh && this.ctx.client.caps.diagnosticRefresh) {
      this.ctx.connection.languages.diagnostics.refresh().catch(() => undefined);
    }
    this.ctx.afterReport();
    this.wakeWaiters();
  }

  /** An open document. Returns true when a pull client must be asked to pull again. */
  private reportOpen(uri: string): boolean {
    if (this.pullDocuments) {
      // The client pulls; it is told to pull again when the report changed and no pull waits for it.
      const report = this.compute(uri);
      const waiting = [...this.waiters].some((w) => w.uris?.has(uri));
      return !waiting && this.pulled.get(uri)?.key !== report.key;
    }
    // Pushed for every version of the document, even when the change left the findings as they were.
    const report = this.compute(uri);
    const clientUri = this.ctx.documents.clientUri(uri);
    const version = this.ctx.documents.versionOf(uri);
    this.pushed.set(uri, { ...report, clientUri });
    void this.ctx.connection.sendDiagnostics({ uri: clientUri, version: version ?? undefined, diagnostics: report.diagnostics });
    return false;
  }

  /** A file that is not open (or is no longer in the workspace). */
  private reportClosed(uri: string, streamItems: WorkspaceDocumentDiagnosticReport[]): void {
    const report = this.inScope(uri) ? this.compute(uri) : this.empty(uri);
    if (this.pullDocuments && this.workspacePull) {
      const sent = this.streamed.get(uri);
      if (sent === report.resultId) return;
      if (sent === undefined && report.diagnostics.length === 0) return; // the client has nothing to clear
      this.streamed.set(uri, report.resultId);
      streamItems.push({ kind: DocumentDiagnosticReportKind.Full, uri: this.ctx.documents.clientUri(uri), version: null, resultId: report.resultId, items: report.diagnostics });
      return;
    }
    const pushed = this.pushed.get(uri);
    if (pushed ? pushed.key === report.key : report.diagnostics.length === 0) return;
    if (report.diagnostics.length === 0 && !this.ctx.ws.document(uri)) this.pushed.delete(uri);
    else this.pushed.set(uri, { ...report, clientUri: pushed?.clientUri ?? uri });
    void this.ctx.connection.sendDiagnostics({ uri: pushed?.clientUri ?? uri, diagnostics: report.diagnostics });
  }

  /** Clear what was pushed for a document (it is now reported through a pull). */
  private unpush(uri: string): void {
    const pushed = this.pushed.get(uri);
    if (!pushed) return;
    this.pushed.delete(uri);
    if (pushed.diagnostics.length) void this.ctx.connection.sendDiagnostics({ uri: pushed.clientUri, diagnostics: [] });
  }

  private empty(uri: string): Report {
    return this.identify(uri, []);
  }

  /** The report of a document now: its findings, less those the line being typed holds back. */
  private compute(uri: string): Report {
    const ws = this.ctx.ws;
    const doc = ws.document(uri);
    if (!doc) return this.empty(uri);
    const version = this.ctx.documents.versionOf(uri);
    const docOf = (u: string) => ws.document(u);
    let diagnostics = ws.findings(uri)
      .filter((f) => !f.suppressed)
      .map((f) => toDiagnostic(f, doc, version, docOf, this.ctx.documents.clientUri, this.ctx.docsLink));
    if (!this.ctx.client.caps.relatedInformation) for (const d of diagnostics) delete d.relatedInformation;
    const line = this.typing.get(uri);
    if (line !== undefined) diagnostics = this.quiet(diagnostics, line, this.shownOf(uri));
    return this.identify(uri, diagnostics);
  }

  /** What the client shows for an open document: the last push, or the last pull answered. */
  private shownOf(uri: string): Diagnostic[] {
    return (this.pullDocuments ? this.pulled.get(uri) : this.pushed.get(uri))?.diagnostics ?? [];
  }

  /**
   * Hold back the findings that start on the line being typed and were not shown before (same rule
   * and message; their place moves as the typist types).
   */
  private quiet(diagnostics: Diagnostic[], line: number, shown: Diagnostic[]): Diagnostic[] {
    const id = (d: Diagnostic): string => `${String(d.code)}\0${d.message}`;
    const left = new Map<string, number>();
    for (const d of shown) left.set(id(d), (left.get(id(d)) ?? 0) + 1);
    // Those elsewhere were shown or are shown now anyway: they use up their earlier selves first.
    for (const d of diagnostics) if (d.range.start.line !== line && (left.get(id(d)) ?? 0) > 0) left.set(id(d), left.get(id(d))! - 1);
    return diagnostics.filter((d) => {
      if (d.range.start.line !== line) return true;
      const n = left.get(id(d)) ?? 0;
      if (n === 0) return false;
      left.set(id(d), n - 1);
      return true;
    });
  }

  private identify(uri: string, diagnostics: Diagnostic[]): Report {
    // The version inside Diagnostic.data changes with every edit; the report is the same without it.
    const key = JSON.stringify(diagnostics, (k, v: unknown) => (k === 'version' ? undefined : v));
    const known = this.ids.get(uri);
    if (known && known.key === key) return { resultId: known.resultId, key, diagnostics };
    const resultId = `${++this.counter}`;
    this.ids.set(uri, { key, resultId });
    return { resultId, key, diagnostics };
  }

  // ---------------------------------------------------------------- pull requests

  /** textDocument/diagnostic: answered once the document's latest change has been analysed (after the pause). */
  async documentDiagnostic(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    await this.ctx.ready;
    const uri = canonicalUri(params.textDocument.uri);
    await this.drained([uri], token);
    if (!this.inScope(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const report = this.compute(uri);
    if (this.ctx.documents.isOpen(uri)) this.pulled.set(uri, report);
    if (params.previousResultId === report.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: report.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: report.resultId, items: report.diagnostics };
  }

  /**
   * workspace/diagnostic: the files that are not open (open ones answer their own pulls). With a
   * partial-result token the request is held open and every later change is sent as a partial
   * result; without one it is answered at once and the client asks again.
   */
  async workspaceDiagnostic(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    await this.ctx.ready;
    if (!this.workspacePull) {
      this.workspacePull = true;
      // Closed files pushed so far now come through this channel.
      for (const uri of [...this.pushed.keys()]) if (!this.ctx.documents.isOpen(uri)) this.unpush(uri);
    }
    const previous = new Map<string, string>();
    for (const p of params.previousResultIds ?? []) previous.set(canonicalUri(p.uri), p.value);
    // Files closed since the client last had their report keep what their last document pull gave.
    for (const [uri, sent] of this.streamed) if (sent === '' && !previous.has(uri)) previous.set(uri, '');
    this.streamed.clear();

    // Held open from the start, so that a change reported while the files are read goes out too.
    let ended = false;
    let resolveStream: ((r: WorkspaceDiagnosticReport) => void) | undefined;
    const held = progress && !this.stopped
      ? new Promise<WorkspaceDiagnosticReport>((resolve) => { resolveStream = resolve; })
      : undefined;
    if (progress && resolveStream) {
      const stream: Stream = {
        progress,
        end: () => {
          ended = true;
          this.streams.delete(stream);
          resolveStream!({ items: [] });
        },
      };
      this.streams.add(stream);
      token.onCancellationRequested(() => stream.end());
    }

    // The files, BATCH at a time with a turn between, so that edits are not kept waiting; each
    // batch goes out as a partial result (or, without a token, in the answer).
    let items: WorkspaceDocumentDiagnosticReport[] = [];
    const all: WorkspaceDocumentDiagnosticReport[] = [];
    let reported = false;
    const send = (last = false): void => {
      // The last batch goes out even when empty: the client then knows the server has answered.
      if (items.length === 0 && !(last && !reported)) return;
      if (progress) progress.report({ items });
      else all.push(...items);
      reported = true;
      items = [];
    };
    const seen = new Set<string>();
    const uris = this.reportsWorkspace ? this.ctx.ws.uris() : [];
    for (let i = 0; i < uris.length; i++) {
      if (i > 0 && i % BATCH === 0) {
        send();
        this.ctx.ws.releaseModels(uris.slice(i - BATCH, i).filter((u) => !this.ctx.documents.isOpen(u)));
        await new Promise((r) => setImmediate(r));
        if (ended || this.stopped || token.isCancellationRequested) break;
      }
      const uri = uris[i]!;
      if (this.ctx.documents.isOpen(uri) || !this.ctx.ws.document(uri)) continue;
      seen.add(uri);
      const report = this.compute(uri);
      if (this.streamed.get(uri) === report.resultId) continue; // a report since sent it
      const before = previous.get(uri);
      if (before === undefined && report.diagnostics.length === 0) continue;
      this.streamed.set(uri, report.resultId);
      items.push(before === report.resultId
        ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: this.ctx.documents.clientUri(uri), version: null, resultId: report.resultId }
        : { kind: DocumentDiagnosticReportKind.Full, uri: this.ctx.documents.clientUri(uri), version: null, resultId: report.resultId, items: report.diagnostics });
    }
    // What the client holds of files gone or out of scope is cleared.
    for (const uri of previous.keys()) {
      if (seen.has(uri) || this.ctx.documents.isOpen(uri) || this.streamed.has(uri)) continue;
      const report = this.empty(uri);
      this.streamed.set(uri, report.resultId);
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri: this.ctx.documents.clientUri(uri), version: null, resultId: report.resultId, items: [] });
    }
    if (!ended) send(true);
    if (uris.length > BATCH) this.ctx.ws.releaseModels(uris.slice(uris.length - (uris.length % BATCH || BATCH)).filter((u) => !this.ctx.documents.isOpen(u)));
    return held ?? { items: all };
  }

  // ---------------------------------------------------------------- "Lint workspace"

  /** Report every file of the workspace from now on, wait until all is reported, and count the findings. */
  async lintWorkspace(): Promise<Counts> {
    await this.ctx.ready;
    if (!this.workspaceAsked) {
      this.workspaceAsked = true;
      this.changed(this.ctx.ws.uris(), false);
    }
    await this.drained();
    return this.counts();
  }

  /** The findings of the workspace by severity (what the reports hold, held-back lines aside). */
  counts(): Counts {
    const out: Counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
    for (const uri of this.ctx.ws.uris()) {
      out.files++;
      if (!this.inScope(uri)) continue;
      for (const f of this.ctx.ws.findings(uri)) {
        if (f.suppressed) continue;
        if (f.severity === 'error') out.errors++;
        else if (f.severity === 'warning') out.warnings++;
        else out.infos++;
      }
    }
    return out;
  }

  /** Shutdown: nothing more is sent, and requests held open are answered. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    for (const s of [...this.streams]) s.end();
    this.wakeWaiters();
  }
}
