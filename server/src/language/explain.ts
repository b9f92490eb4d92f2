// Explanations as markdown: a rule's page (docs/rules/, `coopspec explain CR301`, hovers) and the
// meaning of the language's words and articles.

import { parseArticleRef, renderArticle } from './articles';
import type { Finding, TextEdit } from './findings';
import {
  BASE_GROUNDS,
  citationsFor,
  GROUND_CITATIONS,
  INSTRUMENT_IDS,
  INSTRUMENTS as INSTRUMENT_TABLE,
  KINDS,
  RAISED_GROUNDS,
  renderCitations,
  type GoverningId,
  type InstrumentId,
} from './law';
import { governing, governingName } from './law/governing';
import { queryContext } from './services/context';
import { RULES, ruleByName } from './rules/index';
import type { Rule } from './rules/types';
import { andList } from './util';
import { BASIS_WORDS, CITED_INSTRUMENTS, GROUNDS, INSTRUMENTS, MEASURES, REQUEST_KINDS, STATUSES, type Word } from './words';
import { DECLARATIONS, GROUNDS_BLOCK, SAFEGUARDS_BLOCK } from './vocabulary';
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
  {
    digit: '0',
    title: 'Integrity of the workspace',
    what: 'The text parses, every name resolves to a declaration of the right sort, every key, word and article exists.',
  },
  {
    digit: '1',
    title: 'Refusal grounds',
    what: 'Every ground on which the requested State may refuse is assessed, and none it may not invoke is relied on.',
  },
  {
    digit: '2',
    title: 'Specialty and limitation on use',
    what: 'A surrendered person and the evidence received are used only within what was granted, or with the consent of the State that granted it.',
  },
  { digit: '3', title: 'Required contents', what: 'A request holds what the treaty says it must contain.' },
  {
    digit: '4',
    title: 'Safeguards',
    what: 'Coercive measures carry the conditions and safeguards of Budapest Art. 15, and personal data are protected.',
  },
  {
    digit: '5',
    title: 'Practice',
    what: 'What experienced practitioners add so that a request is executed: the controller first, a real emergency, conflicts of laws.',
  },
];

/** Settings of coopspec.json, other than severity, that change what a rule reports. */
const RULE_SETTINGS: Record<string, string[]> = {
  CR404: [
    '`"interceptionThresholdYears"` (default 4): the years of deprivation of liberty, under the law of the requested party, that make an offence serious enough for interception.',
    '',
    '```json',
    '{ "interceptionThresholdYears": 3 }',
    '```',
  ],
  ...Object.fromEntries(
    ['CR110', 'CR111', 'CR116', 'CR117', 'CR311'].map((id) => [
      id,
      [
        '`"today"` (YYYY-MM-DD): the date the deadlines are measured against, instead of the system clock — to review a file as of a past date, and in tests. On the command line: `coopspec lint --today 2026-12-03`; in VS Code: the setting `coopspec.today`.',
        '',
        '```json',
        '{ "today": "2026-12-03" }',
        '```',
      ],
    ]),
  ),
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
      lines.push(
        `The editor offers ${one ? 'the quick fix' : 'the quick fixes'} ${andList(offered)}; ${one ? 'it needs' : 'they need'} a person's choice, so fix-all and \`--fix\` leave ${one ? 'it' : 'them'} alone. ${one ? 'It' : titles} gives:`,
        '',
      );
    }
    lines.push(...code('coop', run.fixed.text), '');
    if (run.fixed.text.trim() !== m.example.good.trim()) lines.push('Written as it should be, it does not trigger the rule:', '');
    else lines.push('That text does not trigger the rule.', '');
  } else {
    lines.push('There is no automatic fix: only the drafter knows what is missing or wrong. This does not trigger the rule:', '');
  }
  if (!run.fixed || run.fixed.text.trim() !== m.example.good.trim()) lines.push(...code('coop', m.example.good), '');
  lines.push(
    'The examples are small on purpose: linted alone, they draw findings of other rules too (a request with no `basis`, grounds not assessed), which are left out here.',
    '',
  );

  if (m.articles.length) {
    lines.push('## The articles', '');
    lines.push(
      'Texts marked verbatim are quoted from the reference texts CoopSpec ships (`reference/`), with their citation. Where the reference holds only a summary, it is labelled so and must be checked against the official text.',
      '',
    );
    for (const a of m.articles) {
      const ref = parseArticleRef(a);
      if (!ref) continue;
      lines.push(renderArticle(ref).markdown, '');
    }
  }

  lines.push('## Configuration', '');
  const configLink = options.links ? '[`coopspec.json`](../configuration.md)' : '`coopspec.json`';
  lines.push(
    `The default severity is ${m.severity}. Change it, or turn the rule off, in ${configLink}, by id or alias (\`off\`, \`info\`, \`warning\` or \`error\`):`,
    '',
  );
  lines.push(...code('json', `{ "rules": { "${m.id}": "off" } }`), '');
  const extra = RULE_SETTINGS[m.id];
  if (extra) lines.push('This rule also reads:', '', ...extra, '');
  lines.push(`To hide one finding, put a comment on the line above the line it starts on:`, '');
  lines.push(...code('coop', `# coopspec-disable-next-line ${m.id} -- the reason`), '');
  lines.push(`(\`${m.alias}\` works in place of \`${m.id}\`.)`, '');
  if (options.links)
    lines.push('---', '', '[All rules](README.md) · [The language](../language.md) · [Configuration](../configuration.md)', '');
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
      lines.push(
        `| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.alias} | ${r.meta.severity} | ${r.meta.fixable ? 'safe fix' : fixSummary(r.meta)} | ${r.meta.description.replace(/\|/g, '\\|')} |`,
      );
    }
    lines.push('');
  }
  lines.push(...groundsSection());
  lines.push('## How the rules decide', '');
  lines.push(
    '- A rule that depends on a value which is present but unusable — an unknown word (CR004), an unresolved reference (CR002), a reference of the wrong sort (CR006), an article that does not exist (CR005) — stays silent: the finding on that value is enough.',
    '- An entry that is absent is what the required-contents rules report; an empty list counts as absent, and a misspelt key (CR004) is not the key it resembles.',
    '- An offence is inside Budapest Arts 2–11 only when its `category` is `budapest art N` with N from 2 to 11; without a `category` it is outside.',
    "- The requested party of a request is its `to` party or, when `to` is a provider, the party after the provider's `in`.",
    "- A consent counts only for the request its `request` names, and only when its `from` is that request's requested party.",
    '- A coercive measure is a mutual-assistance request whose `measure` is `stored-data`, `search-seizure`, `production`, `real-time-traffic`, `interception` or `property-recovery`.',
    `- The law follows the basis: each finding cites the instrument that governs its request, never one that does not apply between the two parties (${options.links ? '[which law applies](../governing.md)' : '`coopspec explain governing`'}).`,
    "- The deadline rules (CR110, CR111, CR116, CR117, CR311) read today's date from the system clock, or from `--today`, the `today` field of `coopspec.json` or the `coopspec.today` setting; a finding that depends on today says so.",
    '- A finding points at the smallest range that shows the problem: the value or entry at fault, or, for something missing, the name of the declaration that lacks it.',
    '',
  );
  lines.push('## Configuration and suppression', '');
  const configLink = options.links ? '[`coopspec.json`](../configuration.md)' : '`coopspec.json`';
  lines.push(
    `Severities are changed per rule, by id or alias, in ${configLink}. One finding is hidden with \`# coopspec-disable-next-line CR405 -- reason\` on the line above it.`,
    '',
  );
  if (options.links)
    lines.push('---', '', '[Documentation](../README.md) · [The language](../language.md) · [Configuration](../configuration.md)', '');
  return lines.join('\n');
}

const GROUND_CONDITIONS: Record<string, string> = {
  'human-rights-measure': 'for `real-time-traffic`, `interception` and `property-recovery`',
  'reservation-29-4': 'when the requested party holds the Art. 29(4) reservation and an offence is outside Arts 2–11',
};

/** The governing options of a kind, as table columns: each instrument, a treaty, none. */
function columns(kind: keyof typeof BASE_GROUNDS): GoverningId[] {
  return [...KINDS.get(kind)!.governing, 'none'];
}

function columnTitle(g: GoverningId): string {
  if (g === 'treaty') return 'treaty "…"';
  if (g === 'none') return 'none (reciprocity, no basis)';
  return INSTRUMENT_TABLE[g].short;
}

/** What a ground rests on when `g` governs and is the only instrument of the basis (every protocol applying). */
function groundCell(kind: keyof typeof BASE_GROUNDS, ground: string, g: GoverningId): string {
  const table = GROUND_CITATIONS[kind]?.[ground] ?? {};
  const protocols = new Set<InstrumentId>(INSTRUMENT_IDS.filter((id) => INSTRUMENT_TABLE[id].role === 'protocol'));
  const applying = new Set<InstrumentId>(g !== 'treaty' && g !== 'none' ? [g] : []);
  const measure = kind === 'mutual-assistance' && ground === 'dual-criminality' ? 'search-seizure' : undefined;
  return renderCitations(citationsFor(table, { governing: g, treatyTitle: 'TITLE', applying, protocols, measure })).replace(/\|/g, '\\|');
}

/** The grounds each kind must assess, and what each rests on under each governing instrument. */
export function groundsSection(): string[] {
  const lines = ['## Grounds to assess, by request kind', ''];
  lines.push(
    'CR101 reports a ground of these tables that is absent from the request\'s `grounds`; its fix inserts it as `unassessed`, with the citation as a comment. What a ground rests on depends on the instrument that governs the request (see "The law follows the basis" below): each column is one governing instrument, as if it were the only one in the basis. Where no article of that instrument applies, the finding names the treaty or the law of the requested party.',
    '',
  );
  for (const kind of Object.keys(BASE_GROUNDS) as (keyof typeof BASE_GROUNDS)[]) {
    const cols = columns(kind);
    lines.push(`### ${kind}`, '');
    lines.push(`| ground | required | ${cols.map(columnTitle).join(' | ')} |`, `|---|---|${cols.map(() => '---').join('|')}|`);
    const rows: { ground: string; when: string }[] = BASE_GROUNDS[kind]!.map((b) => ({
      ground: b.ground,
      when: b.condition ? GROUND_CONDITIONS[b.condition]! : 'always',
    }));
    if (kind === 'extradition') rows.push(...RAISED_GROUNDS.map((r) => ({ ground: r.ground, when: `when ${r.when}` })));
    for (const r of rows) lines.push(`| ${r.ground} | ${r.when} | ${cols.map((g) => groundCell(kind, r.ground, g)).join(' | ')} |`);
    lines.push('');
  }
  lines.push(
    'Provisional-arrest, emergency-disclosure, subscriber-order and direct-access requests have no grounds to assess. `military-offence`, `amnesty`, `fiscal-offence` and `other "…"` are never required; a drafter may list them.',
    '',
  );
  return lines;
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
  if (q === 'governing' || q === 'governing-instrument') return governingPage();
  const rule = ruleByName(q);
  if (rule) return rulePage(rule);
  const ref = parseArticleRef(q);
  if (ref) return renderArticle(ref).markdown;
  const found: string[] = [];
  const decl = DECLARATIONS.get(q as never);
  if (decl) found.push(`**${q}** — declaration\n\n${decl.doc}`);
  const tables: [string, Map<string, Word>][] = [
    ['request kind', REQUEST_KINDS],
    ['measure', MEASURES],
    ['refusal ground', GROUNDS],
    ['ground status', STATUSES],
    ['instrument', INSTRUMENTS],
    ['instrument cited only', CITED_INSTRUMENTS],
    ['basis', BASIS_WORDS],
  ];
  for (const [what, table] of tables) {
    const w = table.get(q);
    if (w) found.push(wordDoc(what, w));
  }
  for (const d of DECLARATIONS.values()) {
    const k = d.fields.get(q);
    if (k)
      found.push(
        `**${q}** — key of \`${d.keyword}\`\n\n${k.doc}${k.articles?.length ? `\n\nLegal basis: ${k.articles.map(citationOf).join(', ')}.` : ''}`,
      );
    const b = d.blocks.get(q);
    if (b) found.push(`**${q} { … }** — block of \`${d.keyword}\`\n\n${b.doc}`);
  }
  for (const b of [SAFEGUARDS_BLOCK, GROUNDS_BLOCK]) {
    const k = b.fields.get(q);
    if (k)
      found.push(
        `**${q}** — key of \`${b.key}\`\n\n${k.doc}${k.articles?.length ? `\n\nLegal basis: ${k.articles.map(citationOf).join(', ')}.` : ''}`,
      );
  }
  return found.length ? [...new Set(found)].join('\n\n---\n\n') : undefined;
}

/** The worked example of the governing page: one request, three bases. */
const GOVERNING_EXAMPLE = {
  parties:
    'party US { name: "United States"  instruments: [budapest] }\nparty GB { name: "United Kingdom"  instruments: [budapest, ets24, ets30] }\n\nperson doe { name: "John Doe"  nationality: GB }\n\noffence intrusion {\n  conduct: "Entering a bank\'s network with stolen credentials"\n  category: budapest art 2\n  law US { cite: "18 U.S.C. § 1030(a)(2)"  max-penalty: 5 years }\n  law GB { cite: "Computer Misuse Act 1990 s. 1"  max-penalty: 2 years }\n}\n',
  request: (basis: string): string =>
    `request US-EXT-1 extradition {\n  from: US\n  to: GB\n  basis: ${basis}\n  person: doe\n  offences: [intrusion]\n  specialty: undertaken\n  grounds {\n    dual-criminality: not-engaged "Unauthorised access in both States"\n  }\n}\n`,
  bases: [
    '[treaty "Extradition Treaty between the United Kingdom and the United States of America (2003)", budapest art 24]',
    'budapest art 24',
    'ets24',
  ],
};

/** docs/governing.md and `coopspec explain governing`: how CoopSpec decides which law applies. */
export function governingPage(options: PageOptions = {}): string {
  const lines = ['# Which law applies', ''];
  lines.push(
    'A request is refused on the law that governs it, so CoopSpec checks and cites each request under that law. Two requests with the same facts — one under the European Convention on Extradition, one under a bilateral treaty — draw different findings, and no finding cites a convention of co-operation that does not bind both States. The human-rights standards are the exception: the ECHR (Art. 3) and the ICCPR (Art. 7) are cited together for the human-rights ground, since CoopSpec cannot know which of them binds the requested party.',
    '',
    '## The instruments of a request',
    '',
    'They are those its `basis` names: one value or a list (`basis: [ets24, budapest art 24]`). A value is an instrument (`ets24`), an article of one (`budapest art 24`), a bilateral or other treaty (`treaty "Title"`), or `reciprocity` (no treaty: the requested party\'s law and comity). The protocols `ets86`, `ets98` and `cets212` (to ETS 24) and `ets99` (to ETS 30) may stand in a basis list beside the convention they amend. `echr` and `iccpr` are cited, never a basis (CR305).',
    '',
    '## Applies between the parties',
    '',
    'An instrument applies between the requesting and the requested party unless a `party` declaration for one of them has an `instruments` list that does not name it; `instruments: []` says the party is bound by none. A party without a declaration, or whose declaration has no `instruments`, is taken to be bound. `treaty "…"` and `reciprocity` always apply: CoopSpec cannot know which States a bilateral treaty binds. A protocol counts where it applies in the same sense — ETS 98 Art. 3 on judgments in absentia, say, is cited only between parties that both list `ets98` or have no list.',
    '',
    '## The governing instrument',
    '',
    "It is the first instrument of this order that is in the request's basis and applies between its parties:",
    '',
    '| request | governing instrument, in order of preference | without a basis |',
    '|---|---|---|',
  );
  for (const spec of KINDS.values()) {
    const order = spec.governing.map((g) => (g === 'treaty' ? '`treaty "…"`' : `\`${g}\` (${INSTRUMENT_TABLE[g].short})`)).join('; ');
    lines.push(
      `| ${spec.kind} | ${order}; otherwise none | ${spec.governingWithoutBasis ? `\`${spec.governingWithoutBasis}\`, where it applies` : 'none'} |`,
    );
  }
  lines.push(
    '',
    'Under the Budapest Convention a mutual-assistance request follows Arts 27 and 28 — the procedure for parties with no treaty between them (Arts 27(1), 28(1)) — so CR202 (use beyond the purpose) applies there and not under ETS 30 or a treaty. Where the UN Convention governs, its Art. 40 gives the procedure (summary, to be verified against the official text).',
    '',
    '## What a finding cites',
    '',
    'An article of the governing instrument; or an article of another instrument of the basis that applies between the parties, where the rule rests on it (Budapest Art. 25(5) for dual criminality in a mutual-assistance request governed by ETS 30, say); ECHR Art. 3 and ICCPR Art. 7 for human rights; and otherwise, in words, "the applicable treaty (TITLE)" or "the law of the requested party". A text the reference holds only as a summary is cited with "(summary, to be verified against the official text)".',
    '',
    'Some rules rest on ETS 24 and its protocols alone and apply only where ETS 24 governs: the third-State part of CR109, CR111, CR112, CR116, CR117, and the documents of CR303. Others apply whatever governs and name the rule in words elsewhere: CR108 (the death penalty), CR110 (lapse of time), CR113 (competing requests), CR114, CR115, CR118. CR103 checks the one-year threshold where ETS 24, the UN Convention or the Budapest Convention governs, and CR316 the scope of Budapest Art. 24.',
    '',
    '## A worked example',
    '',
    'The United States asks the United Kingdom to extradite a British national for unauthorised access. The United States is a party to the Budapest Convention but not to ETS 24; the United Kingdom to both. The same request under three bases:',
    '',
    ...code('coop', GOVERNING_EXAMPLE.parties),
    '',
  );
  for (const basis of GOVERNING_EXAMPLE.bases) {
    const ws = new Workspace(() => ({ rules: {}, interceptionThresholdYears: 4, today: '2026-12-03' }));
    const uri = 'file:///example.coop';
    ws.set(uri, `${GOVERNING_EXAMPLE.parties}\n${GOVERNING_EXAMPLE.request(basis)}`);
    const request = ws.declarationsOf(uri).find((d) => d.keyword === 'request')!;
    const g = governing(queryContext(ws, request), request);
    const doc = ws.document(uri)!;
    const findings = ws.findings(uri).filter((f) => ['CR101', 'CR103', 'CR106', 'CR303', 'CR305'].includes(f.rule));
    lines.push(`### \`basis: ${basis}\``, '', `Governing instrument: **${governingName(g)}**. ${g.why}`, '');
    if (findings.length) {
      lines.push(
        'Among the findings:',
        '',
        ...code('text', findings.map((f) => `${doc.positionAt(f.start).line + 1}  ${f.rule}  ${f.message}`).join('\n')),
        '',
      );
    }
  }
  lines.push(
    'Under the treaty, the grounds cite "the applicable treaty" and CR103 does not check the threshold (the treaty\'s own is not known to CoopSpec). Under the Budapest Convention alone, the grounds cite Budapest Art. 24 and its threshold applies — which the two years of the Computer Misuse Act meet. Under ETS 24, CR305 reports that the United States is not bound by it: ETS 24 does not govern, and since the basis names nothing else, no instrument does.',
    '',
    'In the editor, the hover on `basis` and the code lens above each request say which instrument governs and why.',
    '',
  );
  if (options.links) lines.push('---', '', '[Documentation](README.md) · [Rules](rules/README.md) · [The language](language.md)', '');
  return lines.join('\n');
}
