// `coopspec explain <topic>` and `coopspec rules`.

import { checkArticle, INSTRUMENTS, parseArticleRef } from '../language/articles';
import { explain } from '../language/explain';
import { RULES } from '../language/rules/index';
import { nearest, orList } from '../language/util';
import { GROUNDS, INSTRUMENTS as INSTRUMENT_WORDS, MEASURES, REQUEST_KINDS, STATUSES } from '../language/words';
import { DECLARATIONS, GROUNDS_BLOCK, SAFEGUARDS_BLOCK } from '../language/vocabulary';
import { flag, parseOptions, single, UsageError } from './args';
import { EXPLAIN_HELP, RULES_HELP } from './help';
import type { Io } from './lint';

/** Every topic explain() answers that is a single word: for "did you mean". */
function topics(): string[] {
  const out = new Set<string>();
  for (const r of RULES) {
    out.add(r.meta.id);
    out.add(r.meta.alias);
  }
  for (const [keyword, d] of DECLARATIONS) {
    out.add(keyword);
    for (const k of d.fields.keys()) out.add(k);
    for (const k of d.blocks.keys()) out.add(k);
  }
  for (const b of [SAFEGUARDS_BLOCK, GROUNDS_BLOCK]) for (const k of b.fields.keys()) out.add(k);
  for (const table of [REQUEST_KINDS, MEASURES, GROUNDS, STATUSES, INSTRUMENT_WORDS]) for (const w of table.keys()) out.add(w);
  return [...out].filter((t) => explain(t) !== undefined);
}

export function explainCommand(argv: readonly string[], io: Io): number {
  const p = parseOptions(argv, [{ name: 'help', short: 'h' }], 'explain');
  if (flag(p, 'help')) {
    io.out(EXPLAIN_HELP);
    return 0;
  }
  // `coopspec explain budapest art 29(2)` works without quotes too.
  const topic = p.positionals.join(' ').trim().replace(/\s+/g, ' ').replace(/ \(/g, '(');
  if (!topic) throw new UsageError('explain needs a topic: a rule (CR301), an article ("budapest art 29(2)") or a word (unassessed)');
  // Several topics (`coopspec explain CR301 CR302`): each page in turn, when each is one.
  if (p.positionals.length > 1 && explain(topic) === undefined && explain(topic.toLowerCase()) === undefined) {
    const pages = p.positionals.map((t) => explain(t) ?? explain(t.toLowerCase()));
    if (pages.every((page) => page !== undefined)) {
      io.out(pages.map((page) => (page.endsWith('\n') ? page : `${page}\n`)).join('\n'));
      return 0;
    }
  }
  const lower = topic.toLowerCase();
  const ref = parseArticleRef(topic) ?? parseArticleRef(lower);
  if (ref) {
    const check = checkArticle(ref);
    if (!check.ok) throw new UsageError(`nothing to explain for "${topic}": ${check.reason}`);
  }
  const text = explain(topic) ?? explain(lower);
  if (text === undefined) {
    const looksLikeArticle = /\bart\.?\s*\d/i.test(topic);
    const near = looksLikeArticle ? [] : nearest(topic, topics());
    const hint = looksLikeArticle
      ? `an article is written INSTRUMENT art N(PARAGRAPH)(LETTER), the instrument one of ${orList(Object.keys(INSTRUMENTS))}`
      : near.length
        ? `did you mean ${orList(near)}?`
        : 'try a rule id (CR301), an alias, an article ("budapest art 29(2)") or a word of the language';
    throw new UsageError(`nothing to explain for "${topic}": ${hint}`);
  }
  io.out(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

export function rulesCommand(argv: readonly string[], io: Io): number {
  const p = parseOptions(
    argv,
    [
      { name: 'help', short: 'h' },
      { name: 'format', short: 'f', value: 'format', choices: ['text', 'json'] },
    ],
    'rules',
  );
  if (flag(p, 'help')) {
    io.out(RULES_HELP);
    return 0;
  }
  if (p.positionals.length)
    throw new UsageError(`rules takes no argument (got "${p.positionals[0]}"); for one rule, "coopspec explain ${p.positionals[0]}"`);
  if (single(p, 'format') === 'json') {
    const list = RULES.map((r) => ({
      id: r.meta.id,
      alias: r.meta.alias,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      suggestions: r.meta.hasSuggestions,
      description: r.meta.description,
      articles: r.meta.articles,
    }));
    io.out(`${JSON.stringify(list, null, 2)}\n`);
    return 0;
  }
  const rows = RULES.map((r) => [
    r.meta.id,
    r.meta.alias,
    r.meta.severity,
    r.meta.fixable ? 'fixable' : '',
    r.meta.description.replace(/`/g, ''),
  ]);
  const head = ['id', 'alias', 'severity', 'fix', 'finds'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  io.out([line(head), ...rows.map(line)].join('\n') + '\n');
  return 0;
}
