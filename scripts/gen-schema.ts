// Writes what VS Code learns of coopspec.json and of the `coopspec.rules` setting from the engine:
//   schemas/coopspec.schema.json                               configSchema() (contributed as jsonValidation)
//   package.json contributes.configuration "coopspec.rules"    one property per rule id and alias
// Run: npm run gen:schema (also part of npm run docs). test/client/schema.test.ts fails when a
// committed copy differs from what this script would write.

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema } from '../server/src/language/config';
import { RULES } from '../server/src/language/rules/index';

export const ROOT = join(__dirname, '..');
export const SCHEMA_PATH = join(ROOT, 'schemas', 'coopspec.schema.json');
const PACKAGE_PATH = join(ROOT, 'package.json');

export function schemaText(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}

/** The `coopspec.rules` setting: the same rule names and severities as coopspec.json's "rules". */
export function rulesSetting(): Record<string, unknown> {
  const severity = ['off', 'info', 'warning', 'error'];
  const properties: Record<string, unknown> = {};
  for (const r of RULES) {
    const m = r.meta;
    properties[m.id] = { type: 'string', enum: severity, markdownDescription: `\`${m.alias}\`: ${m.description} (default: ${m.severity})` };
    properties[m.alias] = { type: 'string', enum: severity, markdownDescription: `\`${m.id}\`: ${m.description} (default: ${m.severity})` };
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    markdownDescription:
      'Severity per rule, by id (`CR405`) or alias (`notice-missing`): `off`, `info`, `warning` or `error`. ' +
      'Overrides the nearest `coopspec.json` for you only; the command line and CI read `coopspec.json` alone. ' +
      'Example: `{ "CR107": "off", "notice-missing": "info" }`.',
    properties,
    additionalProperties: false,
  };
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

interface PackageJson {
  contributes?: { configuration?: { properties?: Record<string, unknown> } };
  [key: string]: unknown;
}

/** Read package.json, replace only contributes.configuration.properties["coopspec.rules"], write back. */
function updatePackage(): boolean {
  const text = readFileSync(PACKAGE_PATH, 'utf8');
  const pkg = JSON.parse(text) as PackageJson;
  const props = pkg.contributes?.configuration?.properties;
  if (!props) throw new Error('package.json has no contributes.configuration.properties');
  props['coopspec.rules'] = rulesSetting();
  const out = JSON.stringify(pkg, null, 2) + '\n';
  if (out === text) return false;
  writeAtomically(PACKAGE_PATH, out);
  return true;
}

function main(): void {
  const changed: string[] = [];
  let current = '';
  try {
    current = readFileSync(SCHEMA_PATH, 'utf8');
  } catch {
    /* first run */
  }
  if (current !== schemaText()) {
    writeAtomically(SCHEMA_PATH, schemaText());
    changed.push('schemas/coopspec.schema.json');
  }
  if (updatePackage()) changed.push('package.json (coopspec.rules)');
  process.stdout.write(changed.length ? `gen-schema: wrote ${changed.join(', ')}\n` : 'gen-schema: up to date\n');
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`gen-schema: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
