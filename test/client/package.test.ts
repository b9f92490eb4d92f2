// `npm run package` (vsce package --no-dependencies): the .vsix holds the bundled client, server and
// CLI, the grammar, the language configuration, the schema, the rule pages, the icon, the licence
// and the README, every file the manifest points to, and nothing else: no node_modules, sources,
// tests, examples or source maps. The package is built from the working tree for each run (vsce
// runs the build first, as vscode:prepublish), into a temporary folder: the tests write nothing
// into the repository.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT } from '../support/lint';
import { readZip, type ZipEntry } from './vsix';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** `npm run package`'s command, writing into `dir` under the name vsce chooses; the package's path. */
function packageInto(dir: string): string {
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--readme-path', 'client/README.md', '--out', `${dir}/`], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 240_000,
  });
  const made = readdirSync(dir);
  assert.equal(made.length, 1, `vsce package wrote ${made.join(', ')}`);
  return join(dir, made[0]!);
}

describe('client: the .vsix package', function () {
  this.timeout(300_000);
  let entries: ZipEntry[];
  let names: string[];
  let manifest: {
    main: string;
    icon: string;
    activationEvents: string[];
    capabilities: Record<string, { supported: boolean; description?: string }>;
    contributes: {
      languages: { configuration: string; icon: { light: string; dark: string } }[];
      grammars: { path: string }[];
      jsonValidation: { url: string }[];
    };
  };

  let tmp: string;
  let vsix: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'coopspec-vsix-'));
    vsix = packageInto(tmp);
    entries = readZip(vsix);
    names = entries.map((e) => e.name);
    const m = entries.find((e) => e.name === 'extension/package.json');
    assert.ok(m, 'the vsix has no extension/package.json');
    manifest = JSON.parse(m.read().toString('utf8')) as typeof manifest;
  });
  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const inExtension = (path: string): string => `extension/${path.replace(/^\.\//, '')}`;

  it('holds every bundle the build writes (client, server, CLI, Word writer), and the file the manifest starts', () => {
    const bundles = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
    assert.ok(bundles.includes('render-docx.js'), 'the build writes the Word writer apart');
    for (const f of bundles) assert.ok(names.includes(`extension/dist/${f}`), `dist/${f} is missing`);
    assert.ok(names.includes(inExtension(manifest.main)), `main ${manifest.main} is missing`);
    const client = entries.find((e) => e.name === 'extension/dist/client.js')!;
    assert.ok(client.size > 10_000, 'dist/client.js is not the bundled client');
    // The client starts the server and holds none of the engine: no parser, no rule.
    const clientText = client.read().toString('utf8');
    assert.ok(!clientText.includes('peg$parse') && !clientText.includes('Internal error in rule'), 'dist/client.js bundles the engine');
  });

  it('holds every file the manifest points to: grammar, language configuration, schema, icons', () => {
    const pointed = [
      manifest.icon,
      ...manifest.contributes.languages.flatMap((l) => [l.configuration, l.icon.light, l.icon.dark]),
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.jsonValidation.map((j) => j.url),
    ];
    for (const p of pointed) assert.ok(names.includes(inExtension(p)), `${p} is missing`);
    const icon = entries.find((e) => e.name === inExtension(manifest.icon))!.read();
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], 'the icon is 128x128');
  });

  it('holds the rule pages (rule links open them offline) and their catalogue, the licence and the extension README', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    assert.ok(pages.includes('CR101.md'));
    for (const p of pages) assert.ok(names.includes(`extension/docs/rules/${p}`), `docs/rules/${p} is missing`);
    // "Explain rule" picks from the catalogue and opens the page of the rule picked.
    const catalogue = entries.find((e) => e.name === 'extension/docs/rules/rules.json');
    assert.ok(catalogue, 'docs/rules/rules.json is missing');
    const listed = (JSON.parse(catalogue.read().toString('utf8')) as { id: string }[]).map((r) => `${r.id}.md`);
    assert.deepEqual(
      listed,
      pages.filter((p) => /^CR\d{3}\.md$/.test(p)),
      'the catalogue lists a rule per page',
    );
    assert.ok(
      names.some((n) => /^extension\/LICENSE(\.txt)?$/.test(n)),
      'no licence',
    );
    const readme = entries.find((e) => e.name.toLowerCase() === 'extension/readme.md');
    assert.ok(readme, 'no README');
    assert.equal(
      readme.read().toString('utf8').split('\n')[0],
      readFileSync(join(ROOT, 'client', 'README.md'), 'utf8').split('\n')[0],
      'the README is not client/README.md',
    );
  });

  it('holds no node_modules, sources, tests, examples, source maps or vsix', () => {
    const unwanted = names.filter((n) =>
      /(^|\/)(node_modules|src|test|examples|bench|grammar|reference|\.vscode|\.git)(\/|$)|\.map$|\.ts$|\.vsix$/.test(n),
    );
    assert.deepEqual(unwanted, []);
    const expected = new Set(['[Content_Types].xml', 'extension.vsixmanifest']);
    const outside = names.filter((n) => !n.startsWith('extension/') && !expected.has(n));
    assert.deepEqual(outside, []);
  });

  it('declares the activation events and its capabilities in the packaged manifest', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:coopspec'), 'onLanguage:coopspec must be declared explicitly');
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.coop'));
    assert.ok(manifest.activationEvents.includes('onCommand:coopspec.lintWorkspace'));
    assert.ok(manifest.activationEvents.includes('onCommand:coopspec.explainRule'));
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(manifest.capabilities.virtualWorkspaces?.supported, false);
    assert.ok(manifest.capabilities.virtualWorkspaces?.description);
  });

  it('is small: the bundles, not the dependencies', () => {
    const total = entries.reduce((n, e) => n + e.size, 0);
    assert.ok(total < 8_000_000, `the package holds ${total} bytes`);
    assert.equal(basename(vsix), `${pkg.name}-${pkg.version}.vsix`, 'npm run package names the package after the name and version');
  });
});
