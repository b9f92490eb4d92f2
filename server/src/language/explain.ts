// Explanations as markdown: a rule's page (docs/rules/, `coopspec explain CR301`, hovers) and the
// meaning of the language's words and articles.

import { parseArticleRef, renderArticle } from './articles';
import type { Finding, TextEdit } from './findings';
import { GROUND_ARTICLES } from './rules/grounds';
import { RULES, ruleByName } from './rules/index';
import type { Rule } from './rules/types';
import {
  DECLARATIONS, GROUNDS, GROUNDS_BLOCK, INSTRUMENTS, MEASURES, REQUEST_KINDS, SAFEGUARDS_BLOCK, STATUSES, type Word,
} from './vocabulary';
import { Workspace } from './workspace';

/** How a page refers to the other documentation pages. */
export interface PageOptions {
  /**
   * Link the other pages of docs/ (relative to docs/rules/). Off for text shown outside the
   * repository (`coopspec explain`, hovers), where those links would lead nowhere.
   */
  links?: boolean;
}

const FAMILIES: { digit: string; title: string; what: string }[] = [
  { digit: '0', title: 'Integrity of the workspace', what: 'The text parses, every name resolves to a declaration of the right sort, every key, word and article exists.' },
  { digit: '1', title: 'Refusal grounds', what: 'Every ground on which the requested State may refuse is assessed, and none it may not invoke is relied on.' },
  { digit: '2', title: 'Specialty and limitation on use', what: 'A surrendered person and the evidence received are used only within what was granted, or with the consent of the State that granted it.' },
  { digit: '3', title: 'Required contents', what: 'A request holds what the treaty says it must contain.' },
  { digit: '4', title: 'Safeguards', what: 'Coercive measures carry the conditions and safeguards of Budapest Art. 15, and personal data are protected.' },
  { digit: '5', title: 'Practice', what: 'What experienced practitioners add so that a request is executed: the controller first, a real emergency, conflicts of laws.' },
];

/** Settings of coopspec.json, other than severity, that change what a rule reports. */
const RULE_SETTINGS: Record<string, string[]> = {
  CR404: [
    '`"interceptionThresholdYears"` (default 4): the years of deprivation of liberty, under the law of the requesting party, that make an offence serious enough for interception.',
    '',
    '```json',
    '{ "interceptionThresholdYears": 3 }',
    '```',
  ],
  CR305: [
    '`"instruments"`: the instruments the requests of the workspace may rely on. When it is set, a `basis` naming another instrument is reported too, whatever the party declarations say.',
    '',
    '```json',
    '{ "instruments": ["budapest", "ets24", "ets30"] }',
    '```',
  ],
};

/** The findings a rule's bad example draws, and what its fixes make of it. */
interface ExampleRun {
  lines: string[];
  findings: Finding[];
  fixed?: { titles: string[]; safe: boolean; text: string };
}

function runExample(rule: Rule): ExampleRun {
  const uri = 'file:///example.coop';
  const ws = new Workspace();
  const text = rule.meta.example.bad;
  ws.set(uri, text);
  const doc = ws.document(uri)!;
  const findings = ws.findings(uri).filter((f) => f.rule === rule.meta.id && !f.suppressed);
  const lines = findings.map((f) => {
    const p = doc.positionAt(f.start);
    return `${p.line + 1}:${p.character + 1}  ${f.severity}  ${f.message}  ${f.rule} ${f.alias}`;
  });
  // Safe fixes are applied together, as fix-all does; otherwise the first fix the editor offers.
  const safe = findings.flatMap((f) => f.fixes.filter((x) => x.safe).slice(0, 1));
  const chosen = safe.length ? safe : findings.flatMap((f) => f.fixes).slice(0, 1);
  if (chosen.length === 0) return { lines, findings };
  const edits: TextEdit[] = [];
  const titles: string[] = [];
  for (const fix of chosen) {
    if (fix.edits.some((e) => e.uri !== uri || edits.some((o) => overlaps(o, e)))) continue;
    edits.push(...fix.edits);
    if (!titles.includes(fix.title)) titles.push(fix.title);
  }
  if (edits.length === 0) return { lines, findings };
  return { lines, findings, fixed: { titles, safe: safe.length > 0, text: applyEdits(text, edits) } };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function andList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function quoted(title: string): string {
  return `“${title}”`;
}

function fixSummary(m: Rule['meta']): string {
  if (m.fixable) return 'safe fix (fix-all, `coopspec lint --fix`)';
  if (m.hasSuggestions) return 'quick fixes to choose from';
  return 'none';
}

function citations(articles: string[]): string {
  return articles.map(citationOf).join(', ');
}

function code(lang: string, text: string): string[] {
  return ['```' + lang, text.replace(/\s+$/, ''), '```'];
}

/**
 * The page of a rule, as written to docs/rules/<id>.md and shown by `coopspec explain <id>`: what
 * it finds, why, an example with the findings CoopSpec gives and its fix, the articles' text and
 * the configuration. Pure: the example is linted in memory.
 */
export function rulePage(rule: Rule, options: PageOptions = {}): string {
  const m = rule.meta;
  const run = runExample(rule);
  const lines: string[] = [];
  lines.push(`# ${m.id} ${m.alias}`, '');
  lines.push('| id | alias | default severity | fix | rests on |', '|---|---|---|---|---|');
  lines.push(`| ${m.id} | ${m.alias} | ${m.severity} | ${fixSummary(m)} | ${m.articles.length ? citations(m.articles) : '—'} |`, '');

  lines.push('## What it finds', '', m.description, '');
  if (run.lines.length) {
    lines.push(`On the example below, CoopSpec reports:`, '', ...code('text', run.lines.join('\n')), '');
  }

  lines.push('## Why', '', m.rationale, '');

  lines.push('## Example', '', 'This triggers the rule:', '', ...code('coop', m.example.bad), '');
  if (run.fixed) {
    const titles = run.fixed.titles.map(quoted).join(' and ');
    if (run.fixed.safe) {
      lines.push(`The fix ${titles} needs no choice, so the editor's fix-all and \`coopspec lint --fix\` apply it. It gives:`, '');
    } else {
      const offered = [...new Set(run.findings.flatMap((f) => f.fixes.map((x) => x.title)))].map(quoted);
      const one = offered.length === 1;
      lines.push(`The editor offers ${one ? 'the quick fix' : 'the quick fixes'} ${andList(offered)}; ${one ? 'it needs' : 'they need'} a person's choice, so fix-all and \`--fix\` leave ${one ? 'it' : 'them'} alone. ${one ? 'It' : titles} gives:`, '');
    }
    lines.push(...code('coop', run.fixed.text), '');
    if (run.fixed.text.trim() !== m.example.good.trim()) lines.push('Written as it should be, it does not trigger the rule:', '');
    else lines.push('That text does not trigger the rule.', '');
  } else {
    lines.push('There is no automatic fix: only the drafter knows what is missing or wrong. This does not trigger the rule:', '');
  }
  if (!run.fixed || run.fixed.text.trim() !== m.example.good.trim()) lines.push(...code('coop', m.example.good), '');
  lines.push('The examples are small on purpose: linted alone, they draw findings of other rules too (a request with no `basis`, grounds not assessed), which are left out here.', '');

  if (m.articles.length) {
    lines.push('## The articles', '');
    lines.push('Texts marked verbatim are quoted from the reference texts CoopSpec ships (`reference/`), with their citation. Where the reference holds only a summary, it is labelled so and must be checked against the official text.', '');
    for (const a of m.articles) {
      const ref = parseArticleRef(a);
      if (!ref) continue;
      lines.push(renderArticle(ref).markdown, '');
    }
  }

  lines.push('## Configuration', '');
  const configLink = options.links ? '[`coopspec.json`](../configuration.md)' : '`coopspec.json`';
  lines.push(`The default severity is ${m.severity}. Change it, or turn the rule off, in ${configLink}, by id or alias (\`off\`, \`info\`, \`warning\` or \`error\`):`, '');
  lines.push(...code('json', `{ "rules": { "${m.id}": "off" } }`), '');
  const extra = RULE_SETTINGS[m.id];
  if (extra) lines.push('This rule also reads:', '', ...extra, '');
  lines.push(`To hide one finding, put a comment on the line above the line it starts on:`, '');
  lines.push(...code('coop', `# coopspec-disable-next-line ${m.id} -- the reason`), '');
  lines.push(`(\`${m.alias}\` works in place of \`${m.id}\`.)`, '');
  if (options.links) lines.push('---', '', '[All rules](README.md) · [The language](../language.md) · [Configuration](../configuration.md)', '');
  return lines.join('\n');
}

/** docs/rules/README.md: the catalogue, by family. */
export function catalogPage(options: PageOptions = {}): string {
  const lines = ['# Rules', ''];
  lines.push(
    `CoopSpec has ${RULES.length} rules. Each has a stable id (\`CR\` and three digits), an alias, a default severity and the treaty articles it rests on; this page and the page of each rule are generated from the rules' own metadata (\`server/src/language/rules/\`), so they say what the code does.`,
    '',
    'Each page says what the rule finds, why, gives an example with the findings CoopSpec reports and its fix, quotes the articles, and says how to configure it.',
    '',
    'Severities: **error** — the request will be refused or the file cannot be checked; **warning** — the request is at risk; **info** — worth a look. The fix column: **safe fix** — a fix that needs no choice, applied by fix-all in the editor and by `coopspec lint --fix`; **quick fixes to choose from** — offered in the editor, where a person picks one (the nearest name, one of two remedies).',
    '',
  );
  for (const fam of FAMILIES) {
    const rules = RULES.filter((r) => r.meta.id.charAt(2) === fam.digit);
    if (rules.length === 0) continue;
    lines.push(`## ${fam.title}`, '', fam.what, '');
    lines.push('| id | alias | severity | fix | finds |', '|---|---|---|---|---|');
    for (const r of rules) {
      lines.push(`| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.alias} | ${r.meta.severity} | ${r.meta.fixable ? 'safe fix' : fixSummary(r.meta)} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
    }
    lines.push('');
  }
  lines.push('## Grounds to assess, by request kind', '');
  lines.push('CR101 reports a ground of this table that is absent from the request\'s `grounds`; its fix inserts it as `unassessed`, with the words of the article below as its reason.', '');
  lines.push('| request kind | ground | article |', '|---|---|---|');
  for (const [kind, grounds] of Object.entries(GROUND_ARTICLES)) {
    for (const [ground, article] of Object.entries(grounds)) {
      const note = GROUND_CONDITIONS[`${kind}/${ground}`];
      lines.push(`| ${kind} | ${ground}${note ? ` (${note})` : ''} | ${citationOf(article)} |`);
    }
  }
  lines.push('');
  lines.push('## How the rules decide', '');
  lines.push(
    '- A rule that depends on a value which is present but unusable — an unknown word (CR004), an unresolved reference (CR002), a reference of the wrong sort (CR006), an article that does not exist (CR005) — stays silent: the finding on that value is enough.',
    '- An entry that is absent is what the required-contents rules report; an empty list counts as absent, and a misspelt key (CR004) is not the key it resembles.',
    '- An offence is inside Budapest Arts 2–11 only when its `category` is `budapest art N` with N from 2 to 11; without a `category` it is outside.',
    '- The requested party of a request is its `to` party or, when `to` is a provider, the party after the provider\'s `in`.',
    '- A consent counts only for the request its `request` names, and only when its `from` is that request\'s requested party.',
    '- A coercive measure is a mutual-assistance request whose `measure` is `stored-data`, `search-seizure`, `production`, `real-time-traffic` or `interception`.',
    '- A finding points at the smallest range that shows the problem: the value or entry at fault, or, for something missing, the name of the declaration that lacks it.',
    '',
  );
  lines.push('## Configuration and suppression', '');
  const configLink = options.links ? '[`coopspec.json`](../configuration.md)' : '`coopspec.json`';
  lines.push(`Severities are changed per rule, by id or alias, in ${configLink}. One finding is hidden with \`# coopspec-disable-next-line CR405 -- reason\` on the line above it.`, '');
  if (options.links) lines.push('---', '', '[Documentation](../README.md) · [The language](../language.md) · [Configuration](../configuration.md)', '');
  return lines.join('\n');
}

const GROUND_CONDITIONS: Record<string, string> = {
  'mutual-assistance/human-rights': 'only for `real-time-traffic` and `interception`',
  'preservation/dual-criminality': 'only when the requested party holds the Art. 29(4) reservation and an offence is outside Arts 2–11',
};

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
