// Which refusal grounds a request must assess, and which the requested State may not invoke
// (rules.md, "Refusal grounds"). Used by CR101, CR102, completion and the code lens.

import { block } from '../model';
import { REAL_TIME_MEASURES } from '../vocabulary';
import { holdsReservation294, inBudapestOffences, measureOf, requestedParty, resolvedOffences } from './facts';
import type { Decl, RuleContext } from './types';

/** The article each ground rests on, per request kind; its words become the reason a fix inserts. */
export const GROUND_ARTICLES: Record<string, Record<string, string>> = {
  'extradition': {
    'dual-criminality': 'budapest art 24(1)(a)',
    'political-offence': 'ets24 art 3(1)',
    'persecution': 'ets24 art 3(2)',
    'nationality': 'ets24 art 6(1)(a)',
  },
  'mutual-assistance': {
    'dual-criminality': 'budapest art 25(5)',
    'political-offence': 'budapest art 27(4)(a)',
    'essential-interests': 'budapest art 27(4)(b)',
    'persecution': 'budapest art 25(4)',
    'human-rights': 'budapest art 15(1)',
  },
  'preservation': {
    'political-offence': 'budapest art 29(5)(a)',
    'essential-interests': 'budapest art 29(5)(b)',
    'dual-criminality': 'budapest art 29(4)',
  },
  'traffic-disclosure': {
    'political-offence': 'budapest art 30(2)(a)',
    'essential-interests': 'budapest art 30(2)(b)',
  },
};

export interface GroundRequirement {
  /** Grounds the request must assess, in the order of the table. */
  required: string[];
  /** Grounds that may be required but cannot be decided (a value they depend on is unusable). */
  undecided: string[];
}

/** The grounds a request must assess; undefined for a request whose kind is unknown. */
export function requiredGrounds(ctx: RuleContext, request: Decl): GroundRequirement | undefined {
  const kind = request.model.kind;
  if (!kind) return undefined;
  switch (kind) {
    case 'extradition':
      return { required: ['dual-criminality', 'political-offence', 'persecution', 'nationality'], undecided: [] };
    case 'mutual-assistance': {
      const required = ['dual-criminality', 'political-offence', 'essential-interests', 'persecution'];
      const measure = measureOf(request);
      if (measure === undefined) return { required, undecided: ['human-rights'] };
      if (measure && REAL_TIME_MEASURES.has(measure)) required.push('human-rights');
      return { required, undecided: [] };
    }
    case 'preservation': {
      const required = ['political-offence', 'essential-interests'];
      const dc = dualCriminalityInPreservation(ctx, request);
      if (dc === undefined) return { required, undecided: ['dual-criminality'] };
      if (dc) required.push('dual-criminality');
      return { required, undecided: [] };
    }
    case 'traffic-disclosure':
      return { required: ['political-offence', 'essential-interests'], undecided: [] };
    default:
      return { required: [], undecided: [] };
  }
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

/** The grounds the request's `grounds` block lists (with any status). */
export function listedGrounds(request: Decl): Set<string> {
  return new Set(block(request.model, 'grounds')?.grounds.map((g) => g.ground) ?? []);
}
