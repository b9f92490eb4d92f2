// How reports reach the client, never through two channels for one document: where the client
// supports LSP 3.17 pull diagnostics, open documents answer textDocument/diagnostic and the other
// files stream through workspace/diagnostic (one request held open, each change sent as a partial
// result; result ids let an unchanged report be answered "unchanged"). Without pull support, or
// until the client asks for workspace diagnostics, reports are pushed with publishDiagnostics. A
// document that moves from push to pull has its pushed diagnostics cleared.
//
// Which documents are reported and when is diagnostics.ts's business; what a report holds,
// reports.ts's.

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
import type { DiagnosticsContext } from './context';
import { describeError } from './guard';
import { Reports, type Report } from './reports';
import { canonicalUri } from './uris';

/**
 * Files not open reported in one turn when the whole workspace is reported again (start-up, a
 * change of scope or settings, "Lint workspace", a workspace/diagnostic request). The rest go on
 * the next turns, after what edits changed, so that typing is not kept waiting while a large
 * workspace is checked; a workspace of fewer files is reported on the turn after the change, as
 * the tests' round trips expect (CONTRIBUTING.md). What an edit affects is reported in full on the
 * next turn.
 */
export const BATCH = 50;

/** What delivery asks of the scheduling of reports (diagnostics.ts). */
export interface Scheduling {
  /** Whether files that are not open are reported. */
  readonly reportsWorkspace: boolean;
  /** Whether a document is reported at all (open, or in the scope). */
  inScope(uri: string): boolean;
  /** Resolves when none of `uris` waits to be reported; rejects with Cancelled when `token` is. */
  drained(uris: Iterable<string>, token: CancellationToken): Promise<void>;
  /** Whether a document pull waits for this document's report. */
  awaited(uri: string): boolean;
  /** The line being typed in a document, whose new findings are held back. */
  heldLine(uri: string): number | undefined;
}

/** What delivery uses of the server's: all the reporter's context but its readiness flag and its after-report call. */
export type DeliveryContext = Omit<DiagnosticsContext, 'isReady' | 'afterReport'>;

/** An open workspace/diagnostic request: later reports go out as its partial results. */
interface Stream {
  progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>;
  end: () => void;
}

export class Delivery {
  /** The client has asked for workspace diagnostics: closed files go through that channel from then on. */
  private workspacePull = false;
  private stopped = false;
  private readonly reports: Reports;
  /** What was pushed per engine URI, under the URI the client was given. */
  private readonly pushed = new Map<string, Report & { clientUri: string }>();
  /** The last report a document pull answered. */
  private readonly pulled = new Map<string, Report>();
  /** What the workspace channel last sent per engine URI (result id). */
  private readonly streamed = new Map<string, string>();
  private readonly streams = new Set<Stream>();

  constructor(
    private readonly ctx: DeliveryContext,
    private readonly schedule: Scheduling,
  ) {
    this.reports = new Reports(ctx, (uri) => schedule.heldLine(uri));
  }

  /** The client answers textDocument/diagnostic pulls for open documents. */
  private get pullDocuments(): boolean {
    return this.ctx.client.caps.pullDiagnostics;
  }

  // ---------------------------------------------------------------- documents opened and closed

  /** A document was opened: in pull mode its pushed diagnostics are cleared, as a pull now reports it. */
  opened(uri: string): void {
    if (this.pullDocuments) this.unpush(uri);
  }

  /**
   * A document was closed; `clientUri` is the URI the client knew it by. Its report is to be replaced
   * by that of the file (or cleared): pushed, or sent on the workspace channel.
   */
  closed(uri: string, clientUri: string): void {
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
  }

  // ---------------------------------------------------------------- reporting

  /** Report these documents now, each through its channel, open documents first as given. */
  deliver(uris: string[]): void {
    const streamItems: WorkspaceDocumentDiagnosticReport[] = [];
    let refresh = false;
    for (const uri of uris) {
      try {
        if (this.ctx.documents.isOpen(uri)) refresh = this.reportOpen(uri) || refresh;
        else this.reportClosed(uri, streamItems);
      } catch (e) {
        this.ctx.log.error(`CoopSpec: diagnostics of a document failed: ${describeError(e)}`);
      }
    }
    if (streamItems.length) for (const s of this.streams) s.progress.report({ items: streamItems });
    if (refresh && this.ctx.client.caps.diagnosticRefresh) {
      this.ctx.connection.languages.diagnostics.refresh().catch(() => undefined);
    }
  }

  /** An open document. Returns true when a pull client must be asked to pull again. */
  private reportOpen(uri: string): boolean {
    if (this.pullDocuments) {
      // The client pulls; it is told to pull again when the report changed and no pull waits for it.
      const report = this.compute(uri);
      return !this.schedule.awaited(uri) && this.pulled.get(uri)?.key !== report.key;
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
    const report = this.schedule.inScope(uri) ? this.compute(uri) : this.reports.empty(uri);
    if (this.pullDocuments && this.workspacePull) {
      const sent = this.streamed.get(uri);
      if (sent === report.resultId) return;
      if (sent === undefined && report.diagnostics.length === 0) return; // the client has nothing to clear
      this.streamed.set(uri, report.resultId);
      streamItems.push({
        kind: DocumentDiagnosticReportKind.Full,
        uri: this.ctx.documents.clientUri(uri),
        version: null,
        resultId: report.resultId,
        items: report.diagnostics,
      });
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

  /** A document's report now, held line aside, against what the client shows of it. */
  private compute(uri: string): Report {
    return this.reports.compute(uri, this.shownOf(uri));
  }

  /** What the client shows for an open document: the last push, or the last pull answered. */
  private shownOf(uri: string): Diagnostic[] {
    return (this.pullDocuments ? this.pulled.get(uri) : this.pushed.get(uri))?.diagnostics ?? [];
  }

  // ---------------------------------------------------------------- pull requests

  /** textDocument/diagnostic: answered once the document's latest change has been analysed (after the pause). */
  async documentDiagnostic(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    await this.ctx.ready;
    const uri = canonicalUri(params.textDocument.uri);
    await this.schedule.drained([uri], token);
    if (!this.schedule.inScope(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
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
    const { ws, documents } = this.ctx;
    await this.ctx.ready;
    if (!this.workspacePull) {
      this.workspacePull = true;
      // Closed files pushed so far now come through this channel.
      for (const uri of [...this.pushed.keys()]) if (!documents.isOpen(uri)) this.unpush(uri);
    }
    const previous = new Map<string, string>();
    for (const p of params.previousResultIds ?? []) previous.set(canonicalUri(p.uri), p.value);
    // Files closed since the client last had their report keep what their last document pull gave.
    for (const [uri, sent] of this.streamed) if (sent === '' && !previous.has(uri)) previous.set(uri, '');
    this.streamed.clear();

    // Held open from the start, so that a change reported while the files are read goes out too.
    let ended = false;
    let resolveStream: ((r: WorkspaceDiagnosticReport) => void) | undefined;
    const held =
      progress && !this.stopped
        ? new Promise<WorkspaceDiagnosticReport>((resolve) => {
            resolveStream = resolve;
          })
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
    const uris = this.schedule.reportsWorkspace ? ws.uris() : [];
    for (let i = 0; i < uris.length; i++) {
      if (i > 0 && i % BATCH === 0) {
        send();
        ws.releaseModels(uris.slice(i - BATCH, i).filter((u) => !documents.isOpen(u)));
        await new Promise((r) => setImmediate(r));
        if (ended || this.stopped || token.isCancellationRequested) break;
      }
      const uri = uris[i]!;
      if (documents.isOpen(uri) || !ws.document(uri)) continue;
      seen.add(uri);
      const report = this.compute(uri);
      if (this.streamed.get(uri) === report.resultId) continue; // a report since sent it
      const before = previous.get(uri);
      if (before === undefined && report.diagnostics.length === 0) continue;
      this.streamed.set(uri, report.resultId);
      items.push(
        before === report.resultId
          ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: documents.clientUri(uri), version: null, resultId: report.resultId }
          : {
              kind: DocumentDiagnosticReportKind.Full,
              uri: documents.clientUri(uri),
              version: null,
              resultId: report.resultId,
              items: report.diagnostics,
            },
      );
    }
    // What the client holds of files gone or out of scope is cleared.
    for (const uri of previous.keys()) {
      if (seen.has(uri) || documents.isOpen(uri) || this.streamed.has(uri)) continue;
      const report = this.reports.empty(uri);
      this.streamed.set(uri, report.resultId);
      items.push({
        kind: DocumentDiagnosticReportKind.Full,
        uri: documents.clientUri(uri),
        version: null,
        resultId: report.resultId,
        items: [],
      });
    }
    if (!ended) send(true);
    if (uris.length > BATCH) ws.releaseModels(uris.slice(uris.length - (uris.length % BATCH || BATCH)).filter((u) => !documents.isOpen(u)));
    return held ?? { items: all };
  }

  /** Shutdown: nothing more is sent, and requests held open are answered. */
  stop(): void {
    this.stopped = true;
    for (const s of [...this.streams]) s.end();
  }
}
