// Every use of every declared name — the references of each sort and every party code — indexed
// per document and kept with the document's version. The workspace replaces a document's
// SourceDocument on every change, so an edit re-indexes only the file it touches. Find
// references, rename, the use counts of hovers and the party codes completion offers read it.

import type { SourceDocument } from '../document';
import type { Location } from '../findings';
import { sortKeyword } from '../valueTypes';
import type { Workspace } from '../workspace';
import { absolute, partyNodes, referenceNodes } from './locate';

interface DocUses {
  /** Uses by `keyword name` ("offence fraud", "party FR"), in position order. */
  byName: Map<string, Location[]>;
  /** How often each party code is used in the document. */
  parties: Map<string, number>;
}

const perDocument = new WeakMap<SourceDocument, DocUses>();

function docUses(ws: Workspace, doc: SourceDocument): DocUses {
  let uses = perDocument.get(doc);
  if (uses) return uses;
  const byName = new Map<string, Location[]>();
  const parties = new Map<string, number>();
  const add = (key: string, loc: Location): void => {
    const list = byName.get(key);
    if (list) list.push(loc);
    else byName.set(key, [loc]);
  };
  for (const decl of ws.declarationsOf(doc.uri)) {
    for (const r of referenceNodes(decl)) add(`${sortKeyword(r.sort)} ${r.node.text}`, { uri: doc.uri, ...absolute(decl, r.node) });
    for (const p of partyNodes(decl)) {
      add(`party ${p.node.text}`, { uri: doc.uri, ...absolute(decl, p.node) });
      parties.set(p.node.text, (parties.get(p.node.text) ?? 0) + 1);
    }
  }
  uses = { byName, parties };
  perDocument.set(doc, uses);
  return uses;
}

function* documents(ws: Workspace): Iterable<SourceDocument> {
  for (const uri of ws.uris()) {
    const doc = ws.document(uri);
    if (doc) yield doc;
  }
}

/** The uses of a declared name across the workspace, in file then position order. */
export function usesOfName(ws: Workspace, keyword: string, name: string): Location[] {
  const key = `${keyword} ${name}`;
  const out: Location[] = [];
  for (const doc of documents(ws)) {
    const list = docUses(ws, doc).byName.get(key);
    if (list) out.push(...list);
  }
  return out;
}

/** How often each party code is used in the workspace. */
export function partyUseCounts(ws: Workspace): Map<string, number> {
  const counts = new Map<string, number>();
  for (const doc of documents(ws)) {
    for (const [code, n] of docUses(ws, doc).parties) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return counts;
}
