// The VS Code client: starts the CoopSpec language server (dist/server.js, over Node IPC) for
// *.coop files, and adds the commands "CoopSpec: Lint workspace", "CoopSpec: Explain rule",
// "CoopSpec: Preview request" and "CoopSpec: Export request…", the code lens's checklist, the
// status-bar item, the cursor-line hint of quiet typing and the task type "coopspec". Everything
// the product knows lives in the server and the engine; this file only wires VS Code to them. It
// runs nothing from the workspace: the server and the CLI are the extension's own bundled files,
// and configuration is read as data.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerChecklist } from './checklist';
import { registerCursorLine } from './cursor';
import { registerExplainRule } from './explain';
import { registerLintTasks, registerLintWorkspace } from './lintTask';
import { PREVIEW_COMMAND, registerPreview } from './preview';
import { StatusItem } from './status';

export const LANGUAGE_ID = 'coopspec';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('CoopSpec', { log: true });
  context.subscriptions.push(output);
  const status = new StatusItem();
  context.subscriptions.push(status);
  context.subscriptions.push(vscode.commands.registerCommand('coopspec.showOutput', () => output.show()));

  registerLintTasks(context);
  registerLintWorkspace(
    context,
    () => client,
    (counts) => status.counted(counts),
  );
  registerExplainRule(context);
  registerPreview(context, () => client);
  registerChecklist(context);
  registerCursorLine(context, () => client, LANGUAGE_ID);

  const serverModule = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const docsBaseUrl = `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/`;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    // No static file watchers: the server registers its own (**/*.coop, **/coopspec.json) through
    // dynamic registration, which VS Code supports; both would deliver every change twice.
    initializationOptions: {
      docsBaseUrl,
      previewCommand: PREVIEW_COMMAND,
      // Rule links and "Show documentation" run Explain rule, which renders the page shipped in the
      // extension (offline) in the Markdown preview; the code lens runs the checklist quick pick.
      commands: { explainRule: 'coopspec.explainRule', showChecklist: 'coopspec.showChecklist' },
      // VS Code checks coopspec.json against the contributed schema: the server reports the rest.
      configSchema: true,
    },
    outputChannel: output,
    traceOutputChannel: output,
  };

  // The id "coopspec" makes the client read the setting coopspec.trace.server (off by default).
  // The server reports the workspace's findings through pull diagnostics (workspace/diagnostic),
  // which this client supports: closed files included, each finding once.
  client = new LanguageClient('coopspec', 'CoopSpec', serverOptions, clientOptions);
  status.attach(client);
  try {
    await client.start();
  } catch (e) {
    status.failed();
    output.error(`the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('CoopSpec: the language server did not start. See the "CoopSpec" output for details.');
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
