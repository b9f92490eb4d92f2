// Names as values: the declared names a reference of a sort takes, and party codes (declared
// `party` names and the codes the workspace uses).

import { PARTY_CODE, sortKeyword, type RefSort } from '../../valueTypes';
import type { Workspace } from '../../workspace';
import { declMarkdown, declTitle, whereDeclared } from '../describe';
import { partyUseCounts } from '../index-of-uses';
import { pad, type CompletionItem, type Replace } from './items';
import type { CompletionContext } from './scope';

export function referenceItems(c: CompletionContext, sort: RefSort, present: Set<string>): CompletionItem[] {
  const keyword = sortKeyword(sort);
  const names = c.ws
    .namesOf(keyword, sort)
    .filter((n) => !present.has(n) && !(keyword === c.decl.keyword && n === c.decl.name))
    .sort();
  const withDocs = names.length <= 200;
  return names.map((name, i) => {
    const decl = c.ws.resolve(name, sort);
    return {
      label: name,
      kind: 'reference' as const,
      detail: decl ? `${declTitle(decl)} — ${whereDeclared(c.ws, decl)}` : keyword,
      ...(decl && withDocs ? { documentation: declMarkdown(c.ws, decl) } : {}),
      replace: c.replace,
      sortText: pad(i),
    };
  });
}

interface PartyCode {
  code: string;
  declared: boolean;
  uses: number;
}

/** Party codes: declared `party` names and every code used in the workspace, most used first. */
export function partyCodes(ws: Workspace): PartyCode[] {
  const codes = new Map<string, PartyCode>();
  for (const [code, uses] of partyUseCounts(ws)) codes.set(code, { code, declared: false, uses });
  for (const name of ws.namesOf('party')) {
    if (!PARTY_CODE.test(name)) continue;
    const p = codes.get(name);
    if (p) p.declared = true;
    else codes.set(name, { code: name, declared: true, uses: 0 });
  }
  return [...codes.values()].sort((a, b) => Number(b.declared) - Number(a.declared) || b.uses - a.uses || a.code.localeCompare(b.code));
}

export function partyItems(ws: Workspace, replace: Replace, exclude: string[]): CompletionItem[] {
  return partyCodes(ws)
    .filter((p) => !exclude.includes(p.code))
    .map((p, i) => {
      const decl = p.declared ? ws.named(p.code).find((d) => d.keyword === 'party') : undefined;
      return {
        label: p.code,
        kind: 'party' as const,
        detail: decl ? `party ${p.code} — ${whereDeclared(ws, decl)}` : `party code used ${p.uses} time${p.uses === 1 ? '' : 's'}`,
        ...(decl ? { documentation: declMarkdown(ws, decl) } : {}),
        replace,
        sortText: pad(i),
      };
    });
}
