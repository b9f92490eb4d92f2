// Which law governs a request (rules.md, "The instruments of a request" and "The governing
// instrument"): the instruments of its basis, whether each applies between its parties, and the
// first of the kind's order of preference that is in the basis and applies. Every finding cites
// through it, and the hover on `basis` and the code lens show it to the drafter.

import { unusable, value, type BasisItem } from '../model';
import { requestedParty, requestingParty } from '../rules/facts';
import type { Decl, RuleContext } from '../rules/types';
import { andList, capital } from '../util';
import type { CiteScope, GoverningId } from './cite';
import { INSTRUMENT_IDS, INSTRUMENTS, type InstrumentId } from './instruments';
import { KINDS, isRequestKind } from './kinds';

export interface Governing extends CiteScope {
  /** The basis value it comes from (absent for none, or a default). */
  via?: BasisItem;
  /** Why it governs, in a sentence a drafter reads in the hover and the memo. */
  why: string;
  /** It cannot be decided: the basis, or a party's instruments, are present but unusable. */
  undecided: boolean;
}

/** The items of a request's basis: [] when absent; undefined when unusable. */
export function basisItems(request: Decl): BasisItem[] | undefined {
  if (unusable(request.model, 'basis')) return undefined;
  return value(request.model, 'basis', 'bases')?.items ?? [];
}

/** Why an instrument does or does not apply between the parties of a request. */
export interface Application {
  applies: boolean | undefined;
  /** The parties whose declarations omit it. */
  notBound: string[];
  /** The parties whose declarations list it. */
  listedBy: string[];
}

/**
 * An instrument applies between the requesting and the requested party unless a `party`
 * declaration for one of them has an `instruments` list that does not name it (`[]` names none).
 * `treaty "…"` and `reciprocity` always apply; `undefined` when a party or its list is unusable.
 */
export function application(ctx: RuleContext, request: Decl, id: InstrumentId): Application {
  const { complete, lists } = partyLists(ctx, request);
  const out: Application = { applies: complete ? true : undefined, notBound: [], listedBy: [] };
  for (const [code, list] of lists) {
    if (list === 'unusable') out.applies = undefined;
    else if (list.has(id)) out.listedBy.push(code);
    else out.notBound.push(code);
  }
  if (out.notBound.length) out.applies = false;
  return out;
}

/**
 * The `instruments` list of each party of a request that declares one ('unusable' when it cannot
 * be read), read once per request checked; `complete` when both parties are named.
 */
function partyLists(ctx: RuleContext, request: Decl): { complete: boolean; lists: Map<string, ReadonlySet<string> | 'unusable'> } {
  return ctx.memo('party-lists', request, () => {
    const from = requestingParty(request);
    const to = requestedParty(request);
    const lists = new Map<string, ReadonlySet<string> | 'unusable'>();
    for (const code of [from, to]) {
      if (typeof code !== 'string' || lists.has(code)) continue;
      const party = ctx.party(code);
      if (!party || !party.model.fields.get('instruments')) continue;
      const list = value(party.model, 'instruments', 'instruments');
      lists.set(code, list ? new Set(list.items.flatMap((i) => (i.id ? [i.id] : []))) : 'unusable');
    }
    return { complete: from !== undefined && to !== undefined, lists };
  });
}

export function appliesBetween(ctx: RuleContext, request: Decl, id: InstrumentId): boolean | undefined {
  return application(ctx, request, id).applies;
}

/** The governing instrument of a request (memoised per declaration checked). */
export function governing(ctx: RuleContext, request: Decl): Governing {
  return ctx.memo('governing', request, () => computeGoverning(ctx, request));
}

function computeGoverning(ctx: RuleContext, request: Decl): Governing {
  const kind = request.model.kind;
  const measure = value(request.model, 'measure', 'word')?.word;
  const protocols = new Set<InstrumentId>();
  for (const id of INSTRUMENT_IDS) {
    if (INSTRUMENTS[id].role === 'protocol' && appliesBetween(ctx, request, id) === true) protocols.add(id);
  }
  const base = { applying: new Set<InstrumentId>(), protocols, measure, declared: declaredArticles(ctx, request) };
  const items = basisItems(request);
  if (!isRequestKind(kind) || items === undefined) {
    return { ...base, governing: 'none', why: 'The basis cannot be read.', undecided: true };
  }
  const spec = KINDS.get(kind)!;
  const between = partiesText(request);
  let undecided = false;
  for (const item of items) {
    if (item.instrument && INSTRUMENTS[item.instrument].role !== 'cited') {
      const a = appliesBetween(ctx, request, item.instrument);
      if (a === true) base.applying.add(item.instrument);
      if (a === undefined) undecided = true;
    }
  }
  for (const g of spec.governing) {
    if (g === 'treaty') {
      const item = items.find((i) => i.treaty && !i.instrument);
      if (item) {
        return {
          ...base,
          governing: 'treaty',
          treatyTitle: item.treaty!.value,
          via: item,
          undecided,
          why: `The applicable treaty (${item.treaty!.value}) governs: it is in the basis, and CoopSpec cannot know which States a bilateral treaty binds.`,
        };
      }
      continue;
    }
    const item = items.find((i) => i.instrument === g);
    if (!item) continue;
    const a = application(ctx, request, g);
    if (a.applies === undefined)
      return {
        ...base,
        governing: 'none',
        via: item,
        undecided: true,
        why: `Whether ${INSTRUMENTS[g].short} applies ${between} cannot be read.`,
      };
    if (a.applies) {
      const listed = a.listedBy.length
        ? `(${andList(a.listedBy)} ${a.listedBy.length === 1 ? 'lists' : 'list'} it in ${a.listedBy.length === 1 ? 'its' : 'their'} instruments)`
        : '(no party declaration says otherwise)';
      return {
        ...base,
        governing: g,
        via: item,
        undecided,
        why: `${capital(fullName(g))} governs: it is in the basis and applies ${between} ${listed}.`,
      };
    }
  }
  if (items.length === 0 && spec.governingWithoutBasis) {
    const g = spec.governingWithoutBasis;
    const a = application(ctx, request, g);
    if (a.applies) {
      return {
        ...base,
        governing: g,
        undecided,
        why: `${capital(fullName(g))} governs: the request names no basis, and ${kindArticles(kind)} rests on it.`,
      };
    }
    if (a.applies === undefined) undecided = true;
  }
  return { ...base, governing: 'none', undecided, why: noneWhy(ctx, request, items, spec.governing, between) };
}

/** The articles the requested party's declaration lists as declared or reserved ("ets30 art 5"). */
function declaredArticles(ctx: RuleContext, request: Decl): Set<string> {
  const out = new Set<string>();
  const to = requestedParty(request);
  const party = typeof to === 'string' ? ctx.party(to) : undefined;
  if (!party) return out;
  for (const key of ['declarations', 'reservations']) {
    for (const item of value(party.model, key, 'articles')?.items ?? []) {
      if (item.ref) out.add(`${item.ref.instrument} art ${item.ref.number}`);
    }
  }
  return out;
}

function kindArticles(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} request`;
}

function partiesText(request: Decl): string {
  const from = requestingParty(request);
  const to = requestedParty(request);
  if (typeof from === 'string' && typeof to === 'string') return `between ${from} and ${to}`;
  return 'between the parties';
}

function noneWhy(ctx: RuleContext, request: Decl, items: BasisItem[], order: GoverningId[], between: string): string {
  if (items.length === 0) return 'No instrument governs: the request names no basis, so the law of the requested party applies.';
  if (items.some((i) => i.reciprocity) && items.every((i) => i.reciprocity || !i.instrument || !order.includes(i.instrument))) {
    return 'No instrument governs: the basis is reciprocity, so the law of the requested party applies.';
  }
  const notApplying = items.filter((i) => i.instrument && order.includes(i.instrument));
  if (notApplying.length) {
    const parts = notApplying.map((i) => {
      const a = application(ctx, request, i.instrument!);
      return `${fullName(i.instrument!)} does not apply ${between} (${andList(a.notBound)} ${a.notBound.length === 1 ? 'is' : 'are'} not bound by it according to ${a.notBound.length === 1 ? 'its' : 'their'} party declaration)`;
    });
    return `No instrument governs: ${andList(parts)}; the law of the requested party applies.`;
  }
  const named = items.filter((i) => i.instrument).map((i) => INSTRUMENTS[i.instrument!].short);
  return `No instrument governs: ${named.length ? `${andList(named)} ${named.length === 1 ? 'is' : 'are'} not an instrument for this kind of request` : 'the basis names none'}, so the law of the requested party applies.`;
}

/** The words naming the governing instrument: "ETS 24", "the applicable treaty (…)", "no instrument". */
export function governingName(g: Pick<Governing, 'governing' | 'treatyTitle'>): string {
  if (g.governing === 'treaty') return `the applicable treaty (${g.treatyTitle ?? ''})`;
  if (g.governing === 'none') return 'no instrument';
  return fullName(g.governing);
}

/** "the Budapest Convention (CETS 185)". */
export function fullName(id: InstrumentId): string {
  const name = INSTRUMENTS[id].name;
  return `${name} (${INSTRUMENTS[id].short})`;
}

/** Does a protocol to ETS 24 count for this request: ETS 24 governs and the protocol applies between the parties? */
export function protocolApplies(g: Governing, protocol: InstrumentId): boolean {
  return g.governing === 'ets24' && g.protocols.has(protocol);
}
