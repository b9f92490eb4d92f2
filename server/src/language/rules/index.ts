// The rule registry: this list is the catalogue (docs/rules/ and every host read it).

import { cr001 } from './cr001';
import { cr002 } from './cr002';
import { cr003 } from './cr003';
import { cr004 } from './cr004';
import { cr005 } from './cr005';
import { cr006 } from './cr006';
import { cr007 } from './cr007';
import { cr101 } from './cr101';
import { cr102 } from './cr102';
import { cr103 } from './cr103';
import { cr104 } from './cr104';
import { cr105 } from './cr105';
import { cr106 } from './cr106';
import { cr107 } from './cr107';
import { cr108 } from './cr108';
import { cr109 } from './cr109';
import { cr110 } from './cr110';
import { cr111 } from './cr111';
import { cr112 } from './cr112';
import { cr113 } from './cr113';
import { cr114 } from './cr114';
import { cr115 } from './cr115';
import { cr116 } from './cr116';
import { cr117 } from './cr117';
import { cr118 } from './cr118';
import { cr201 } from './cr201';
import { cr202 } from './cr202';
import { cr203 } from './cr203';
import { cr204 } from './cr204';
import { cr301 } from './cr301';
import { cr302 } from './cr302';
import { cr303 } from './cr303';
import { cr304 } from './cr304';
import { cr305 } from './cr305';
import { cr306 } from './cr306';
import { cr307 } from './cr307';
import { cr308 } from './cr308';
import { cr309 } from './cr309';
import { cr310 } from './cr310';
import { cr311 } from './cr311';
import { cr312 } from './cr312';
import { cr314 } from './cr314';
import { cr316 } from './cr316';
import { cr317 } from './cr317';
import { cr401 } from './cr401';
import { cr402 } from './cr402';
import { cr403 } from './cr403';
import { cr404 } from './cr404';
import { cr405 } from './cr405';
import { cr406 } from './cr406';
import { cr407 } from './cr407';
import { cr501 } from './cr501';
import { cr502 } from './cr502';
import { cr503 } from './cr503';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  cr001,
  cr002,
  cr003,
  cr004,
  cr005,
  cr006,
  cr007,
  cr101,
  cr102,
  cr103,
  cr104,
  cr105,
  cr106,
  cr107,
  cr108,
  cr109,
  cr110,
  cr111,
  cr112,
  cr113,
  cr114,
  cr115,
  cr116,
  cr117,
  cr118,
  cr201,
  cr202,
  cr203,
  cr204,
  cr301,
  cr302,
  cr303,
  cr304,
  cr305,
  cr306,
  cr307,
  cr308,
  cr309,
  cr310,
  cr311,
  cr312,
  cr314,
  cr316,
  cr317,
  cr401,
  cr402,
  cr403,
  cr404,
  cr405,
  cr406,
  cr407,
  cr501,
  cr502,
  cr503,
];

const byName = new Map<string, Rule>();
for (const r of RULES) {
  byName.set(r.meta.id, r);
  byName.set(r.meta.alias, r);
}

export function ruleById(id: string): Rule | undefined {
  return byName.get(id);
}

/** A rule by id (CR405) or alias (notice-missing). */
export function ruleByName(name: string): Rule | undefined {
  return byName.get(name) ?? byName.get(name.toUpperCase());
}
