// The documents open in the client: their text, kept in step with didOpen, didChange and didClose;
// the URI the client knows each CoopSpec document by (the engine keys documents by one canonical
// URI, uris.ts); their versions; and workspace edits addressed to them.

import {
  TextDocumentEdit,
  type DidChangeTextDocumentParams,
  type DidOpenTextDocumentParams,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientView, OpenDocumentsView } from './context';
import { groupEdits } from './convert';
import { canonicalUri } from './uris';

export class OpenDocuments implements OpenDocumentsView {
  /** Every open document by the client's URI: CoopSpec documents, coopspec.json, any other. */
  private readonly byClientUri = new Map<string, TextDocument>();
  /** Open CoopSpec documents: engine URI -> client URI. */
  private readonly coop = new Map<string, string>();

  constructor(private readonly client: ClientView<'documentChanges'>) {}

  // ---------------------------------------------------------------- text sync

  /** didOpen: the document as the client sent it. */
  open(p: DidOpenTextDocumentParams): TextDocument {
    const doc = TextDocument.create(p.textDocument.uri, p.textDocument.languageId, p.textDocument.version, p.textDocument.text);
    this.byClientUri.set(doc.uri, doc);
    return doc;
  }

  /**
   * didChange: the document's new text, and the line a single change leaves the cursor on (where the
   * typist is, for quiet typing; undefined for several ranges or the whole text). Undefined when
   * the document is not open.
   */
  change(p: DidChangeTextDocumentParams): { doc: TextDocument; typed: number | undefined } | undefined {
    const doc = this.byClientUri.get(p.textDocument.uri);
    if (!doc) return undefined;
    const next = TextDocument.update(doc, p.contentChanges, p.textDocument.version ?? doc.version + 1);
    this.byClientUri.set(next.uri, next);
    const only = p.contentChanges.length === 1 ? p.contentChanges[0]! : undefined;
    const range = only && 'range' in only ? (only as { range?: Range }).range : undefined;
    const typed = only && range ? range.start.line + (only.text.match(/\r\n|\r|\n/g)?.length ?? 0) : undefined;
    return { doc: next, typed };
  }

  /** didClose: the document that was open under the client's URI, if any. */
  close(clientUri: string): TextDocument | undefined {
    const doc = this.byClientUri.get(clientUri);
    this.byClientUri.delete(clientUri);
    return doc;
  }

  // ---------------------------------------------------------------- CoopSpec documents

  /** A CoopSpec document is open, under the engine URI `uri`. */
  track(uri: string, clientUri: string): void {
    this.coop.set(uri, clientUri);
  }

  /** It is closed. */
  untrack(uri: string): void {
    this.coop.delete(uri);
  }

  /** Whether `doc` is the CoopSpec document open under the engine URI `uri`. */
  tracks(uri: string, doc: TextDocument): boolean {
    return this.coop.get(uri) === doc.uri;
  }

  readonly clientUri = (uri: string): string => this.coop.get(uri) ?? uri;

  isOpen(uri: string): boolean {
    return this.coop.has(uri);
  }

  versionOf(uri: string): number | null {
    const client = this.coop.get(uri);
    return (client !== undefined ? this.byClientUri.get(client) : undefined)?.version ?? null;
  }

  /** The open document, of any language, whose canonical URI is `uri` (a coopspec.json open in the editor). */
  openAt(uri: string): TextDocument | undefined {
    return [...this.byClientUri.values()].find((d) => canonicalUri(d.uri) === uri);
  }

  // ---------------------------------------------------------------- edits

  /**
   * A workspace edit for edits in one or several documents (client URIs): versioned document edits
   * when the client supports them (open documents carry their version, others null), else `changes`.
   */
  readonly workspaceEdit = (edits: { uri: string; range: Range; newText: string }[]): WorkspaceEdit => {
    const byUri = groupEdits(edits);
    if (this.client.caps.documentChanges) {
      return {
        documentChanges: [...byUri].map(([u, list]) =>
          TextDocumentEdit.create({ uri: u, version: this.byClientUri.get(u)?.version ?? null }, list),
        ),
      };
    }
    const changes: Record<string, TextEdit[]> = {};
    for (const [u, list] of byUri) changes[u] = list;
    return { changes };
  };
}
