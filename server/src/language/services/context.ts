// A read-only RuleContext over the workspace, so that services ask the same questions the rules
// ask (rules/facts.ts, law/) and get the same answers. Services never produce findings.

import { queryContext as contextOver } from '../ruleRun';
import type { Decl, RuleContext } from '../rules/types';
import type { Workspace } from '../workspace';

export function queryContext(ws: Workspace, decl: Decl): RuleContext {
  return contextOver(ws, decl, ws.settings(decl.chunk.uri));
}
