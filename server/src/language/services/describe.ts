// Structural descriptions of declarations, value types and words, for hovers and completion
// details. They name declarations, keys, words, parties and articles — never the contents of a
// string (names of persons, conduct, facts): request files hold personal data.

import { cite, parseArticleRef, renderArticle, type ArticleRef } from '../articles';
import { value, word, type Typed } from '../model';
import type { Decl } from '../rules/types';
import { REQUEST_KINDS, type Word } from '../words';
import { type KeySpec, type ValueType } from '../valueTypes';
import { DECLARATIONS } from '../vocabulary';
import type { Workspace } from '../workspace';
import { governing, governingName } from '../law/governing';
import { queryContext } from './context';

/** "offence ransomware", "request EXT-1 extradition". */
export function declTitle(decl: Decl): string {
  const kind = decl.syntax.type ? ` ${decl.syntax.type.text}` : '';
  return `${decl.keyword} ${decl.name}${kind}`;
}

/** The file name and 1-based line of a declaration. */
export function whereDeclared(ws: Workspace, decl: Decl): string {
  const doc = ws.document(decl.chunk.uri);
  const line = doc ? doc.positionAt(decl.chunk.base + decl.syntax.name.start).line + 1 : 0;
  return `${fileName(decl.chunk.uri)}:${line}`;
}

export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** "CETS 185 Art. 29(2)(c)" for "budapest art 29(2)(c)"; the text itself when it is not one. */
export function citationOf(article: string): string {
  const ref = parseArticleRef(article);
  return ref ? cite(ref.instrument, ref.number, ref.parts) : article;
}

function refCitation(ref: ArticleRef | undefined): string | undefined {
  return ref ? cite(ref.instrument, ref.number, ref.parts) : undefined;
}

/** One line per structural fact of a declaration, in markdown. */
export function declFacts(ws: Workspace, decl: Decl): string[] {
  const m = decl.model;
  const lines: string[] = [];
  const names = (key: string): string | undefined => {
    const v = m.fields.get(key)?.value;
    if (v?.t === 'ref') return `\`${v.name}\``;
    if (v?.t === 'refs' && v.items.length) return v.items.map((i) => `\`${i.name}\``).join(', ');
    return undefined;
  };
  const party = (key: string): string | undefined => partyText(m.fields.get(key)?.value);
  const add = (label: string, text: string | undefined): void => {
    if (text) lines.push(`${label}: ${text}`);
  };
  switch (decl.keyword) {
    case 'party': {
      const inst = value(m, 'instruments', 'instruments');
      if (inst) add('Instruments', inst.items.map((i) => (i.treaty ? 'a treaty' : `\`${i.id}\``)).join(', ') || 'none listed');
      const res = value(m, 'reservations', 'articles');
      if (res) add('Reservations', res.items.map((a) => refCitation(a.ref) ?? 'a treaty article').join(', ') || 'none');
      const decls = value(m, 'declarations', 'articles');
      if (decls) add('Declarations', decls.items.map((a) => refCitation(a.ref) ?? 'a treaty article').join(', ') || 'none');
      const eu = word(m, 'eu-member');
      if (eu) add('Member State of the European Union', eu);
      break;
    }
    case 'offence': {
      const cat = value(m, 'category', 'article');
      if (cat?.item.ref) {
        const r = cat.item.ref;
        const inside = r.instrument === 'budapest' && r.number >= 2 && r.number <= 11;
        add(
          'Category',
          `${cite(r.instrument, r.number, r.parts)}${inside ? ' (inside Budapest Arts 2–11)' : ' (outside Budapest Arts 2–11)'}`,
        );
      } else if (!m.fields.has('category')) {
        lines.push('Category: none (outside Budapest Arts 2–11)');
      }
      const laws = m.blocks.get('law') ?? [];
      const penalties = laws
        .filter((l) => l.party)
        .map((l) => {
          const p = value(l, 'max-penalty', 'penalty');
          const limitation = value(l, 'limitation', 'duration');
          return `${l.party} ${p ? penaltyText(p) : 'no max-penalty'}${limitation ? ` (limitation ${durationText(limitation.amount, limitation.unit)})` : ''}`;
        });
      if (penalties.length) add('Maximum penalty', penalties.join(' · '));
      else lines.push('Law: no `law` block for any party');
      add('Committed', value(m, 'committed', 'date')?.iso);
      add('Committed in', party('committed-in'));
      break;
    }
    case 'judgment': {
      add('Decided by', party('party'));
      add('Person', names('person'));
      add('Offences', names('offences'));
      const outcome = word(m, 'outcome');
      if (outcome)
        add(
          'Outcome',
          `\`${outcome}\`${word(m, 'final') === 'yes' ? ', final' : ', not final'}${word(m, 'in-absentia') === 'yes' ? ', in absentia' : ''}`,
        );
      add('Date', value(m, 'date', 'date')?.iso);
      break;
    }
    case 'person':
      add('Nationality', party('nationality'));
      break;
    case 'data': {
      add('Type', word(m, 'type') && `\`${word(m, 'type')}\``);
      const custodian = m.fields.get('custodian')?.value;
      if (custodian?.t === 'provider') add('Custodian', `a provider${custodian.place ? ` in ${custodian.place.code}` : ''}`);
      add('Stored in', party('stored-in'));
      break;
    }
    case 'request': {
      const from = party('from');
      const to = m.fields.get('to')?.value;
      const toText = to?.t === 'provider' ? `a provider${to.place ? ` in ${to.place.code}` : ''}` : partyText(to);
      if (from || toText) lines.push(`From ${from ?? '?'} to ${toText ?? '?'}`);
      if (m.kind) {
        const g = governing(queryContext(ws, decl), decl);
        lines.push(
          g.undecided
            ? 'Governing instrument: cannot be decided (a value it depends on cannot be read)'
            : `Governing instrument: ${governingName(g)} — ${g.why}`,
        );
      }
      if (m.kind === 'mutual-assistance') add('Measure', word(m, 'measure') && `\`${word(m, 'measure')}\``);
      add('Case', names('case'));
      add('Offences', names('offences'));
      add('Person', names('person'));
      add('Data', names('data'));
      add('Preserved by', names('preserved-by'));
      break;
    }
    case 'proceeding':
      add('Case', names('case'));
      add('Surrender', names('surrender'));
      add('Charges', names('charges'));
      add('Evidence', names('evidence'));
      break;
    case 'consent':
      add('From', party('from'));
      add('Request', names('request'));
      add('Extends to', names('extends-to'));
      add('Permits use in', names('permits-use-in'));
      add('Permits transfer to', partyText(m.fields.get('permits-transfer-to')?.value));
      break;
    case 'transfer':
      add('Person', names('person'));
      add('After', names('after'));
      add('To', party('to'));
      break;
    case 'case': {
      const requests = ws.declarations().filter((d) => d.keyword === 'request' && value(d.model, 'case', 'ref')?.name === decl.name);
      lines.push(`Requests in this case: ${requests.length ? requests.map((r) => `\`${r.name}\``).join(', ') : 'none'}`);
      break;
    }
  }
  return lines;
}

function partyText(v: Typed | undefined): string | undefined {
  if (!v) return undefined;
  if (v.t === 'party') return v.code;
  if (v.t === 'parties') return v.items.map((i) => i.code).join(', ') || undefined;
  return undefined;
}

function penaltyText(p: Extract<Typed, { t: 'penalty' }>): string {
  if (p.word) return p.word === 'life' ? 'life imprisonment' : 'death';
  return p.node.kind === 'duration' ? durationText(p.node.amount, p.node.unit) : '';
}

export function durationText(amount: number, unit: 'day' | 'month' | 'year'): string {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** A declaration's header and facts, as a hover shows it. */
export function declMarkdown(ws: Workspace, decl: Decl): string {
  const kindDoc = decl.model.kind ? REQUEST_KINDS.get(decl.model.kind) : undefined;
  const head = `**${declTitle(decl)}** — declared in \`${whereDeclared(ws, decl)}\``;
  const lines = [head, ''];
  if (kindDoc) lines.push(kindDoc.doc, '');
  const facts = declFacts(ws, decl);
  if (facts.length) lines.push(facts.map((f) => `- ${f}`).join('\n'));
  return lines.join('\n').trimEnd();
}

/** What a value type takes, for hovers: "a party code (FR)". */
export function typeDescription(type: ValueType): string {
  switch (type.t) {
    case 'text':
      return 'a string (`"…"`, or `"""…"""` over several lines)';
    case 'party':
      return 'a party code (two capital letters, e.g. `FR`)';
    case 'nationality':
      return 'a party code, or a list of them (`[FR, DE]`)';
    case 'parties':
      return 'a list of party codes (`[GB, IE]`)';
    case 'destination':
      return 'a party code (`US`) or a provider (`provider "…" in US`)';
    case 'custodian':
      return 'a provider (`provider "…" in US`) or a string';
    case 'ref':
      return `the name of ${sortText(type.sort)}`;
    case 'refs':
      return `a list of names of ${sortText(type.sort, true)}`;
    case 'word':
      return type.words.size === 1
        ? `\`${[...type.words.keys()][0]}\``
        : `one of ${[...type.words.keys()].map((w) => `\`${w}\``).join(', ')}`;
    case 'words':
      return `a list of ${[...type.words.keys()].map((w) => `\`${w}\``).join(', ')}`;
    case 'qualified':
      return `${[...type.words.keys()].map((w) => `\`${w}\``).join(', ')}, followed by a string`;
    case 'lawful-basis':
      return '`publicly-available`, or `consent "…"` naming the person who consented';
    case 'status':
      return 'a ground status';
    case 'basis':
      return 'an instrument (`ets24`), an article (`budapest art 29`), `treaty "…"` or `reciprocity`, or a list of them';
    case 'article':
      return 'an article (`budapest art 5`)';
    case 'articles':
      return 'a list of articles (`[budapest art 29(4)]`)';
    case 'instruments':
      return 'a list of instruments (`[budapest, ets24]`)';
    case 'date':
      return 'a date (`YYYY-MM-DD`)';
    case 'duration':
      return 'a duration (`30 days`, `6 months`, `1 year`)';
    case 'penalty':
      return 'a duration (`5 years`), `life` or `death`';
  }
}

function sortText(sort: string, plural = false): string {
  const label = sort === 'extradition' ? 'extradition request' : sort === 'preservation' ? 'preservation request' : sort;
  if (!plural) return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
  return `${label === 'data' ? 'data' : `${label}s`}`;
}

/**
 * The article to show in full for a word or key: the one matching the request kind's own
 * articles when there is one ("authority" in a preservation: Art. 29(2)(a)), else the first.
 */
export function mainArticle(articles: string[] | undefined, kind?: string): string | undefined {
  if (!articles?.length) return undefined;
  if (kind) {
    const own = (REQUEST_KINDS.get(kind)?.articles ?? []).map((a) => parseArticleRef(a)).filter((r) => r !== undefined);
    const match = articles.find((a) => {
      const r = parseArticleRef(a);
      return r && own.some((o) => o.instrument === r.instrument && o.number === r.number);
    });
    if (match) return match;
  }
  return articles[0];
}

/** "Legal basis: …" followed by the main article's text (verbatim, or marked as a summary). */
export function legalBasis(articles: string[] | undefined, main: string | undefined): string[] {
  if (!articles?.length) return [];
  const out = [`Legal basis: ${articles.map(citationOf).join(', ')}.`];
  const ref = main ? parseArticleRef(main) : undefined;
  if (ref) out.push('', '---', '', renderArticle(ref).markdown);
  return out;
}

// Words, keys and articles are the language's own data: their markdown is built once.
const wordCache = new Map<string, string>();
const keyCache = new Map<string, string>();

/** A word of the language with its meaning, its legal basis and the main article's text. */
export function wordMarkdown(w: Word, what: string, kind?: string, main?: string): string {
  const id = `${w.word}\u0000${what}\u0000${kind ?? ''}\u0000${main ?? ''}`;
  let md = wordCache.get(id);
  if (md === undefined) {
    const lines = [`**${w.word}** — ${what}`, '', w.doc];
    if (w.articles?.length) lines.push('', ...legalBasis(w.articles, main ?? mainArticle(w.articles, kind)));
    wordCache.set(id, (md = lines.join('\n')));
  }
  return md;
}

/** A key with its meaning, what it takes and its legal basis. */
export function keyMarkdown(spec: KeySpec, where: string, kind?: string): string {
  const id = `${spec.key}\u0000${where}\u0000${kind ?? ''}`;
  let md = keyCache.get(id);
  if (md === undefined) {
    const lines = [`**${spec.key}** — key of \`${where}\``, '', spec.doc, '', `Takes ${typeDescription(spec.type)}.`];
    if (spec.articles?.length) lines.push('', ...legalBasis(spec.articles, mainArticle(spec.articles, kind)));
    keyCache.set(id, (md = lines.join('\n')));
  }
  return md;
}

/** The keys of a declaration, for the keyword's hover. */
export function declarationKeys(keyword: string): string[] {
  const spec = DECLARATIONS.get(keyword as never);
  if (!spec) return [];
  return [...spec.fields.keys(), ...[...spec.blocks.keys()].map((b) => `${b} { … }`)];
}
