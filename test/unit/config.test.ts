// coopspec.json, engine side: parseConfig (server/src/language/config.ts) — valid files and every
// kind of problem with its place in the file; combineSettings (file < editor); the severities and
// settings reaching findings through the Workspace; configSchema(); and ConfigLoader
// (server/src/node/configLoader.ts) finding the nearest file upwards.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { combineSettings, configSchema, parseConfig, parseRuleSeverities, type ConfigFileResult } from '../../server/src/language/config';
import { RULES } from '../../server/src/language/rules/index';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/language/settings';
import { Workspace } from '../../server/src/language/workspace';
import { ConfigLoader } from '../../server/src/node/configLoader';

const URI = 'file:///ws/coopspec.json';

/** The text a problem covers. */
const at = (text: string, r: ConfigFileResult): string[] => r.problems.map((p) => text.slice(p.start, p.end));

const VALID: Record<string, string> = {
  'empty object': '{}',
  'rules by id and alias': '{ "rules": { "CR405": "off", "redress-missing": "warning", "CR501": "error", "controller-first": "info" } }',
  'every setting': `{
    "$schema": "./node_modules/coopspec/schemas/coopspec.schema.json",
    "root": true,
    "rules": { "CR404": "error", "preservation-not-followed": "off" },
    "interceptionThresholdYears": 3,
    "instruments": ["budapest", "budapest-2ap", "ets24", "ets30", "uncc"]
  }`,
  'a fractional threshold and an empty instruments list': '{ "interceptionThresholdYears": 2.5, "instruments": [] }',
  'comments and a trailing comma (JSONC, as VS Code writes it)':
    '{\n  // team defaults\n  "rules": { "CR406": "off", },\n  /* CR404 */ "interceptionThresholdYears": 5,\n}',
};

describe('coopspec.json: parseConfig', () => {
  for (const [name, text] of Object.entries(VALID)) {
    it(`reads a valid file without problems: ${name}`, () => {
      assert.deepEqual(parseConfig(URI, text).problems, []);
    });
  }

  it('reads every setting, mapping aliases to rule ids', () => {
    const r = parseConfig(URI, VALID['every setting']!);
    assert.equal(r.uri, URI);
    assert.deepEqual(r.data, {
      rules: { CR404: 'error', CR306: 'off' },
      interceptionThresholdYears: 3,
      instruments: ['budapest', 'budapest-2ap', 'ets24', 'ets30', 'uncc'],
      root: true,
    });
    assert.deepEqual(parseConfig(URI, VALID['rules by id and alias']!).data.rules, { CR405: 'off', CR406: 'warning', CR501: 'info' });
    assert.deepEqual(parseConfig(URI, VALID['comments and a trailing comma (JSONC, as VS Code writes it)']!).data, {
      rules: { CR406: 'off' },
      interceptionThresholdYears: 5,
    });
  });

  it('a byte order mark before the JSON is accepted, and places stay those of the file', () => {
    const text = VALID['rules by id and alias']!;
    assert.deepEqual(parseConfig(URI, `\uFEFF${text}`), parseConfig(URI, text));
    const broken = '\uFEFF{ "rules": { "CR405": "sometimes" } }';
    const [problem] = parseConfig(URI, broken).problems;
    assert.equal(broken.slice(problem!.start, problem!.end), '"sometimes"');
  });

  it('an absent setting leaves it undefined (the default or an outer setting applies)', () => {
    assert.deepEqual(parseConfig(URI, '{}').data, { rules: {} });
  });

  describe('problems, each with its place in the file', () => {
    it('invalid JSON: at the place parsing failed, and the valid part is still read', () => {
      const text = '{ "rules": { "CR405": "off" }, "interceptionThresholdYears": }';
      const r = parseConfig(URI, text);
      assert.deepEqual(r.problems, [
        {
          start: text.lastIndexOf('}'),
          end: text.lastIndexOf('}') + 1,
          message: 'coopspec.json is not valid JSON: value expected.',
          code: 'config-json',
          schema: true,
        },
      ]);
      assert.deepEqual(r.data.rules, { CR405: 'off' });
    });

    it('an unclosed object', () => {
      const text = '{ "rules": { "CR405": "off" }';
      const r = parseConfig(URI, text);
      assert.equal(r.problems.length, 1);
      assert.match(r.problems[0]!.message, /not valid JSON/);
      assert.equal(r.problems[0]!.start, text.length);
    });

    it('an empty file', () => {
      for (const text of ['', '   \n']) {
        const r = parseConfig(URI, text);
        assert.equal(r.problems.length, 1, JSON.stringify(text));
        assert.match(r.problems[0]!.message, /coopspec\.json/);
      }
    });

    it('a value that is not an object: the whole value', () => {
      for (const text of ['[]', ' 42', '"rules"', 'null', '[{ "rules": {} }]']) {
        const r = parseConfig(URI, text);
        assert.equal(r.problems.length, 1, text);
        assert.equal(r.problems[0]!.message, 'coopspec.json must hold a JSON object.');
        assert.deepEqual(at(text, r), [text.trim()]);
      }
    });

    it('an unknown setting: at its key, with a suggestion when one is near', () => {
      const text = '{ "interceptionTresholdYears": 3, "severity": {} }';
      const r = parseConfig(URI, text);
      assert.deepEqual(at(text, r), ['"interceptionTresholdYears"', '"severity"']);
      assert.match(r.problems[0]!.message, /Unknown setting "interceptionTresholdYears".*did you mean "interceptionThresholdYears"\?/);
      assert.doesNotMatch(r.problems[1]!.message, /did you mean/);
      assert.equal(r.data.interceptionThresholdYears, undefined);
    });

    it('an unknown rule: at its key, with the nearest ids or aliases; the other rules are read', () => {
      const text = '{ "rules": { "CR999": "off", "notice-mising": "off", "CR406": "off" } }';
      const r = parseConfig(URI, text);
      assert.deepEqual(at(text, r), ['"CR999"', '"notice-mising"']);
      assert.match(r.problems[0]!.message, /Unknown rule "CR999"/);
      assert.match(r.problems[1]!.message, /did you mean .*"notice-missing"/);
      assert.deepEqual(r.data.rules, { CR406: 'off' });
    });

    it('a bad severity: at the value', () => {
      const text = '{ "rules": { "CR405": "warn", "CR406": 1, "CR407": null, "CR401": ["error"], "CR402": "Error" } }';
      const r = parseConfig(URI, text);
      assert.deepEqual(at(text, r), ['"warn"', '1', 'null', '["error"]', '"Error"']);
      assert.match(r.problems[0]!.message, /severity of CR405 must be "off", "info", "warning" or "error"/);
      assert.deepEqual(r.data.rules, {});
    });

    it('a bad threshold: at the value', () => {
      for (const v of ['0', '-1', '"4"', '101', 'true', '[4]', 'null']) {
        const text = `{ "interceptionThresholdYears": ${v} }`;
        const r = parseConfig(URI, text);
        assert.deepEqual(at(text, r), [v], v);
        assert.match(r.problems[0]!.message, /"interceptionThresholdYears" takes a number of years/);
        assert.equal(r.data.interceptionThresholdYears, undefined);
      }
    });

    it('a bad instrument: at the item, and the list is not applied (half a list would flag every other basis)', () => {
      const text = '{ "instruments": ["budapest", "ets42", 24, "treaty"] }';
      const r = parseConfig(URI, text);
      assert.deepEqual(at(text, r), ['"ets42"', '24', '"treaty"']);
      assert.match(r.problems[0]!.message, /Unknown instrument "ets42"/);
      assert.equal(r.data.instruments, undefined);
      assert.deepEqual(parseConfig(URI, '{ "instruments": ["budapest", "ets24"] }').data.instruments, ['budapest', 'ets24']);
    });

    it('settings of the wrong shape: at the value', () => {
      const text = '{ "instruments": "budapest", "rules": ["CR405"], "root": "yes" }';
      const r = parseConfig(URI, text);
      assert.deepEqual(at(text, r), ['"budapest"', '["CR405"]', '"yes"']);
      assert.deepEqual(r.data, { rules: {} });
    });

    it('messages never quote anything but the setting at fault', () => {
      const text = '{ "rules": { "CR405": "Jane Doe, born 1980" } }';
      const [p] = parseConfig(URI, text).problems;
      assert.doesNotMatch(p!.message, /Jane/);
    });

    it('never throws, whatever the text', () => {
      for (const text of [
        '{',
        '}',
        '{"rules":',
        '{"rules":{"CR405":',
        '\u0000',
        '{"a":1,"a":2}',
        '[[[[',
        '{"rules":{"":"off"}}',
        '\uFEFF{}',
      ]) {
        assert.doesNotThrow(() => parseConfig(URI, text), JSON.stringify(text));
      }
    });
  });
});

describe('coopspec.json: settings', () => {
  it('combineSettings: defaults, then the file, then the editor (the editor wins for that user)', () => {
    assert.deepEqual(combineSettings(), {
      rules: {},
      interceptionThresholdYears: DEFAULT_SETTINGS.interceptionThresholdYears,
      instruments: undefined,
    });
    const file = parseConfig(
      URI,
      '{ "rules": { "CR405": "off", "CR406": "error" }, "interceptionThresholdYears": 6, "instruments": ["budapest"] }',
    ).data;
    const s = combineSettings(file, { CR405: 'info', CR401: 'warning' });
    assert.deepEqual(s.rules, { CR405: 'info', CR406: 'error', CR401: 'warning' });
    assert.equal(s.interceptionThresholdYears, 6);
    assert.deepEqual(s.instruments, ['budapest']);
    assert.deepEqual(combineSettings(undefined, { CR405: 'off' }).rules, { CR405: 'off' });
  });

  it("parseRuleSeverities (the editor's coopspec.rules): aliases map to ids, problems are listed", () => {
    assert.deepEqual(parseRuleSeverities({ 'notice-missing': 'off', CR406: 'warning' }), {
      rules: { CR405: 'off', CR406: 'warning' },
      problems: [],
    });
    const bad = parseRuleSeverities({ CR999: 'off', CR405: 'loud', CR406: 'info' });
    assert.deepEqual(bad.rules, { CR406: 'info' });
    assert.equal(bad.problems.length, 2);
    assert.deepEqual(parseRuleSeverities(undefined), { rules: {}, problems: [] });
    assert.equal(parseRuleSeverities(['CR405']).problems.length, 1);
    assert.equal(parseRuleSeverities('off').problems.length, 1);
  });

  describe('through the Workspace', () => {
    /** A production order lacking notice (CR405, warning) and redress (CR406, info); an interception for a 3-year offence. */
    const TEXT = `offence threats {
  conduct: "Threatening messages"
  law IT { cite: "Criminal Code"  max-penalty: 3 years }
}

request MLA-1 mutual-assistance {
  measure: production
  safeguards {
    authorization: judicial "Order of the judge"
    necessity: "Only source"
    proportionality: "One account"
  }
}

request MLA-2 mutual-assistance {
  measure: interception
  from: FR
  to: IT
  basis: ets24
  offences: [threats]
}
`;
    const run = (config: string, editor?: Record<string, unknown>): Map<string, Set<string>> => {
      const parsed = parseConfig(URI, config);
      assert.deepEqual(parsed.problems, []);
      const settings: Settings = combineSettings(parsed.data, parseRuleSeverities(editor).rules);
      const ws = new Workspace(() => settings);
      ws.set('file:///ws/main.coop', TEXT);
      const out = new Map<string, Set<string>>();
      for (const f of ws.findings('file:///ws/main.coop')) {
        if (!out.has(f.rule)) out.set(f.rule, new Set());
        out.get(f.rule)!.add(f.severity);
      }
      return out;
    };

    it('default severities from the catalogue', () => {
      const r = run('{}');
      assert.deepEqual([...r.get('CR405')!], ['warning']);
      assert.deepEqual([...r.get('CR406')!], ['info']);
      assert.deepEqual([...r.get('CR401')!], ['error']);
    });

    it("off removes a rule's findings; info, warning and error relabel them", () => {
      const r = run('{ "rules": { "CR405": "off", "redress-missing": "error", "CR401": "info", "CR304": "warning" } }');
      assert.equal(r.has('CR405'), false);
      assert.deepEqual([...r.get('CR406')!], ['error']);
      assert.deepEqual([...r.get('CR401')!], ['info']);
      assert.deepEqual([...r.get('CR304')!], ['warning']);
      // Rules not named keep their defaults.
      assert.deepEqual([...r.get('CR305')!], ['warning']);
    });

    it("the editor's severity wins over the file's", () => {
      const r = run('{ "rules": { "CR405": "off", "CR406": "error" } }', { CR405: 'error', 'redress-missing': 'off' });
      assert.deepEqual([...r.get('CR405')!], ['error']);
      assert.equal(r.has('CR406'), false);
    });

    it('the CR404 threshold and the instruments in use reach the rules', () => {
      assert.ok(run('{}').has('CR404'));
      assert.ok(!run('{ "interceptionThresholdYears": 3 }').has('CR404'));
      assert.ok(!run('{ "interceptionThresholdYears": 2.9 }').has('CR404'));
      assert.ok(run('{ "interceptionThresholdYears": 3.5 }').has('CR404'));
      // ets24 as the basis of MLA-2: reported only when the file lists the instruments in use without it.
      const basis = (config: string): boolean => {
        const parsed = parseConfig(URI, config).data;
        const ws = new Workspace(() => combineSettings(parsed));
        ws.set('file:///ws/main.coop', TEXT);
        return ws.findings('file:///ws/main.coop').some((f) => f.rule === 'CR305' && f.message.includes('coopspec.json'));
      };
      assert.equal(basis('{}'), false);
      assert.equal(basis('{ "instruments": ["budapest", "ets24"] }'), false);
      assert.equal(basis('{ "instruments": ["budapest"] }'), true);
    });

    it('"today" reaches the deadline rules; the command line or the editor wins over the file', () => {
      const text = 'request PRES-1 preservation {\n  date: 2026-01-10\n}\n';
      const cr311 = (settings: Settings): string | undefined => {
        const ws = new Workspace(() => settings);
        ws.set('file:///ws/main.coop', text);
        return ws.findings('file:///ws/main.coop').find((f) => f.rule === 'CR311')?.message;
      };
      assert.equal(cr311(combineSettings(parseConfig(URI, '{ "today": "2026-03-11" }').data)), undefined, 'day 60: still preserved');
      assert.match(cr311(combineSettings(parseConfig(URI, '{ "today": "2026-03-12" }').data)) ?? '', /as of 2026-03-12/);
      assert.equal(
        cr311(combineSettings(parseConfig(URI, '{ "today": "2026-03-12" }').data, {}, '2026-02-01')),
        undefined,
        'the override wins',
      );
      assert.deepEqual(
        parseConfig(URI, '{ "today": "2026-02-30" }').problems.map((p) => p.message),
        ['"today" takes a date, "YYYY-MM-DD": the day the deadlines are measured against (default: the system date).'],
      );
      assert.deepEqual(parseConfig(URI, '{ "today": 20260101 }').problems.length, 1);
    });

    it('CR004 off also silences unknown rules in suppression comments', () => {
      const text = '# coopspec-disable-next-line CR999\ncase C-1 {\n  title: "A case"\n}\n';
      const count = (s: Settings): number => {
        const ws = new Workspace(() => s);
        ws.set('file:///ws/main.coop', text);
        return ws.findings('file:///ws/main.coop').filter((f) => f.rule === 'CR004').length;
      };
      assert.equal(count(DEFAULT_SETTINGS), 1);
      assert.equal(count(combineSettings(parseConfig(URI, '{ "rules": { "unknown-key-or-value": "off" } }').data)), 0);
    });

    it('setSettings recomputes the findings', () => {
      const ws = new Workspace();
      ws.set('file:///ws/main.coop', TEXT);
      assert.ok(ws.findings('file:///ws/main.coop').some((f) => f.rule === 'CR405'));
      const summary = ws.setSettings(() => combineSettings({ rules: { CR405: 'off' } }));
      assert.deepEqual(summary.affected, ['file:///ws/main.coop']);
      assert.ok(!ws.findings('file:///ws/main.coop').some((f) => f.rule === 'CR405'));
    });
  });
});

describe('coopspec.json: configSchema()', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(configSchema());
  // JSON Schema validators read JSON, not JSONC: the comment sample is given without comments.
  const samples = Object.entries(VALID).filter(([name]) => !name.startsWith('comments'));

  for (const [name, text] of samples) {
    it(`accepts a valid file: ${name}`, () => {
      assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors));
    });
  }

  it('rejects what parseConfig reports', () => {
    for (const text of [
      '[]',
      '{ "severity": {} }',
      '{ "rules": { "CR999": "off" } }',
      '{ "rules": { "CR405": "warn" } }',
      '{ "interceptionThresholdYears": 0 }',
      '{ "interceptionThresholdYears": 101 }',
      '{ "interceptionThresholdYears": "4" }',
      '{ "instruments": ["ets42"] }',
      '{ "instruments": "budapest" }',
      '{ "root": "yes" }',
    ]) {
      assert.equal(validate(JSON.parse(text)), false, text);
      assert.ok(parseConfig(URI, text).problems.length > 0, text);
    }
  });

  it('lists every rule id and alias, each with its description and default severity', () => {
    const schema = configSchema() as { properties: { rules: { properties: Record<string, { enum: string[]; description: string }> } } };
    const props = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(props).sort(), RULES.flatMap((r) => [r.meta.id, r.meta.alias]).sort());
    for (const r of RULES) {
      assert.deepEqual(props[r.meta.id]!.enum, ['off', 'info', 'warning', 'error']);
      assert.ok(props[r.meta.alias]!.description.includes(r.meta.id));
      assert.ok(props[r.meta.id]!.description.includes(`default: ${r.meta.severity}`));
    }
    assert.equal(RULES.length, 54);
  });
});

describe('coopspec.json on disk: ConfigLoader', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'coopspec-config-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const write = (rel: string, text: string): string => {
    const p = join(root, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
    return p;
  };

  it("finds the nearest coopspec.json in the file's folder or above; the nearest wins", () => {
    write('coopspec.json', '{ "rules": { "CR405": "off" } }');
    write('team/coopspec.json', '{ "rules": { "CR406": "off" } }');
    const loader = new ConfigLoader();
    const top = loader.forFile(write('a.coop', ''));
    assert.deepEqual(top?.data.rules, { CR405: 'off' });
    assert.equal(top?.uri, pathToFileURL(join(root, 'coopspec.json')).href);
    assert.deepEqual(loader.forFile(write('team/b.coop', ''))?.data.rules, { CR406: 'off' });
    assert.deepEqual(loader.forFile(write('team/deep/er/c.coop', ''))?.data.rules, { CR406: 'off' });
    assert.deepEqual(loader.forFile(write('other/d.coop', ''))?.data.rules, { CR405: 'off' });
  });

  it('takes a file: URI as well as a path', () => {
    write('coopspec.json', '{ "interceptionThresholdYears": 7 }');
    const file = write('x/a.coop', '');
    assert.equal(new ConfigLoader().forFile(pathToFileURL(file).href)?.data.interceptionThresholdYears, 7);
  });

  it('a folder named coopspec.json is not a configuration file: the search goes on upwards', () => {
    write('coopspec.json', '{ "rules": { "CR405": "off" } }');
    mkdirSync(join(root, 'sub', 'coopspec.json'), { recursive: true });
    assert.deepEqual(new ConfigLoader().forFile(write('sub/a.coop', ''))?.data.rules, { CR405: 'off' });
  });

  it('keeps the problems of a broken file with it', () => {
    write('coopspec.json', '{ "rules": { "CR405": "loud" } }');
    const r = new ConfigLoader().forFile(write('a.coop', ''));
    assert.equal(r?.problems.length, 1);
  });

  it('load() of a missing file is a problem, not a throw', () => {
    const r = new ConfigLoader().load(join(root, 'nope', 'coopspec.json'));
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0]!.message, /cannot read coopspec\.json: ENOENT/);
  });

  it('clear() forgets what was read: a new or changed file is found', () => {
    const loader = new ConfigLoader();
    const file = write('p/q/a.coop', '');
    const before = loader.forFile(file);
    write('p/coopspec.json', '{ "rules": { "CR406": "off" } }');
    assert.deepEqual(loader.forFile(file), before);
    loader.clear();
    assert.deepEqual(loader.forFile(file)?.data.rules, { CR406: 'off' });
    write('p/coopspec.json', '{ "rules": { "CR406": "error" } }');
    loader.clear();
    assert.deepEqual(loader.forFile(file)?.data.rules, { CR406: 'error' });
  });
});
