// A document's report: its findings as LSP diagnostics, less those the line being typed holds back
// (quiet typing, diagnostics.ts), under a result id per content, so that an unchanged report keeps
// its id and a pull can be answered "unchanged".

import type { Diagnostic } from 'vscode-languageserver/node';
import type { DiagnosticsContext, OpenDocumentsView } from './context';
import { toDiagnostic } from './convert';

/** What a document's findings are reported as, and the id of that content. */
export interface Report {
  resultId: string;
  /** The diagnostics without the document version they were computed on: equal keys, equal reports. */
  key: string;
  diagnostics: Diagnostic[];
}

export interface ReportsContext extends Pick<DiagnosticsContext, 'ws' | 'docsLink'> {
  readonly documents: Pick<OpenDocumentsView, 'clientUri' | 'versionOf'>;
  readonly client: { readonly caps: { readonly relatedInformation: boolean } };
}

export class Reports {
  /** Latest result id of each document's content. */
  private readonly ids = new Map<string, { key: string; resultId: string }>();
  private counter = 0;

  /** `heldLine`: the line being typed in a document, whose new findings are held back. */
  constructor(
    private readonly ctx: ReportsContext,
    private readonly heldLine: (uri: string) => number | undefined,
  ) {}

  /**
   * The report of a document now: its findings, less those the line being typed holds back.
   * `shown` is what the client shows for the document now.
   */
  compute(uri: string, shown: Diagnostic[]): Report {
    const { ws, documents } = this.ctx;
    const doc = ws.document(uri);
    if (!doc) return this.empty(uri);
    const version = documents.versionOf(uri);
    const docOf = (u: string) => ws.document(u);
    let diagnostics = ws
      .findings(uri)
      .filter((f) => !f.suppressed)
      .map((f) => toDiagnostic(f, doc, version, docOf, documents.clientUri, this.ctx.docsLink));
    if (!this.ctx.client.caps.relatedInformation) for (const d of diagnostics) delete d.relatedInformation;
    const line = this.heldLine(uri);
    if (line !== undefined) diagnostics = quiet(diagnostics, line, shown);
    return this.identify(uri, diagnostics);
  }

  /** The empty report of a document (gone, or out of scope). */
  empty(uri: string): Report {
    return this.identify(uri, []);
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
}

/**
 * Hold back the findings that start on the line being typed and were not shown before (same rule
 * and message; their place moves as the typist types).
 */
function quiet(diagnostics: Diagnostic[], line: number, shown: Diagnostic[]): Diagnostic[] {
  // The server's messages are plain strings (LSP 3.18 allows Markdown; this server never sends it).
  const id = (d: Diagnostic): string => `${String(d.code)}\0${typeof d.message === 'string' ? d.message : d.message.value}`;
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
