// Where the cursor is in the tree: the declaration or block it is in, the keys and blocks that
// block takes and those already there; and the context every provider inside a block receives.

import type { SourceDocument } from '../../document';
import type { Decl } from '../../decl';
import type { Block, Declaration } from '../../syntax';
import { type BlockSpec, type KeySpec } from '../../valueTypes';
import { DECLARATIONS } from '../../vocabulary';
import type { Workspace } from '../../workspace';
import type { Replace } from './items';

export interface Scope {
  fields: Map<string, KeySpec>;
  blocks: Map<string, BlockSpec>;
  /** The name of the block for messages: `request`, `safeguards`. */
  where: string;
  /** Inside `grounds { }`. */
  grounds: boolean;
}

export interface CompletionContext {
  ws: Workspace;
  doc: SourceDocument;
  decl: Decl;
  scope: Scope;
  container: Declaration | Block;
  /** The word being typed, which the items replace. */
  replace: Replace;
  /** The cursor, relative to the chunk. */
  rel: number;
}

export function blockScope(decl: Decl, path: (Declaration | Block)[]): Scope | undefined {
  const spec = DECLARATIONS.get(decl.keyword);
  if (!spec) return undefined;
  if (path.length === 1) return { fields: spec.fields, blocks: spec.blocks, where: decl.keyword, grounds: false };
  if (path.length > 2) return undefined;
  const block = path[1] as Block;
  const b = spec.blocks.get(block.key.text);
  if (!b) return undefined;
  return { fields: b.fields, blocks: new Map(), where: b.key, grounds: !!b.groundEntries };
}

/** Keys of the container's entries, leaving out the one being typed at the cursor. */
export function presentKeys(c: CompletionContext): Set<string> {
  const out = new Set<string>();
  for (const e of c.container.entries) {
    if (e.kind === 'junk') continue;
    if (e.start <= c.rel && c.rel <= e.key.end) continue;
    out.add(e.key.text);
  }
  return out;
}
