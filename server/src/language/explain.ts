// Explanations as markdown: a rule's page (docs/rules/, `coopspec explain CR301`, hovers) and the
// meaning of the language's words and articles.

import { parseArticleRef, renderArticle } from './articles';
import { RULES, ruleByName } from './rules/index';
import type { Rule } from './rules/types';
import {
  DECLARATIONS, GROUNDS, GROUNDS_BLOCK, INSTRUMENTS, MEASURES, REQUEST_KINDS, SAFEGUARDS_BLOCK, STATUSES, type Word,
} from './vocabulary';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

/** The page of a rule, as written to docs/rules/<id>.md. */
export function rulePage(rule: Rule): string {
  const m = rule.meta;
  const lines: string[] = [];
  lines.push(`# ${m.id} ${m.alias}`, '');
  lines.push(`${m.description}`, '');
  lines.push('| id | alias | default severity | fix |', '|---|---|---|---|');
  const fix = m.fixable ? 'yes: `coopspec lint --fix`, fix-all and quick fix' : m.hasSuggestions ? 'suggestions in the editor' : 'none';
  lines.push(`| ${m.id} | ${m.alias} | ${SEVERITY_LABEL[m.severity]} | ${fix} |`, '');
  lines.push('## Why', '', m.rationale, '');
  if (m.articles.length) {
    lines.push('## The articles', '');
    for (const a of m.articles) {
      const ref = parseArticleRef(a);
      if (!ref) continue;
      const r = renderArticle(ref);
      lines.push(r.markdown, '');
    }
  }
  lines.push('## Example', '', 'This triggers the rule:', '', '```coop', m.example.bad, '```', '');
  lines.push('This does not:', '', '```coop', m.example.good, '```', '');
  lines.push('## Configuration', '', `In \`coopspec.json\` (or the editor setting \`coopspec.rules\`):`, '', '```json',
    `{ "rules": { "${m.id}": "off" } }`, '```', '');
  lines.push(`To hide one finding, put \`# coopspec-disable-next-line ${m.id} -- reason\` on the line above it.`, '');
  return lines.join('\n');
}

/** docs/rules/README.md: the catalogue. */
export function catalogPage(): string {
  const lines = ['# Rules', '', 'Generated from the rule metadata (`server/src/language/rules/`). Each page says what the rule finds, why, the text of the articles it rests on, an example and its fix.', ''];
  lines.push('| id | alias | severity | fixable | finds |', '|---|---|---|---|---|');
  for (const r of RULES) {
    lines.push(`| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.alias} | ${r.meta.severity} | ${r.meta.fixable ? 'yes' : r.meta.hasSuggestions ? 'suggestions' : ''} | ${r.meta.description} |`);
  }
  return lines.join('\n') + '\n';
}

function wordDoc(what: string, w: Word): string {
  const lines = [`**${w.word}** — ${what}`, '', w.doc];
  if (w.articles?.length) lines.push('', `Legal basis: ${w.articles.map(citationOf).join(', ')}.`);
  return lines.join('\n');
}

function citationOf(article: string): string {
  const ref = parseArticleRef(article);
  return ref ? renderArticle(ref).citation : article;
}

/**
 * What a word, rule or article means: `coopspec explain …`. Accepts a rule id or alias, an article
 * reference (`budapest art 29(2)`), a declaration keyword, a key or an enumerated word.
 */
export function explain(query: string): string | undefined {
  const q = query.trim();
  const rule = ruleByName(q);
  if (rule) return rulePage(rule);
  const ref = parseArticleRef(q);
  if (ref) return renderArticle(ref).markdown;
  const found: string[] = [];
  const decl = DECLARATIONS.get(q as never);
  if (decl) found.push(`**${q}** — declaration\n\n${decl.doc}`);
  const tables: [string, Map<string, Word>][] = [
    ['request kind', REQUEST_KINDS], ['measure', MEASURES], ['refusal ground', GROUNDS], ['ground status', STATUSES], ['instrument', INSTRUMENTS],
  ];
  for (const [what, table] of tables) {
    const w = table.get(q);
    if (w) found.push(wordDoc(what, w));
  }
  for (const d of DECLARATIONS.values()) {
    const k = d.fields.get(q);
    if (k) found.push(`**${q}** — key of \`${d.keyword}\`\n\n${k.doc}${k.articles?.length ? `\n\nLegal basis: ${k.articles.map(citationOf).join(', ')}.` : ''}`);
    const b = d.blocks.get(q);
    if (b) found.push(`**${q} { … }** — block of \`${d.keyword}\`\n\n${b.doc}`);
  }
  for (const b of [SAFEGUARDS_BLOCK, GROUNDS_BLOCK]) {
    const k = b.fields.get(q);
    if (k) found.push(`**${q}** — key of \`${b.key}\`\n\n${k.doc}${k.articles?.length ? `\n\nLegal basis: ${k.articles.map(citationOf).join(', ')}.` : ''}`);
  }
  return found.length ? [...new Set(found)].join('\n\n---\n\n') : undefined;
}
