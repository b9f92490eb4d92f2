// The workspace's declaration (decl.ts): one per declaration of each parsed chunk, its model built
// when first read and released when the host needs the memory, and the index keys it provides.

import type { Decl } from './decl';
import type { DeclModel } from './model';
import type { ParsedChunk } from './parse';
import { buildModel } from './readModel';
import { RELATION_LIST } from './relations';
import type { Declaration, DeclarationKeyword } from './syntax';

/** The workspace's declaration: the model is built on first read and may be released. */
export class DeclImpl implements Decl {
  readonly keyword: DeclarationKeyword;
  readonly name: string;
  private modelCache: DeclModel | undefined;
  private keys: readonly string[] | undefined;

  constructor(
    readonly syntax: Declaration,
    readonly chunk: ParsedChunk,
  ) {
    this.keyword = syntax.keyword.text as DeclarationKeyword;
    this.name = syntax.name.text;
  }

  get model(): DeclModel {
    return (this.modelCache ??= buildModel(this.syntax, this.chunk));
  }

  /** Forget the model; it is built again from the syntax when next read. */
  releaseModel(): void {
    this.modelCache = undefined;
  }

  /**
   * Keys under which other declarations find this one: its name, and the names its relations give.
   * Worked out once (a declaration never changes) and kept when the model is released, so that
   * unindexing a closed file's declaration does not build its model again.
   */
  provides(): readonly string[] {
    if (this.keys) return this.keys;
    const keys = [`n:${this.name}`];
    for (const r of RELATION_LIST) {
      if (r.keyword !== this.keyword) continue;
      for (const name of r.names(this)) keys.push(`${r.prefix}:${name}`);
    }
    return (this.keys = keys);
  }
}
