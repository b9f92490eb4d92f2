// coopspec.json: reading, checking and combining configuration. Pure: the hosts find the files
// (configFiles.ts does it for Node) and pass their text here, so the CLI and the editor read the
// same file through the same code. Configuration is data only: nothing in it is ever executed.

import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { InstrumentId } from './articles';
import { COOPERATION_INSTRUMENTS } from './law/instruments';
import { RULES, ruleByName } from './rules/index';
import { DEFAULT_SETTINGS, type Settings, type SeveritySetting } from './settings';
import { dayNumber, nearest, orList } from './util';

export const CONFIG_FILE = 'coopspec.json';

const SEVERITY_VALUES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const KNOWN_KEYS = ['$schema', 'root', 'rules', 'interceptionThresholdYears', 'instruments', 'today'];

/** The kinds of mistake in a coopspec.json, each reported under its own code. */
export type ConfigProblemCode =
  | 'config-json'
  | 'config-unknown-setting'
  | 'config-value'
  | 'config-unknown-rule'
  | 'config-severity'
  | 'config-unknown-instrument'
  | 'config-date';

export interface ConfigProblem {
  /** Offsets in the configuration file. */
  start: number;
  end: number;
  message: string;
  code: ConfigProblemCode;
  /**
   * The JSON schema of coopspec.json (configSchema) reports this mistake too: an editor that checks
   * the file against the schema already shows it, so the language server does not repeat it there.
   */
  schema: boolean;
}

/** What one coopspec.json says; absent keys leave the defaults (or an outer setting) in force. */
export interface ConfigData {
  rules: Record<string, SeveritySetting>;
  interceptionThresholdYears?: number;
  instruments?: InstrumentId[];
  /** "Today" for the deadline rules (YYYY-MM-DD). */
  today?: string;
  /** Stop looking for configuration in parent folders (informational: the nearest file wins anyway). */
  root?: boolean;
}

export interface ConfigFileResult {
  uri: string;
  data: ConfigData;
  problems: ConfigProblem[];
}

/** Read a coopspec.json. Never throws: every problem is reported with its place in the file. */
export function parseConfig(uri: string, text: string): ConfigFileResult {
  const problems: ConfigProblem[] = [];
  const errors: ParseError[] = [];
  // A byte order mark (as Windows editors write one) is not JSON, but not a mistake either: it is
  // read as a space, so that offsets stay those of the file.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const tree = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) {
    problems.push({
      start: e.offset,
      end: e.offset + Math.max(1, e.length),
      message: `${CONFIG_FILE} is not valid JSON: ${describeJsonError(printParseErrorCode(e.error))}.`,
      code: 'config-json',
      schema: true,
    });
  }
  const data: ConfigData = { rules: {} };
  if (!tree) {
    if (problems.length === 0)
      problems.push({
        start: 0,
        end: 0,
        message: `${CONFIG_FILE} is empty: it must hold a JSON object.`,
        code: 'config-json',
        schema: false,
      });
    return { uri, data, problems };
  }
  if (tree.type !== 'object') {
    problems.push({
      start: tree.offset,
      end: tree.offset + tree.length,
      message: `${CONFIG_FILE} must hold a JSON object.`,
      code: 'config-json',
      schema: true,
    });
    return { uri, data, problems };
  }
  const at = (n: JsonNode): { start: number; end: number } => ({ start: n.offset, end: n.offset + n.length });
  for (const prop of tree.children ?? []) {
    const keyNode = prop.children?.[0];
    const valueNode = prop.children?.[1];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    switch (key) {
      case '$schema':
        break;
      case 'root':
        if (valueNode.type !== 'boolean')
          problems.push({ ...at(valueNode), message: '"root" takes true or false.', code: 'config-value', schema: true });
        else data.root = valueNode.value as boolean;
        break;
      case 'interceptionThresholdYears': {
        const v: unknown = valueNode.value;
        if (valueNode.type !== 'number' || typeof v !== 'number' || !(v > 0) || v > 100) {
          problems.push({
            ...at(valueNode),
            message: '"interceptionThresholdYears" takes a number of years greater than 0 (default 4).',
            code: 'config-value',
            schema: true,
          });
        } else data.interceptionThresholdYears = v;
        break;
      }
      case 'today': {
        const v: unknown = valueNode.value;
        if (valueNode.type !== 'string' || typeof v !== 'string' || !isDate(v)) {
          // The schema checks the form YYYY-MM-DD; that the day exists, only this check.
          const formed = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
          problems.push({
            ...at(valueNode),
            message: '"today" takes a date, "YYYY-MM-DD": the day the deadlines are measured against (default: the system date).',
            code: formed ? 'config-date' : 'config-value',
            schema: !formed,
          });
        } else data.today = v;
        break;
      }
      case 'instruments': {
        if (valueNode.type !== 'array') {
          problems.push({
            ...at(valueNode),
            message: '"instruments" takes a list of instruments, e.g. ["budapest", "ets24", "ets30"].',
            code: 'config-value',
            schema: true,
          });
          break;
        }
        const list: InstrumentId[] = [];
        let valid = true;
        for (const item of valueNode.children ?? []) {
          if (item.type === 'string' && (COOPERATION_INSTRUMENTS as string[]).includes(String(item.value)))
            list.push(item.value as InstrumentId);
          else {
            valid = false;
            problems.push({
              ...at(item),
              message: `Unknown instrument ${JSON.stringify(item.value)} in "instruments": use ${orList(COOPERATION_INSTRUMENTS)}.`,
              code: 'config-unknown-instrument',
              schema: true,
            });
          }
        }
        // A list with a slip is not applied: half a list would make CR305 report every other basis.
        if (valid) data.instruments = list;
        break;
      }
      case 'rules': {
        if (valueNode.type !== 'object') {
          problems.push({
            ...at(valueNode),
            message: '"rules" takes an object of rule ids or aliases to "off", "info", "warning" or "error".',
            code: 'config-value',
            schema: true,
          });
          break;
        }
        for (const r of valueNode.children ?? []) {
          const rk = r.children?.[0];
          const rv = r.children?.[1];
          if (!rk || !rv) continue;
          const name = String(rk.value);
          const rule = ruleByName(name);
          if (!rule) {
            const near = nearest(
              name,
              RULES.flatMap((x) => [x.meta.id, x.meta.alias]),
            );
            problems.push({
              ...at(rk),
              message: `Unknown rule "${name}" in "rules"${near.length ? ` (did you mean ${orList(near.map((n) => `"${n}"`))}?)` : ''}.`,
              code: 'config-unknown-rule',
              schema: true,
            });
            continue;
          }
          const sev: unknown = rv.value;
          if (rv.type !== 'string' || !SEVERITY_VALUES.includes(sev as SeveritySetting)) {
            problems.push({
              ...at(rv),
              message: `The severity of ${rule.meta.id} must be "off", "info", "warning" or "error".`,
              code: 'config-severity',
              schema: true,
            });
            continue;
          }
          data.rules[rule.meta.id] = sev as SeveritySetting;
        }
        break;
      }
      default: {
        const near = nearest(key, KNOWN_KEYS);
        problems.push({
          ...at(keyNode),
          message: `Unknown setting "${key}" in ${CONFIG_FILE}${near.length ? ` (did you mean "${near[0]}"?)` : ''}; the settings are rules, interceptionThresholdYears, instruments, today and root.`,
          code: 'config-unknown-setting',
          schema: true,
        });
      }
    }
  }
  return { uri, data, problems };
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Severities from the editor's settings (`coopspec.rules`), checked like the file's. */
export function parseRuleSeverities(value: unknown): { rules: Record<string, SeveritySetting>; problems: string[] } {
  const rules: Record<string, SeveritySetting> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('coopspec.rules must be an object of rule ids or aliases to severities.');
    return { rules, problems };
  }
  for (const [name, sev] of Object.entries(value as Record<string, unknown>)) {
    const rule = ruleByName(name);
    if (!rule) {
      problems.push(`coopspec.rules: unknown rule "${name}".`);
      continue;
    }
    if (typeof sev !== 'string' || !SEVERITY_VALUES.includes(sev as SeveritySetting)) {
      problems.push(`coopspec.rules: the severity of ${rule.meta.id} must be "off", "info", "warning" or "error".`);
      continue;
    }
    rules[rule.meta.id] = sev as SeveritySetting;
  }
  return { rules, problems };
}

/** A valid date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  return dayNumber(text) !== undefined;
}

/**
 * Settings for a file: defaults, then its nearest coopspec.json, then the editor's settings or the
 * command line (severities, and `today`, which wins over the file's).
 */
export function combineSettings(file?: ConfigData, editorRules?: Record<string, SeveritySetting>, today?: string): Settings {
  const out: Settings = {
    rules: { ...(file?.rules ?? {}), ...(editorRules ?? {}) },
    interceptionThresholdYears: file?.interceptionThresholdYears ?? DEFAULT_SETTINGS.interceptionThresholdYears,
    instruments: file?.instruments,
  };
  const day = today ?? file?.today;
  if (day) out.today = day;
  return out;
}

/** The JSON schema of coopspec.json, contributed to VS Code (jsonValidation) and written to schemas/. */
export function configSchema(): object {
  const severity = { enum: SEVERITY_VALUES, description: 'off, info, warning or error' };
  const ruleProps: Record<string, object> = {};
  for (const r of RULES) {
    ruleProps[r.meta.id] = { ...severity, description: `${r.meta.alias}: ${r.meta.description} (default: ${r.meta.severity})` };
    ruleProps[r.meta.alias] = { ...severity, description: `${r.meta.id}: ${r.meta.description} (default: ${r.meta.severity})` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'CoopSpec configuration (coopspec.json)',
    description:
      'Rule severities, the CR404 threshold, the instruments in use and the date the deadlines are measured against. The nearest coopspec.json above a file applies to it.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Marks the top of a project: documents that no coopspec.json above this one applies.' },
      rules: {
        type: 'object',
        description: 'Severity per rule, by id (CR405) or alias (notice-missing).',
        properties: ruleProps,
        additionalProperties: false,
      },
      interceptionThresholdYears: {
        type: 'number',
        exclusiveMinimum: 0,
        maximum: 100,
        default: DEFAULT_SETTINGS.interceptionThresholdYears,
        description:
          'CR404: the years of deprivation of liberty under the law of the requested party that make an offence serious enough for interception.',
      },
      today: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description:
          'The day the deadline rules (CR110, CR111, CR116, CR117, CR311) measure against, YYYY-MM-DD; the system date when absent. For reviewing a file as of a past date, and for tests.',
      },
      instruments: {
        type: 'array',
        items: { enum: COOPERATION_INSTRUMENTS },
        uniqueItems: true,
        description:
          "The instruments the workspace's requests may rely on. When set, CR305 reports a basis naming another instrument, and completion offers only these.",
      },
    },
  };
}
