// Nothing leaks, nothing runs (issue 6, item 5).
//
// No network: the CLI and the language server run twice, once plainly and once with every way Node
// opens a connection, listens, resolves a name or starts a process replaced by a function that
// records the attempt and throws (support/block-network.cjs, loaded through NODE_OPTIONS). Both
// runs must give the same results, and the log must show the preload loaded and nothing attempted.
// A control proves the preload does block; where the machine allows it (`unshare -rn`), the CLI and
// the server also run in a network namespace with no interface at all.
//
// Nothing runs: coopspec.json and *.coop files holding things that would execute if evaluated
// (`${process.exit(3)}`, require('child_process'), `__proto__`, `constructor`), and JavaScript
// configuration files that would write a marker file if loaded, are only data.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LINT_FORMAT_NAMES } from '../../server/src/cli/formats/index';
import { combineSettings, parseConfig } from '../../server/src/language/config';
import { FORMATS as RENDER_FORMATS } from '../../server/src/render/formats';
import { assertNoCrash, runCli, type Run } from '../cli/run';
import { CLI, ensureBuilt, LspClient, uriOf, type StartOptions } from '../lsp/client';
import { EXAMPLES, readFolder, ROOT } from '../support/lint';
import { makeWritable } from './support/files';
import { blockedEnv, canUnshareNetwork, type Blocked } from './support/network';

/** Every flawed folder of examples/, relative to the repository root. */
const FLAWED = readdirSync(join(EXAMPLES, 'flawed'))
  .sort()
  .map((f) => `examples/flawed/${f}`);
/** Where the render commands write their letters (removed when the run ends). */
const LETTERS = mkdtempSync(join(tmpdir(), 'coopspec-netletters-'));
after(() => rmSync(LETTERS, { recursive: true, force: true }));

/** What a run of the CLI printed and returned. */
type Outcome = Pick<Run, 'code' | 'stdout' | 'stderr'>;

function outcome(r: Run): Outcome {
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** `node dist/cli.js …` inside a new user and network namespace: no interface, not even loopback. */
function runCliOffline(args: readonly string[], cwd = ROOT): Outcome {
  const r = spawnSync('unshare', ['-rn', process.execPath, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
    maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Log lines with their timings blanked: the only part of them two runs may not share. */
const untimed = (logs: string[]): string[] => logs.map((l) => l.replace(/\b\d+ ms\b/g, 'N ms'));

/** Skip, saying why, where `unshare -rn true` fails (no unprivileged user and network namespaces). */
function requireNetworkNamespace(ctx: Mocha.Context): void {
  if (canUnshareNetwork()) return;
  console.log(
    `\n    skipped: "${ctx.test?.title}": \`unshare -rn true\` fails on this machine, so there is no network namespace to run in`,
  );
  ctx.skip();
}

function assertNothingAttempted(net: Blocked): void {
  assert.deepEqual(net.attempts(), [], 'a network connection, name lookup or process was attempted');
}

before(function () {
  this.timeout(180_000);
  ensureBuilt();
});

describe('reliability: no network connection is ever opened', function () {
  this.timeout(180_000);

  describe('the preload that blocks the network (control)', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'coopspec-netctl-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('records and refuses a connection, a name lookup, fetch, HTTP, UDP, a listener and a process', () => {
      const script = join(dir, 'try.cjs');
      writeFileSync(
        script,
        `
const tries = {
  'net.connect': () => require('node:net').connect(9, '127.0.0.1'),
  'net.Socket#connect': () => new (require('node:net').Socket)().connect(9, '127.0.0.1'),
  'tls.connect': () => require('node:tls').connect(443, 'example.org'),
  'dns.lookup': () => require('node:dns').lookup('example.org', () => {}),
  'dns.resolve4': () => require('node:dns').resolve4('example.org', () => {}),
  'dns.promises.lookup': () => require('node:dns/promises').lookup('example.org'),
  'dns.Resolver#resolveTxt': () => new (require('node:dns').Resolver)().resolveTxt('example.org', () => {}),
  'fetch': () => fetch('http://example.org/'),
  'http.request': () => require('node:http').request('http://example.org/'),
  'https.get': () => require('node:https').get('https://example.org/'),
  'http2.connect': () => require('node:http2').connect('https://example.org'),
  'dgram.createSocket': () => require('node:dgram').createSocket('udp4'),
  'net.Server#listen': () => require('node:net').createServer().listen(0),
  'child_process.spawnSync': () => require('node:child_process').spawnSync('true'),
};
const out = {};
for (const [api, attempt] of Object.entries(tries)) {
  try { attempt(); out[api] = 'not blocked'; } catch (e) { out[api] = e.code; }
}
process.stdout.write(JSON.stringify(out));
`,
      );
      const net = blockedEnv();
      const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ...net.env }, timeout: 30_000 });
      assert.equal(r.status, 0, r.stderr);
      const results = JSON.parse(r.stdout) as Record<string, string>;
      for (const [api, code] of Object.entries(results)) assert.equal(code, 'ECOOPSPECBLOCKED', `${api} was not blocked`);
      const recorded = net.attempts().map((a) => a.api);
      for (const api of Object.keys(results))
        assert.ok(recorded.includes(api), `${api} was not recorded (recorded: ${recorded.join(', ')})`);
      assert.deepEqual(net.preloaded(), [r.pid]);
      // The same script without the preload is not blocked: the preload is what made the difference.
      const plain = spawnSync(
        process.execPath,
        ['-e', "try { require('node:dgram').createSocket('udp4').close(); console.log('ok') } catch (e) { console.log(e.code) }"],
        { encoding: 'utf8' },
      );
      assert.equal(plain.stdout.trim(), 'ok');
    });

    it('blocks an ES module that imports the functions by name', () => {
      const script = join(dir, 'try.mjs');
      writeFileSync(
        script,
        `
import { connect } from 'node:net';
import { lookup } from 'node:dns';
const out = [];
for (const attempt of [() => connect(9, '127.0.0.1'), () => lookup('example.org', () => {})]) {
  try { attempt(); out.push('not blocked'); } catch (e) { out.push(e.code); }
}
process.stdout.write(out.join(' '));
`,
      );
      const net = blockedEnv();
      const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, ...net.env }, timeout: 30_000 });
      assert.equal(r.stdout, 'ECOOPSPECBLOCKED ECOOPSPECBLOCKED', r.stderr);
      assert.deepEqual(
        net.attempts().map((a) => a.api),
        ['net.connect', 'dns.lookup'],
      );
    });
  });

  describe('the CLI', () => {
    const cases: string[][] = [
      // Every format on the whole of examples/ (findings: exit 1) and on the clean folder (exit 0);
      // every folder alone in JSON, which carries the most (related places, fixes).
      ...['examples', 'examples/clean'].flatMap((folder) => LINT_FORMAT_NAMES.map((format) => ['lint', '--format', format, folder])),
      ...FLAWED.map((folder) => ['lint', '--format', 'json', folder]),
      ['lint', '--fail-severity', 'info', 'examples/flawed'],
      ['lint', '--fix-dry-run', 'examples'],
      ['lint', 'examples/no-such-folder'],
      ['explain', 'CR101'],
      ['explain', 'budapest art 29(2)'],
      ['rules'],
      // A letter in each format, over the same file each time (the output names it: the same path both runs).
      ...RENDER_FORMATS.map((f) => [
        'render',
        'examples/clean',
        '--request',
        'EXT-2026-001',
        '--format',
        f.name,
        '--force',
        '--out',
        join(LETTERS, `letter.${f.extension}`),
      ]),
      ['render', 'examples/flawed/extradition-bars', '--request', 'PL-EXT-4', '--draft', '--force', '--out', join(LETTERS, 'draft.docx')],
      ['--help'],
      ['--version'],
    ];

    it(`gives the same output and exit code with networking blocked, and attempts nothing (${cases.length} commands)`, () => {
      const net = blockedEnv();
      const codes = new Set<number | null>();
      for (const args of cases) {
        const plain = runCli(args, { env: net.plain });
        const blocked = runCli(args, { env: net.env });
        assertNoCrash(blocked);
        assert.deepEqual(outcome(blocked), outcome(plain), `coopspec ${args.join(' ')}`);
        codes.add(plain.code);
      }
      // The commands covered success, findings and a usage error.
      assert.deepEqual([...codes].sort(), [0, 1, 2]);
      assert.equal(net.preloaded().length, cases.length, 'the preload was not loaded in every run');
      assertNothingAttempted(net);
    });

    it('lint --fix writes the same files and reports the same with networking blocked', () => {
      const dir = mkdtempSync(join(tmpdir(), 'coopspec-netfix-'));
      try {
        const net = blockedEnv();
        const fixIn = (env: Record<string, string>) => {
          // The same path both times, so the reports can be compared byte for byte.
          rmSync(join(dir, 'ws'), { recursive: true, force: true });
          cpSync(EXAMPLES, join(dir, 'ws'), { recursive: true });
          makeWritable(join(dir, 'ws'));
          const r = runCli(['lint', '--fix', '--format', 'json', '.'], { cwd: join(dir, 'ws'), env });
          assertNoCrash(r);
          return { run: outcome(r), files: readFolder(join(dir, 'ws')) };
        };
        const plain = fixIn(net.plain);
        const blocked = fixIn(net.env);
        assert.match(plain.run.stderr, /^fixed \d+ problems? in /m, 'the fix run fixed nothing: the comparison would prove little');
        assert.notDeepEqual(plain.files, readFolder(EXAMPLES));
        assert.deepEqual(blocked, plain);
        assert.equal(net.preloaded().length, 1);
        assertNothingAttempted(net);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('gives the same output inside a network namespace with no interface (unshare -rn)', function () {
      requireNetworkNamespace(this);
      for (const args of [
        ...LINT_FORMAT_NAMES.map((format) => ['lint', '--format', format, 'examples']),
        ['lint', '--fix-dry-run', 'examples'],
        ['explain', 'budapest art 29(2)'],
      ]) {
        assert.deepEqual(runCliOffline(args), outcome(runCli(args)), `coopspec ${args.join(' ')} in a network namespace`);
      }
      // The namespace really has no network: not even loopback answers.
      const probe = spawnSync(
        'unshare',
        [
          '-rn',
          process.execPath,
          '-e',
          "const s = require('node:net').connect(9, '127.0.0.1'); s.on('error', (e) => { console.log(e.code); }); s.on('connect', () => { console.log('connected'); s.destroy(); })",
        ],
        { encoding: 'utf8', timeout: 20_000 },
      );
      assert.equal(probe.stdout.trim(), 'ENETUNREACH');
    });
  });

  describe('the language server', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'coopspec-netlsp-'));
      for (const f of ['clean', 'flawed/missing-grounds', 'flawed/specialty']) cpSync(join(EXAMPLES, f), join(dir, f), { recursive: true });
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    /** A session an editor would have: open a flawed file, diagnostics, hover, completion, a code action, formatting, shutdown. */
    async function session(options: StartOptions) {
      const file = join(dir, 'flawed', 'missing-grounds', 'extradition.coop');
      const uri = uriOf(file);
      const text = readFileSync(file, 'utf8');
      const position = (needle: string, delta = 0) => {
        const i = text.indexOf(needle);
        assert.ok(i >= 0, needle);
        const before = text.slice(0, i + delta).split('\n');
        return { line: before.length - 1, character: before[before.length - 1]!.length };
      };
      const client = await LspClient.start(dir, options);
      try {
        client.open(uri, text);
        const diagnostics = await client.diagnosticsForVersion(uri, 1);
        const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: position('budapest art 24', 10) });
        const completion = await client.request('textDocument/completion', {
          textDocument: { uri },
          position: position('    nationality: unassessed'),
        });
        const cr101 = diagnostics.filter((d: Diagnostic) => d.code === 'CR101');
        const actions = await client.request('textDocument/codeAction', {
          textDocument: { uri },
          range: cr101[0]!.range,
          context: { diagnostics: cr101 },
        });
        const fixAll = await client.request('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.coopspec'] },
        });
        const formatting = await client.request('textDocument/formatting', {
          textDocument: { uri },
          options: { tabSize: 2, insertSpaces: true },
        });
        const definition = await client.request('textDocument/definition', {
          textDocument: { uri },
          position: position('person: silva', 9),
        });
        return {
          capabilities: client.initializeResult,
          diagnostics,
          hover,
          completion,
          actions,
          fixAll,
          formatting,
          definition,
          messages: client.messages,
          traces: client.traces,
          client,
        };
      } finally {
        await client.stop();
      }
    }

    const comparable = (s: Awaited<ReturnType<typeof session>>) => {
      const rest: Partial<typeof s> = { ...s };
      delete rest.client;
      return rest;
    };

    it('answers the same with networking blocked, exits cleanly, and attempts nothing', async () => {
      const net = blockedEnv();
      const plain = await session({ env: net.plain });
      const blocked = await session({ env: net.env });
      assert.ok(
        plain.diagnostics.some((d) => d.code === 'CR101'),
        'the session saw no CR101: the comparison would prove little',
      );
      assert.ok(plain.hover && plain.completion && (plain.actions as unknown[]).length > 0 && plain.definition, 'a feature gave nothing');
      assert.deepEqual(comparable(blocked), comparable(plain));
      assert.equal(blocked.client.child.exitCode, 0, `the server exited with ${blocked.client.child.exitCode}: ${blocked.client.stderr}`);
      assert.equal(blocked.client.stderr, plain.client.stderr);
      assert.deepEqual(untimed(blocked.client.logs), untimed(plain.client.logs));
      assert.deepEqual(net.preloaded(), [blocked.client.child.pid], 'the preload was not loaded in the server');
      assertNothingAttempted(net);
    });

    it('answers the same inside a network namespace with no interface (unshare -rn)', async function () {
      requireNetworkNamespace(this);
      const plain = await session({});
      const offline = await session({ wrapper: ['unshare', '-rn'] });
      assert.deepEqual(comparable(offline), comparable(plain));
      assert.equal(offline.client.child.exitCode, 0, offline.client.stderr);
    });
  });
});

describe('reliability: nothing from the workspace runs', function () {
  this.timeout(120_000);
  let dir: string;
  let ws: string;
  let marks: string;

  /** Code that, if it ever ran, would leave a file named `name` in the marker folder and exit 3. */
  const payload = (name: string) => `require('node:fs').writeFileSync(${JSON.stringify(join(marks, name))}, 'ran'); process.exit(3);`;
  const ranMarkers = (): string[] => readdirSync(marks);

  /** A request file whose strings hold code, and whose names are JavaScript's own property names. */
  const requestText = (): string =>
    [
      'case CASE-1 {',
      `  title: "\${${payload('template').replace(/"/g, '\\"')}}"`,
      `  authority: "\`touch ${join(marks, 'backticks')}\`; $(touch ${join(marks, 'shell')}); \${process.exit(3)}"`,
      '}',
      '',
      'offence constructor {',
      `  conduct: "require('child_process').execSync('touch ${join(marks, 'child')}')"`,
      '  category: budapest art 4',
      `  law FR { cite: "'); ${payload('quote-break').replace(/"/g, '\\"')} ('"  max-penalty: 5 years }`,
      `  law US { cite: """\${${payload('text').replace(/"/g, '\\"')}}"""  max-penalty: 5 years }`,
      '}',
      '',
      'request EXT-1 extradition {',
      '  from: FR',
      '  to: US',
      '  basis: budapest art 24',
      '  authority: "\\"); process.exit(3); (\\""',
      '  offences: [constructor, hasOwnProperty, toString]',
      '  specialty: undertaken',
      '}',
      '',
    ].join('\n');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'coopspec-norun-'));
    marks = join(dir, 'marks');
    ws = join(dir, 'ws');
    mkdirSync(marks);
    mkdirSync(join(ws, 'node_modules', 'coopspec-plugin'), { recursive: true });
    writeFileSync(join(ws, 'request.coop'), requestText());
    // A .coop file that is JavaScript: linted as text, never loaded.
    writeFileSync(join(ws, 'script.coop'), `${payload('coop-as-js')}\n`);
    // Configuration files other tools would load as code; CoopSpec reads coopspec.json only, as JSON.
    for (const name of [
      'coopspec.config.js',
      'coopspec.config.cjs',
      '.coopspecrc.js',
      '.coopspecrc.cjs',
      'coopspec.js',
      'index.js',
      '.coopspecrc',
    ]) {
      writeFileSync(join(ws, name), payload(name));
    }
    writeFileSync(
      join(ws, 'coopspec.config.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(marks, 'coopspec.config.mjs'))}, 'ran');\nprocess.exit(3);\n`,
    );
    writeFileSync(join(ws, 'node_modules', 'coopspec-plugin', 'index.js'), payload('plugin'));
    writeFileSync(
      join(ws, 'node_modules', 'coopspec-plugin', 'package.json'),
      JSON.stringify({ name: 'coopspec-plugin', main: 'index.js' }),
    );
    writeFileSync(
      join(ws, 'package.json'),
      JSON.stringify({
        name: 'requests',
        main: 'index.js',
        coopspec: { plugins: ['coopspec-plugin'] },
        scripts: { prelint: `touch ${join(marks, 'npm-script')}`, postinstall: `touch ${join(marks, 'npm-script')}` },
      }),
    );
    // Valid configuration (CR303 off), whose "$schema" is a javascript: URL.
    writeFileSync(join(ws, 'coopspec.json'), JSON.stringify({ $schema: `javascript:${payload('schema')}`, rules: { CR303: 'off' } }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** `file:line RULE` of the CLI's JSON findings. */
  const findingKeys = (r: Run): string[] =>
    (JSON.parse(r.stdout) as { findings: { path: string; line: number; rule: string }[] }).findings
      .map((f) => `${f.path}:${f.line} ${f.rule}`)
      .sort();

  it('coopspec.json is data: __proto__ and constructor are unknown settings, and pollute nothing', () => {
    const text =
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "rules": {"__proto__": {"CR101": "off"}, "constructor": "off", "toString": "off", "CR107": "info"}}';
    const { data, problems } = parseConfig('file:///ws/coopspec.json', text);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(data.rules), ['CR107']);
    assert.equal(Object.getPrototypeOf(data.rules), Object.prototype);
    assert.equal(combineSettings(data).rules.CR101, undefined);
    const messages = problems.map((p) => p.message);
    for (const name of ['__proto__', 'constructor'])
      assert.ok(
        messages.some((m) => m.includes(`Unknown setting "${name}"`)),
        `${name}: ${messages.join(' | ')}`,
      );
    for (const name of ['__proto__', 'constructor', 'toString'])
      assert.ok(
        messages.some((m) => m.includes(`Unknown rule "${name}"`)),
        `${name}: ${messages.join(' | ')}`,
      );

    // The CLI: a one-line error and exit 2, found as the nearest file or given with --config.
    writeFileSync(join(ws, 'coopspec.json'), text);
    for (const args of [
      ['lint', '.'],
      ['lint', '--config', 'coopspec.json', 'request.coop'],
    ]) {
      const r = runCli(args, { cwd: ws });
      assertNoCrash(r);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^coopspec: coopspec\.json:\d+:\d+: Unknown setting "__proto__"[^\n]*\n$/);
    }
    assert.deepEqual(ranMarkers(), []);
  });

  it('the CLI lints strings that hold code as text, loads no JavaScript from the workspace, and starts nothing', () => {
    const net = blockedEnv();
    const r = runCli(['lint', '--format', 'json', '.'], { cwd: ws, env: net.env });
    assertNoCrash(r);
    assert.equal(r.code, 1, r.stderr);
    const keys = findingKeys(r);
    // Names are keys of a map, not of an object: constructor resolves to its declaration, and
    // hasOwnProperty and toString name nothing declared.
    assert.deepEqual(
      keys.filter((k) => k.includes('CR002')),
      ['request.coop:18 CR002', 'request.coop:18 CR002'],
    );
    assert.ok(
      !keys.some((k) => k.startsWith('request.coop:') && /CR00[14]/.test(k)),
      `the strings did not parse as strings: ${keys.join(', ')}`,
    );
    assert.ok(keys.includes('script.coop:1 CR001'), keys.join(', '));
    assert.ok(keys.includes('request.coop:13 CR101'), keys.join(', '));
    assert.ok(!keys.some((k) => k.includes('CR303')), 'coopspec.json was not applied');

    // --fix writes the files, still running nothing.
    const before = readFileSync(join(ws, 'request.coop'), 'utf8');
    const fixed = runCli(['lint', '--fix', '.'], { cwd: ws, env: net.env });
    assertNoCrash(fixed);
    assert.equal(fixed.code, 1, fixed.stderr);
    const after = readFileSync(join(ws, 'request.coop'), 'utf8');
    assert.notEqual(after, before);
    for (const line of before.split('\n').filter((l) => l.includes('"')))
      assert.ok(after.includes(line), `--fix changed a line with a string: ${line}`);

    assert.deepEqual(ranMarkers(), []);
    assert.equal(net.preloaded().length, 2);
    assertNothingAttempted(net);
  });

  it('the language server reads the same workspace, and editor settings naming __proto__, as data', async () => {
    const net = blockedEnv();
    const settings = JSON.parse('{"__proto__": {"CR002": "off"}, "constructor": "off", "CR101": "info"}') as unknown;
    const client = await LspClient.start(ws, {
      env: net.env,
      settings: (_scope, section) => (section === 'coopspec.rules' ? settings : null),
    });
    try {
      const uri = uriOf(join(ws, 'request.coop'));
      client.open(uri, readFileSync(join(ws, 'request.coop'), 'utf8'));
      const diagnostics = await client.diagnosticsForVersion(uri, 1);
      const lines = (code: string) => diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line + 1);
      assert.deepEqual(lines('CR002'), [18, 18], 'the settings\' "__proto__" turned CR002 off');
      assert.deepEqual(lines('CR303'), [], 'coopspec.json was not applied');
      assert.ok(
        lines('CR101').length > 0 && diagnostics.filter((d) => d.code === 'CR101').every((d) => d.severity === 3),
        'the valid part of the settings was not applied',
      );
      // Still serving after all of it.
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 10 } });
      assert.ok(hover);
    } finally {
      await client.stop();
    }
    assert.equal(client.child.exitCode, 0, client.stderr);
    assert.deepEqual(ranMarkers(), []);
    assert.deepEqual(net.preloaded(), [client.child.pid]);
    assertNothingAttempted(net);
  });

  it('the preload would have seen a process being started (control)', () => {
    const net = blockedEnv();
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `try { require('node:child_process').execSync('touch ${join(marks, 'control')}') } catch (e) { process.stdout.write(e.code) }`,
      ],
      { encoding: 'utf8', env: { ...process.env, ...net.env } },
    );
    assert.equal(r.stdout, 'ECOOPSPECBLOCKED');
    assert.deepEqual(
      net.attempts().map((a) => a.api),
      ['child_process.execSync'],
    );
    assert.deepEqual(ranMarkers(), []);
  });
});
