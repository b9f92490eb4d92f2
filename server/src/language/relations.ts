// Cross-declaration relations: which declarations find which others through one of their values
// — the consents of a request, the requests that follow a preservation, the judgments on a person,
// the requests for a person. The workspace indexes every declaration under the keys its relations
// give, and records a rule's lookups as dependencies, so that a new relation is an entry here and
// never a change to the engine's core.

import { value } from './model';
import type { Decl } from './rules/types';
import type { DeclarationKeyword } from './syntax';

export interface Relation {
  /** The prefix of its index keys (`c:EXT-1`). */
  prefix: string;
  /** The declarations it indexes. */
  keyword: DeclarationKeyword;
  /** The names a declaration is found under. */
  names(decl: Decl): string[];
}

export const RELATIONS = {
  /** Consents by the request their `request` names. */
  consents: {
    prefix: 'c', keyword: 'consent',
    names: (d) => {
      const r = value(d.model, 'request', 'ref');
      return r ? [r.name] : [];
    },
  },
  /** Requests by the preservation their `preserved-by` names. */
  followUps: {
    prefix: 'p', keyword: 'request',
    names: (d) => {
      const p = value(d.model, 'preserved-by', 'ref');
      if (p) return [p.name];
      // A list where one name is expected is CR004; the names in it are still the preservations
      // the drafter meant, so CR306 stays silent on them rather than report them as well.
      const v = d.model.fields.get('preserved-by')?.entry.value;
      return v?.kind === 'list' ? v.items.flatMap((item) => (item.kind === 'ident' ? [item.text] : [])) : [];
    },
  },
  /** Judgments by the person they concern. */
  judgments: {
    prefix: 'j', keyword: 'judgment',
    names: (d) => {
      const p = value(d.model, 'person', 'ref');
      return p ? [p.name] : [];
    },
  },
  /** Requests by the person they concern (competing requests, provisional arrests). */
  personRequests: {
    prefix: 'r', keyword: 'request',
    names: (d) => {
      const p = value(d.model, 'person', 'ref');
      return p ? [p.name] : [];
    },
  },
} satisfies Record<string, Relation>;

export type RelationName = keyof typeof RELATIONS;

export const RELATION_LIST: Relation[] = Object.values(RELATIONS);
