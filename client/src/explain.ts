// "CoopSpec: Explain rule": pick a rule from the catalogue (id — alias — description) and read its
// page — what it finds, why, the articles' text, an example and its fix — in the Markdown preview.
// The pages are the docs/rules/CRnnn.md files shipped in the extension; should one be missing,
// the same page is rendered from the engine's rule metadata, so the command works offline either way.

import * as vscode from 'vscode';
import { rulePage } from '../../server/src/language/explain';
import { RULES, ruleByName } from '../../server/src/language/rules/index';
import type { Rule } from '../../server/src/language/rules/types';

interface RuleItem extends vscode.QuickPickItem {
  rule: Rule;
}

export function ruleItems(): RuleItem[] {
  return RULES.map((rule) => ({
    label: rule.meta.id,
    description: rule.meta.alias,
    detail: `${rule.meta.description} (${rule.meta.severity}${rule.meta.fixable ? ', fixable' : ''})`,
    rule,
  }));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function showRulePage(extensionUri: vscode.Uri, rule: Rule): Promise<void> {
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule.meta.id}.md`);
  if (await exists(page)) {
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: rulePage(rule) });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
}

export function registerExplainRule(context: vscode.ExtensionContext): void {
  // Takes an optional rule id or alias (for links and keybindings); otherwise asks.
  context.subscriptions.push(vscode.commands.registerCommand('coopspec.explainRule', async (name?: unknown) => {
    let rule = typeof name === 'string' ? ruleByName(name.trim()) : undefined;
    if (typeof name === 'string' && !rule) void vscode.window.showWarningMessage(`CoopSpec: there is no rule ${name.trim()}; pick one from the list.`);
    if (!rule) {
      const picked = await vscode.window.showQuickPick(ruleItems(), {
        title: 'CoopSpec: Explain rule',
        placeHolder: 'Type a rule id (CR101), an alias (missing-refusal-ground) or words of its description',
        matchOnDescription: true,
        matchOnDetail: true,
      });
      rule = picked?.rule;
    }
    if (rule) await showRulePage(context.extensionUri, rule);
  }));
}
