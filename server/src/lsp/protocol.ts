// What the server adds to LSP, for its own clients (the VS Code client) and any other: the commands
// it carries out (workspace/executeCommand) and the cursor-line notification of quiet typing
// (diagnostics.ts). Kept apart so that the server's modules and the tests share the names.

import { NotificationType } from 'vscode-languageserver/node';

/** `coopspec/cursorLine`: the line of the cursor in a document (null: the cursor left it), from clients that send it. */
export const CursorLineNotification = new NotificationType<{ textDocument: { uri: string }; line: number | null }>('coopspec/cursorLine');

/** Commands the server carries out (workspace/executeCommand). */
export const SERVER_COMMANDS = {
  lintWorkspace: 'coopspec.server.lintWorkspace',
  showChecklist: 'coopspec.server.showChecklist',
  showDocumentation: 'coopspec.server.showDocumentation',
} as const;
