// "Facts the rules use" (rules.md): definitions shared by several rules. Each returns `undefined`
// when it cannot decide because a value it depends on is present but unusable.

import { block, has, refs, unusable, value, word, type BlockModel } from '../model';
import { COERCIVE_MEASURES } from '../law/kinds';
import type { RefSort } from '../valueTypes';
import type { Decl, RuleContext } from './types';

/** An offence is inside Budapest Arts 2–11 only when its category is `budapest art N`, 2 ≤ N ≤ 11. */
export function inBudapestOffences(offence: Decl): boolean | undefined {
  const m = offence.model;
  if (unusable(m, 'category')) return undefined;
  const cat = value(m, 'category', 'article');
  if (!cat || !cat.item.ref) return false;
  return cat.item.ref.instrument === 'budapest' && cat.item.ref.number >= 2 && cat.item.ref.number <= 11;
}

/**
 * The requested party: the `to` party, or the party after the provider's `in`. `null` when there
 * is none (no `to`, or a provider without `in`); `undefined` when `to` is unusable.
 */
export function requestedParty(request: Decl): string | null | undefined {
  const m = request.model;
  if (unusable(m, 'to')) return undefined;
  const to = m.fields.get('to')?.value;
  if (!to) return null;
  if (to.t === 'party') return to.code;
  if (to.t === 'provider') return to.place?.code ?? null;
  return null;
}

/** The requesting party (`from`); `null` when absent, `undefined` when unusable. */
export function requestingParty(request: Decl): string | null | undefined {
  if (unusable(request.model, 'from')) return undefined;
  return value(request.model, 'from', 'party')?.code ?? null;
}

/** Does a `party` declaration for this code list `budapest art 29(4)` in its reservations? */
export function holdsReservation294(ctx: RuleContext, code: string): boolean | undefined {
  const party = ctx.party(code);
  if (!party) return false;
  if (unusable(party.model, 'reservations')) return undefined;
  const items = value(party.model, 'reservations', 'articles')?.items ?? [];
  return items.some((a) => a.ref?.instrument === 'budapest' && a.ref.number === 29 && a.ref.parts.length === 1 && a.ref.parts[0] === '4');
}

/**
 * Consents that count for a request: its `request` names it and its `from` is the request's
 * requested party. `undecided` when a consent names the request but whether it counts cannot be
 * decided: its `from`, or the request's requested party, is present but unusable.
 */
export function countingConsents(ctx: RuleContext, request: Decl): { consents: Decl[]; undecided: boolean } {
  const naming = ctx.related('consents', request.name);
  const requested = requestedParty(request);
  if (requested === undefined) return { consents: [], undecided: naming.length > 0 };
  if (requested === null) return { consents: [], undecided: false };
  const consents: Decl[] = [];
  let undecided = false;
  for (const c of naming) {
    if (unusable(c.model, 'from')) undecided = true;
    else if (value(c.model, 'from', 'party')?.code === requested) consents.push(c);
  }
  // A consent of the requested party whose `request` names nothing usable may be meant for this one.
  if (!undecided) {
    undecided = ctx.unlinked('consents').some((c) => unusable(c.model, 'from') || value(c.model, 'from', 'party')?.code === requested);
  }
  return { consents, undecided };
}

/**
 * Does a consent that counts for the request grant what `grants` looks for in its entry `key`?
 * `undefined` when no consent grants it but one might: a consent's counting, or its `key`, cannot
 * be read.
 */
export function consentGrants(
  ctx: RuleContext,
  request: Decl,
  key: string,
  grants: (consent: Decl) => boolean,
  sort?: RefSort,
): boolean | undefined {
  const { consents, undecided } = countingConsents(ctx, request);
  if (consents.some((c) => grants(c))) return true;
  if (undecided || consents.some((c) => unusable(c.model, key) || (sort !== undefined && namesUnresolved(ctx, c, key, sort))))
    return undefined;
  return false;
}

/**
 * A name in the list `key` of `decl` names nothing of `sort` (CR002, CR006): what it was meant to
 * name is unknown, so a rule that depends on the list cannot decide ("present but unusable").
 */
export function namesUnresolved(ctx: RuleContext, decl: Decl, key: string, sort: RefSort): boolean {
  return refs(decl.model, key).some((r) => !ctx.resolve(r.name, sort));
}

/** A coercive measure is a mutual-assistance request whose measure is coercive; `undefined` when the measure is unusable. */
export function isCoercive(request: Decl): boolean | undefined {
  if (request.model.kind !== 'mutual-assistance') return false;
  if (unusable(request.model, 'measure')) return undefined;
  const measure = word(request.model, 'measure');
  return measure !== undefined && COERCIVE_MEASURES.has(measure);
}

/** The measure of a mutual-assistance request, `null` when absent, `undefined` when unusable. */
export function measureOf(request: Decl): string | null | undefined {
  if (unusable(request.model, 'measure')) return undefined;
  return word(request.model, 'measure') ?? null;
}

/** The offences a request names that resolve; `complete` is false when some do not. */
export function resolvedOffences(ctx: RuleContext, decl: Decl, key = 'offences'): { offences: Decl[]; complete: boolean } {
  if (unusable(decl.model, key)) return { offences: [], complete: false };
  const offences: Decl[] = [];
  let complete = true;
  for (const r of refs(decl.model, key)) {
    const d = ctx.resolve(r.name, 'offence');
    if (d) offences.push(d);
    else complete = false;
  }
  return { offences, complete };
}

/**
 * The offence's `law` block for a party: `null` when it has none; `undefined` when that cannot be
 * decided, because a `law` block's party is unusable (`law fr { … }`, `law { … }`: CR004).
 */
export function lawFor(offence: Decl, party: string): BlockModel | null | undefined {
  const laws = offence.model.blocks.get('law') ?? [];
  const law = laws.find((b) => b.party === party);
  if (law) return law;
  return laws.some((b) => b.party === undefined) ? undefined : null;
}

/**
 * The maximum penalty, in years, of an offence under one party's law: `null` when not stated;
 * `life` and `death` are above every threshold (Infinity), with `word` saying which.
 */
export function maxPenaltyYears(
  offence: Decl,
  party: string,
): { years: number | null; word?: 'life' | 'death'; law?: BlockModel } | undefined {
  const law = lawFor(offence, party);
  if (law === undefined) return undefined;
  if (!law) return { years: null };
  if (unusable(law, 'max-penalty')) return undefined;
  const p = value(law, 'max-penalty', 'penalty');
  return { years: p ? p.years : null, word: p?.word, law };
}

/** "2 years", "6 months", "45 days". */
export function describeYears(years: number): string {
  if (years >= 1 && Number.isInteger(years)) return `${years} year${years === 1 ? '' : 's'}`;
  const months = Math.round(years * 12);
  if (Number.isInteger(Math.round(years * 12 * 1e9) / 1e9)) return `${months} month${months === 1 ? '' : 's'}`;
  const days = Math.round(years * 365);
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** The safeguards block of a request, when it has one. */
export function safeguards(request: Decl): BlockModel | undefined {
  return block(request.model, 'safeguards');
}

/** Is the entry present in the safeguards block? */
export function hasSafeguard(request: Decl, key: string): boolean {
  const s = safeguards(request);
  return !!s && has(s, key);
}
