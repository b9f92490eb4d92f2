// The status-bar item: the language server's state and the workspace's findings, counted from
// what the Problems view shows of CoopSpec (source "coopspec", *.coop files). Clicking it opens the
// Problems view; while the server is stopped, its output.

import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceCounts } from './lintTask';

const SOURCE = 'coopspec';

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** CoopSpec's findings in the Problems view, by severity, and how many files have one. */
export function countDiagnostics(): Counts {
  const out: Counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    if (!/\.coop$/.test(uri.path) && uri.scheme !== 'untitled') continue;
    const ours = list.filter((d) => d.source === SOURCE);
    if (ours.length) out.files++;
    for (const d of ours) {
      if (d.severity === vscode.DiagnosticSeverity.Error) out.errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) out.warnings++;
      else out.infos++;
    }
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export class StatusItem implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private state: 'starting' | 'running' | 'stopped' = 'starting';
  /** The files the server read, from the last "Lint workspace". */
  private files: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item = vscode.window.createStatusBarItem('coopspec.status', vscode.StatusBarAlignment.Left, 0);
    this.item.name = 'CoopSpec';
    this.disposables.push(vscode.languages.onDidChangeDiagnostics(() => this.schedule()));
    this.render();
    this.item.show();
  }

  attach(client: LanguageClient): void {
    this.disposables.push(
      client.onDidChangeState((e) => {
        this.state = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
        this.render();
      }),
    );
    if (client.isRunning()) this.state = 'running';
    this.render();
  }

  failed(): void {
    this.state = 'stopped';
    this.render();
  }

  counted(counts: WorkspaceCounts): void {
    this.files = counts.files;
    this.render();
  }

  /** Diagnostics change in bursts: count once the burst is over. */
  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, 100);
  }

  render(): void {
    const c = countDiagnostics();
    const item = this.item;
    if (this.state !== 'running') {
      item.text = this.state === 'starting' ? '$(sync~spin) CoopSpec' : '$(error) CoopSpec';
      item.tooltip =
        this.state === 'starting'
          ? 'CoopSpec: the language server is starting.'
          : 'CoopSpec: the language server is not running. Click for its output.';
      item.command = this.state === 'starting' ? undefined : 'coopspec.showOutput';
      item.backgroundColor = this.state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
      return;
    }
    item.backgroundColor = undefined;
    const parts = [
      c.errors ? `$(error) ${c.errors}` : '',
      c.warnings ? `$(warning) ${c.warnings}` : '',
      c.infos ? `$(info) ${c.infos}` : '',
    ].filter(Boolean);
    item.text = parts.length ? `CoopSpec ${parts.join(' ')}` : 'CoopSpec $(check)';
    const findings = c.errors + c.warnings + c.infos;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown('**CoopSpec**: the language server is running.\n\n');
    tooltip.appendMarkdown(
      findings
        ? `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info', 'infos')} in ${plural(c.files, 'file')}`
        : 'No findings',
    );
    tooltip.appendMarkdown(
      this.files !== undefined ? ` of the ${plural(this.files, 'request file')} of the workspace.` : ' in the workspace.',
    );
    tooltip.appendMarkdown('\n\nClick to open the Problems view.');
    item.tooltip = tooltip;
    item.command = 'workbench.actions.view.problems';
    const of = this.files !== undefined ? ` in the ${plural(this.files, 'request file')} of the workspace` : '';
    item.accessibilityInformation = {
      label: `CoopSpec: ${findings ? `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info', 'infos')}` : 'no findings'}${of}`,
    };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
