// The editor's settings: `coopspec.rules` and `coopspec.today` per scope (the global one, each
// workspace folder, each folder of an open document), and `coopspec.diagnostics` (scope, delay)
// over initializationOptions. Read with workspace/configuration where the client has it, else from
// what didChangeConfiguration pushes. A setting the server cannot use is said once, as a warning.

import { DidChangeConfigurationNotification, MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import type { ClientView } from './context';
import { DEFAULT_DELAY_MS, type DiagnosticsReporter, type Scope } from './diagnostics';
import type { ServerSettings } from './folderSettings';
import type { WorkspaceFolders } from './folders';
import { describeError, type Log } from './guard';

/** The settings of `coopspec.diagnostics`, as read from the editor or initializationOptions. */
export function diagnosticOptions(value: unknown): { scope?: Scope; delay?: number; problems: string[] } {
  const out: { scope?: Scope; delay?: number; problems: string[] } = { problems: [] };
  if (value === undefined || value === null) return out;
  if (typeof value !== 'object' || Array.isArray(value)) {
    out.problems.push('coopspec.diagnostics must be an object with scope and delay.');
    return out;
  }
  const v = value as { scope?: unknown; delay?: unknown };
  if (v.scope === 'workspace' || v.scope === 'openFiles') out.scope = v.scope;
  else if (v.scope !== undefined && v.scope !== null)
    out.problems.push('coopspec.diagnostics.scope takes "workspace" or "openFiles"; "workspace" is used.');
  if (typeof v.delay === 'number' && Number.isFinite(v.delay) && v.delay >= 0 && v.delay <= 10_000) out.delay = Math.round(v.delay);
  else if (v.delay !== undefined && v.delay !== null)
    out.problems.push(`coopspec.diagnostics.delay takes milliseconds from 0 to 10000; ${DEFAULT_DELAY_MS} is used.`);
  return out;
}

export interface ConfigurationContext {
  readonly connection: Pick<Connection, 'workspace' | 'client' | 'sendNotification'>;
  readonly log: Log;
  readonly client: ClientView<'configuration' | 'dynamicConfiguration'>;
  readonly settings: Pick<ServerSettings, 'setEditorRules' | 'setEditorToday' | 'scopes'>;
  readonly diagnostics: Pick<DiagnosticsReporter, 'setOptions'>;
  readonly folders: Pick<WorkspaceFolders, 'list'>;
  /** The workspace has been read: a change of the rules in force is applied at once. */
  readonly isReady: boolean;
  /** Apply the settings in force to every document, and report what changed. */
  recomputeAll(): void;
}

export class Configuration {
  /** The diagnostics settings of initializationOptions, under the editor's. */
  private initial: { scope?: Scope; delay?: number } = {};
  private readonly shown = new Set<string>();

  constructor(private readonly ctx: ConfigurationContext) {}

  /** initializationOptions.diagnostics: in force until the editor's settings are read. */
  initialize(value: unknown): void {
    const initial = diagnosticOptions(value);
    for (const p of initial.problems) this.ctx.log.error(`CoopSpec: initializationOptions: ${p}`);
    this.initial = { scope: initial.scope, delay: initial.delay };
    this.ctx.diagnostics.setOptions(this.initial);
  }

  /** Ask the client to send changes of the `coopspec` section, when it lets servers register for them. */
  async register(): Promise<void> {
    if (!this.ctx.client.caps.dynamicConfiguration) return;
    await this.ctx.connection.client
      .register(DidChangeConfigurationNotification.type, { section: 'coopspec' })
      .catch((e: unknown) => this.ctx.log.error(`CoopSpec: could not register for configuration changes: ${describeError(e)}`));
  }

  /** Fetch the editor's `coopspec.rules` for scopes ('' = global); recompute when they changed. */
  async fetchEditorSettings(scopes: string[]): Promise<void> {
    if (!this.ctx.client.caps.configuration || scopes.length === 0) return;
    const settings = this.ctx.settings;
    let values: unknown[];
    try {
      values = (await this.ctx.connection.workspace.getConfiguration(
        scopes.flatMap((s) => ['coopspec.rules', 'coopspec.today'].map((section) => (s ? { scopeUri: s, section } : { section }))),
      )) as unknown[];
    } catch (e) {
      this.ctx.log.error(`CoopSpec: could not read the editor settings: ${describeError(e)}`);
      return;
    }
    let changed = false;
    scopes.forEach((scope, i) => {
      for (const r of [settings.setEditorRules(scope, values[2 * i]), settings.setEditorToday(scope, values[2 * i + 1])]) {
        changed ||= r.changed;
        for (const p of r.problems) this.showOnce(p);
      }
    });
    if (changed && this.ctx.isReady) this.ctx.recomputeAll();
  }

  /** The editor's `coopspec.diagnostics` (scope, delay), over initializationOptions. */
  async fetchDiagnosticSettings(): Promise<void> {
    if (!this.ctx.client.caps.configuration) return;
    let value: unknown;
    try {
      [value] = (await this.ctx.connection.workspace.getConfiguration([{ section: 'coopspec.diagnostics' }])) as unknown[];
    } catch (e) {
      this.ctx.log.error(`CoopSpec: could not read the editor settings: ${describeError(e)}`);
      return;
    }
    this.applyDiagnosticSettings(value);
  }

  /** workspace/didChangeConfiguration: read the settings again, or take those pushed. */
  async changed(pushedSettings: unknown): Promise<void> {
    const settings = this.ctx.settings;
    if (this.ctx.client.caps.configuration) {
      await Promise.all([
        this.fetchEditorSettings([...new Set(['', ...this.ctx.folders.list, ...settings.scopes()])]),
        this.fetchDiagnosticSettings(),
      ]);
      return;
    }
    // Clients without workspace/configuration push the settings.
    const pushed = (pushedSettings as { coopspec?: { rules?: unknown; today?: unknown; diagnostics?: unknown } } | null)?.coopspec;
    this.applyDiagnosticSettings(pushed?.diagnostics);
    let changed = false;
    for (const r of [settings.setEditorRules('', pushed?.rules), settings.setEditorToday('', pushed?.today)]) {
      changed ||= r.changed;
      for (const p of r.problems) this.showOnce(p);
    }
    if (changed && this.ctx.isReady) this.ctx.recomputeAll();
  }

  private applyDiagnosticSettings(value: unknown): void {
    const editor = diagnosticOptions(value);
    for (const p of editor.problems) this.showOnce(p);
    this.ctx.diagnostics.setOptions({
      scope: editor.scope ?? this.initial.scope ?? 'workspace',
      delay: editor.delay ?? this.initial.delay ?? DEFAULT_DELAY_MS,
    });
  }

  private showOnce(message: string): void {
    if (this.shown.has(message)) return;
    this.shown.add(message);
    void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `CoopSpec: ${message}` });
  }
}
