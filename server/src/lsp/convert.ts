// Engine values -> LSP values. Offsets become positions through the engine's own documents
// (SourceDocument.positionAt), so ranges always match the text the engine analysed.

import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { SourceDocument } from '../language/document';
import type { Finding, Fix, Severity } from '../language/findings';
import { ruleDocsUrl } from '../language/product';

export const SOURCE = 'coopspec';

/** A fix as carried in Diagnostic.data: its edits as ranges of the texts the finding was computed on. */
export interface FixData {
  title: string;
  safe: boolean;
  edits: { uri: string; range: Range; newText: string }[];
}

/** Diagnostic.data: the rule, the version of the document the finding belongs to, and its fixes. */
export interface DiagnosticData {
  rule: string;
  /** Version of the open document when the diagnostic was computed; null for a document not open. */
  version: number | null;
  fixes: FixData[];
}

export type DocOf = (uri: string) => SourceDocument | undefined;
/** The URI to show the client for an engine URI (the client's own spelling for open documents). */
export type ClientUri = (uri: string) => string;

export function toSeverity(s: Severity): DiagnosticSeverity {
  return s === 'error' ? DiagnosticSeverity.Error : s === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
}

export function rangeOf(doc: SourceDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toLspEdit(doc: SourceDocument, e: { start: number; end: number; newText: string }): LspTextEdit {
  return { range: rangeOf(doc, e.start, e.end), newText: e.newText };
}

/** Resolve a fix's edits to ranges; undefined when one names a document the engine no longer has. */
export function fixData(fix: Fix, docOf: DocOf, clientUri: ClientUri): FixData | undefined {
  const edits: FixData['edits'] = [];
  for (const e of fix.edits) {
    const d = docOf(e.uri);
    if (!d) return undefined;
    edits.push({ uri: clientUri(e.uri), ...toLspEdit(d, e) });
  }
  return { title: fix.title, safe: fix.safe, edits };
}

/** Where a rule's page is, for Diagnostic.codeDescription: a URL, or a command URI that shows it. */
export type DocsLink = (rule: string) => string;

export function toDiagnostic(
  f: Finding,
  doc: SourceDocument,
  version: number | null,
  docOf: DocOf,
  clientUri: ClientUri,
  docsLink: DocsLink = (r) => ruleDocsUrl(r),
): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const r of f.related) {
    const rd = docOf(r.uri);
    if (rd) relatedInformation.push({ location: { uri: clientUri(r.uri), range: rangeOf(rd, r.start, r.end) }, message: r.message });
  }
  const data: DiagnosticData = {
    rule: f.rule,
    version,
    fixes: f.fixes.flatMap((fix) => fixData(fix, docOf, clientUri) ?? []),
  };
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, f.start, f.end),
    severity: toSeverity(f.severity),
    code: f.rule,
    codeDescription: { href: docsLink(f.rule) },
    source: SOURCE,
    message: f.message,
    data,
  };
  if (relatedInformation.length) diagnostic.relatedInformation = relatedInformation;
  return diagnostic;
}

export function isDiagnosticData(x: unknown): x is DiagnosticData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<DiagnosticData>;
  return typeof d.rule === 'string' && (typeof d.version === 'number' || d.version === null) && Array.isArray(d.fixes);
}

/** Edits per URI, in the order given. */
export function groupEdits(edits: { uri: string; range: Range; newText: string }[]): Map<string, LspTextEdit[]> {
  const byUri = new Map<string, LspTextEdit[]>();
  for (const e of edits) {
    const list = byUri.get(e.uri);
    const edit = { range: e.range, newText: e.newText };
    if (list) list.push(edit);
    else byUri.set(e.uri, [edit]);
  }
  return byUri;
}
