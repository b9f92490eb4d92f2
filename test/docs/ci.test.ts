// CI runs .ci/run on a clean clone, and .ci/run must run README's commands: what a new user types
// is exactly what CI proves works.

import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/lint';
import { fencedBlocks } from './markdown';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const RUN = join(ROOT, '.ci', 'run');

/** The command lines of README's "Quick start" section. */
export function quickStartCommands(readme: string): string[] {
  const start = readme.indexOf('\n## Quick start\n');
  assert.ok(start >= 0, 'README.md has no "## Quick start" section');
  const end = readme.indexOf('\n## ', start + 1);
  const block = fencedBlocks('README.md', readme.slice(start, end < 0 ? undefined : end)).find((b) => b.lang === 'sh');
  assert.ok(block, "README's Quick start has no sh block");
  return block.text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function runLines(): string[] {
  return readFileSync(RUN, 'utf8')
    .split('\n')
    .map((l) => l.trim());
}

describe('.ci/run', () => {
  it("runs README's two commands verbatim: install and demo, then the tests", () => {
    const commands = quickStartCommands(README);
    assert.equal(commands.length, 2, `README's Quick start should hold two commands, not: ${commands.join(' | ')}`);
    assert.ok(commands.includes('npm test'), "README's test command is npm test");
    const lines = runLines();
    for (const c of commands) assert.ok(lines.includes(c), `.ci/run does not run README's command "${c}" as written: keep them in sync`);
    assert.ok(lines.indexOf(commands[0]!) < lines.indexOf(commands[1]!), '.ci/run installs before it tests');
  });

  it('is an executable bash script that stops on the first failure', () => {
    const text = readFileSync(RUN, 'utf8');
    assert.ok(text.startsWith('#!/usr/bin/env bash\n'), 'starts with a bash shebang');
    assert.ok(runLines().includes('set -euo pipefail'));
    assert.ok((statSync(RUN).mode & 0o111) !== 0, '.ci/run is executable');
  });

  it("README's commands are npm scripts that exist", () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const c of quickStartCommands(README)) {
      for (const m of c.matchAll(/npm (?:run (\S+)|(test))/g)) {
        const name = m[1] ?? m[2]!;
        assert.ok(scripts[name], `README runs "npm ${m[1] ? 'run ' : ''}${name}", which package.json does not define`);
      }
    }
  });

  it('the Quick start parser finds commands and can tell when one is missing', () => {
    assert.deepEqual(quickStartCommands('x\n## Quick start\n\n```sh\nnpm ci && npm run demo\n# a comment\nnpm test\n```\n\n## Next\n'), [
      'npm ci && npm run demo',
      'npm test',
    ]);
    assert.throws(() => quickStartCommands('# nothing here\n'));
  });
});
