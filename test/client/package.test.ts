// `npm run package` (vsce package --no-dependencies): the .vsix holds the bundled client, server and
// CLI, the grammar, the language configuration, the schema, the rule pages, the icon, the licence
// and the README, every file the manifest points to, and nothing else: no node_modules, sources,
// tests, examples or source maps. Uses coopspec-<version>.vsix when it is newer than everything
// that goes into it; otherwise builds it (vsce runs the build first, as vscode:prepublish).

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from '../support/lint';
import { readZip, type ZipEntry } from './vsix';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const VSIX = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

/** Everything the package is made of, by modification time. */
function inputs(): string[] {
  const walk = (p: string): string[] => (statSync(p).isDirectory() ? readdirSync(p).flatMap((n) => walk(join(p, n))) : [p]);
  const roots = ['package.json', '.vscodeignore', 'LICENSE', 'language-configuration.json', 'client', 'server/src', 'grammar', 'reference', 'syntaxes', 'schemas', 'images', 'docs', 'esbuild.mjs'];
  return roots.map((r) => join(ROOT, r)).filter(existsSync).flatMap(walk);
}

function freshVsix(): string {
  if (existsSync(VSIX)) {
    const built = statSync(VSIX).mtimeMs;
    if (inputs().every((f) => statSync(f).mtimeMs <= built)) return VSIX;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'coopspec-vsix-'));
  try {
    const out = join(tmp, 'coopspec.vsix');
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--readme-path', 'client/README.md', '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
    renameSync(out, VSIX);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return VSIX;
}

describe('client: the .vsix package', function () {
  this.timeout(300_000);
  let entries: ZipEntry[];
  let names: string[];
  let manifest: {
    main: string; icon: string; activationEvents: string[]; capabilities: Record<string, { supported: boolean; description?: string }>;
    contributes: { languages: { configuration: string; icon: { light: string; dark: string } }[]; grammars: { path: string }[]; jsonValidation: { url: string }[] };
  };

  before(() => {
    const vsix = freshVsix();
    entries = readZip(vsix);
    names = entries.map((e) => e.name);
    const m = entries.find((e) => e.name === 'extension/package.json');
    assert.ok(m, 'the vsix has no extension/package.json');
    manifest = JSON.parse(m.read().toString('utf8')) as typeof manifest;
  });

  const inExtension = (path: string): string => `extension/${path.replace(/^\.\//, '')}`;

  it('holds the bundled client, server and CLI, and the file the manifest starts', () => {
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/cli.js']) assert.ok(names.includes(`extension/${f}`), `${f} is missing`);
    assert.ok(names.includes(inExtension(manifest.main)), `main ${manifest.main} is missing`);
    const client = entries.find((e) => e.name === 'extension/dist/client.js')!;
    assert.ok(client.size > 10_000, 'dist/client.js is not the bundled client');
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

  it('holds the rule pages (rule links open them offline), the licence and the extension README', () => {
    const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
    assert.ok(pages.includes('CR101.md'));
    for (const p of pages) assert.ok(names.includes(`extension/docs/rules/${p}`), `docs/rules/${p} is missing`);
    assert.ok(names.some((n) => /^extension\/LICENSE(\.txt)?$/.test(n)), 'no licence');
    const readme = entries.find((e) => e.name.toLowerCase() === 'extension/readme.md');
    assert.ok(readme, 'no README');
    assert.equal(readme.read().toString('utf8').split('\n')[0], readFileSync(join(ROOT, 'client', 'README.md'), 'utf8').split('\n')[0], 'the README is not client/README.md');
  });

  it('holds no node_modules, sources, tests, examples, source maps or vsix', () => {
    const unwanted = names.filter((n) => /(^|\/)(node_modules|src|test|examples|bench|grammar|reference|\.vscode|\.git)(\/|$)|\.map$|\.ts$|\.vsix$/.test(n));
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
    assert.ok(relative(ROOT, VSIX) === `${pkg.name}-${pkg.version}.vsix`);
  });
});
