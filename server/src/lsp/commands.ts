// workspace/executeCommand: the commands the server carries out (protocol.ts, SERVER_COMMANDS) —
// "Lint workspace", a code lens's checklist shown as a message, a rule's page opened by the client.

import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { ruleDocsUrl } from '../language/product';
import { ruleByName } from '../language/rules/index';
import type { ClientView } from './context';
import type { DiagnosticsReporter } from './diagnostics';
import type { WorkspaceFolders } from './folders';
import { SERVER_COMMANDS } from './protocol';

export interface CommandsContext {
  readonly connection: Pick<Connection, 'sendNotification' | 'window'>;
  readonly client: ClientView<never, 'docsBase'>;
  readonly ready: Promise<void>;
  readonly folders: Pick<WorkspaceFolders, 'rescan'>;
  readonly diagnostics: Pick<DiagnosticsReporter, 'lintWorkspace'>;
}

export async function executeCommand(ctx: CommandsContext, command: string, args: unknown[]): Promise<unknown> {
  switch (command) {
    case SERVER_COMMANDS.lintWorkspace:
      // Every file is read again (what no watcher reported is caught: changes, and files gone),
      // then reported from now on.
      await ctx.ready;
      await ctx.folders.rescan();
      return ctx.diagnostics.lintWorkspace();
    case SERVER_COMMANDS.showChecklist: {
      const lens = checklistArgument(args[0]);
      if (!lens) return null;
      void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: checklistText(lens) });
      return null;
    }
    case SERVER_COMMANDS.showDocumentation: {
      const rule = typeof args[0] === 'string' ? ruleByName(args[0]) : undefined;
      if (!rule) throw new ResponseError(ErrorCodes.InvalidParams, 'CoopSpec: showDocumentation takes a rule id or alias.');
      const uri = ruleDocsUrl(rule.meta.id, ctx.client.options.docsBase);
      // A page on the web opens in the browser; one shipped with the editor, in the editor.
      await ctx.connection.window.showDocument({ uri, external: /^https?:/.test(uri) });
      return null;
    }
    default:
      throw new ResponseError(ErrorCodes.InvalidParams, `CoopSpec: unknown command ${command}.`);
  }
}

/** A code lens's explanation, as the lens's command carries it (codelens.ts, CodeLens). */
export interface ChecklistArgument {
  request: string;
  kind: string;
  items: { text: string; explain: string; rules: string[]; complete: boolean }[];
}

function checklistArgument(x: unknown): ChecklistArgument | undefined {
  const a = x as Partial<ChecklistArgument> | undefined;
  if (!a || typeof a.request !== 'string' || typeof a.kind !== 'string' || !Array.isArray(a.items)) return undefined;
  const items = a.items.filter((i) => i && typeof i.text === 'string' && typeof i.explain === 'string' && Array.isArray(i.rules));
  return { request: a.request, kind: a.kind, items };
}

/** The explanation of a code lens in plain text: each item, what it counts, its rules. */
export function checklistText(lens: ChecklistArgument): string {
  const items = lens.items.map((i) => `${i.text}: ${i.explain}${i.rules.length ? ` (${i.rules.join(', ')})` : ''}`);
  return [`The checklist of ${lens.kind} request ${lens.request}.`, ...items].join('\n');
}
