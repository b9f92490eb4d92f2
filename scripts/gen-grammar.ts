// Writes the word lists of the TextMate grammar (syntaxes/coopspec.tmLanguage.json) from the
// language's own data (words.ts, law/), so that colouring never lags behind the language:
// declaration keywords, request kinds, grounds, statuses, instruments and enumerated words.
// `npm run docs` runs it; test/client/grammar.test.ts fails when the committed grammar differs.
//   npx tsx scripts/gen-grammar.ts           rewrite the grammar when its lists changed
//   npx tsx scripts/gen-grammar.ts --check   write nothing; exit 1 when it is stale

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTRUMENT_IDS } from '../server/src/language/law/instruments';
import { DECLARATION_KEYWORDS } from '../server/src/language/syntax';
import * as words from '../server/src/language/words';

export const GRAMMAR = join(__dirname, '..', 'syntaxes', 'coopspec.tmLanguage.json');

/** Longer words first, so that `budapest-2ap` is not read as `budapest`. */
function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Every enumerated word of the language that is not a kind, ground, status or instrument. */
function enumeratedWords(): string[] {
  const skip = new Set<unknown>([words.REQUEST_KINDS, words.GROUNDS, words.STATUSES, words.INSTRUMENTS, words.CITED_INSTRUMENTS]);
  const out: string[] = [];
  for (const v of Object.values(words)) {
    if (!(v instanceof Map) || skip.has(v)) continue;
    for (const [word, entry] of v as Map<string, unknown>) {
      if (typeof word === 'string' && entry && typeof entry === 'object' && 'doc' in entry && !('fields' in entry)) out.push(word);
    }
  }
  // Request kinds are also the word of `follow-up` (mutual-assistance); colour them as words too.
  out.push(...words.REQUEST_KINDS.keys(), 'reciprocity');
  return out;
}

export function generateGrammar(current: string): string {
  const keywords = alternation(DECLARATION_KEYWORDS);
  const kinds = alternation(words.REQUEST_KINDS.keys());
  const grounds = alternation([...words.GROUNDS.keys()].filter((g) => g !== 'other'));
  const statuses = alternation(words.STATUSES.keys());
  const instruments = alternation(INSTRUMENT_IDS);
  const g = JSON.parse(current) as { repository: Record<string, Record<string, unknown>> };
  let text = JSON.stringify(g, null, 2);
  // Every place the grammar names the declaration keywords (headers, and the look-aheads where blocks end).
  text = text.replace(/\^\((?:[a-z]+\|)+[a-z]+\)/g, `^(${keywords})`).replace(/\^\(\?:(?:[a-z]+\|)+[a-z]+\)\[ /g, `^(?:${keywords})[ `);
  const out = JSON.parse(text) as { repository: Record<string, Record<string, unknown>> };
  const r = out.repository;
  const decl = r['declaration'] as { beginCaptures: { 3: { patterns: { match: string }[] } } };
  decl.beginCaptures[3].patterns[0]!.match = `(?<![\\w.-])(?:${kinds})$`;
  r['status']!.match = `(?<![\\w.-])(?:${statuses})(?![\\w.-])`;
  r['ground']!.match = `(?<![\\w.-])(?:${grounds})(?![\\w.-])`;
  r['instrument']!.match = `(?<![\\w.-])(?:${instruments})(?![\\w.-])`;
  r['enumerated']!.match = `(?<![\\w.-])(?:${alternation(enumeratedWords())})(?![\\w.-])`;
  // In a grounds block, a ground is a key.
  const groundKey = (r['grounds-block'] as { patterns: { match?: string }[] }).patterns.find(
    (p) => p.match?.endsWith('[ \\t]*(:)') && !p.match.includes('(other)'),
  );
  if (groundKey) groundKey.match = `(?<![\\w.-])(${grounds})[ \\t]*(:)`;
  const article = r['article'] as { match: string };
  article.match = article.match.replace(/^\(\?<!\[\\w\.-\]\)\(\?:\(([^)]*)\)/, `(?<![\\w.-])(?:(${instruments})`);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function main(argv: string[]): number {
  const current = readFileSync(GRAMMAR, 'utf8');
  const next = generateGrammar(current);
  if (argv.includes('--check')) {
    if (next !== current) process.stdout.write('syntaxes/coopspec.tmLanguage.json is stale: run "npm run docs".\n');
    return next === current ? 0 : 1;
  }
  if (next !== current) {
    const tmp = `${GRAMMAR}.${process.pid}.tmp`;
    writeFileSync(tmp, next);
    renameSync(tmp, GRAMMAR);
    process.stdout.write('gen-grammar: wrote syntaxes/coopspec.tmLanguage.json\n');
  } else process.stdout.write('gen-grammar: up to date\n');
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
