// Generates docs/rules/: one page per rule (CRnnn.md) and the catalogue (README.md, and rules.json
// for the editor), from the rules' metadata through explain.ts. `npm run docs` writes them; test/docs/docs.test.ts fails when
// a committed page differs from what this produces.
//   npx tsx scripts/gen-docs.ts           write the pages that changed, remove pages of rules that are gone
//   npx tsx scripts/gen-docs.ts --check   write nothing; exit 1 and name the pages that differ
// The parser and the reference texts must have been generated first (`node esbuild.mjs --generate-only`).

import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogPage, governingPage, rulePage } from '../server/src/language/explain';
import { RULES } from '../server/src/language/rules/index';

export const ROOT = join(__dirname, '..');
export const RULES_DIR = join(ROOT, 'docs', 'rules');

/** Every generated page: path relative to docs/rules/ -> text. */
export function generatedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('README.md', catalogPage({ links: true }));
  // How CoopSpec decides which law applies: generated from the law module, beside the rule pages.
  pages.set('../governing.md', governingPage({ links: true }));
  for (const rule of RULES) pages.set(`${rule.meta.id}.md`, rulePage(rule, { links: true }));
  // The catalogue the editor's "Explain rule" picks from, shipped beside the pages it opens.
  pages.set(
    'rules.json',
    `${JSON.stringify(
      RULES.map(({ meta }) => ({
        id: meta.id,
        alias: meta.alias,
        description: meta.description,
        severity: meta.severity,
        fixable: meta.fixable,
      })),
      null,
      2,
    )}\n`,
  );
  return pages;
}

/** Files of docs/rules/ that look generated (README.md, rules.json, CRnnn.md). */
export function committedPages(dir = RULES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n === 'README.md' || n === 'rules.json' || /^CR\d{3}\.md$/.test(n))
    .sort();
}

export interface Difference {
  page: string;
  problem: 'missing' | 'differs' | 'stale';
}

/** What differs between docs/rules/ and what the generator produces now. */
export function differences(dir = RULES_DIR): Difference[] {
  const pages = generatedPages();
  const out: Difference[] = [];
  for (const [page, text] of pages) {
    const file = join(dir, page);
    if (!existsSync(file)) out.push({ page, problem: 'missing' });
    else if (readFileSync(file, 'utf8') !== text) out.push({ page, problem: 'differs' });
  }
  for (const page of committedPages(dir)) if (!pages.has(page)) out.push({ page, problem: 'stale' });
  return out;
}

function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const diffs = differences();
  if (check) {
    for (const d of diffs) process.stdout.write(`docs/rules/${d.page}: ${d.problem}\n`);
    if (diffs.length) process.stdout.write('Run "npm run docs" to regenerate docs/rules/.\n');
    return diffs.length ? 1 : 0;
  }
  mkdirSync(RULES_DIR, { recursive: true });
  const pages = generatedPages();
  for (const d of diffs) {
    const file = join(RULES_DIR, d.page);
    if (d.problem === 'stale') rmSync(file);
    else writeAtomically(file, pages.get(d.page)!);
    process.stdout.write(`docs/rules/${d.page}: ${d.problem === 'stale' ? 'removed' : d.problem === 'missing' ? 'written' : 'updated'}\n`);
  }
  process.stdout.write(
    diffs.length ? `${diffs.length} page${diffs.length === 1 ? '' : 's'} changed.\n` : `docs/rules/ is up to date (${pages.size} pages).\n`,
  );
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`gen-docs: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
