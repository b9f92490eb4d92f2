// "CoopSpec: Lint workspace" and the task type "coopspec": run the extension's own CLI
// (dist/cli.js) on a workspace folder as a VS Code task. The contributed problem matcher $coopspec
// reads its stylish output, so findings in files that are not open appear in the Problems view.

import * as vscode from 'vscode';

export const TASK_TYPE = 'coopspec';

export interface CoopspecTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: 'lint';
  /** Files or folders relative to the workspace folder; default the whole folder. */
  paths?: string[];
}

/**
 * The command line of the task: `node <extension>/dist/cli.js lint --format stylish <paths>`.
 * It runs with the Node that runs the extension host (VS Code's Electron as Node, or code-server's
 * Node), so it works on machines without a separate Node installation.
 */
export function lintExecution(extensionUri: vscode.Uri, folder: vscode.WorkspaceFolder, paths: readonly string[]): vscode.ProcessExecution {
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const args = [cli, 'lint', '--format', 'stylish', ...(paths.length ? paths : ['.'])];
  return new vscode.ProcessExecution(process.execPath, args, {
    cwd: folder.uri.fsPath,
    // ELECTRON_RUN_AS_NODE: VS Code's binary runs the script as Node. NO_COLOR: the task terminal is
    // a TTY, and the problem matcher reads plain text.
    env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
  });
}

function validPaths(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
}

export function lintTask(extensionUri: vscode.Uri, folder: vscode.WorkspaceFolder, definition?: vscode.TaskDefinition): vscode.Task {
  const def: CoopspecTaskDefinition = { type: TASK_TYPE, command: 'lint', ...(definition ?? {}) } as CoopspecTaskDefinition;
  const task = new vscode.Task(def, folder, 'lint', 'coopspec', lintExecution(extensionUri, folder, validPaths(def.paths)), ['$coopspec']);
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true, showReuseMessage: false };
  return task;
}

function fileFolders(): vscode.WorkspaceFolder[] {
  return (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
}

export function registerLintTasks(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): void {
  const ours = new Set<vscode.TaskExecution>();

  context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () => fileFolders().map((f) => lintTask(context.extensionUri, f)),
    resolveTask: (task) => {
      const def = task.definition;
      if (def.type !== TASK_TYPE || def.command !== 'lint') return undefined;
      const folder = typeof task.scope === 'object' ? task.scope : fileFolders()[0];
      if (!folder) return undefined;
      // The same definition object, as VS Code requires of a resolved task.
      return new vscode.Task(def, folder, task.name, 'coopspec', lintExecution(context.extensionUri, folder, validPaths(def.paths)), ['$coopspec']);
    },
  }));

  context.subscriptions.push(vscode.commands.registerCommand('coopspec.lintWorkspace', async () => {
    const folders = fileFolders();
    if (folders.length === 0) {
      void vscode.window.showInformationMessage('CoopSpec: open a folder to lint the request files (*.coop) in it.');
      return;
    }
    for (const folder of folders) ours.add(await vscode.tasks.executeTask(lintTask(context.extensionUri, folder)));
  }));

  context.subscriptions.push(vscode.tasks.onDidEndTaskProcess((e) => {
    if (!ours.delete(e.execution)) return;
    const folder = typeof e.execution.task.scope === 'object' ? e.execution.task.scope.name : 'the workspace';
    if (e.exitCode === 2) {
      output.warn(`lint of ${folder} stopped with exit code 2 (a usage error or an unreadable file): see the task's terminal.`);
      void vscode.window.showErrorMessage(`CoopSpec: could not lint ${folder}. See the task's terminal for the reason.`);
    } else if (e.exitCode === 0 || e.exitCode === 1) {
      void vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  }));
}
