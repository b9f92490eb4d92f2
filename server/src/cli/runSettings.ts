// Settings for the files of a lint run: the nearest coopspec.json above each file (or the one
// --config names, for every file), then the --rule overrides. Read through the same engine code
// as the editor (configLoader.ts, config.ts). A configuration with a problem stops the run.

import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { combineSettings, type ConfigFileResult } from '../language/config';
import { RULES, ruleByName } from '../language/rules/index';
import type { Settings, SeveritySetting } from '../language/settings';
import { nearest, orList } from '../language/util';
import { ConfigLoader } from '../node/configLoader';
import { UsageError } from './args';
import { describeError, displayPath } from './files';

const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** `--rule CR405=off` (or `notice-missing:warning`) -> rule id and severity. */
export function parseRuleOverrides(values: readonly string[]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const v of values) {
    const m = /^([^=:]+)[=:](.*)$/.exec(v.trim());
    if (!m) throw new UsageError(`--rule takes RULE=SEVERITY, e.g. --rule CR405=off (got "${v}")`);
    const name = m[1]!.trim(),
      sev = m[2]!.trim();
    const rule = ruleByName(name);
    if (!rule) {
      const near = nearest(
        name,
        RULES.flatMap((r) => [r.meta.id, r.meta.alias]),
      );
      throw new UsageError(
        `--rule: unknown rule "${name}"${near.length ? ` (did you mean ${orList(near)}?)` : ''}; "coopspec rules" lists them`,
      );
    }
    if (!SEVERITIES.includes(sev as SeveritySetting)) {
      throw new UsageError(`--rule ${rule.meta.id}: the severity must be off, info, warning or error (got "${sev}")`);
    }
    out[rule.meta.id] = sev as SeveritySetting;
  }
  return out;
}

export interface SettingsSource {
  settingsFor(uri: string): Settings;
  /** The configuration files in use, one per file linted. */
  configFor(absolute: string): ConfigFileResult | undefined;
}

/**
 * Settings per file. Throws a UsageError naming the first problem of any configuration that applies
 * to one of the files: `path/to/coopspec.json:LINE:COL: message (and N more)`.
 */
export function loadSettings(
  files: readonly string[],
  cwd: string,
  options: { config?: string; rules?: Record<string, SeveritySetting>; today?: string },
): SettingsSource {
  const loader = new ConfigLoader();
  let explicit: ConfigFileResult | undefined;
  if (options.config !== undefined) {
    const abs = resolve(cwd, options.config);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (e) {
      throw new UsageError(`--config ${options.config}: ${describeError(e)}`);
    }
    if (isDir) throw new UsageError(`--config ${options.config} is a directory: name the coopspec.json file`);
    explicit = loader.load(abs);
  }
  const configFor = (absolute: string): ConfigFileResult | undefined => explicit ?? loader.forFile(absolute);

  const used = new Map<string, ConfigFileResult>();
  for (const f of files) {
    const c = configFor(f);
    if (c) used.set(c.uri, c);
  }
  const broken = [...used.values()].filter((c) => c.problems.length > 0).sort((a, b) => a.uri.localeCompare(b.uri));
  const first = broken[0];
  if (first) {
    const total = broken.reduce((n, c) => n + c.problems.length, 0);
    const problem = first.problems[0]!;
    const path = fileURLToPath(first.uri);
    let where = displayPath(cwd, path);
    try {
      const text = readFileSync(path, 'utf8');
      const { line, column } = lineColumn(text, problem.start);
      where += `:${line}:${column}`;
    } catch {
      /* unreadable: the problem says so */
    }
    throw new UsageError(`${where}: ${total > 1 ? `${problem.message.replace(/\.$/, '')} (and ${total - 1} more)` : problem.message}`);
  }

  const cache = new Map<string, Settings>();
  const overrides = options.rules ?? {};
  return {
    configFor,
    settingsFor(uri: string): Settings {
      let s = cache.get(uri);
      if (!s) {
        const config = uri.startsWith('file:') ? configFor(fileURLToPath(uri)) : explicit;
        s = combineSettings(config?.data, overrides, options.today);
        cache.set(uri, s);
      }
      return s;
    },
  };
}

/** 1-based line and column (UTF-16 code units) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1,
    lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
