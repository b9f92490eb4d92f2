// "CoopSpec: Explain rule": pick a rule from the catalogue (id — alias — description) and read its
// page — what it finds, why, the articles' text, an example and its fix — in the Markdown preview.
// The catalogue (docs/rules/rules.json) and the pages (docs/rules/CRnnn.md) are generated from the
// rules' metadata by `npm run docs` and shipped in the extension, so the command works offline
// and the client bundle holds none of the engine.

import * as vscode from 'vscode';

/** An entry of docs/rules/rules.json. */
export interface RuleEntry {
  id: string;
  alias: string;
  description: string;
  severity: string;
  fixable: boolean;
}

interface RuleItem extends vscode.QuickPickItem {
  rule: RuleEntry;
}

async function catalogue(extensionUri: vscode.Uri): Promise<RuleEntry[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'docs', 'rules', 'rules.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as RuleEntry[];
}

/** A rule by id (CR405, cr405) or alias (notice-missing). */
export function findRule(rules: readonly RuleEntry[], name: string): RuleEntry | undefined {
  const wanted = name.trim();
  return rules.find((r) => r.id === wanted.toUpperCase() || r.alias === wanted);
}

export function ruleItems(rules: readonly RuleEntry[]): RuleItem[] {
  return rules.map((rule) => ({
    label: rule.id,
    description: rule.alias,
    detail: `${rule.description} (${rule.severity}${rule.fixable ? ', fixable' : ''})`,
    rule,
  }));
}

export async function showRulePage(extensionUri: vscode.Uri, rule: RuleEntry): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule.id}.md`));
}

export function registerExplainRule(context: vscode.ExtensionContext): void {
  // Takes an optional rule id or alias (for links and keybindings); otherwise asks.
  context.subscriptions.push(
    vscode.commands.registerCommand('coopspec.explainRule', async (name?: unknown) => {
      let rules: RuleEntry[];
      try {
        rules = await catalogue(context.extensionUri);
      } catch {
        void vscode.window.showErrorMessage('CoopSpec: the rule catalogue of the extension cannot be read; reinstall the extension.');
        return;
      }
      let rule = typeof name === 'string' ? findRule(rules, name) : undefined;
      if (typeof name === 'string' && !rule)
        void vscode.window.showWarningMessage(`CoopSpec: there is no rule ${name.trim()}; pick one from the list.`);
      if (!rule) {
        const picked = await vscode.window.showQuickPick(ruleItems(rules), {
          title: 'CoopSpec: Explain rule',
          placeHolder: 'Type a rule id (CR101), an alias (missing-refusal-ground) or words of its description',
          matchOnDescription: true,
          matchOnDetail: true,
        });
        rule = picked?.rule;
      }
      if (rule) await showRulePage(context.extensionUri, rule);
    }),
  );
}
