// textDocument/codeAction: the fixes carried by each diagnostic (Diagnostic.data), "Disable CRnnn
// for this line" and "Show documentation for CRnnn" on every finding, "Fix all CoopSpec problems"
// in the quick-fix menu, and `source.fixAll.coopspec` (the same edit, for
// editor.codeActionsOnSave and the Source Action menu). Fixes are never rebuilt from message text:
// they come from the engine, resolved when the finding was placed.

import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { disableNextLineFix } from '../language/disable';
import type { Finding } from '../language/findings';
import { fixAll } from '../language/fixall';
import { singleEdit } from '../language/textDiff';
import { fixData, isDiagnosticData, SOURCE, toLspEdit, type FixData } from './convert';
import { checkCancelled, guardRequest } from './guard';
import { SERVER_COMMANDS } from './protocol';
import type { CodeActionsContext } from './context';
import { canonicalUri } from './uris';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.coopspec`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];
/** Every safe fix of the file, offered among the quick fixes (the light bulb shows no source action). */
export const FIX_ALL_QUICK_TITLE = 'Fix all CoopSpec problems (safe fixes)';
export const FIX_ALL_SOURCE_TITLE = 'Fix all safely fixable CoopSpec problems';

/** Does an action of `kind` belong to what the client asked for (`only`)? */
function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

export function registerCodeActions(ctx: CodeActionsContext): void {
  const actions = new CodeActions(ctx);
  ctx.connection.onCodeAction(
    guardRequest(ctx.log, 'textDocument/codeAction', async (p, token) => {
      await ctx.ready;
      checkCancelled(token);
      return actions.provide(p, token);
    }),
  );
}

class CodeActions {
  constructor(private readonly ctx: CodeActionsContext) {}

  provide(params: CodeActionParams, token: CancellationToken): CodeAction[] {
    const {
      ws,
      documents: { clientUri },
    } = this.ctx;
    const uri = canonicalUri(params.textDocument.uri);
    const doc = ws.document(uri);
    if (!doc) return [];
    const version = this.ctx.documents.versionOf(uri);
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const docOf = (u: string) => ws.document(u);
    let current: Finding[] | undefined;
    const findings = (): Finding[] => (current ??= ws.findings(uri).filter((f) => !f.suppressed));
    let fixAllEdit: WorkspaceEdit | null | undefined;
    /** The edit applying every safe fix of the document; null when there is none. */
    const allSafeFixes = (): WorkspaceEdit | null => {
      if (fixAllEdit !== undefined) return fixAllEdit;
      const after = fixAll(ws, [uri], { canEdit: (u) => u === uri }).get(uri);
      const edit = after !== undefined ? singleEdit(doc.text, after) : undefined;
      return (fixAllEdit = edit ? this.workspaceEdit([{ uri: clientUri(uri), ...toLspEdit(doc, edit) }]) : null);
    };

    if (wanted(CodeActionKind.QuickFix, only)) {
      const disabled = new Set<string>();
      const documented = new Set<string>();
      const ours: Diagnostic[] = [];
      for (const diagnostic of params.context.diagnostics) {
        checkCancelled(token);
        if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
        const rule = diagnostic.code;
        ours.push(diagnostic);
        // The fixes travelled with the diagnostic; when the document changed since, take those of
        // the same finding (same rule, range and message: several findings of one rule may share a
        // range, as CR101 and CR301 do on a request's name) in the current analysis.
        let fixes: FixData[] = [];
        if (isDiagnosticData(diagnostic.data) && diagnostic.data.version === version) {
          fixes = diagnostic.data.fixes;
        } else {
          const f = findings().find(
            (x) =>
              x.rule === rule &&
              x.message === diagnostic.message &&
              sameRange(diagnostic.range, { start: doc.positionAt(x.start), end: doc.positionAt(x.end) }),
          );
          fixes = f ? f.fixes.flatMap((fix) => fixData(fix, docOf, clientUri) ?? []) : [];
        }
        let preferred = false;
        for (const fix of fixes) {
          const action: CodeAction = {
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: this.workspaceEdit(fix.edits),
          };
          if (fix.safe && !preferred) action.isPreferred = preferred = true;
          actions.push(action);
        }
        const line = diagnostic.range.start.line;
        if (!disabled.has(`${rule}:${line}`)) {
          disabled.add(`${rule}:${line}`);
          const disable = disableNextLineFix(doc, doc.offsetAt(diagnostic.range.start), rule);
          if (disable) {
            actions.push({
              title: disable.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              edit: this.workspaceEdit(disable.edits.map((e) => ({ uri: clientUri(e.uri), ...toLspEdit(doc, e) }))),
            });
          }
        }
        // The rule's page, once per rule: rendered by the client's command, or opened by the server.
        const show = this.showDocumentation(rule);
        if (show && !documented.has(rule)) {
          documented.add(rule);
          actions.push({
            title: `Show documentation for ${rule}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: show,
          });
        }
      }
      // Every safe fix of the file, beside the fixes of the findings at the cursor.
      if (ours.length && findings().some((f) => f.fixes.some((x) => x.safe))) {
        checkCancelled(token);
        const edit = allSafeFixes();
        if (edit) actions.push({ title: FIX_ALL_QUICK_TITLE, kind: CodeActionKind.QuickFix, diagnostics: ours, edit });
      }
    }

    // Asked for explicitly (on save, the Source Action menu). Unasked, the quick fix above has the
    // same edit: a client that lists every kind would show "Fix all" twice.
    if (only?.some((o) => wanted(FIX_ALL_KIND, [o]))) {
      checkCancelled(token);
      const edit = allSafeFixes();
      if (edit) actions.push({ title: FIX_ALL_SOURCE_TITLE, kind: FIX_ALL_KIND, edit });
    }
    return actions;
  }
  /** The command that shows a rule's page: the client's own, or the server's (window/showDocument); none otherwise. */
  private showDocumentation(rule: string): Command | undefined {
    const { caps, options } = this.ctx.client;
    if (options.explainRule) return { title: `Show documentation for ${rule}`, command: options.explainRule, arguments: [rule] };
    if (caps.showDocument)
      return { title: `Show documentation for ${rule}`, command: SERVER_COMMANDS.showDocumentation, arguments: [rule] };
    return undefined;
  }

  private workspaceEdit(edits: { uri: string; range: Range; newText: string }[]): WorkspaceEdit {
    return this.ctx.workspaceEdit(edits);
  }
}
