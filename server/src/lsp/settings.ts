// Settings per file for the server: the nearest coopspec.json (ConfigLoader, shared with the CLI)
// combined with the editor's `coopspec.rules` for the file's folder (combineSettings). The engine
// asks synchronously for every declaration it checks, so results are memoised per folder; the
// editor's settings are fetched ahead (workspace/configuration) and cached per scope.

import { combineSettings, parseRuleSeverities } from '../language/config';
import type { Settings, SeveritySetting } from '../language/settings';
import { ConfigLoader } from '../node/configLoader';
import { folderOf, isInside } from './uris';

type Rules = Record<string, SeveritySetting>;

export class ServerSettings {
  readonly loader = new ConfigLoader();
  /** Editor rules by scope URI (a document's folder or a workspace folder); '' is the global scope. */
  private readonly editorRules = new Map<string, Rules>();
  private readonly memo = new Map<string, Settings>();
  /** coopspec.json files that apply to some document (their URIs), for their diagnostics. */
  readonly configsInUse = new Set<string>();
  private workspaceFolders: string[] = [];

  setWorkspaceFolders(folders: string[]): void {
    this.workspaceFolders = [...folders].sort((a, b) => b.length - a.length);
    this.memo.clear();
  }

  readonly settingsFor = (uri: string): Settings => {
    const dir = folderOf(uri);
    let s = this.memo.get(dir);
    if (!s) {
      const file = uri.startsWith('file:') ? this.loader.forFile(uri) : undefined;
      if (file) this.configsInUse.add(file.uri);
      s = combineSettings(file?.data, this.rulesFor(dir));
      this.memo.set(dir, s);
    }
    return s;
  };

  /** The editor rules that apply in a folder: its own scope, else its workspace folder's, else global. */
  private rulesFor(dir: string): Rules | undefined {
    const own = this.editorRules.get(dir);
    if (own) return own;
    const folder = this.workspaceFolders.find((f) => isInside(dir, f));
    return (folder !== undefined ? this.editorRules.get(folder) : undefined) ?? this.editorRules.get('');
  }

  hasScope(scope: string): boolean {
    return this.editorRules.has(scope);
  }

  scopes(): string[] {
    return [...this.editorRules.keys()];
  }

  /**
   * Record the editor's `coopspec.rules` for a scope. Returns the problems of the value and whether
   * the rules in force changed (then the caller recomputes).
   */
  setEditorRules(scope: string, value: unknown): { changed: boolean; problems: string[] } {
    const { rules, problems } = parseRuleSeverities(value);
    const before = scope === '' ? this.editorRules.get('') : this.rulesFor(scope);
    this.editorRules.set(scope, rules);
    const changed = !sameRules(before ?? {}, rules);
    if (changed) this.memo.clear();
    return { changed, problems };
  }

  /** A coopspec.json was created, changed or deleted: read configuration again. */
  configurationChanged(): void {
    this.loader.clear();
    this.memo.clear();
    this.configsInUse.clear();
  }
}

function sameRules(a: Rules, b: Rules): boolean {
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
