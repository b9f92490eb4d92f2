// Hover: the text of an article where one is referred to; what a keyword, key, word or ground means
// with its legal basis; the declaration a reference names; the rule a suppression comment names.

import { renderArticle } from '../articles';
import { ruleDocsUrl } from '../product';
import { governing, governingName, groundCitations, renderWhereProvided } from '../law';
import { queryContext } from './context';
import { ruleByName } from '../rules/index';
import type { Decl } from '../rules/types';
import { nearest } from '../util';
import { CITED_INSTRUMENTS, GROUNDS, INSTRUMENTS, REQUEST_KINDS, STATUSES } from '../words';
import { sortKeyword, sortLabel, type BlockSpec, type RefSort } from '../valueTypes';
import { DECLARATIONS, GROUNDS_BLOCK } from '../vocabulary';
import type { Workspace } from '../workspace';
import { declarationKeys, declMarkdown, keyMarkdown, legalBasis, mainArticle, wordMarkdown } from './describe';
import { locate, type Located } from './locate';
import { references } from './navigation';

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  /** What the hover covers, in document offsets. */
  start: number;
  end: number;
}

export function hover(ws: Workspace, uri: string, offset: number): HoverResult | undefined {
  const loc = locate(ws, uri, offset, { strict: true });
  if (!loc) return undefined;
  const markdown = hoverMarkdown(ws, loc);
  return markdown ? { markdown, start: loc.start, end: loc.end } : undefined;
}

function hoverMarkdown(ws: Workspace, loc: Located): string | undefined {
  const r = loc.role;
  const kind = loc.decl?.model.kind;
  switch (r.role) {
    case 'article':
      if (r.ref) return renderArticle(r.ref).markdown;
      if (r.node.instrument.kind === 'treaty') {
        return `**Article ${r.node.number.text} of a treaty named by its title**\n\nCoopSpec has no text of this treaty and does not check its articles.`;
      }
      return undefined;
    case 'instrument': {
      if (r.treaty) {
        return '**treaty "…"** — a bilateral or other treaty, named by its title\n\nCoopSpec has no text of it; requests based on it are not checked against the instruments of the parties (CR305).';
      }
      if (r.word === 'reciprocity' && loc.key === 'basis') {
        return "**reciprocity** — basis: no treaty\n\nThe request rests on the requested party's law and comity. It applies between any parties but is no instrument: where no instrument of the basis governs, the findings cite the law of the requested party.";
      }
      const w = r.id ? INSTRUMENTS.get(r.id) : undefined;
      if (w) return `**${w.word}** — instrument\n\n${w.doc}`;
      const cited = r.id ? CITED_INSTRUMENTS.get(r.id) : undefined;
      if (cited)
        return `**${cited.word}** — cited in article references only (\`${cited.word} art 3\`), not an instrument of co-operation\n\n${cited.doc}`;
      return unknownWord(r.word ?? '', 'instrument', [...INSTRUMENTS.keys(), ...(loc.key === 'basis' ? ['reciprocity'] : [])]);
    }
    case 'keyword': {
      const spec = DECLARATIONS.get(r.keyword);
      if (!spec) return undefined;
      const head = r.keyword === 'request' ? 'request NAME KIND { … }' : `${r.keyword} NAME { … }`;
      const keys = declarationKeys(r.keyword)
        .map((k) => `\`${k}\``)
        .join(', ');
      const lines = [`**${r.keyword}** — declaration: \`${head}\``, '', spec.doc, '', `Keys: ${keys}.`];
      if (r.keyword === 'request') lines.push('', `Kinds: ${[...REQUEST_KINDS.keys()].map((k) => `\`${k}\``).join(', ')}.`);
      return lines.join('\n');
    }
    case 'name':
      return loc.decl ? declWithUses(ws, loc.decl) : undefined;
    case 'request-kind': {
      const w = REQUEST_KINDS.get(r.word);
      return w ? wordMarkdown(w, 'request kind') : unknownWord(r.word, 'request kind', [...REQUEST_KINDS.keys()]);
    }
    case 'key':
      return keyHover(ws, loc, r.key, r.spec !== undefined || r.block !== undefined, kind);
    case 'ground': {
      const w = GROUNDS.get(r.ground);
      if (!w) return unknownWord(r.ground, 'refusal ground', [...GROUNDS.keys()]);
      if (!loc.decl || !kind) return wordMarkdown(w, 'refusal ground');
      const cites = groundCitations(queryContext(ws, loc.decl), loc.decl, r.ground);
      // The text shown is the article the ground rests on, or the one that keeps the requested party's grounds.
      const main = cites.map((c) => (c.t === 'article' ? c.ref : c.t === 'law' ? c.keptBy : undefined)).find((r) => r !== undefined);
      const own = main ? `${main.instrument} art ${main.number}${main.parts.map((p) => `(${p})`).join('')}` : undefined;
      const rests = cites.length ? `: ${renderWhereProvided(cites)}` : '';
      return wordMarkdown(w, `refusal ground (in ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} request${rests})`, kind, own);
    }
    case 'status': {
      const w = STATUSES.get(r.status);
      if (!w) return unknownWord(r.status, 'ground status', [...STATUSES.keys()]);
      return `**${w.word}** — status of the ground \`${r.ground}\`\n\n${w.doc}`;
    }
    case 'word': {
      const w = r.table.words.get(r.word);
      if (!w) return unknownWord(r.word, r.table.what, [...r.table.words.keys()]);
      return wordMarkdown(w, r.table.what, kind);
    }
    case 'reference':
      return referenceHover(ws, r.name, r.sort, loc.key);
    case 'party':
      return partyHover(ws, r.code);
    case 'comment': {
      // A citation a fix wrote after `unassessed` (`# CETS 185 Art. 24(5)`): the article's text.
      if (r.citation) return renderArticle(r.citation.ref).markdown;
      if (!r.rule) return undefined;
      const rule = ruleByName(r.rule.name);
      if (!rule) return `**${r.rule.name}** — no rule has this id or alias.`;
      const m = rule.meta;
      return [`**${m.id} ${m.alias}** — ${m.severity}`, '', m.description, '', `[Rule page](${ruleDocsUrl(m.id)})`].join('\n');
    }
    case 'value':
      if (loc.node?.kind === 'provider') {
        return '**provider** — a service provider: `provider "Name" in XX`\n\nThe party after `in` is where the provider is located; for a request addressed to a provider it is the requested party.';
      }
      return undefined;
    case 'string':
    case 'nothing':
      return undefined;
  }
}

function keyHover(ws: Workspace, loc: Located, key: string, known: boolean, kind: string | undefined): string | undefined {
  const container = loc.path[loc.path.length - 1];
  const decl = loc.decl;
  if (!decl) return undefined;
  const spec = DECLARATIONS.get(decl.keyword);
  if (!spec) return undefined;
  // The block the key is in: the declaration, or a nested block (safeguards, law).
  let fields = spec.fields;
  let blocks: Map<string, BlockSpec> = spec.blocks;
  let where: string = decl.keyword;
  if (container && container.kind === 'block') {
    const b = spec.blocks.get(container.key.text);
    if (b) {
      fields = b.fields;
      blocks = new Map();
      where = b.key;
    }
  }
  const field = fields.get(key);
  if (field && key === 'basis' && decl.keyword === 'request' && decl.model.kind) {
    const g = governing(queryContext(ws, decl), decl);
    const line = g.undecided
      ? 'The governing instrument cannot be decided: a value it depends on cannot be read.'
      : `**Governing instrument: ${governingName(g)}.** ${g.why}`;
    return `${line}\n\n---\n\n${keyMarkdown(field, where, kind)}`;
  }
  if (field) return keyMarkdown(field, where, kind);
  const block = blocks.get(key);
  if (block) {
    const head = `**${key}${block.named ? ' XX' : ''} { … }** — block of \`${where}\``;
    const lines = [head, '', block.doc];
    if (block === GROUNDS_BLOCK) lines.push('', `Grounds: ${[...GROUNDS.keys()].map((g) => `\`${g}\``).join(', ')}.`);
    else if (block.fields.size) lines.push('', `Keys: ${[...block.fields.keys()].map((k) => `\`${k}\``).join(', ')}.`);
    lines.push(...(block.articles?.length ? ['', ...legalBasis(block.articles, mainArticle(block.articles, kind))] : []));
    return lines.join('\n');
  }
  if (known) return undefined;
  const all = [...fields.keys(), ...blocks.keys()];
  return unknownWord(key, `key of \`${where}\``, all);
}

function unknownWord(word: string, what: string, known: string[]): string {
  const near = nearest(word, known);
  const hint = near.length ? ` Did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?` : '';
  return `**${word}** — not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}.${hint}\n\nExpected ${known.map((k) => `\`${k}\``).join(', ')}.`;
}

function declWithUses(ws: Workspace, decl: Decl): string {
  const doc = ws.document(decl.chunk.uri);
  const at = decl.chunk.base + decl.syntax.name.start;
  const uses = doc ? references(ws, decl.chunk.uri, at, false).length : 0;
  return `${declMarkdown(ws, decl)}\n\n${uses === 0 ? 'Not referred to anywhere in the workspace.' : `Referred to ${uses} time${uses === 1 ? '' : 's'} in the workspace.`}`;
}

function referenceHover(ws: Workspace, name: string, sort: RefSort, key: string | undefined): string {
  const decl = ws.resolve(name, sort);
  if (decl) return declMarkdown(ws, decl);
  const keyword = sortKeyword(sort);
  const other = ws.named(name);
  const sameKeyword = other.find((d) => d.keyword === keyword);
  if (sameKeyword) {
    return `${declMarkdown(ws, sameKeyword)}\n\n\`${key ?? 'This key'}\` takes ${sortLabel(sort)}: this is a ${sameKeyword.model.kind ?? 'request'} request.`;
  }
  if (other.length) {
    return `**${name}** — ${other.map((d) => `a ${d.keyword}`).join(' and ')}, but \`${key ?? 'this key'}\` takes ${sortLabel(sort)}.`;
  }
  return `**${name}** — nothing of this name is declared in the workspace; \`${key ?? 'this key'}\` takes ${sortLabel(sort)}.`;
}

function partyHover(ws: Workspace, code: string): string {
  const party = ws.named(code).find((d) => d.keyword === 'party');
  if (party) return declMarkdown(ws, party);
  return `**${code}** — party (ISO 3166-1 alpha-2 code)\n\nNo \`party ${code}\` declaration in the workspace: the rules that read a party's instruments or reservations know nothing of it.`;
}
