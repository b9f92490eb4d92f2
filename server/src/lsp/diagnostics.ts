// Findings to the client: which documents are reported, when, and the line being typed. What a
// report holds is reports.ts's business; through which channel it goes (push or pull), delivery.ts's.
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

import type {
  CancellationToken,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  ResultProgressReporter,
  WorkspaceDiagnosticParams,
  WorkspaceDiagnosticReport,
  WorkspaceDiagnosticReportPartialResult,
} from 'vscode-languageserver/node';
import type { DiagnosticsContext } from './context';
import { BATCH, Delivery, type Scheduling } from './delivery';
import { Cancelled, describeError } from './guard';

export type Scope = 'workspace' | 'openFiles';

export const DEFAULT_DELAY_MS = 300;

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export class DiagnosticsReporter implements Scheduling {
  /** Milliseconds after the last typing change before publishing. */
  delay = DEFAULT_DELAY_MS;
  private scope: Scope = 'workspace';
  /** "Lint workspace" was run: closed files are reported, whatever the scope, for the rest of the session. */
  private workspaceAsked = false;

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

  private readonly delivery: Delivery;

  constructor(private readonly ctx: DiagnosticsContext) {
    this.delivery = new Delivery(ctx, this);
  }

  // ---------------------------------------------------------------- configuration

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

  /** Whether a document is reported at all: open, or a file of the workspace while those are reported. */
  inScope(uri: string): boolean {
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

  /** The line being typed in a document, whose new findings its report holds back (reports.ts). */
  heldLine(uri: string): number | undefined {
    return this.typing.get(uri);
  }

  /** A document was opened: in pull mode its pushed diagnostics are cleared, as a pull now reports it. */
  opened(uri: string): void {
    this.typing.delete(uri);
    this.delivery.opened(uri);
    this.changed([uri], false);
  }

  /**
   * A document was closed; `clientUri` is the URI the client knew it by. Its report is replaced by
   * that of the file (or cleared): pushed at once, or sent on the workspace channel.
   */
  closed(uri: string, clientUri: string): void {
    this.typing.delete(uri);
    this.delivery.closed(uri, clientUri);
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

  /** Whether a document pull waits for this document's report. */
  awaited(uri: string): boolean {
    return [...this.waiters].some((w) => w.uris?.has(uri));
  }

  private wakeWaiters(): void {
    for (const w of [...this.waiters]) {
      const pending = w.uris ? [...w.uris].some((u) => this.pending(u)) : this.pending();
      if (pending && !this.stopped) continue;
      this.waiters.delete(w);
      w.done();
    }
  }

  private flush(): void {
    if (this.active) return;
    this.active = true;
    const sweep: string[] = [];
    try {
      // What changed, open documents first (the drafter is looking at them); then a batch of the sweep.
      const all = [...this.soon];
      this.soon.clear();
      for (const uri of this.background) {
        if (sweep.length >= BATCH) break;
        sweep.push(uri);
      }
      const isOpen = (u: string): boolean => this.ctx.documents.isOpen(u);
      const order = [...all.filter(isOpen), ...all.filter((u) => !isOpen(u)), ...sweep.filter((u) => !all.includes(u))];
      for (const uri of order) this.background.delete(uri);
      this.delivery.deliver(order);
    } finally {
      this.active = false;
    }
    // What the sweep built to check the files that are not open need not stay in memory.
    if (sweep.length) this.ctx.ws.releaseModels(sweep.filter((u) => !this.ctx.documents.isOpen(u)));
    this.ctx.afterReport();
    this.wakeWaiters();
  }

  // ---------------------------------------------------------------- pull requests

  /** textDocument/diagnostic (delivery.ts). */
  documentDiagnostic(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    return this.delivery.documentDiagnostic(params, token);
  }

  /** workspace/diagnostic (delivery.ts). */
  workspaceDiagnostic(
    params: WorkspaceDiagnosticParams,
    token: CancellationToken,
    progress: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult> | undefined,
  ): Promise<WorkspaceDiagnosticReport> {
    return this.delivery.workspaceDiagnostic(params, token, progress);
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
    this.delivery.stop();
    this.wakeWaiters();
  }
}
