// A code lens on each request: its checklist in one line, e.g. "Art. 29(2): 5/6 · grounds 2/3
// assessed". Each item uses the definitions the rules use (rules/facts.ts, rules/grounds.ts, the
// rules' own conditions), so a full checklist means the corresponding rules are silent.

import { block, has, refs, unusable, value, word } from '../model';
import { hasSafeguard, isCoercive, measureOf } from '../rules/facts';
import {
  EXTRADITION_DOCUMENTS,
  arrestDocument,
  forProsecution,
  governing,
  governingName,
  isRequestKind,
  KINDS,
  MUTUAL_ASSISTANCE_CONTENTS,
  PRESERVATION_ELEMENTS,
  requiredGrounds,
  SAFEGUARDS,
} from '../law';
import type { Decl, RuleContext } from '../rules/types';
import { REAL_TIME_MEASURES } from '../law/kinds';
import type { Workspace } from '../workspace';
import { INSTRUMENTS, type GoverningId } from '../law';

/** "CETS 185", "a treaty", "no instrument": the governing instrument as the lens shows it. */
function governingShort(g: GoverningId): string {
  if (g === 'treaty') return 'a treaty';
  if (g === 'none') return 'no instrument';
  return INSTRUMENTS[g].short;
}
import { queryContext } from './context';

export interface CodeLens {
  start: number;
  end: number;
  title: string;
  /** The request the lens is on, and its kind. */
  request: string;
  kind: string;
  /** Each item of the title with what it counts and the rules it stands for (the lens's explanation). */
  items: { text: string; explain: string; rules: string[]; complete: boolean }[];
}

/** One item of a request's checklist. */
export interface ChecklistItem {
  label: string;
  /** What the item counts, in a sentence, for the lens's explanation. */
  explain: string;
  /** The rules the item stands for: it is complete exactly when they are silent on the request. */
  rules: string[];
  done: number;
  total: number;
  /**
   * How the item is shown: "Art. 29(2): done/total" (an article's elements), "label done/total",
   * "label done/total assessed" or "label ✓/✗".
   */
  style: 'article' | 'count' | 'assessed' | 'check' | 'text';
  /** The entry is present but unusable (CR004): the rules cannot count it, nor can the lens. */
  undecided?: boolean;
}

export function codeLenses(ws: Workspace, uri: string): CodeLens[] {
  const out: CodeLens[] = [];
  for (const decl of ws.declarationsOf(uri)) {
    if (decl.keyword !== 'request' || !decl.model.kind) continue;
    const items = checklist(ws, decl);
    if (items.length === 0) continue;
    const name = decl.syntax.name;
    out.push({
      start: decl.chunk.base + name.start,
      end: decl.chunk.base + name.end,
      title: items.map(itemText).join(' · '),
      request: decl.name,
      kind: decl.model.kind,
      items: items.map((i) => ({
        text: itemText(i),
        explain: i.explain,
        rules: i.rules,
        complete: i.style === 'text' || (!i.undecided && i.done === i.total),
      })),
    });
  }
  return out;
}

export function itemText(item: ChecklistItem): string {
  if (item.style === 'text') return item.label;
  if (item.undecided) return `${item.label} ?/${item.total}`;
  switch (item.style) {
    case 'article':
      return `${item.label}: ${item.done}/${item.total}`;
    case 'count':
      return `${item.label} ${item.done}/${item.total}`;
    case 'assessed':
      return `${item.label} ${item.done}/${item.total} assessed`;
    case 'check':
      return `${item.label} ${item.done === item.total ? '✓' : '✗'}`;
  }
}

/** The checklist of a request, by kind; empty for a request whose kind is unknown. */
export function checklist(ws: Workspace, decl: Decl): ChecklistItem[] {
  const ctx = queryContext(ws, decl);
  const m = decl.model;
  const items: ChecklistItem[] = [];
  const count = (label: string, explain: string, rules: string[], checks: boolean[], style: 'article' | 'count' = 'article'): void => {
    items.push({ label, explain, rules, done: checks.filter(Boolean).length, total: checks.length, style });
  };
  const check = (label: string, explain: string, rules: string[], ok: boolean): void => {
    items.push({ label, explain, rules, done: ok ? 1 : 0, total: 1, style: 'check' });
  };
  const g = governing(ctx, decl);
  items.push({
    label: `under ${g.undecided ? '?' : governingShort(g.governing)}`,
    rules: [],
    done: 0,
    total: 0,
    style: 'text',
    explain: g.undecided
      ? 'The instrument that governs the request cannot be decided: a value it depends on cannot be read.'
      : `The instrument that governs the request, whose articles the findings cite: ${governingName(g)}. Hover on \`basis\` says why.`,
  });
  // A rule's findings on this request, for the items that stand for a whole rule (CR310, CR312).
  const silent = (rule: string): boolean => {
    const start = decl.chunk.base + decl.syntax.start,
      end = decl.chunk.base + decl.syntax.end;
    return !ws.findings(decl.chunk.uri).some((f) => f.rule === rule && !f.suppressed && f.start >= start && f.end <= end);
  };
  switch (m.kind) {
    case 'preservation': {
      // CR301: Art. 29(2)(a)–(f); (c) and (d) need data, and the entry on each data item that resolves.
      const data = resolvedData(ctx, decl);
      const onEach = (key: string): boolean => has(m, 'data') && data.every((d) => has(d.model, key));
      const byPoint = new Map<string, boolean>();
      for (const e of PRESERVATION_ELEMENTS) byPoint.set(e.point, (byPoint.get(e.point) ?? true) && has(m, e.key));
      byPoint.set('c', (byPoint.get('c') ?? true) && onEach('relevance'));
      byPoint.set('d', onEach('custodian'));
      count(
        'Art. 29(2)',
        'The elements (a)–(f) Budapest Art. 29(2) requires a preservation request to specify, present in the request and its data.',
        ['CR301'],
        [...byPoint.keys()].sort().map((p) => byPoint.get(p)!),
      );
      break;
    }
    case 'mutual-assistance':
      // CR304: ETS 30 Art. 14 (UNCC Art. 40, or the requested party's law).
      count(
        'contents',
        `The contents a mutual-assistance request must state (${MUTUAL_ASSISTANCE_CONTENTS.map((e) => `\`${e.key}\``).join(', ')}), present.`,
        ['CR304'],
        MUTUAL_ASSISTANCE_CONTENTS.map((e) => has(m, e.key)),
        'count',
      );
      break;
    case 'provisional-arrest':
      check(
        'contents',
        'The contents ETS 24 Art. 16(2) requires of a provisional-arrest request, all present.',
        ['CR310'],
        silent('CR310'),
      );
      break;
    case 'subscriber-order':
      check('contents', 'The contents Second Protocol Art. 7(3) requires of a subscriber-order, all present.', ['CR312'], silent('CR312'));
      break;
    case 'extradition': {
      // CR303: ETS 24 Art. 12(2).
      if (g.governing !== 'ets24') break;
      const docs = new Set(value(m, 'documents', 'words')?.items.map((i) => i.word) ?? []);
      const sentence = forProsecution(decl) === false;
      count(
        'documents',
        'The supporting documents ETS 24 Art. 12(2) requires, listed in `documents`.',
        ['CR303'],
        EXTRADITION_DOCUMENTS.map((d) => docs.has(d.words.length > 1 ? arrestDocument(sentence) : d.words[0]!)),
        'count',
      );
      if (unusable(m, 'documents')) items[items.length - 1]!.undecided = true;
      break;
    }
  }
  const grounds = groundsItem(ctx, decl);
  if (grounds) items.push(grounds);
  switch (m.kind) {
    case 'mutual-assistance': {
      // CR401 (and CR402, CR403 for real-time measures).
      if (isCoercive(decl) !== true) break;
      const keys = [...SAFEGUARDS.base];
      const measure = measureOf(decl);
      if (measure && REAL_TIME_MEASURES.has(measure)) keys.push(...SAFEGUARDS.realTime);
      count(
        'safeguards',
        `The conditions and safeguards of Budapest Art. 15 the coercive measure needs (${keys.map((k) => `\`${k}\``).join(', ')}), given in \`safeguards\`.`,
        ['CR401', 'CR402', 'CR403'],
        keys.map((k) => hasSafeguard(decl, k)),
        'count',
      );
      break;
    }
    case 'extradition':
      check('specialty', 'The undertaking to respect the rule of speciality, `specialty: undertaken`.', ['CR204'], has(m, 'specialty'));
      break;
    case 'emergency-disclosure': {
      check('emergency', 'The facts that demonstrate the emergency, in `emergency`.', ['CR307'], has(m, 'emergency'));
      const risk = word(m, 'risk');
      check(
        'risk',
        'A risk to the life or safety of a person, in `risk`.',
        ['CR307', 'CR502'],
        has(m, 'risk') && (risk === undefined || risk === 'life' || risk === 'safety'),
      );
      break;
    }
    case 'subscriber-order': {
      // CR308: every data item resolves to subscriber data.
      const data = resolvedData(ctx, decl);
      if (data.length)
        check(
          'subscriber data only',
          'Every data item the order seeks is subscriber data.',
          ['CR308'],
          data.every((d) => word(d.model, 'type') === 'subscriber' || word(d.model, 'type') === undefined),
        );
      break;
    }
    case 'direct-access':
      check(
        'lawful basis',
        'Why the access needs no authorisation of the other State, in `lawful-basis`.',
        ['CR309'],
        has(m, 'lawful-basis'),
      );
      break;
  }
  if (isRequestKind(m.kind) && KINDS.get(m.kind)!.personalData) {
    // CR407: only when a data item is subscriber, traffic or content data.
    const personal = resolvedData(ctx, decl).some((d) => ['subscriber', 'traffic', 'content'].includes(word(d.model, 'type') ?? ''));
    if (personal)
      check(
        'data protection',
        'How the personal data sought will be protected, in `data-protection`.',
        ['CR407'],
        has(m, 'data-protection'),
      );
  }
  return items;
}

function resolvedData(ctx: RuleContext, decl: Decl): Decl[] {
  return refs(decl.model, 'data')
    .map((r) => ctx.resolve(r.name, 'data'))
    .filter((d): d is Decl => d !== undefined);
}

/** Grounds the request must assess (CR101) that are listed as engaged or not-engaged. */
function groundsItem(ctx: RuleContext, decl: Decl): ChecklistItem | undefined {
  const req = requiredGrounds(ctx, decl);
  if (!req || req.required.length === 0) return undefined;
  const listed = block(decl.model, 'grounds')?.grounds ?? [];
  const assessed = req.required.filter((r) =>
    listed.some((l) => l.ground === r.ground && (l.status === 'engaged' || l.status === 'not-engaged')),
  );
  return {
    label: 'grounds',
    rules: ['CR101', 'CR107'],
    done: assessed.length,
    total: req.required.length,
    style: 'assessed',
    explain:
      'The refusal grounds the request must assess, each stated as engaged or not-engaged with the reason (`unassessed` does not count).',
  };
}
