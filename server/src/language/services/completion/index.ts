// Completion. The syntax tree says where the cursor is (which declaration or block, which keys are
// already there); a small lexer over the text before the cursor says what is being typed, because
// half-typed text (`measure: `, `offences: [a, `) does not parse. Offers: declaration keywords and
// request skeletons at the top level, request kinds, the keys of the current block, and for each
// key the values it takes — declared names of its sort, party codes, enumerated words, instruments,
// article numbers and paragraphs, refusal grounds and statuses — plus rule ids in a
// `# coopspec-disable-next-line` comment.

import {
  articleText, checkArticle, INSTRUMENTS as INSTRUMENT_DATA, isInstrumentId, parseArticleRef, renderArticle, type InstrumentId,
} from '../../articles';
import { chunkComments } from '../../suppress';
import type { Declaration } from '../../syntax';
import {
  INSTRUMENTS, LAWFUL_BASES, REQUEST_KINDS,
  type KeySpec, type ValueType, type Word,
} from '../../vocabulary';
import type { Workspace } from '../../workspace';
import { wordMarkdown } from '../describe';
import { containersAt, declOf } from '../locate';
import { commentCompletion } from './comments';
import { groundCompletion, statusItems } from './grounds';
import { pad, today, type CompletionItem } from './items';
import { keyCompletion } from './keys';
import { currentEntry, lex, valueComplete, type Token } from './lexer';
import { partyItems, referenceItems } from './references';
import { blockScope, type CompletionContext } from './scope';
import { topLevel } from './topLevel';

export type { CompletionItem } from './items';

export function completion(ws: Workspace, uri: string, offset: number): CompletionItem[] {
  const doc = ws.document(uri);
  if (!doc) return [];
  offset = Math.max(0, Math.min(offset, doc.text.length));
  const unit = doc.chunkAt(offset);
  if (!unit) return [];
  const rel = offset - unit.base;

  const comment = chunkComments(unit).find((c) => c.start < rel && rel <= c.end);
  if (comment) return commentCompletion(unit.text.slice(comment.start, rel), offset, doc);

  const path = containersAt(unit, rel);
  const wordEnd = (): number => {
    let e = offset;
    while (e < doc.text.length && /[A-Za-z0-9_.\-]/.test(doc.text[e]!)) e++;
    return e;
  };
  if (path.length === 0) return topLevel(ws, doc, offset, wordEnd());

  const container = path[path.length - 1]!;
  const lexed = lex(unit.text, container.open.end, rel);
  if (lexed.inString || lexed.inComment) return [];
  let toks = currentEntry(lexed.tokens);
  const last = toks[toks.length - 1];
  const partial = last && (last.t === 'ident' || last.t === 'number') && last.end === rel ? last : undefined;
  // After a complete value and a space, on the same line, the next entry starts.
  if (!partial && last && last.end < rel && valueComplete(toks)) toks = [];
  const head = partial ? toks.slice(0, -1) : toks;
  const replace = { start: unit.base + (partial?.start ?? rel), end: wordEnd() };
  const declSyntax = path[0] as Declaration;
  const decl = declOf(ws, uri, declSyntax);
  if (!decl) return [];
  const scope = blockScope(decl, path);
  if (!scope) return [];
  const c: CompletionContext = { ws, doc, decl, scope, container, replace, rel };

  if (head.length === 0) {
    const after = doc.text.slice(replace.end, doc.lineEnd(doc.positionAt(offset).line));
    return scope.grounds ? groundCompletion(c) : keyCompletion(c, /^\s*:/.test(after));
  }
  const first = head[0]!;
  if (first.t !== 'ident') return [];
  if (head.length === 1) {
    // `law |`: the block's name.
    const b = scope.blocks.get(first.text);
    if (b?.named === 'party') return partyItems(ws, c.replace, []);
    return [];
  }
  if (head[1]!.t !== ':') return [];
  const valueToks = head.slice(2);
  if (scope.grounds) return valueToks.length === 0 ? statusItems(c) : [];
  const spec = scope.fields.get(first.text);
  if (!spec) return [];
  return valueCompletion(c, spec, valueToks);
}

// ---------------------------------------------------------------- values

function valueCompletion(c: CompletionContext, spec: KeySpec, valueToks: Token[]): CompletionItem[] {
  // Inside a list: the item being typed starts after the last `[` or `,` of the innermost open list.
  let cur = valueToks;
  const present = new Set<string>();
  let open = -1, depth = 0;
  for (let i = valueToks.length - 1; i >= 0; i--) {
    const t = valueToks[i]!.t;
    if (t === ']') depth++;
    else if (t === '[') {
      if (depth === 0) { open = i; break; }
      depth--;
    }
  }
  if (open >= 0) {
    const inner = valueToks.slice(open + 1);
    let lastComma = -1;
    inner.forEach((t, i) => { if (t.t === ',') lastComma = i; });
    cur = inner.slice(lastComma + 1);
    for (const t of inner) if (t.t === 'ident') present.add(t.text);
  } else if (valueToks.some((t) => t.t === ']')) {
    return [];
  }
  const kind = c.decl.model.kind;
  const type = spec.type;
  const words = cur.map((t) => t.text);

  // `budapest art N(…)(`
  if (cur.length >= 2 && cur[0]!.t === 'ident' && words[1] === 'art' && isArticleKey(type)) {
    const inst = words[0]!;
    if (!isInstrumentId(inst)) return [];
    if (cur.length === 2) return articleNumbers(c, inst, spec.key, kind);
    return articleParts(c, inst, cur.slice(2));
  }
  // `provider "…" in `
  if (words[0] === 'provider') {
    if (cur.length === 3 && cur[1]!.t === 'string' && words[2] === 'in') return partyItems(c.ws, c.replace, []);
    return [];
  }
  // `30 ` in a duration
  if ((type.t === 'duration' || type.t === 'penalty') && cur.length === 1 && cur[0]!.t === 'number') {
    return ['days', 'months', 'years'].map((u, i) => ({ label: u, kind: 'value' as const, replace: c.replace, sortText: pad(i) }));
  }
  if (cur.length > 0) return [];

  switch (type.t) {
    case 'party':
    case 'parties':
    case 'nationality':
      return partyItems(c.ws, c.replace, [...present]);
    case 'destination':
      return [...partyItems(c.ws, c.replace, []), providerItem(c)];
    case 'custodian':
      return [providerItem(c)];
    case 'ref':
    case 'refs':
      return referenceItems(c, type.sort, present);
    case 'word':
    case 'words':
    case 'qualified':
      return wordItems(c, type.words, type.what, type.t === 'qualified', present);
    case 'lawful-basis':
      return wordItems(c, LAWFUL_BASES, 'lawful basis', false, present).map((i) =>
        i.label === 'consent' ? { ...i, insertText: 'consent "$1"', snippet: true } : i);
    case 'basis':
      return [...basisArticles(c, kind), ...instrumentItems(c, present, true), treatyItem(c), {
        label: 'reciprocity', kind: 'instrument' as const, detail: 'no treaty: the requested party\'s law and comity',
        documentation: '**reciprocity** — basis\n\nNo treaty binds the parties: the request rests on the requested party\'s law and comity. No instrument governs the request (`coopspec explain governing`).',
        replace: c.replace, sortText: 'z1',
      }];
    case 'instruments':
      return [...instrumentItems(c, present, false), treatyItem(c)];
    case 'article':
    case 'articles':
      return instrumentItems(c, present, true).map((i) => ({ ...i, insertText: `${i.label} art ` }));
    case 'date':
      return [{ label: today(), kind: 'value', detail: 'today', replace: c.replace }];
    case 'duration':
    case 'penalty':
      return (type.t === 'penalty' ? ['1 year', '5 years', '10 years', 'life', 'death'] : spec.key === 'limitation' ? ['5 years', '10 years', '20 years'] : spec.key === 'sentence' ? ['6 months', '1 year', '5 years'] : ['30 days', '6 months', '1 year'])
        .map((d, i) => ({ label: d, kind: 'value' as const, replace: c.replace, sortText: pad(i) }));
    default:
      return [];
  }
}

function isArticleKey(type: ValueType): boolean {
  return type.t === 'basis' || type.t === 'article' || type.t === 'articles';
}

function wordItems(c: CompletionContext, words: Map<string, Word>, what: string, qualified: boolean, present: Set<string>): CompletionItem[] {
  const kind = c.decl.model.kind;
  return [...words.values()].filter((w) => !present.has(w.word)).map((w, i) => ({
    label: w.word, kind: 'value' as const, detail: what, documentation: wordMarkdown(w, what, kind),
    ...(qualified ? { insertText: `${w.word} "$1"`, snippet: true } : {}),
    replace: c.replace, sortText: pad(i),
  }));
}

function providerItem(c: CompletionContext): CompletionItem {
  return {
    label: 'provider "…" in XX', kind: 'snippet', detail: 'a service provider, located in a party',
    insertText: 'provider "$1" in ${2:XX}', snippet: true, replace: c.replace, sortText: 'z',
  };
}

function treatyItem(c: CompletionContext): CompletionItem {
  return {
    label: 'treaty "…"', kind: 'instrument', detail: 'a bilateral or other treaty, by its title',
    insertText: 'treaty "$1"', snippet: true, replace: c.replace, sortText: 'z',
  };
}

function instrumentItems(c: CompletionContext, present: Set<string>, forArticle: boolean): CompletionItem[] {
  return [...INSTRUMENTS.values()].filter((w) => forArticle || !present.has(w.word)).map((w, i) => ({
    label: w.word, kind: 'instrument' as const, detail: INSTRUMENT_DATA[w.word as InstrumentId]?.short ?? 'instrument',
    documentation: `**${w.word}** — instrument\n\n${w.doc}`, replace: c.replace, sortText: `1${pad(i)}`,
  }));
}

/** The articles a request kind rests on, offered whole for `basis`. */
function basisArticles(c: CompletionContext, kind: string | undefined): CompletionItem[] {
  if (!kind) return [];
  return (REQUEST_KINDS.get(kind)?.articles ?? []).map((a, i) => {
    const r = renderArticle(parseArticleRef(a)!);
    return { label: a, kind: 'article' as const, detail: `${r.citation}${r.title ? ` — ${r.title}` : ''}`, documentation: r.markdown, replace: c.replace, sortText: `0${pad(i)}` };
  });
}

function articleNumbers(c: CompletionContext, inst: InstrumentId, key: string, kind: string | undefined): CompletionItem[] {
  const range = INSTRUMENT_DATA[inst].articles ?? { first: 1, last: 0 };
  const preferred = new Set<number>();
  if (key === 'category' && inst === 'budapest') for (let n = 2; n <= 11; n++) preferred.add(n);
  if (key === 'basis' && kind) {
    for (const a of REQUEST_KINDS.get(kind)?.articles ?? []) {
      const r = parseArticleRef(a);
      if (r && r.instrument === inst) preferred.add(r.number);
    }
  }
  const items: CompletionItem[] = [];
  for (let n = range.first; n <= range.last; n++) {
    const text = articleText(inst, n);
    const rendered = renderArticle({ instrument: inst, number: n, parts: [] });
    items.push({
      label: String(n), kind: 'article',
      detail: `${rendered.citation}${text?.title ? ` — ${text.title}` : ''}`,
      documentation: rendered.markdown, replace: c.replace, sortText: `${preferred.has(n) ? 0 : 1}${pad(n)}`,
    });
  }
  return items;
}

/** After `budapest art 29(` or `29(2)(`: the paragraphs or letters of that level. */
function articleParts(c: CompletionContext, inst: InstrumentId, rest: Token[]): CompletionItem[] {
  const number = rest[0];
  if (!number || number.t !== 'number' || rest[rest.length - 1]!.t !== '(') return [];
  const parts: string[] = [];
  for (let i = 1; i < rest.length - 1; i += 3) {
    if (rest[i]?.t !== '(' || !rest[i + 1] || rest[i + 2]?.t !== ')') return [];
    parts.push(rest[i + 1]!.text);
  }
  const ref = { instrument: inst, number: Number(number.text), parts };
  const check = checkArticle(ref);
  if (!check.ok || !check.text || check.text.status !== 'verbatim') return [];
  const level = check.path.length ? check.path[check.path.length - 1]!.items : check.text.items;
  return level.filter((i) => i.label !== '').map((item, i) => {
    const r = renderArticle({ ...ref, parts: [...parts, item.label] });
    const words = item.text.replace(/\s+/g, ' ');
    return {
      label: item.label, kind: 'article' as const,
      detail: `${r.citation}: ${words.length > 60 ? `${words.slice(0, 60)}…` : words}`,
      documentation: r.markdown, replace: c.replace, sortText: pad(i),
    };
  });
}

// ---------------------------------------------------------------- comments

