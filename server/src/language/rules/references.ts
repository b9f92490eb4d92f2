// The references a declaration makes: every entry whose key takes a declared name.

import type { RefItem } from '../model';
import type { RefSort } from '../valueTypes';
import type { Decl } from './types';

export interface RefUse {
  key: string;
  sort: RefSort;
  item: RefItem;
}

export function refFields(decl: Decl): RefUse[] {
  const out: RefUse[] = [];
  for (const [key, f] of decl.model.fields) {
    const type = f.spec.type;
    if ((type.t !== 'ref' && type.t !== 'refs') || !f.value) continue;
    if (f.value.t === 'ref') out.push({ key, sort: type.sort, item: { name: f.value.name, node: f.value.node } });
    else if (f.value.t === 'refs') for (const item of f.value.items) out.push({ key, sort: type.sort, item });
  }
  return out;
}
