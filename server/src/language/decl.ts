// A declaration of the workspace as the rules, the relations and the services see it: its syntax,
// the parsed chunk it is in, and its model (model.ts). The workspace builds them (workspaceDecl.ts).

import type { DeclModel } from './model';
import type { ParsedChunk } from './parse';
import type { Declaration, DeclarationKeyword } from './syntax';

/** A declaration of the workspace, with its parse and its meaning. */
export interface Decl {
  readonly syntax: Declaration;
  readonly chunk: ParsedChunk;
  readonly keyword: DeclarationKeyword;
  readonly name: string;
  readonly model: DeclModel;
}
