// A read-only RuleContext over the workspace, so that services ask the same questions the rules
// ask (rules/facts.ts, rules/grounds.ts) and get the same answers. It records nothing and reports
// nothing: services never produce findings.

import type { Decl, RuleContext } from '../rules/types';
import { todayOf } from '../settings';
import type { Workspace } from '../workspace';

export function queryContext(ws: Workspace, decl: Decl): RuleContext {
  const settings = ws.settings(decl.unit.uri);
  const memo = new Map<string, unknown>();
  return {
    decl,
    settings,
    today: todayOf(settings),
    memo<T>(key: string, compute: () => T): T {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    related: (relation, name) => ws.related(relation, name),
    resolve: (name, sort) => ws.resolve(name, sort),
    named: (name) => ws.named(name),
    namesOf: (keyword, sort) => ws.namesOf(keyword, sort),
    suggest: (name, sort) => ws.suggest(name, sort),
    party: (code) => ws.named(code).find((d) => d.keyword === 'party'),
    consentsNaming: (name) => ws.consentsNaming(name),
    preservedBy: (name) => ws.preservedBy(name),
    unlinkedConsents: () => ws.unlinkedConsents(),
    unlinkedFollowUps: () => ws.unlinkedFollowUps(),
    report: () => undefined,
  };
}
