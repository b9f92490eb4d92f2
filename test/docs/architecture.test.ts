// docs/architecture.md lists every source file and what it is for, and names no file that is
// gone: its file tables (its code blocks) are checked against server/src and client/src.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/lint';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated') out.push(...sources(path));
    } else if (name.endsWith('.ts')) out.push(relative(ROOT, path));
  }
  return out.sort();
}

const page = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
const table = [...page.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
const FILES = [...sources(join(ROOT, 'server', 'src')), ...sources(join(ROOT, 'client', 'src'))];
/** One module per rule: the table names them together. */
const RULE_MODULE = /^server\/src\/language\/rules\/cr\d{3}\.ts$/;

describe('docs/architecture.md: the file table', () => {
  it('has a file table', () => assert.ok(table.length > 0));

  it('names every source file (rule modules as crNNN.ts)', () => {
    const named = new Set(table.match(/[\w.-]+\.ts\b/g) ?? []);
    const missing = FILES.filter((f) => !(RULE_MODULE.test(f) ? named.has('crNNN.ts') : named.has(f.slice(f.lastIndexOf('/') + 1))));
    assert.deepEqual(missing, [], 'files the table does not name');
  });

  it('names no file that does not exist', () => {
    const basenames = new Set(FILES.map((f) => f.slice(f.lastIndexOf('/') + 1)));
    const stale = [...new Set(table.match(/[\w.-]+\.ts\b/g) ?? [])].filter(
      (n) => n !== 'crNNN.ts' && !n.endsWith('.d.ts') && !basenames.has(n),
    );
    assert.deepEqual(stale, [], 'names in the table with no such file');
  });
});

describe('source files: one job each', () => {
  /** A file past this many lines (as Prettier formats it) is doing more than one job: split it. */
  const MAX_LINES = 500;

  it(`no engine, server or client source file is over ${MAX_LINES} lines`, () => {
    const long = FILES.map((f) => ({ file: f, lines: readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1 })).filter(
      (f) => f.lines > MAX_LINES,
    );
    assert.deepEqual(long, []);
  });
});
