// "coopspec.showChecklist", the command of the code lens on each request: what each item of the
// lens counts and the rules it stands for, in a quick pick; picking an item opens its rule's page.

import * as vscode from 'vscode';

/** The lens's argument (server/src/language/services/codelens.ts, CodeLens). */
export interface ChecklistArgument {
  request: string;
  kind: string;
  items: { text: string; explain: string; rules: string[]; complete: boolean }[];
}

interface Item extends vscode.QuickPickItem {
  rule?: string;
}

export function checklistItems(arg: ChecklistArgument): Item[] {
  return arg.items.map((i) => ({
    label: `${i.rules.length === 0 ? '$(law)' : i.complete ? '$(pass)' : '$(circle-large-outline)'} ${i.text}`,
    description: i.rules.join(', '),
    detail: i.explain,
    rule: i.rules[0],
  }));
}

export function registerChecklist(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('coopspec.showChecklist', async (arg?: ChecklistArgument) => {
      if (!arg || !Array.isArray(arg.items)) return;
      const picked = await vscode.window.showQuickPick(checklistItems(arg), {
        title: `CoopSpec: the checklist of ${arg.kind} request ${arg.request}`,
        placeHolder: 'What each item of the code lens counts; pick one to read its rule',
        matchOnDetail: true,
      });
      if (picked?.rule) await vscode.commands.executeCommand('coopspec.explainRule', picked.rule);
    }),
  );
}
