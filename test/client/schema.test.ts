// The committed schemas/coopspec.schema.json and package.json's `coopspec.rules` setting are
// generated from the engine (scripts/gen-schema.ts): they must not drift from it.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { join } from 'node:path';
import { parseConfig } from '../../server/src/language/config';
import { RULES } from '../../server/src/language/rules/index';
import { rulesSetting, schemaText, SCHEMA_PATH } from '../../scripts/gen-schema';
import { DEFAULT_DELAY_MS } from '../../server/src/lsp/diagnostics';
import { diagnosticOptions } from '../../server/src/lsp/configuration';
import { ROOT } from '../support/lint';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    jsonValidation: { fileMatch: string; url: string }[];
    configuration: {
      properties: Record<
        string,
        {
          type: string;
          scope?: string;
          default?: unknown;
          enum?: string[];
          description?: string;
          markdownDescription?: string;
          properties?: Record<string, { enum: string[] }>;
        }
      >;
    };
  };
};

describe('client: coopspec.json schema and settings', () => {
  it('schemas/coopspec.schema.json is what configSchema() gives (run npm run gen:schema)', () => {
    assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), schemaText(), 'schemas/coopspec.schema.json is stale: run npm run gen:schema');
  });

  it('is contributed to VS Code for every coopspec.json', () => {
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: 'coopspec.json', url: './schemas/coopspec.schema.json' }]);
  });

  it('names every rule by id and alias, as the engine accepts them, and no other', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
      properties: { rules: { properties: Record<string, unknown>; additionalProperties: boolean } };
    };
    const names = RULES.flatMap((r) => [r.meta.id, r.meta.alias]).sort();
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), names);
    assert.equal(schema.properties.rules.additionalProperties, false);
    // The engine agrees: every name the schema allows parses without a problem.
    const all = Object.fromEntries(names.map((n) => [n, 'warning']));
    assert.deepEqual(parseConfig('file:///coopspec.json', JSON.stringify({ rules: all })).problems, []);
    assert.equal(parseConfig('file:///coopspec.json', JSON.stringify({ rules: { CR999: 'off' } })).problems.length, 1);
  });

  it('marks as `schema` exactly the mistakes the schema reports (the server leaves those to an editor that checks it)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
    const cases: [string, string][] = [
      ['unknown setting', '{ "colour": true }'],
      ['unknown rule', '{ "rules": { "CR999": "off" } }'],
      ['severity', '{ "rules": { "CR101": "loud" } }'],
      ['rules not an object', '{ "rules": [] }'],
      ['root', '{ "root": "yes" }'],
      ['threshold', '{ "interceptionThresholdYears": 0 }'],
      ['today, badly formed', '{ "today": "30/02/2026" }'],
      ['today, a day that does not exist', '{ "today": "2026-02-30" }'],
      ['instrument', '{ "instruments": ["budapest", "ets999"] }'],
      ['instruments not a list', '{ "instruments": "budapest" }'],
      ['not an object', '[1, 2]'],
    ];
    for (const [what, text] of cases) {
      const problems = parseConfig('file:///coopspec.json', text).problems;
      assert.equal(problems.length, 1, `${what}: one problem`);
      const schemaReports = !validate(JSON.parse(text));
      assert.equal(
        problems[0]!.schema,
        schemaReports,
        `${what}: ${problems[0]!.code} is marked schema=${problems[0]!.schema}, the schema ${schemaReports ? 'reports' : 'accepts'} it`,
      );
    }
  });

  it('the coopspec.rules setting is what gen-schema writes: resource scope, described, one enum per rule id and alias', () => {
    const setting = pkg.contributes.configuration.properties['coopspec.rules'];
    assert.ok(setting, 'coopspec.rules is not contributed');
    assert.deepEqual(setting, rulesSetting(), 'package.json coopspec.rules is stale: run npm run gen:schema');
    assert.equal(setting.type, 'object');
    assert.equal(setting.scope, 'resource');
    assert.ok(setting.markdownDescription);
    const props = setting.properties ?? {};
    assert.equal(Object.keys(props).length, RULES.length * 2);
    for (const r of RULES) {
      assert.deepEqual(props[r.meta.id]?.enum, ['off', 'info', 'warning', 'error'], r.meta.id);
      assert.deepEqual(props[r.meta.alias]?.enum, ['off', 'info', 'warning', 'error'], r.meta.alias);
    }
  });

  it("coopspec.diagnostics.scope and .delay: the server's values and defaults", () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepEqual(props['coopspec.diagnostics.scope']?.enum, ['workspace', 'openFiles']);
    assert.equal(props['coopspec.diagnostics.scope']?.default, 'workspace');
    assert.equal(props['coopspec.diagnostics.delay']?.default, DEFAULT_DELAY_MS);
    assert.deepEqual(diagnosticOptions({ scope: 'openFiles', delay: 0 }), { scope: 'openFiles', delay: 0, problems: [] });
    assert.equal(diagnosticOptions({ scope: 'all', delay: -1 }).problems.length, 2);
  });

  it('indents CoopSpec files by two spaces by default, as the examples and the formatter do', () => {
    const defaults = (pkg.contributes as unknown as { configurationDefaults: Record<string, Record<string, unknown>> })
      .configurationDefaults;
    assert.deepEqual(defaults['[coopspec]'], { 'editor.tabSize': 2, 'editor.insertSpaces': true });
  });

  it('the server trace is off by default and every setting has a description', () => {
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['coopspec.trace.server']?.default, 'off');
    for (const [name, p] of Object.entries(props)) assert.ok(p.description ?? p.markdownDescription, `${name} has no description`);
  });
});
