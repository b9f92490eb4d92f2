// Capability negotiation at initialize: what the client supports (its capabilities), what it says it
// does itself (initializationOptions), and what the server answers that it offers.

import { TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../language/product';
import { CODE_ACTION_KINDS } from './codeActions';
import type { Capabilities, ClientOptions, ClientView } from './context';
import type { DocsLink } from './convert';
import { languageFeatureCapabilities } from './features';
import { SERVER_COMMANDS } from './protocol';

/** The client's capabilities before initialize tells them. */
export const NO_CAPABILITIES: Capabilities = {
  workDoneProgress: false,
  configuration: false,
  dynamicConfiguration: false,
  dynamicWatchers: false,
  documentChanges: false,
  relatedInformation: true,
  snippets: false,
  hierarchicalSymbols: false,
  workspaceFolders: false,
  pullDiagnostics: false,
  diagnosticRefresh: false,
  showDocument: false,
};

/** What the server uses of the client's capabilities. */
export function readCapabilities(cc: ClientCapabilities): Capabilities {
  const caps: Capabilities = {
    workDoneProgress: cc.window?.workDoneProgress === true,
    configuration: cc.workspace?.configuration === true,
    dynamicConfiguration: cc.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    dynamicWatchers: cc.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    documentChanges: cc.workspace?.workspaceEdit?.documentChanges === true,
    relatedInformation: cc.textDocument?.publishDiagnostics?.relatedInformation !== false,
    snippets: cc.textDocument?.completion?.completionItem?.snippetSupport === true,
    hierarchicalSymbols: cc.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    workspaceFolders: cc.workspace?.workspaceFolders === true,
    pullDiagnostics: cc.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: cc.workspace?.diagnostics?.refreshSupport === true,
    showDocument: cc.window?.showDocument?.support === true,
  };
  if (caps.pullDiagnostics) caps.relatedInformation = cc.textDocument?.diagnostic?.relatedInformation !== false;
  return caps;
}

/**
 * The client's initializationOptions: its commands, its schema check, where the rule pages are;
 * and its `diagnostics` settings, as given (configuration.ts reads them).
 */
export function readInitializationOptions(value: unknown): { options: ClientOptions; diagnostics: unknown } {
  const options = value as
    | {
        docsBaseUrl?: unknown;
        previewCommand?: unknown;
        diagnostics?: unknown;
        commands?: { explainRule?: unknown; showChecklist?: unknown };
        configSchema?: unknown;
      }
    | undefined;
  const docsBase =
    options && typeof options.docsBaseUrl === 'string' && options.docsBaseUrl
      ? options.docsBaseUrl.endsWith('/')
        ? options.docsBaseUrl
        : `${options.docsBaseUrl}/`
      : undefined;
  const command = (x: unknown): string | undefined => (typeof x === 'string' && /^[\w.-]+$/.test(x) ? x : undefined);
  return {
    options: {
      explainRule: command(options?.commands?.explainRule),
      showChecklist: command(options?.commands?.showChecklist),
      // A client that can show a rendered letter names its command: each request then gets a
      // "Preview" code lens that runs it with the request's name and document.
      previewCommand: command(options?.previewCommand),
      configSchema: options?.configSchema === true,
      docsBase,
    },
    diagnostics: options?.diagnostics,
  };
}

/** What the server offers a client with these capabilities. */
export function serverCapabilities(caps: Pick<Capabilities, 'pullDiagnostics'>): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    ...languageFeatureCapabilities(),
  };
  // Pull diagnostics where the client has them: its open documents pull, the rest streams. The
  // identifier is not the client's id: VS Code's client names its pushed and its pulled
  // collections after them, and two collections of one name overwrite each other's markers.
  if (caps.pullDiagnostics)
    capabilities.diagnosticProvider = { identifier: 'coopspec-pull', interFileDependencies: true, workspaceDiagnostics: true };
  return capabilities;
}

/** The link of a rule's page: the client's command that renders it, else the page's URL. */
export function docsLinkOf(client: ClientView<never, 'explainRule' | 'docsBase'>): DocsLink {
  return (rule) => {
    const command = client.options.explainRule;
    return command ? `command:${command}?${encodeURIComponent(JSON.stringify([rule]))}` : ruleDocsUrl(rule, client.options.docsBase);
  };
}
