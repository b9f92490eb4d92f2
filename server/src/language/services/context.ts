// A read-only RuleContext over the workspace, so that services ask the same questions the rules
// ask (rules/facts.ts, rules/grounds.ts) and get the same answers. It records nothing and reports
// nothing: services never produce findings.

import type { Decl, RuleContext } from '../rules/types';
import type { Workspace } from '../workspace';

export function queryContext(ws: Workspace, decl: Decl): RuleContext {
  return {
    decl,
    settings: ws.settings(decl.unit.uri),
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
