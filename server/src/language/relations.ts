// Cross-declaration relations: which declarations find which others through one of their values
// — the consents of a request, the requests that follow a preservation, the judgments on a person,
// the requests for a person. The workspace indexes every declaration under the keys its relations
// give, and records a rule's lookups as dependencies, so that a new relation is an entry here and
// never a change to the engine's core.

import { value } from './model';
import type { Decl } from './decl';
import type { DeclarationKeyword } from './syntax';
import type { RefSort } from './valueTypes';

export interface Relation {
  /** The prefix of its index keys (`c:EXT-1`). */
  prefix: string;
  /** The declarations it indexes. */
  keyword: DeclarationKeyword;
  /** The names a declaration is found under. */
  names(decl: Decl): string[];
  /**
   * For a link a rule relies on (a consent's request, a request's preservation): the keyword of
   * the declarations it names, and whether a declaration's link names nothing usable — it may then
   * have been meant for any of them, and a rule that depends on it is silent. The workspace keeps
   * the set of such declarations current.
   */
  link?: {
    target: DeclarationKeyword;
    broken(decl: Decl, resolve: (name: string, sort: RefSort) => Decl | undefined): boolean;
  };
}

export const RELATIONS = {
  /** Consents by the request their `request` names. */
  consents: {
    prefix: 'c',
    keyword: 'consent',
    names: (d) => {
      const r = value(d.model, 'request', 'ref');
      return r ? [r.name] : [];
    },
    link: {
      target: 'request',
      broken: (d, resolve) => {
        if (!d.model.fields.get('request')) return false; // absent: nothing was meant
        const ref = value(d.model, 'request', 'ref');
        return !ref || !resolve(ref.name, 'request');
      },
    },
  },
  /** Requests by the preservation their `preserved-by` names. */
  followUps: {
    prefix: 'p',
    keyword: 'request',
    names: (d) => {
      const p = value(d.model, 'preserved-by', 'ref');
      if (p) return [p.name];
      // A list where one name is expected is CR004; the names in it are still the preservations
      // the drafter meant, so CR306 stays silent on them rather than report them as well.
      const v = d.model.fields.get('preserved-by')?.entry.value;
      return v?.kind === 'list' ? v.items.flatMap((item) => (item.kind === 'ident' ? [item.text] : [])) : [];
    },
    link: {
      target: 'request',
      broken: (d, resolve) => {
        const field = d.model.fields.get('preserved-by');
        if (!field) return false;
        const ref = value(d.model, 'preserved-by', 'ref');
        if (ref) return !resolve(ref.name, 'preservation');
        // A list (CR004): its names count as naming (above), unless one names no preservation.
        const v = field.entry.value;
        if (v.kind !== 'list') return true;
        return v.items.some((item) => item.kind !== 'ident' || !resolve(item.text, 'preservation'));
      },
    },
  },
  /** Judgments by the person they concern. */
  judgments: {
    prefix: 'j',
    keyword: 'judgment',
    names: (d) => {
      const p = value(d.model, 'person', 'ref');
      return p ? [p.name] : [];
    },
  },
  /** Requests by the person they concern (competing requests, provisional arrests). */
  personRequests: {
    prefix: 'r',
    keyword: 'request',
    names: (d) => {
      const p = value(d.model, 'person', 'ref');
      return p ? [p.name] : [];
    },
  },
} satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;

export const RELATION_LIST: Relation[] = Object.values(RELATIONS);

/** The relations with a link, by name. */
export const LINKED_RELATIONS = (Object.keys(RELATIONS) as RelationName[]).filter((name) => (RELATIONS[name] as Relation).link);

/** The dependency key of the rules that read the broken links of a relation. */
export function unlinkedKey(relation: RelationName): string {
  return `u:${relation}`;
}
