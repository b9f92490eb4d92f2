// "CoopSpec: Preview request" and "CoopSpec: Export request…": the letter of request, rendered by
// the language server (the custom request coopspec/render, docs/rendering.md), shown beside the
// editor or saved to a file. The preview is a webview that runs no script and loads nothing: the
// page's content security policy allows only its own inline style, by hash. It follows the text:
// every change to a CoopSpec document renders it again (a preview shows a request with error
// findings too, marked as a draft). The server offers a "Preview" code lens above each request,
// which runs the preview command with the request's name.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FORMAT_INFO } from '../../server/src/render/formatInfo';
import type { RenderParams, RenderResult } from '../../server/src/lsp/render';

export const PREVIEW_COMMAND = 'coopspec.previewRequest';
export const EXPORT_COMMAND = 'coopspec.exportRequest';
const RENDER_METHOD = 'coopspec/render';
/** Typing is rendered at most this often (a keystroke's render is dropped when the next one comes first). */
const REFRESH_DELAY_MS = 250;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A page for a message (no request here, not found): the same strict policy, no style at all. */
function messagePage(message: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${escape(message)}</p></body></html>`;
}

/** Where a command was run: the request named by a code lens, or the one at the cursor. */
function target(name: unknown, uri: unknown): RenderParams {
  if (typeof name === 'string' && name) return { request: name };
  const editor = vscode.window.activeTextEditor;
  const doc = typeof uri === 'string' ? uri : editor?.document.uri.toString();
  const position = editor && editor.document.uri.toString() === doc ? editor.selection.active : undefined;
  return {
    textDocument: doc ? { uri: doc } : undefined,
    position: position ? { line: position.line, character: position.character } : undefined,
  };
}

class Preview {
  readonly panel: vscode.WebviewPanel;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    public request: string,
    private readonly onDispose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'coopspec.preview',
      `Preview ${request}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: false,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      },
    );
    this.panel.onDidDispose(() => {
      if (this.timer) clearTimeout(this.timer);
      this.onDispose();
    });
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, REFRESH_DELAY_MS);
  }

  async refresh(): Promise<void> {
    const client = this.client();
    if (!client) return;
    const generation = ++this.generation;
    let html: string;
    try {
      const r = await client.sendRequest<RenderResult>(RENDER_METHOD, {
        request: this.request,
        format: 'html',
        draft: true,
      } satisfies RenderParams);
      html = r.ok ? r.content : messagePage(r.message);
    } catch {
      html = messagePage('The language server could not render this request; its log in the "CoopSpec" output says why.');
    }
    // A slower, older render never replaces a newer one.
    if (generation === this.generation) this.panel.webview.html = html;
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const previews = new Map<string, Preview>();

  context.subscriptions.push(
    vscode.commands.registerCommand(PREVIEW_COMMAND, async (name?: unknown, uri?: unknown) => {
      const c = client();
      if (!c) {
        void vscode.window.showErrorMessage('CoopSpec: the language server is not running.');
        return;
      }
      let request = typeof name === 'string' && name ? name : undefined;
      if (!request) {
        // Ask the server which request the cursor is in: render it once to learn its name.
        const r = await c.sendRequest<RenderResult>(RENDER_METHOD, {
          ...target(undefined, uri),
          format: 'md',
          draft: true,
        } satisfies RenderParams);
        if (!r.ok && r.reason === 'no-request') {
          void vscode.window.showInformationMessage(`CoopSpec: ${r.message}`);
          return;
        }
        request = r.request;
      }
      if (!request) return;
      const open = previews.get(request);
      if (open) {
        open.panel.reveal(undefined, true);
        await open.refresh();
        return;
      }
      const preview = new Preview(client, request, () => previews.delete(request));
      previews.set(request, preview);
      await preview.refresh();
    }),
  );

  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId !== 'coopspec' || e.contentChanges.length === 0) return;
      for (const p of previews.values()) p.schedule();
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_COMMAND, async (name?: unknown, uri?: unknown) => {
      const c = client();
      if (!c) {
        void vscode.window.showErrorMessage('CoopSpec: the language server is not running.');
        return;
      }
      const format = await vscode.window.showQuickPick(
        FORMAT_INFO.map((f) => ({ label: f.name, description: f.description, info: f })),
        {
          title: 'CoopSpec: Export request',
          placeHolder: 'The format of the letter',
        },
      );
      if (!format) return;
      const lang = await vscode.window.showQuickPick(
        [
          { label: 'English', lang: 'en' as const },
          { label: 'Français', lang: 'fr' as const },
        ],
        {
          title: 'CoopSpec: Export request',
          placeHolder: "The language of the letter's fixed words",
        },
      );
      if (!lang) return;
      const params: RenderParams = { ...target(name, uri), format: format.info.name, lang: lang.lang };
      let r = await c.sendRequest<RenderResult>(RENDER_METHOD, params);
      if (!r.ok && r.reason === 'errors') {
        const choice = await vscode.window.showWarningMessage(`CoopSpec: ${r.message}`, 'Export a draft');
        if (choice !== 'Export a draft') return;
        r = await c.sendRequest<RenderResult>(RENDER_METHOD, { ...params, draft: true });
      }
      if (!r.ok) {
        void vscode.window.showWarningMessage(`CoopSpec: ${r.message}`);
        return;
      }
      const source = typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
      const folder = source && source.scheme === 'file' ? vscode.Uri.joinPath(source, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
      const file = await vscode.window.showSaveDialog({
        title: `Export ${r.request}`,
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${r.request}.${r.extension}`) : undefined,
        filters: { [format.info.description]: [r.extension] },
      });
      if (!file) return;
      const bytes = r.encoding === 'base64' ? Buffer.from(r.content, 'base64') : Buffer.from(r.content, 'utf8');
      await vscode.workspace.fs.writeFile(file, bytes);
      void vscode.window.showInformationMessage(
        `CoopSpec: exported ${r.request} to ${vscode.workspace.asRelativePath(file)}${r.draft ? ' (a draft)' : ''}.`,
      );
    }),
  );
}
