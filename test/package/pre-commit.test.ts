// .pre-commit-hooks.yaml, the pre-commit hook: its entry runs a bin of package.json, it runs for
// *.coop files and coopspec.json, and it lints the whole repository rather than the staged files,
// since a file linted without the others of its workspace reports the names they declare as unknown.
// README's snippet names this repository, the hook and the current version.

import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { runCli } from '../cli/run';
import { fencedBlocks } from '../docs/markdown';
import { ensureBuilt } from '../support/build';
import { EXAMPLES, ROOT } from '../support/lint';

interface Hook {
  id: string;
  name: string;
  description?: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
  args?: string[];
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
  repository: { url: string };
};
const hooks = load(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml: the pre-commit hook', () => {
  const hook = hooks.find((h) => h.id === 'coopspec')!;

  it('declares the hook coopspec, a node hook whose entry is a bin of package.json', () => {
    assert.deepEqual(
      hooks.map((h) => h.id),
      ['coopspec'],
    );
    assert.equal(hook.language, 'node');
    assert.ok(hook.name && hook.description);
    const [bin, ...args] = hook.entry.split(/\s+/);
    assert.ok(pkg.bin[bin!], `the entry runs ${bin}, which is not a bin of package.json (${Object.keys(pkg.bin).join(', ')})`);
    assert.deepEqual(args, ['lint']);
  });

  it('runs for *.coop files and coopspec.json, in any folder, and for nothing else', () => {
    // pre-commit matches `files` with Python's re.search, which these patterns read alike.
    const files = new RegExp(hook.files);
    for (const f of ['x.coop', 'requests/extradition.coop', 'coopspec.json', 'requests/coopspec.json']) assert.ok(files.test(f), f);
    for (const f of ['x.txt', 'x.coop.txt', 'xcoop', 'mycoopspec.json', 'coopspec.json.bak', 'README.md']) assert.ok(!files.test(f), f);
  });

  it('lints the repository, not the staged files: one file alone misses the names declared in the others', function () {
    this.timeout(120_000);
    assert.equal(hook.pass_filenames, false, 'with pass_filenames, a file would be linted without the rest of its workspace');
    ensureBuilt();
    const repo = mkdtempSync(join(tmpdir(), 'coopspec-precommit-'));
    try {
      cpSync(join(EXAMPLES, 'clean'), join(repo, 'requests'), { recursive: true });
      const args = hook.entry.split(/\s+/).slice(1);
      // What pre-commit runs, from the repository's root, with no file name.
      const whole = runCli(args, { cwd: repo });
      assert.equal(whole.code, 0, whole.stdout + whole.stderr);
      assert.equal(whole.stdout, '✔ No problems in 2 files.\n');
      // What it would run with pass_filenames, for a commit that changes one file.
      const staged = runCli([...args, 'requests/preservation-and-mla.coop'], { cwd: repo });
      assert.equal(staged.code, 1);
      assert.match(staged.stdout, /CR002 unknown-reference/);
      cpSync(join(EXAMPLES, 'flawed', 'specialty'), join(repo, 'flawed'), { recursive: true });
      assert.equal(runCli(args, { cwd: repo }).code, 1, 'a flawed file in the repository fails the hook');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it("README's snippet names this repository, the hook and the current version", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const repos = fencedBlocks('README.md', readme)
      .filter((b) => b.lang === 'yaml')
      .flatMap((b) => (load(b.text) as { repos?: { repo: string; rev: string; hooks: { id: string }[] }[] })?.repos ?? []);
    const ours = repos.filter((r) => r.repo === pkg.repository.url.replace(/\.git$/, ''));
    assert.equal(ours.length, 1, 'README.md shows no .pre-commit-config.yaml with this repository');
    assert.equal(ours[0]!.rev, `v${pkg.version}`);
    for (const h of ours[0]!.hooks)
      assert.ok(
        hooks.some((x) => x.id === h.id),
        `README names the hook ${h.id}, which .pre-commit-hooks.yaml does not declare`,
      );
  });
});
