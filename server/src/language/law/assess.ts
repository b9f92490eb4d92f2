// The facts of a request read against the law's tables: which grounds it must assess (and why),
// which grounds the requested State may not invoke, which judgments concern it. Used by CR101,
// CR102, CR108–CR115, completion, the code lens and the memo.

import { block, refs, unusable, value, word, type GroundEntry } from '../model';
import {
  holdsReservation294,
  inBudapestOffences,
  lawFor,
  measureOf,
  requestedParty,
  requestingParty,
  resolvedOffences,
} from '../rules/facts';
import type { Decl, RuleContext } from '../rules/types';
import { citationsFor, type Citation, type CiteScope } from './cite';
import { governing, protocolApplies } from './governing';
import { BASE_GROUNDS, GROUND_CITATIONS, PROPERTY_HUMAN_RIGHTS_TEXT, RAISED_GROUNDS, type RaisingFacts } from './grounds';
import { isRequestKind, measureSpec } from './kinds';

export interface RequiredGround {
  ground: string;
  /** Raised by the facts of an extradition request (the second table), not required by its kind alone. */
  raised: boolean;
}

export interface GroundRequirement {
  /** Grounds the request must assess, in the order of the tables. */
  required: RequiredGround[];
  /** Grounds that may be required but cannot be decided (a value they depend on is unusable). */
  undecided: string[];
}

/** The grounds a request must assess; undefined for a request whose kind is unknown. */
export function requiredGrounds(ctx: RuleContext, request: Decl): GroundRequirement | undefined {
  const kind = request.model.kind;
  if (!isRequestKind(kind)) return undefined;
  const out: GroundRequirement = { required: [], undecided: [] };
  for (const base of BASE_GROUNDS[kind] ?? []) {
    const needed =
      base.condition === undefined
        ? true
        : base.condition === 'human-rights-measure'
          ? humanRightsMeasure(request)
          : dualCriminalityInPreservation(ctx, request);
    if (needed === undefined) out.undecided.push(base.ground);
    else if (needed) out.required.push({ ground: base.ground, raised: false });
  }
  if (kind === 'extradition') {
    const facts = raisingFacts(ctx, request);
    for (const r of RAISED_GROUNDS) {
      const raised = r.raisedBy(facts);
      if (raised === undefined) out.undecided.push(r.ground);
      else if (raised) out.required.push({ ground: r.ground, raised: true });
    }
  }
  return out;
}

function humanRightsMeasure(request: Decl): boolean | undefined {
  const measure = measureOf(request);
  if (measure === undefined) return undefined;
  return measureSpec(measure)?.humanRights ?? false;
}

/**
 * The Art. 29(4) case: the requested party holds the reservation and an offence of the request
 * is outside Arts 2–11. Undefined when that cannot be decided.
 */
export function dualCriminalityInPreservation(ctx: RuleContext, request: Decl): boolean | undefined {
  const party = requestedParty(request);
  if (party === undefined) return undefined;
  if (party === null) return false;
  const reservation = holdsReservation294(ctx, party);
  if (reservation !== true) return reservation;
  const { offences, complete } = resolvedOffences(ctx, request);
  let undecided = !complete;
  for (const o of offences) {
    const inside = inBudapestOffences(o);
    if (inside === false) return true;
    if (inside === undefined) undecided = true;
  }
  return undecided ? undefined : false;
}

/** The grounds the request's `grounds` block lists (with any status; `other "…"` as `other`). */
export function listedGrounds(request: Decl): Map<string, GroundEntry> {
  const out = new Map<string, GroundEntry>();
  for (const g of block(request.model, 'grounds')?.grounds ?? []) if (!out.has(g.ground)) out.set(g.ground, g);
  return out;
}

/** The status a ground is assessed with, when it is listed. */
export function assessed(request: Decl, ground: string): GroundEntry['status'] | 'absent' {
  const g = listedGrounds(request).get(ground);
  return g ? g.status : 'absent';
}

// ---------------------------------------------------------------- judgments

export interface JudgmentFacts {
  decl: Decl;
  party?: string;
  outcome?: string;
  final: boolean;
  inAbsentia: boolean;
  /** The offences of the request it concerns. */
  offences: string[];
}

/**
 * Judgments that concern a request: their `person` is the request's person and their
 * `offences` share an offence with the request's. `undecided` when one cannot be read.
 */
export function judgmentsConcerning(ctx: RuleContext, request: Decl): { judgments: JudgmentFacts[]; undecided: boolean } {
  const person = value(request.model, 'person', 'ref');
  if (!person) return { judgments: [], undecided: unusable(request.model, 'person') };
  const own = new Set(refs(request.model, 'offences').map((r) => r.name));
  const out: JudgmentFacts[] = [];
  let undecided = unusable(request.model, 'offences');
  for (const j of ctx.related('judgments', person.name)) {
    const m = j.model;
    if (unusable(m, 'offences') || unusable(m, 'party') || unusable(m, 'outcome') || unusable(m, 'final')) {
      if (refs(m, 'offences').some((r) => own.has(r.name)) || unusable(m, 'offences')) undecided = true;
      continue;
    }
    const shared = refs(m, 'offences')
      .map((r) => r.name)
      .filter((n) => own.has(n));
    if (shared.length === 0) continue;
    out.push({
      decl: j,
      party: value(m, 'party', 'party')?.code,
      outcome: word(m, 'outcome'),
      final: word(m, 'final') === 'yes',
      inAbsentia: word(m, 'in-absentia') === 'yes',
      offences: [...new Set(shared)],
    });
  }
  return { judgments: out, undecided };
}

/** The judgment a request `for: sentence` enforces, when its `judgment` names one. */
export function enforcedJudgment(ctx: RuleContext, request: Decl): Decl | undefined {
  const ref = value(request.model, 'judgment', 'ref');
  return ref ? ctx.resolve(ref.name, 'judgment') : undefined;
}

/** Is the request for prosecution (`for: prosecution`, or no `for`)? Undefined when `for` is unusable. */
export function forProsecution(request: Decl): boolean | undefined {
  if (unusable(request.model, 'for')) return undefined;
  return word(request.model, 'for') !== 'sentence';
}

// ---------------------------------------------------------------- the facts that raise grounds

export function raisingFacts(ctx: RuleContext, request: Decl): RaisingFacts {
  return ctx.memo('raising-facts', request, () => computeRaisingFacts(ctx, request));
}

function computeRaisingFacts(ctx: RuleContext, request: Decl): RaisingFacts {
  const from = requestingParty(request);
  const to = requestedParty(request);
  const { offences, complete } = resolvedOffences(ctx, request);
  const any = (test: (o: Decl) => boolean | undefined): boolean | undefined => {
    let undecided = !complete;
    for (const o of offences) {
      const r = test(o);
      if (r === true) return true;
      if (r === undefined) undecided = true;
    }
    return undecided ? undefined : false;
  };
  const penaltyWord = (o: Decl, party: string): string | null | undefined => {
    const law = lawFor(o, party);
    if (law === undefined) return undefined;
    if (law === null) return null;
    if (unusable(law, 'max-penalty')) return undefined;
    return value(law, 'max-penalty', 'penalty')?.word ?? null;
  };
  const deathPenalty =
    from === undefined
      ? undefined
      : from === null
        ? false
        : any((o) => {
            const w = penaltyWord(o, from);
            return w === undefined ? undefined : w === 'death';
          });
  const { judgments, undecided: judgmentsUndecided } = judgmentsConcerning(ctx, request);
  const judgmentTest = (test: (j: JudgmentFacts) => boolean): boolean | undefined => {
    if (judgments.some(test)) return true;
    return judgmentsUndecided || to === undefined ? undefined : false;
  };
  const neBisInIdem = judgmentTest((j) => (j.party === to ? j.final || j.outcome === 'not-prosecuted' : j.party !== from && j.final));
  const pendingProceedings = judgmentTest(
    (j) => j.party === to && (j.outcome === 'pending' || ((j.outcome === 'convicted' || j.outcome === 'acquitted') && !j.final)),
  );
  const lapseOfTime = any((o) => {
    if (unusable(o.model, 'committed')) return undefined;
    if (!value(o.model, 'committed', 'date')) return false;
    let undecided = false;
    for (const party of [from, to]) {
      if (typeof party !== 'string') continue;
      const law = lawFor(o, party);
      if (law === undefined || (law && unusable(law, 'limitation'))) undecided = true;
      else if (law && value(law, 'limitation', 'duration')) return true;
    }
    return undecided ? undefined : false;
  });
  const placeOfCommission = any((o) => {
    if (unusable(o.model, 'committed-in')) return undefined;
    const places = value(o.model, 'committed-in', 'parties')?.items.map((p) => p.code);
    if (!places || places.length === 0) return false;
    if (to === undefined || from === undefined) return undefined;
    if (typeof to === 'string' && places.includes(to)) return true;
    return typeof from === 'string' && !places.includes(from);
  });
  let inAbsentia: boolean | undefined = false;
  const purpose = forProsecution(request);
  if (purpose === undefined) inAbsentia = undefined;
  else if (!purpose) {
    const j = enforcedJudgment(ctx, request);
    if (unusable(request.model, 'judgment') || (j && unusable(j.model, 'in-absentia'))) inAbsentia = undefined;
    else inAbsentia = !!j && word(j.model, 'in-absentia') === 'yes';
  }
  return { deathPenalty, neBisInIdem, pendingProceedings, lapseOfTime, placeOfCommission, inAbsentia };
}

// ---------------------------------------------------------------- citations

/** What a ground of a request rests on, under its governing instrument. */
export function groundCitations(ctx: RuleContext, request: Decl, ground: string): Citation[] {
  const kind = request.model.kind;
  if (!isRequestKind(kind)) return [];
  const table = GROUND_CITATIONS[kind]?.[ground];
  const scope = governing(ctx, request);
  if (!table) return citationsFor({}, scope);
  if (kind === 'mutual-assistance' && ground === 'human-rights' && measureSpec(scope.measure)?.budapestPower === false) {
    return citationsFor({ ...table, budapest: undefined, alwaysText: [PROPERTY_HUMAN_RIGHTS_TEXT] }, scope);
  }
  return citationsFor(table, scope);
}

export function scopeOf(ctx: RuleContext, request: Decl): CiteScope {
  return governing(ctx, request);
}

// ---------------------------------------------------------------- grounds that may not be invoked

export interface Impermissible {
  /** Why, in the words of the instrument, with its citation. */
  reason: string;
}

/** A ground the requested State may not invoke in this request (CR102), with the reason; undefined when it may. */
export function impermissibleGround(ctx: RuleContext, request: Decl, ground: string): Impermissible | undefined {
  const kind = request.model.kind;
  const g = governing(ctx, request);
  if (kind === 'traffic-disclosure') {
    if (ground === 'political-offence' || ground === 'essential-interests') return undefined;
    if (g.governing === 'budapest')
      return {
        reason:
          'disclosure of preserved traffic data may only be withheld for a political offence or to protect essential interests (CETS 185 Art. 30(2))',
      };
    if (g.governing === 'uncc')
      return {
        reason:
          'disclosure of preserved traffic data has limited grounds of refusal (UNCC Art. 43, summary, to be verified against the official text)',
      };
    return undefined;
  }
  if (kind === 'mutual-assistance' && ground === 'fiscal-offence') {
    const { offences } = resolvedOffences(ctx, request);
    const inside = offences.find((o) => inBudapestOffences(o) === true);
    if (!inside) return undefined;
    const budapest = g.governing === 'budapest' || g.applying.has('budapest');
    const ets99 = g.governing === 'ets30' && g.protocols.has('ets99');
    if (!budapest && !ets99) return undefined;
    // Two rules, each with its own scope: Budapest Art. 25(4) for the offences of its Arts 2–11;
    // ETS 99 Art. 1 for any offence, between its parties.
    const reasons = [
      budapest
        ? `offence ${inside.name} is in Budapest Arts 2–11, for which assistance may not be refused solely as a fiscal offence (CETS 185 Art. 25(4))`
        : '',
      ets99
        ? 'between parties to ETS 99, assistance may not be refused solely because the requested party considers the offence a fiscal offence (ETS 99 Art. 1)'
        : '',
    ].filter(Boolean);
    return { reason: reasons.join('; and ') };
  }
  if (kind === 'preservation' && ground === 'dual-criminality') {
    if (dualCriminalityInPreservation(ctx, request) !== false) return undefined;
    if (g.governing === 'budapest')
      return {
        reason:
          'dual criminality is not a condition of preservation (CETS 185 Art. 29(3)) unless the requested party reserved Art. 29(4) and an offence is outside Arts 2–11',
      };
    if (g.governing === 'uncc')
      return {
        reason:
          'dual criminality is not required for preservation, save by reservation (UNCC Art. 42, summary, to be verified against the official text)',
      };
    return undefined;
  }
  return undefined;
}

/** Does ETS 24 govern, with a protocol applying? (Re-exported for rules that rest on protocols.) */
export { protocolApplies };
