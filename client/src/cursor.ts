// Quiet typing, the client's part: tell the server on which line the cursor is in a CoopSpec
// document (`coopspec/cursorLine`), so that the findings it holds back on the line being typed are
// shown as soon as the cursor leaves that line — not only when another line is edited or the file
// is saved. Sent only when the line changes, and with `null` when the editor loses the document.
// Only a line number travels: nothing of the text.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const CURSOR_LINE = 'coopspec/cursorLine';

export function registerCursorLine(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, languageId: string): void {
  /** The line last sent per document. */
  const sent = new Map<string, number | null>();
  let active: vscode.TextDocument | undefined;

  const send = (doc: vscode.TextDocument, line: number | null): void => {
    const c = client();
    if (!c || !c.isRunning() || doc.languageId !== languageId) return;
    const key = doc.uri.toString();
    if (sent.get(key) === line) return;
    sent.set(key, line);
    void c.sendNotification(CURSOR_LINE, { textDocument: { uri: c.code2ProtocolConverter.asUri(doc.uri) }, line }).catch(() => undefined);
  };

  const activeChanged = (editor: vscode.TextEditor | undefined): void => {
    if (active && active !== editor?.document) send(active, null);
    active = editor?.document;
    if (editor) send(editor.document, editor.selection.active.line);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor === vscode.window.activeTextEditor) send(e.textEditor.document, e.selections[0]?.active.line ?? null);
    }),
    vscode.window.onDidChangeActiveTextEditor(activeChanged),
    vscode.workspace.onDidCloseTextDocument((d) => sent.delete(d.uri.toString())),
  );
  activeChanged(vscode.window.activeTextEditor);
}
