// The npm package as a user gets it: `npm pack` (which builds dist/ first, as `npm publish` does,
// through the prepack script), then `npm install --save-dev` of the tarball in an empty project,
// then the programs through npx: `coopspec lint`, `coopspec render` (Word and Markdown) and
// `coopspec-language-server --stdio`. They must do exactly what the built programs of the
// repository do.
//
// No registry is used: the package has no dependencies, so npm runs offline with an empty cache of
// its own and no user or global configuration; where the machine allows it (`unshare -rn`), every
// npm and npx command also runs in a network namespace with no interface at all. Everything is
// written in a temporary folder, and the commands are awaited as events (their exit, the server's
// answers): the mocha timeout only catches a hang.

import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { runCli } from '../cli/run';
import { readZip } from '../client/vsix';
import { canUnshareNetwork } from '../reliability/support/network';
import { EXAMPLES, ROOT } from '../support/lint';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown> & { name: string; version: string };

/** What the tarball must hold: the CLI, the language server, the Word writer they load, and what npm always adds. */
const PACKAGE_FILES = ['LICENSE', 'README.md', 'dist/cli.js', 'dist/render-docx.js', 'dist/server.js', 'package.json'];

interface Done {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Processes started by this file and not yet ended; each leads its own process group (npx starts a shell, which starts node). */
const started = new Set<ChildProcess>();

function endStarted(): void {
  for (const child of started) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  started.clear();
}

describe('the npm package: packed, installed offline, run through npx', function () {
  this.timeout(600_000);

  let tmp: string;
  let project: string;
  let env: NodeJS.ProcessEnv;
  /** `unshare -rn` where the machine allows it: no network interface for npm, npx and what they start. */
  let wrapper: string[];
  let packed: { filename: string; files: { path: string }[] };

  /** Start `command args…` in `cwd` with npm's offline environment; the child leads a process group. */
  function start(command: string, args: readonly string[], cwd: string): ChildProcess {
    const argv = [...wrapper, command, ...args];
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    started.add(child);
    child.once('exit', () => started.delete(child));
    return child;
  }

  /** Run a command to its end: its exit code and output, once it has exited and closed its output. */
  function run(command: string, args: readonly string[], cwd: string): Promise<Done> {
    return new Promise((resolve, reject) => {
      const child = start(command, args, cwd);
      child.stdin!.end();
      let stdout = '';
      let stderr = '';
      child.stdout!.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
      });
      child.stderr!.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
      });
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  /** `npx --no-install coopspec …` in the project: the installed bin, never a download. */
  const npx = (bin: string, args: readonly string[]): Promise<Done> => run('npx', ['--no-install', bin, ...args], project);

  /** What a command wrote on stderr, without npm's own warnings and notices. */
  const ownStderr = (r: Done): string =>
    r.stderr
      .split('\n')
      .filter((l) => !/^npm (warn|notice|WARN)\b/.test(l))
      .join('\n');

  const show = (r: Done): string => `exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'coopspec-package-'));
    for (const d of ['pack', 'cache', 'project']) mkdirSync(join(tmp, d));
    writeFileSync(join(tmp, 'userrc'), '');
    writeFileSync(join(tmp, 'globalrc'), '');
    project = realpathSync(join(tmp, 'project'));
    // The environment of a user's shell, not that of the npm running these tests (npm_* variables
    // such as npm_config_local_prefix would point npm at this repository).
    env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    Object.assign(env, {
      npm_config_cache: join(tmp, 'cache'),
      npm_config_userconfig: join(tmp, 'userrc'),
      npm_config_globalconfig: join(tmp, 'globalrc'),
      npm_config_offline: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    });
    wrapper = canUnshareNetwork() ? ['unshare', '-rn'] : [];
    if (!wrapper.length)
      console.log('\n    note: `unshare -rn true` fails on this machine: npm runs offline, but not in a network namespace');

    const pack = await run('npm', ['pack', '--json', '--pack-destination', join(tmp, 'pack')], ROOT);
    assert.equal(pack.code, 0, `npm pack failed:\n${show(pack)}`);
    packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;

    writeFileSync(join(project, 'package.json'), '{ "private": true }\n');
    const install = await run(
      'npm',
      ['install', '--save-dev', '--offline', '--no-audit', '--no-fund', join(tmp, 'pack', packed.filename)],
      project,
    );
    assert.equal(install.code, 0, `npm install of the tarball failed:\n${show(install)}`);

    cpSync(join(EXAMPLES, 'clean'), join(project, 'requests'), { recursive: true });
    cpSync(join(EXAMPLES, 'flawed', 'specialty'), join(project, 'flawed'), { recursive: true });
  });

  after(() => {
    endStarted();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('holds the command line, the language server and the Word writer, and nothing else', () => {
    assert.equal(packed.filename, `${pkg.name}-${pkg.version}.tgz`);
    assert.deepEqual(
      packed.files.map((f) => f.path).sort(),
      PACKAGE_FILES,
      'the tarball holds other files than dist/cli.js, dist/server.js, dist/render-docx.js and what npm always adds: see .npmignore (dist/client.js, the VS Code client, is shipped in the .vsix only)',
    );
    const installed = join(project, 'node_modules', pkg.name);
    for (const f of ['cli.js', 'server.js', 'render-docx.js']) {
      assert.ok(
        readFileSync(join(installed, 'dist', f)).equals(readFileSync(join(ROOT, 'dist', f))),
        `the installed dist/${f} is not the one the build wrote`,
      );
    }
  });

  it('has no runtime dependency: the install adds one package and needs no registry', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      assert.equal(pkg[field], undefined, `package.json has ${field}: esbuild bundles everything, keep them devDependencies`);
    }
    assert.equal(pkg.private, undefined, 'package.json is private: npm would refuse to publish it');
    assert.deepEqual(
      readdirSync(join(project, 'node_modules'))
        .filter((n) => !n.startsWith('.'))
        .sort(),
      [pkg.name],
    );
    const user = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
    assert.ok(user.devDependencies?.[pkg.name], '--save-dev records the package in the project');
  });

  it('coopspec --version prints the version of the package', async () => {
    const r = await npx('coopspec', ['--version']);
    assert.equal(r.code, 0, show(r));
    assert.equal(r.stdout, `${pkg.version}\n`);
  });

  it('coopspec lint: exit 0 on a clean workspace, 1 on a flawed one, 2 on a bad option, printing what the built CLI prints', async () => {
    const clean = await npx('coopspec', ['lint', 'requests']);
    assert.equal(clean.code, 0, show(clean));
    assert.equal(clean.stdout, '✔ No problems in 2 files.\n');
    assert.equal(ownStderr(clean), '');

    for (const args of [
      ['lint', 'flawed'],
      ['lint', '--format', 'sarif', 'flawed'],
      ['lint', '--format', 'nope', 'requests'],
    ]) {
      const packaged = await npx('coopspec', args);
      const built = runCli(args, { cwd: project });
      assert.deepEqual(
        { code: packaged.code, stdout: packaged.stdout, stderr: ownStderr(packaged) },
        { code: built.code, stdout: built.stdout, stderr: built.stderr },
        `coopspec ${args.join(' ')}`,
      );
    }
    const flawed = await npx('coopspec', ['lint', 'flawed']);
    assert.equal(flawed.code, 1);
    assert.match(flawed.stdout, /CR201 specialty-violation/);
    const sarif = JSON.parse((await npx('coopspec', ['lint', '--format', 'sarif', 'flawed'])).stdout) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    // One SARIF result per finding the JSON format lists for the same folder.
    const json = JSON.parse((await npx('coopspec', ['lint', '--format', 'json', 'flawed'])).stdout) as { findings: unknown[] };
    assert.ok(json.findings.length > 1);
    assert.equal(sarif.runs[0]!.results.length, json.findings.length);
    const bad = await npx('coopspec', ['lint', '--format', 'nope', 'requests']);
    assert.equal(bad.code, 2);
    assert.match(ownStderr(bad), /^coopspec: --format does not take "nope"[^\n]*\n$/);
  });

  it('coopspec render: the letter as a Word document (loading the Word writer) and as Markdown', async () => {
    const docx = join(tmp, 'EXT-2026-001.docx');
    const word = await npx('coopspec', ['render', 'requests', '--request', 'EXT-2026-001', '--format', 'docx', '--out', docx]);
    assert.equal(word.code, 0, show(word));
    assert.equal(word.stdout, `wrote ${docx} (letter of EXT-2026-001, docx, en)\n`);
    const entries = readZip(docx);
    const document = entries.find((e) => e.name === 'word/document.xml');
    assert.ok(document, `the docx holds no word/document.xml: ${entries.map((e) => e.name).join(', ')}`);
    assert.ok(entries.some((e) => e.name === '[Content_Types].xml'));
    assert.match(document.read().toString('utf8'), /EXT-2026-001/);

    const md = join(tmp, 'packaged.md');
    const mine = join(tmp, 'built.md');
    const markdown = await npx('coopspec', [
      'render',
      'requests',
      '--request',
      'EXT-2026-001',
      '--format',
      'md',
      '--today',
      '2026-03-01',
      '--out',
      md,
    ]);
    assert.equal(markdown.code, 0, show(markdown));
    const built = runCli(['render', 'requests', '--request', 'EXT-2026-001', '--format', 'md', '--today', '2026-03-01', '--out', mine], {
      cwd: project,
    });
    assert.equal(built.code, 0, built.stderr);
    const text = readFileSync(md, 'utf8');
    assert.match(text, /^# Request for extradition\n/);
    assert.equal(text, readFileSync(mine, 'utf8'), 'the packaged CLI writes another letter than the built one');
  });

  it('coopspec-language-server --stdio answers initialize, lints an open file and shuts down', async () => {
    const child = start('npx', ['--no-install', 'coopspec-language-server', '--stdio'], project);
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const file = join(project, 'flawed', 'specialty.coop');
    const uri = pathToFileURL(file).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) => {
      conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri && p.diagnostics.some((d) => d.code === 'CR201')) resolve(p);
      });
    });
    conn.listen();
    try {
      const root = pathToFileURL(project).href;
      const init = await conn.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'project' }],
        capabilities: {},
      });
      assert.ok(init.capabilities.textDocumentSync, 'the server declares no text document sync');
      assert.ok(init.capabilities.hoverProvider, 'the server declares no hover');
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'coopspec', version: 1, text: readFileSync(file, 'utf8') },
      });
      const diagnostics = (await published).diagnostics;
      assert.ok(
        diagnostics.some((d) => d.code === 'CR201' && d.source === 'coopspec'),
        JSON.stringify(diagnostics),
      );
      assert.equal(await conn.sendRequest('shutdown'), null);
      await conn.sendNotification('exit');
      assert.equal(await exited, 0, `the server did not exit cleanly:\n${stderr}`);
    } finally {
      conn.dispose();
    }
  });
});
