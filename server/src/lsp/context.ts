// What the server gives its parts. Each part (features, code actions, render, the diagnostics
// reporter) receives an interface that names exactly what it uses — the workspace, the open
// documents, the log, what the client said at initialize — never the server itself, so that no
// part imports server.ts and what a part can reach is written at its door. The server's own parts
// (folders.ts, watch.ts, configuration.ts, configDiagnostics.ts, commands.ts) declare theirs
// beside them, from these pieces. Nothing here imports the server: these are types only.

import type { Connection, Range, WorkspaceEdit } from 'vscode-languageserver/node';
import type { Workspace } from '../language/workspace';
import type { DocsLink } from './convert';
import type { Log } from './guard';

/** What the client supports, read from its capabilities at initialize. */
export interface Capabilities {
  workDoneProgress: boolean;
  configuration: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchers: boolean;
  documentChanges: boolean;
  relatedInformation: boolean;
  snippets: boolean;
  hierarchicalSymbols: boolean;
  workspaceFolders: boolean;
  /** LSP 3.17 pull diagnostics (textDocument/diagnostic, workspace/diagnostic). */
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  /** window/showDocument (LSP 3.16). */
  showDocument: boolean;
}

/** What the client says it does itself (initializationOptions): its commands, its schema check of coopspec.json. */
export interface ClientOptions {
  /** A client command that shows a rule's page, given the rule id: rule links and "Show documentation" use it. */
  explainRule?: string;
  /** A client command that shows a code lens's checklist, given the lens's items. */
  showChecklist?: string;
  /** The client's command that previews a request; no Preview lens without one. */
  previewCommand?: string;
  /** The client checks coopspec.json against the contributed JSON schema. */
  configSchema: boolean;
  /** Where the rule pages are (docsBaseUrl, ending in a slash); the published pages otherwise. */
  docsBase?: string;
}

/**
 * The client as initialize described it. Initialize replaces both objects, after the parts were
 * made: parts read them when they use them, through a ClientView.
 */
export interface Client {
  caps: Capabilities;
  options: ClientOptions;
}

/** The client, narrowed to the capabilities and options a part reads. */
export interface ClientView<C extends keyof Capabilities, O extends keyof ClientOptions = never> {
  readonly caps: Readonly<Pick<Capabilities, C>>;
  readonly options: Readonly<Pick<ClientOptions, O>>;
}

/** The documents open in the client, as the parts see them: by engine URI. */
export interface OpenDocumentsView {
  /** The URI the client knows a document by: its own spelling when open. A function that may be passed on. */
  readonly clientUri: (uri: string) => string;
  /** Whether a CoopSpec document is open in the client. */
  isOpen(uri: string): boolean;
  /** The version of an open document (null when it is not open). */
  versionOf(uri: string): number | null;
}

/** Edits in one or several documents (client URIs) as one workspace edit the client can apply. */
export type WorkspaceEditOf = (edits: { uri: string; range: Range; newText: string }[]) => WorkspaceEdit;

/** What every request handler needs: where to register, where to log, and the workspace once read. */
export interface RequestContext {
  readonly connection: Connection;
  readonly log: Log;
  readonly ws: Workspace;
  /** Resolves when the workspace folders have been read (or reading them was abandoned). */
  readonly ready: Promise<void>;
}

/** features.ts: every language feature but diagnostics and code actions. */
export interface FeaturesContext extends RequestContext {
  readonly documents: Pick<OpenDocumentsView, 'clientUri'>;
  readonly client: ClientView<'snippets' | 'hierarchicalSymbols', 'showChecklist' | 'previewCommand'>;
  readonly workspaceEdit: WorkspaceEditOf;
}

/** codeActions.ts: quick fixes, fix-all and the rule's documentation. */
export interface CodeActionsContext extends RequestContext {
  readonly documents: Pick<OpenDocumentsView, 'clientUri' | 'versionOf'>;
  readonly client: ClientView<'showDocument', 'explainRule'>;
  readonly workspaceEdit: WorkspaceEditOf;
}

/** render.ts: coopspec/render. */
export interface RenderContext extends RequestContext {
  readonly documents: Pick<OpenDocumentsView, 'clientUri'>;
}

/** diagnostics.ts, reports.ts, delivery.ts: the findings reported to the client. */
export interface DiagnosticsContext {
  readonly connection: Pick<Connection, 'sendDiagnostics' | 'languages'>;
  readonly log: Log;
  readonly ws: Workspace;
  readonly ready: Promise<void>;
  /** The workspace folders have been read: nothing is reported before. */
  readonly isReady: boolean;
  readonly documents: OpenDocumentsView;
  readonly client: ClientView<'relatedInformation' | 'pullDiagnostics' | 'diagnosticRefresh'>;
  /** The link of a rule's page, for Diagnostic.codeDescription. */
  readonly docsLink: DocsLink;
  /** After each report: computing findings may have found coopspec.json files, which get their diagnostics. */
  afterReport(): void;
}
