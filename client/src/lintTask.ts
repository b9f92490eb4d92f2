// "CoopSpec: Lint workspace" and the task type "coopspec".
//
// The command asks the language server to report every file of the workspace
// (coopspec.server.lintWorkspace): the findings reach the Problems view from the server, once, with
// the editor's settings, and stay current as files change. Nothing runs in a terminal.
//
// The task runs the extension's own CLI (dist/cli.js) in a terminal, for people who want its
// report there (or the same command as CI). It exits 0 whatever the findings (--exit-zero), so a
// run with findings does not end like a crash, and it attaches no problem matcher: the server
// already lists every finding, and a matcher would list each a second time. The contributed
// `$coopspec` matcher (owner `coopspec-cli`) stays for a tasks.json that wants the CLI's findings
// in Problems without the server's (coopspec.diagnostics.scope: openFiles, for the closed files).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const TASK_TYPE = 'coopspec';
/** The server's command (server/src/lsp/protocol.ts, SERVER_COMMANDS.lintWorkspace). */
export const SERVER_LINT_WORKSPACE = 'coopspec.server.lintWorkspace';

export interface CoopspecTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: 'lint';
  /** Files or folders relative to the workspace folder; default the whole folder. */
  paths?: string[];
}

/** What the server answers to coopspec.server.lintWorkspace. */
export interface WorkspaceCounts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * The command line of the task: `node <extension>/dist/cli.js lint --format stylish --exit-zero <paths>`.
 * It runs with the Node that runs the extension host (VS Code's Electron as Node, or code-server's
 * Node), so it works on machines without a separate Node installation.
 */
export function lintExecution(extensionUri: vscode.Uri, folder: vscode.WorkspaceFolder, paths: readonly string[]): vscode.ProcessExecution {
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const args = [cli, 'lint', '--format', 'stylish', '--exit-zero', ...(paths.length ? paths : ['.'])];
  return new vscode.ProcessExecution(process.execPath, args, {
    cwd: folder.uri.fsPath,
    // ELECTRON_RUN_AS_NODE: VS Code's binary runs the script as Node. NO_COLOR: the report stays
    // plain text, as a problem matcher added in tasks.json reads it.
    env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
  });
}

function validPaths(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}

export function lintTask(extensionUri: vscode.Uri, folder: vscode.WorkspaceFolder, definition?: vscode.TaskDefinition): vscode.Task {
  const def: CoopspecTaskDefinition = { type: TASK_TYPE, command: 'lint', ...(definition ?? {}) } as CoopspecTaskDefinition;
  // No problem matcher ([] rather than none, so that VS Code does not ask for one).
  const task = new vscode.Task(def, folder, 'lint', 'coopspec', lintExecution(extensionUri, folder, validPaths(def.paths)), []);
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Always, clear: true, showReuseMessage: false };
  return task;
}

function fileFolders(): vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
}

export function registerLintTasks(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => fileFolders().map((f) => lintTask(context.extensionUri, f)),
      resolveTask: (task) => {
        const def = task.definition;
        if (def.type !== TASK_TYPE || def.command !== 'lint') return undefined;
        const folder = typeof task.scope === 'object' ? task.scope : fileFolders()[0];
        if (!folder) return undefined;
        // The same definition object, as VS Code requires of a resolved task; the problem matchers
        // are those of tasks.json.
        return new vscode.Task(
          def,
          folder,
          task.name,
          'coopspec',
          lintExecution(context.extensionUri, folder, validPaths(def.paths)),
          task.problemMatchers,
        );
      },
    }),
  );
}

/** "CoopSpec: Lint workspace": the server reports every file, then the Problems view shows them. */
export function registerLintWorkspace(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  counted: (c: WorkspaceCounts) => void,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('coopspec.lintWorkspace', async () => {
      if (fileFolders().length === 0) {
        void vscode.window.showInformationMessage('CoopSpec: open a folder to lint the request files (*.coop) in it.');
        return undefined;
      }
      const c = client();
      if (!c || !c.isRunning()) {
        void vscode.window.showErrorMessage('CoopSpec: the language server is not running. See the "CoopSpec" output for details.');
        return undefined;
      }
      const counts = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'CoopSpec: linting the workspace' },
        () => c.sendRequest<WorkspaceCounts>('workspace/executeCommand', { command: SERVER_LINT_WORKSPACE, arguments: [] }),
      );
      counted(counts);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      return counts;
    }),
  );
}
