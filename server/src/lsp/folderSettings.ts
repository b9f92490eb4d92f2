// Settings per file for the server: the nearest coopspec.json (ConfigLoader, shared with the CLI)
// combined with the editor's `coopspec.rules` for the file's folder (combineSettings). The engine
// asks synchronously for every declaration it checks, so results are memoised per folder; the
// editor's settings are fetched ahead (workspace/configuration) and cached per scope.

import { combineSettings, isDate, parseRuleSeverities } from '../language/config';
import type { Settings, SeveritySetting } from '../language/settings';
import { ConfigLoader } from '../node/configLoader';
import { folderOf, isInside } from './uris';

type Rules = Record<string, SeveritySetting>;

export class ServerSettings {
  readonly loader = new ConfigLoader();
  /** Editor rules by scope URI (a document's folder or a workspace folder); '' is the global scope. */
  private readonly editorRules = new Map<string, Rules>();
  /** The editor's `coopspec.today` by scope, when set. */
  private readonly editorToday = new Map<string, string | undefined>();
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
      s = combineSettings(file?.data, this.rulesFor(dir), this.scoped(this.editorToday, dir));
      this.memo.set(dir, s);
    }
    return s;
  };

  /** The editor rules that apply in a folder: its own scope, else its workspace folder's, else global. */
  private rulesFor(dir: string): Rules | undefined {
    return this.scoped(this.editorRules, dir);
  }

  private scoped<T>(map: Map<string, T>, dir: string): T | undefined {
    const own = map.get(dir);
    if (own !== undefined) return own;
    const folder = this.workspaceFolders.find((f) => isInside(dir, f));
    return (folder !== undefined ? map.get(folder) : undefined) ?? map.get('');
  }

  /** Record the editor's `coopspec.today` for a scope; a value that is not a date is a problem and ignored. */
  setEditorToday(scope: string, value: unknown): { changed: boolean; problems: string[] } {
    const problems: string[] = [];
    let today: string | undefined;
    if (typeof value === 'string' && value.trim() !== '') {
      if (isDate(value.trim())) today = value.trim();
      else problems.push('coopspec.today takes a date, YYYY-MM-DD; the system date is used.');
    } else if (value !== undefined && value !== null && value !== '') {
      problems.push('coopspec.today takes a date, YYYY-MM-DD; the system date is used.');
    }
    const before = this.scoped(this.editorToday, scope);
    this.editorToday.set(scope, today);
    const changed = before !== today;
    if (changed) this.memo.clear();
    return { changed, problems };
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
  const ka = Object.keys(a),
    kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}
