// Shared by the extradition rules of version 2 (CR108–CR117): the offences of a request with the
// node each is named at, assurances, dates and the requests that compete or follow.

import { block, has, refs, unusable, value } from '../model';
import type { RefItem } from '../model';
import { isoOfDay } from '../util';
import { requestedParty, requestingParty } from './facts';
import type { Decl, RuleContext } from './types';

/** The offences a request names, each with its name in `offences` (a name listed twice counts once). */
export function namedOffences(ctx: RuleContext, request: Decl): { item: RefItem; offence: Decl }[] {
  if (unusable(request.model, 'offences')) return [];
  const seen = new Set<string>();
  const out: { item: RefItem; offence: Decl }[] = [];
  for (const item of refs(request.model, 'offences')) {
    if (seen.has(item.name)) continue;
    seen.add(item.name);
    const offence = ctx.resolve(item.name, 'offence');
    if (offence) out.push({ item, offence });
  }
  return out;
}

/** Does the request give this assurance? Undefined when its `assurances` block cannot be read. */
export function hasAssurance(request: Decl, key: string): boolean {
  const b = block(request.model, 'assurances');
  return !!b && has(b, key);
}

/** A date a deadline rule reads: the request's `date`, or today when it has none (it is not sent yet). */
export interface Dated {
  day: number;
  iso: string;
  /** Today stood in for a missing date. */
  today: boolean;
}

export function dateOf(ctx: RuleContext, decl: Decl, key = 'date'): Dated | undefined {
  if (unusable(decl.model, key)) return undefined;
  const d = value(decl.model, key, 'date');
  if (d) return { day: d.day, iso: d.iso, today: false };
  return { day: ctx.today.day, iso: ctx.today.iso, today: true };
}

/** " (as of 2026-12-03)" when the finding depends on today. */
export function asOf(ctx: RuleContext, dated: { today: boolean }): string {
  return dated.today ? ` (as of ${ctx.today.iso})` : '';
}

export { isoOfDay };

/**
 * The extradition requests for the same person from the same requesting party to the same
 * requested party as this request (CR116, CR117). Undefined when that cannot be decided.
 */
export function extraditionsLike(ctx: RuleContext, request: Decl): Decl[] | undefined {
  const person = value(request.model, 'person', 'ref');
  const from = requestingParty(request);
  const to = requestedParty(request);
  if (!person || typeof from !== 'string' || typeof to !== 'string') return undefined;
  return ctx
    .related('personRequests', person.name)
    .filter((r) => r !== request && r.model.kind === 'extradition' && requestingParty(r) === from && requestedParty(r) === to);
}

/**
 * How long after the arrest on a provisional-arrest request the extradition request came (ETS 24
 * Art. 16(4)): the first extradition request for the same person, from and to the same parties,
 * by date (today for one not yet dated), or today when there is none. Undefined when it cannot be
 * decided, or the request has no `arrested`.
 */
export function provisionalArrestDelay(
  ctx: RuleContext,
  request: Decl,
): { days: number; arrested: { iso: string; node: import('../syntax').Value }; first?: Decl; on: Dated } | undefined {
  return ctx.memo('provisional-arrest', request, () => {
    if (request.model.kind !== 'provisional-arrest') return undefined;
    const arrested = value(request.model, 'arrested', 'date');
    if (!arrested) return undefined;
    const others = extraditionsLike(ctx, request);
    if (!others) return undefined;
    let first: { decl: Decl; on: Dated } | undefined;
    for (const r of others) {
      const on = dateOf(ctx, r);
      if (!on) return undefined;
      if (!first || on.day < first.on.day) first = { decl: r, on };
    }
    const on = first?.on ?? { day: ctx.today.day, iso: ctx.today.iso, today: true };
    return { days: on.day - arrested.day, arrested: { iso: arrested.iso, node: arrested.node }, first: first?.decl, on };
  });
}
