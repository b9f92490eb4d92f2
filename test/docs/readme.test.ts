// README.md's 30-second example shows the CLI's real output: the example is linted by the CLI (from
// source, as `node dist/cli.js lint request.coop` runs it) and its output compared with the README.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LINT_FORMAT, LINT_FORMAT_NAMES, LINT_FORMATS } from '../../server/src/cli/formats/index';
import { ROOT } from '../support/lint';
import { fencedBlocks } from './markdown';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README.md has no "## ${title}" section`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

describe('README.md: the 30-second example', () => {
  it('prints exactly what `node dist/cli.js lint request.coop` prints, and exits 1', function () {
    this.timeout(60000);
    const text = section('In 30 seconds');
    assert.ok(text.includes('`node dist/cli.js lint request.coop` prints:'), 'the README names the command it shows the output of');
    const blocks = fencedBlocks('README.md', text);
    const example = blocks.find((b) => b.lang === 'coop');
    const output = blocks.find((b) => b.lang === 'text');
    assert.ok(example && output, 'the section holds a coop example and a text block with the output');
    const dir = mkdtempSync(join(tmpdir(), 'coopspec-readme-'));
    try {
      writeFileSync(join(dir, 'request.coop'), example.text + '\n');
      const run = spawnSync(
        process.execPath,
        ['--require', require.resolve('tsx/cjs'), join(ROOT, 'server/src/cli/main.ts'), 'lint', 'request.coop'],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      assert.equal(run.stderr, '');
      assert.equal(
        run.stdout.trimEnd(),
        output.text.trimEnd(),
        "README.md's 30-second example no longer shows what the CLI prints: paste the new output into README.md",
      );
      assert.equal(run.status, 1);
      assert.ok(text.includes('exits with code 1'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The rows of the markdown table whose header line starts with `header`, as cells (an escaped `\|` stays in its cell). */
function tableRows(text: string, header: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(header));
  assert.ok(start >= 0, `README.md has no table headed ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe('README.md: the formats of lint', () => {
  it('its table of formats is the registry, server/src/cli/formats/index.ts, in its order', () => {
    const rows = tableRows(section('Command line'), '| format of `lint` |');
    const expected = LINT_FORMATS.map((f) => [`\`${f.name}\`${f.name === DEFAULT_LINT_FORMAT ? ' (default)' : ''}`, f.description]);
    assert.deepEqual(
      rows,
      expected,
      "README.md's table of formats is not the registry's: copy the names and descriptions of server/src/cli/formats/index.ts",
    );
  });

  it('the row of --format names every format', () => {
    const row = tableRows(section('Command line'), '| option of `lint` |').find((r) => r[0]!.startsWith('`--format '));
    assert.deepEqual(row?.[0], `\`--format ${LINT_FORMAT_NAMES.join('\\|')}\``);
  });
});
