// Benchmark workspaces, generated from examples/clean: N copies with every declared name suffixed
// per copy (party declarations kept in the first copy only: a party is named by its ISO code), so
// the copies form one valid workspace; and one file of about 10,000 lines.

import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { splitChunks } from '../server/src/language/parse';
import { SourceDocument } from '../server/src/language/document';

const CLEAN = join(__dirname, '..', 'examples', 'clean');

interface Source {
  name: string;
  text: string;
}

function sources(): { files: Source[]; names: string[] } {
  const files = readdirSync(CLEAN)
    .filter((f) => f.endsWith('.coop'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CLEAN, name), 'utf8') }));
  const names = new Set<string>();
  for (const f of files) {
    for (const unit of SourceDocument.parse(f.name, f.text).chunks) {
      for (const d of unit.declarations) if (d.keyword.text !== 'party') names.add(d.name.text);
    }
  }
  // Longest first, so a name that contains another is replaced whole.
  return { files, names: [...names].sort((a, b) => b.length - a.length) };
}

function renamer(names: string[]): (text: string, suffix: string) => string {
  const re = new RegExp(
    `(?<![A-Za-z0-9_.\\-])(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9_.\\-])`,
    'g',
  );
  return (text, suffix) => text.replace(re, (m) => `${m}-${suffix}`);
}

function withoutParties(text: string): string {
  return splitChunks(text)
    .filter((c) => !/^party\s/.test(c))
    .join('');
}

export function copyText(i: number): Source[] {
  const { files, names } = sources();
  const rename = renamer(names);
  const suffix = `c${i}`;
  return files.map((f) => ({ name: f.name, text: rename(i === 0 ? f.text : withoutParties(f.text), suffix) }));
}

/** A workspace of `copies` copies, one folder per copy. Returns its directory and line count. */
export function generateCopies(dir: string, copies: number): { dir: string; files: number; lines: number } {
  const marker = join(dir, '.complete');
  const { files, names } = sources();
  const rename = renamer(names);
  let lines = 0,
    count = 0;
  const build = !existsSync(marker);
  if (build) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (let i = 0; i < copies; i++) {
    const sub = join(dir, `copy-${String(i).padStart(5, '0')}`);
    if (build) mkdirSync(sub, { recursive: true });
    for (const f of files) {
      const text = rename(i === 0 ? f.text : withoutParties(f.text), `c${i}`);
      if (build) writeFileSync(join(sub, f.name), text);
      lines += text.split('\n').length - 1;
      count++;
    }
  }
  if (build) writeFileSync(marker, String(lines));
  return { dir, files: count, lines };
}

/** One file of at least `targetLines` lines, made of consecutive copies. */
export function generateBigFile(dir: string, targetLines: number): { file: string; lines: number } {
  const { files, names } = sources();
  const rename = renamer(names);
  const parts: string[] = [];
  let lines = 0;
  for (let i = 0; lines < targetLines; i++) {
    for (const f of files) {
      const text = rename(i === 0 ? f.text : withoutParties(f.text), `b${i}`);
      parts.push(text.endsWith('\n') ? text : `${text}\n`);
      lines += text.split('\n').length - 1;
    }
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'big.coop');
  writeFileSync(file, parts.join('\n'));
  return { file, lines: parts.join('\n').split('\n').length - 1 };
}
