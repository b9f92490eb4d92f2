// Skeletons offered as snippets at the top level: each declaration, and each request kind with every
// entry its rules require (the Art. 29(2) elements of a preservation, the documents, specialty and
// grounds of an extradition, …) and its grounds as `unassessed`. References are choices among the
// declared names, so that a skeleton inserted as it is gives no CR0xx finding: at most the
// required-contents and unassessed-ground findings that tell the drafter what to fill in.

import { SourceDocument } from '../document';
import { buildModel } from '../readModel';
import { KINDS, isRequestKind, kindLabel, requiredGrounds, SAFEGUARDS } from '../law';
import type { Decl } from '../rules/types';
import type { DeclarationKeyword } from '../syntax';
import { DATA_TYPES, MEASURES, REQUEST_KINDS } from '../words';
import { type RefSort } from '../valueTypes';
import type { Workspace } from '../workspace';
import { queryContext } from './context';

export interface SkeletonContext {
  ws: Workspace;
  /** One level of indentation, as the document uses it. */
  indent: string;
  /** Party codes of the workspace, the most relevant first. */
  parties: string[];
  /** Declared names of a keyword (of a request kind for extradition and preservation), sorted. */
  names(keyword: DeclarationKeyword, sort?: RefSort): string[];
}

export interface Skeleton {
  label: string;
  detail: string;
  /** Markdown: the skeleton as it is inserted, with its placeholders filled in. */
  documentation: string;
  /** A snippet (`${1:…}` tab stops). */
  insertText: string;
}

/** The request keys of each kind's skeleton, in order; completion offers them first. */
export const SKELETON_KEYS: Record<string, string[]> = Object.fromEntries([...KINDS.values()].map((k) => [k.kind, k.skeleton]));

/** A safeguard line: a placeholder for what only the drafter knows, a choice where the language has words. */
const SAFEGUARD_LINES: Record<string, string> = {
  authorization: 'authorization: ${|judicial,independent|} "${…}"',
  duration: 'duration: "${…}"',
  notice: 'notice: ${|deferred,given,not-required|} "${…}"',
};

/** The bases a request of the kind may rest on, in the order of its governing instruments. */
export function basisChoices(kind: string): string[] {
  if (!isRequestKind(kind)) return ['budapest'];
  const spec = KINDS.get(kind)!;
  const out: string[] = [];
  for (const g of spec.governing) {
    if (g === 'treaty') {
      out.push('treaty "…"');
      continue;
    }
    // The Budapest Convention and its Protocol serve several kinds: name the kind's article; a
    // convention of one kind (ETS 24, ETS 30) or the UN Convention is named alone.
    const article = g === 'budapest' || g === 'budapest-2ap' ? spec.articles.find((a) => a.startsWith(`${g} art `)) : undefined;
    out.push(article ?? g);
  }
  if (spec.governing.includes('treaty')) out.push('reciprocity');
  return out;
}

/** Escape text for a snippet: `$`, `}` and `\` are special. */
export function snippetEscape(s: string): string {
  return s.replace(/[$}\\]/g, (m) => `\\${m}`);
}

/** Escape text for a snippet's choice (`${1|a,b|}`): `,` and `|` too are special. */
export function choiceEscape(s: string): string {
  return snippetEscape(s).replace(/[,|]/g, (m) => `\\${m}`);
}

/** Numbers tab stops as they are written. */
class Snippet {
  private n = 0;

  stop(def = ''): string {
    this.n++;
    return def ? `\${${this.n}:${snippetEscape(def)}}` : `$${this.n}`;
  }

  choice(options: string[]): string {
    if (options.length <= 1) return this.stop(options[0]);
    this.n++;
    return `\${${this.n}|${options.map(choiceEscape).join(',')}|}`;
  }

  /** Lines written with `$` for a stop, `${default}` for a stop with a default, `${|a,b|}` for a choice. */
  template(line: string): string {
    return line.replace(/\$\{\|([^|]*)\|\}|\$\{([^}]*)\}|\$/g, (_m, choice: string | undefined, def: string | undefined) => {
      if (choice !== undefined) return this.choice(choice.split(','));
      if (def !== undefined) return this.stop(def);
      return this.stop();
    });
  }
}

/** The text a snippet inserts when every placeholder keeps its default (the first choice). */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g, (_m, choices: string) => unescape(splitChoices(choices)[0] ?? ''))
    .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, (_m, def: string) => unescape(def))
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

function splitChoices(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s[i]! + s[i + 1]!;
      i++;
    } else if (s[i] === ',') {
      out.push(cur);
      cur = '';
    } else cur += s[i]!;
  }
  out.push(cur);
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\([$}\\,|])/g, '$1');
}

/** A name not yet declared under the keyword: PREFIX-1, PREFIX-2, … */
export function uniqueName(ws: Workspace, keyword: DeclarationKeyword, prefix: string, taken = new Set(ws.namesOf(keyword))): string {
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** The names taken under a keyword, read once per skeleton context (one completion request). */
const takenCache = new WeakMap<SkeletonContext, Map<string, Set<string>>>();

function taken(sk: SkeletonContext, keyword: DeclarationKeyword): Set<string> {
  let byKeyword = takenCache.get(sk);
  if (!byKeyword) takenCache.set(sk, (byKeyword = new Map<string, Set<string>>()));
  let set = byKeyword.get(keyword);
  if (!set) byKeyword.set(keyword, (set = new Set(sk.ws.namesOf(keyword))));
  return set;
}

function unique(sk: SkeletonContext, keyword: DeclarationKeyword, prefix: string): string {
  return uniqueName(sk.ws, keyword, prefix, taken(sk, keyword));
}

function uniqueParty(sk: SkeletonContext): string {
  const taken_ = taken(sk, 'party');
  for (const a of 'XYZ') for (const b of 'XYZ') if (!taken_.has(`${a}${b}`)) return `${a}${b}`;
  return 'XX';
}

function document(label: string, snippet: string): string {
  return `${label}\n\n\`\`\`coop\n${expandSnippet(snippet)}\n\`\`\``;
}

const baseGroundsCache = new Map<string, string[]>();

/**
 * The grounds a request of this kind must always assess (those that depend on its contents are
 * left to CR101): what requiredGrounds says of a request holding only its kind (and, for mutual
 * assistance, the skeleton's default measure). It reads nothing else of the workspace.
 */
export function baseGrounds(ws: Workspace, kind: string): string[] {
  const cached = baseGroundsCache.get(kind);
  if (cached) return cached;
  const text = kind === 'mutual-assistance' ? `request X ${kind} {\n  measure: stored-data\n}\n` : `request X ${kind} {\n}\n`;
  const doc = SourceDocument.parse('', text);
  const unit = doc.chunks[0]!;
  const syntax = unit.declarations[0]!;
  const model = buildModel(syntax, unit);
  const decl: Decl = { syntax, chunk: unit, keyword: 'request', name: 'X', model };
  const grounds = (requiredGrounds(queryContext(ws, decl), decl)?.required ?? []).map((g) => g.ground);
  baseGroundsCache.set(kind, grounds);
  return grounds;
}

export function requestSkeleton(sk: SkeletonContext, kind: string): Skeleton {
  const s = new Snippet();
  const ind = sk.indent;
  const prefix = isRequestKind(kind) ? KINDS.get(kind)!.prefix : 'REQ';
  const lines: string[] = [`request ${s.stop(unique(sk, 'request', prefix))} ${kind} {`];
  // A reference is a choice whose first option is the placeholder "…" (CR007 until it is chosen):
  // a skeleton never pre-fills a name the drafter did not pick.
  const pick = (names: string[]): string => (names.length ? s.choice(['"…"', ...names]) : `"${s.stop('…')}"`);
  for (const key of SKELETON_KEYS[kind] ?? []) {
    let line: string | undefined;
    switch (key) {
      case 'case': {
        const cases = sk.names('case');
        line = cases.length ? `case: ${pick(cases)}` : undefined;
        break;
      }
      // Party codes too are choices after the placeholder: the workspace's parties are the drafter's
      // to pick, not a guess to overlook.
      case 'from':
        line = `from: ${pick(sk.parties)}`;
        break;
      case 'to':
        line =
          kind === 'subscriber-order' ? `to: provider "${s.stop('…')}" in ${s.choice(['XX', ...sk.parties])}` : `to: ${pick(sk.parties)}`;
        break;
      case 'basis':
        line = `basis: ${s.choice(basisChoices(kind))}`;
        break;
      case 'person': {
        const persons = sk.names('person');
        line = `person: ${pick(persons)}`;
        break;
      }
      case 'offences':
        line = `offences: [${pick(sk.names('offence'))}]`;
        break;
      case 'data':
        line = `data: [${pick(sk.names('data'))}]`;
        break;
      case 'preserved-by': {
        const p = sk.names('request', 'preservation');
        line = `preserved-by: ${pick(p)}`;
        break;
      }
      case 'measure':
        line = `measure: ${s.choice([...MEASURES.keys()])}`;
        break;
      case 'documents':
        line =
          kind === 'provisional-arrest'
            ? `documents: [${s.choice(['warrant', 'conviction'])}]`
            : `documents: [${s.choice(['warrant', 'conviction'])}, statement-of-offences, text-of-law, description-of-person]`;
        break;
      case 'specialty':
        line = `specialty: ${s.choice(['undertaken'])}`;
        break;
      case 'follow-up':
        line = `follow-up: ${s.choice(['mutual-assistance'])}`;
        break;
      case 'risk':
        line = `risk: ${s.choice(['"…"', 'life', 'safety'])}`;
        break;
      case 'lawful-basis':
        line = `lawful-basis: ${s.choice(['"…"', 'publicly-available', 'consent "…"'])}`;
        break;
      case 'safeguards': {
        const keys = [...SAFEGUARDS.base, ...SAFEGUARDS.realTime, 'notice', 'redress'];
        lines.push(`${ind}safeguards {`, ...keys.map((k) => `${ind}${ind}${s.template(SAFEGUARD_LINES[k] ?? `${k}: "\${…}"`)}`), `${ind}}`);
        continue;
      }
      case 'grounds': {
        const grounds = baseGrounds(sk.ws, kind);
        lines.push(`${ind}grounds {`, ...grounds.map((g) => `${ind}${ind}${g}: ${s.stop('unassessed')}`), `${ind}}`);
        continue;
      }
      default:
        line = `${key}: "${s.stop('…')}"`;
    }
    if (line) lines.push(ind + line);
  }
  lines.push('}');
  const insertText = lines.join('\n');
  const what = REQUEST_KINDS.get(kind)?.doc ?? '';
  return {
    label: `request ${kind} { … }`,
    detail: `Skeleton: ${kindLabel(kind)} with the entries its rules require`,
    documentation: document(what, insertText),
    insertText,
  };
}

export function declarationSkeletons(sk: SkeletonContext): Skeleton[] {
  const ind = sk.indent;
  const make = (
    keyword: DeclarationKeyword,
    detail: string,
    body: (s: Snippet) => (string | undefined)[],
    name: (s: Snippet) => string,
  ): Skeleton => {
    const s = new Snippet();
    const head = `${keyword} ${name(s)} {`;
    const lines = body(s)
      .filter((l): l is string => l !== undefined)
      .map((l) => ind + l);
    const insertText = [head, ...lines, '}'].join('\n');
    return { label: `${keyword} { … }`, detail: `Skeleton: ${detail}`, documentation: document(detail, insertText), insertText };
  };
  // A reference is a choice whose first option is the placeholder "…": no name the drafter did not pick.
  const optionalRef = (s: Snippet, key: string, names: string[]): string =>
    `${key}: ${names.length ? s.choice(['"…"', ...names]) : `"${s.stop('…')}"`}`;
  /** Where only a party code parses (a block's name, after `in`): `XX` until one is chosen. */
  const partyCode = (s: Snippet): string => s.choice(['XX', ...sk.parties.filter((p) => p !== 'XX')]);
  return [
    make(
      'case',
      'a case',
      (s) => [`title: "${s.stop('…')}"`, `authority: "${s.stop('…')}"`],
      (s) => s.stop(unique(sk, 'case', 'CASE')),
    ),
    make(
      'party',
      'what the workspace knows of a party',
      (s) => [`name: "${s.stop('…')}"`, `instruments: [${s.stop('budapest')}]`],
      (s) => s.stop(uniqueParty(sk)),
    ),
    make(
      'offence',
      'an offence with its law in one party',
      (s) => [
        `conduct: "${s.stop('…')}"`,
        `category: budapest art ${s.stop('5')}`,
        `law ${partyCode(s)} { cite: "${s.stop('…')}"  max-penalty: ${s.stop('5')} years }`,
      ],
      (s) => s.stop(unique(sk, 'offence', 'offence')),
    ),
    make(
      'person',
      'a person sought or concerned',
      (s) => [`name: "${s.stop('…')}"`, optionalRef(s, 'nationality', sk.parties)],
      (s) => s.stop(unique(sk, 'person', 'person')),
    ),
    make(
      'data',
      'stored computer data',
      (s) => [
        `type: ${s.choice([...DATA_TYPES.keys()])}`,
        `description: "${s.stop('…')}"`,
        `relevance: "${s.stop('…')}"`,
        `custodian: provider "${s.stop('…')}" in ${partyCode(s)}`,
      ],
      (s) => s.stop(unique(sk, 'data', 'data')),
    ),
    make(
      'proceeding',
      'what follows a surrender or the arrival of evidence',
      (s) => [
        optionalRef(s, 'case', sk.names('case')),
        optionalRef(s, 'surrender', sk.names('request', 'extradition')),
        `charges: [${s.stop()}]`,
        `evidence: [${s.stop()}]`,
      ],
      (s) => s.stop(unique(sk, 'proceeding', 'proceeding')),
    ),
    make(
      'consent',
      "the requested party's consent to go beyond a request",
      (s) => [optionalRef(s, 'from', sk.parties), optionalRef(s, 'request', sk.names('request')), `extends-to: [${s.stop()}]`],
      (s) => s.stop(unique(sk, 'consent', 'CONSENT')),
    ),
    make(
      'transfer',
      'an onward surrender to a third State',
      (s) => [
        optionalRef(s, 'person', sk.names('person')),
        optionalRef(s, 'after', sk.names('request', 'extradition')),
        optionalRef(s, 'to', sk.parties),
      ],
      (s) => s.stop(unique(sk, 'transfer', 'TRANSFER')),
    ),
    make(
      'judgment',
      "a decision of a State's authorities on a person and offences",
      (s) => [
        optionalRef(s, 'party', sk.parties),
        optionalRef(s, 'person', sk.names('person')),
        `offences: [${sk.names('offence').length ? s.choice(['"…"', ...sk.names('offence')]) : `"${s.stop('…')}"`}]`,
        `outcome: ${s.choice(['convicted', 'acquitted', 'not-prosecuted', 'pending'])}`,
        `final: ${s.choice(['no', 'yes'])}`,
      ],
      (s) => s.stop(unique(sk, 'judgment', 'JUDGMENT')),
    ),
  ];
}
