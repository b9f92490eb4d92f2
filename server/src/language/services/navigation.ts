// Go to definition, find references and rename. A declared name is identified by its keyword and
// name (an offence and a case may share a name); a use is a value of a key whose sort maps to that
// keyword (`offences`, `charges`, `extends-to` for an offence), or, for a party, any party code.

import type { Location, TextEdit } from '../findings';
import type { Decl } from '../rules/types';
import type { DeclarationKeyword } from '../syntax';
import { PARTY_CODE, sortKeyword } from '../valueTypes';
import type { Workspace } from '../workspace';
import { usesOfName } from './index-of-uses';
import { absolute, locate, type Located } from './locate';

/** What a name at an offset stands for. */
export interface Target {
  keyword: DeclarationKeyword;
  name: string;
}

/** The declared name at the offset: a declaration's name, a reference, or a party code. */
export function targetAt(loc: Located): Target | undefined {
  const r = loc.role;
  if (r.role === 'name' && loc.decl) return { keyword: loc.decl.keyword, name: loc.decl.name };
  if (r.role === 'reference') return { keyword: sortKeyword(r.sort), name: r.name };
  if (r.role === 'party') return { keyword: 'party', name: r.code };
  return undefined;
}

/** The declarations of a target (more than one when it is declared twice: CR003). */
export function declarationsOfTarget(ws: Workspace, target: Target): Decl[] {
  return ws.named(target.name).filter((d) => d.keyword === target.keyword);
}

/** Every use of a target in the workspace, in file then position order. */
export function usesOf(ws: Workspace, target: Target): Location[] {
  return usesOfName(ws, target.keyword, target.name);
}

function nameLocation(decl: Decl): Location {
  return { uri: decl.chunk.uri, ...absolute(decl, decl.syntax.name) };
}

function byPosition(a: Location, b: Location): number {
  return a.uri === b.uri ? a.start - b.start : a.uri < b.uri ? -1 : 1;
}

/**
 * The declaration a name refers to: for a reference, the declaration of the sort its key takes
 * (or, when it is of the wrong kind — an extradition key naming another request — that request);
 * for a party code, its `party` declaration; on a declaration's name, the name itself.
 */
export function definition(ws: Workspace, uri: string, offset: number): Location[] {
  const loc = locate(ws, uri, offset);
  if (!loc) return [];
  const r = loc.role;
  if (r.role === 'name' && loc.decl) return [nameLocation(loc.decl)];
  if (r.role === 'reference') {
    const exact = ws.resolve(r.name, r.sort);
    if (exact) return [nameLocation(exact)];
  }
  const target = targetAt(loc);
  if (!target) return [];
  return declarationsOfTarget(ws, target).map(nameLocation);
}

/** Every use of the name at the offset across every file; with its declarations when asked. */
export function references(ws: Workspace, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const loc = locate(ws, uri, offset);
  if (!loc) return [];
  const target = targetAt(loc);
  if (!target) return [];
  const out = usesOf(ws, target);
  if (includeDeclaration) out.push(...declarationsOfTarget(ws, target).map(nameLocation));
  return out.sort(byPosition);
}

export type PrepareRenameResult = { start: number; end: number; placeholder: string } | { error: string };

export function prepareRename(ws: Workspace, uri: string, offset: number): PrepareRenameResult {
  const loc = locate(ws, uri, offset);
  if (!loc) return { error: 'This document is not part of the workspace.' };
  const target = targetAt(loc);
  if (!target) {
    return { error: 'Only a declared name can be renamed: put the cursor on the name of a declaration or on a reference to one.' };
  }
  if (declarationsOfTarget(ws, target).length === 0) {
    const what =
      target.keyword === 'party'
        ? `No "party ${target.name}" is declared in the workspace`
        : `No ${target.keyword} named "${target.name}" is declared in the workspace`;
    return { error: `${what}, so there is nothing to rename.` };
  }
  return { start: loc.start, end: loc.end, placeholder: target.name };
}

const NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Rename a declared name across every file: its declarations and every use of the sort it is. */
export function rename(ws: Workspace, uri: string, offset: number, newName: string): { edits: TextEdit[] } | { error: string } {
  const prepared = prepareRename(ws, uri, offset);
  if ('error' in prepared) return prepared;
  const loc = locate(ws, uri, offset)!;
  const target = targetAt(loc)!;
  if (target.keyword === 'party') {
    if (!PARTY_CODE.test(newName)) return { error: `"${newName}" is not a party code: a party is named by two capital letters (FR, US).` };
  } else if (!NAME.test(newName)) {
    return { error: `"${newName}" is not a valid name: a name starts with a letter and holds only letters, digits, "-", "_" and ".".` };
  }
  if (newName === target.name) return { edits: [] };
  const taken = ws.named(newName).find((d) => d.keyword === target.keyword);
  if (taken) {
    const doc = ws.document(taken.chunk.uri);
    const line = doc ? doc.positionAt(taken.chunk.base + taken.syntax.name.start).line + 1 : 0;
    const file = taken.chunk.uri.slice(taken.chunk.uri.lastIndexOf('/') + 1);
    return { error: `"${newName}" is already the name of ${target.keyword} ${newName} (${file}:${line}); choose another name.` };
  }
  const locations = [...declarationsOfTarget(ws, target).map(nameLocation), ...usesOf(ws, target)].sort(byPosition);
  return { edits: locations.map((l) => ({ ...l, newText: newName })) };
}
