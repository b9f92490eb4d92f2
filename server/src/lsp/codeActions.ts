// textDocument/codeAction: the fixes carried by each diagnostic (Diagnostic.data), "Disable CRnnn
// for this line" on every finding, and `source.fixAll.coopspec` (every safe fix of the document,
// for editor.codeActionsOnSave). Fixes are never rebuilt from message text: they come from the
// engine, resolved when the finding was placed.

import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { disableNextLineFix } from '../language/disable';
import type { Finding } from '../language/findings';
import { fixAll } from '../language/fixall';
import { fixData, isDiagnosticData, minimalEdit, SOURCE, toLspEdit, type FixData } from './convert';
import { checkCancelled } from './guard';
import type { CoopSpecServer } from './server';
import { canonicalUri } from './uris';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.coopspec`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Does an action of `kind` belong to what the client asked for (`only`)? */
function wanted(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

export class CodeActions {
  constructor(private readonly server: CoopSpecServer) {}

  provide(params: CodeActionParams, token: CancellationToken): CodeAction[] {
    const server = this.server;
    const uri = canonicalUri(params.textDocument.uri);
    const doc = server.ws.document(uri);
    if (!doc) return [];
    const version = server.versionOf(uri);
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const docOf = (u: string) => server.ws.document(u);
    let current: Finding[] | undefined;
    const findings = (): Finding[] => (current ??= server.ws.findings(uri).filter((f) => !f.suppressed));

    if (wanted(CodeActionKind.QuickFix, only)) {
      const disabled = new Set<string>();
      for (const diagnostic of params.context.diagnostics) {
        checkCancelled(token);
        if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string') continue;
        const rule = diagnostic.code;
        // The fixes travelled with the diagnostic; when the document changed since, take those of
        // the same finding (same rule, range and message: several findings of one rule may share a
        // range, as CR101 and CR301 do on a request's name) in the current analysis.
        let fixes: FixData[] = [];
        if (isDiagnosticData(diagnostic.data) && diagnostic.data.version === version) {
          fixes = diagnostic.data.fixes;
        } else {
          const f = findings().find((x) => x.rule === rule && x.message === diagnostic.message
            && sameRange(diagnostic.range, { start: doc.positionAt(x.start), end: doc.positionAt(x.end) }));
          fixes = f ? f.fixes.flatMap((fix) => fixData(fix, docOf, server.clientUri) ?? []) : [];
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
        if (disabled.has(`${rule}:${line}`)) continue;
        disabled.add(`${rule}:${line}`);
        const disable = disableNextLineFix(doc, doc.offsetAt(diagnostic.range.start), rule);
        if (!disable) continue;
        actions.push({
          title: disable.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: this.workspaceEdit(disable.edits.map((e) => ({ uri: server.clientUri(e.uri), ...toLspEdit(doc, e) }))),
        });
      }
    }

    if (wanted(FIX_ALL_KIND, only)) {
      // Asked for explicitly (on save, "Fix all"), or offered beside the quick fixes when one is safe.
      const explicit = only?.some((o) => wanted(FIX_ALL_KIND, [o]));
      if (explicit || findings().some((f) => f.fixes.some((x) => x.safe))) {
        checkCancelled(token);
        const after = fixAll(server.ws, [uri], { canEdit: (u) => u === uri }).get(uri);
        const edit = after !== undefined ? minimalEdit(doc.text, after) : undefined;
        if (edit) {
          actions.push({
            title: 'Fix all safely fixable CoopSpec problems',
            kind: FIX_ALL_KIND,
            edit: this.workspaceEdit([{ uri: server.clientUri(uri), ...toLspEdit(doc, edit) }]),
          });
        }
      }
    }
    return actions;
  }
  private workspaceEdit(edits: { uri: string; range: Range; newText: string }[]): WorkspaceEdit {
    return this.server.workspaceEdit(edits);
  }
}
