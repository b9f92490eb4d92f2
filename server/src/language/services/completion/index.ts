// Completion: finds where the cursor is and hands over to the provider for that place. The syntax
// tree says which declaration or block (scope.ts); a small lexer over the text before the cursor
// says what is being typed (lexer.ts), because half-typed text does not parse. The providers:
// comments.ts (the disable directive, rule ids), topLevel.ts (declaration keywords, skeletons,
// request kinds), keys.ts (the block's keys and blocks), grounds.ts (refusal grounds, statuses),
// values.ts (what a key takes, with references.ts for names and party codes and articles.ts for
// instruments and articles).

import { chunkComments } from '../../suppress';
import type { Declaration } from '../../syntax';
import type { Workspace } from '../../workspace';
import { containersAt, declOf } from '../locate';
import { commentCompletion } from './comments';
import { groundCompletion, statusItems } from './grounds';
import type { CompletionItem } from './items';
import { keyCompletion } from './keys';
import { currentEntry, lex, valueComplete } from './lexer';
import { partyItems } from './references';
import { blockScope, type CompletionContext } from './scope';
import { topLevel } from './topLevel';
import { valueCompletion } from './values';

export type { CompletionItem } from './items';

export function completion(ws: Workspace, uri: string, offset: number): CompletionItem[] {
  const doc = ws.document(uri);
  if (!doc) return [];
  offset = Math.max(0, Math.min(offset, doc.text.length));
  const unit = doc.chunkAt(offset);
  if (!unit) return [];
  const rel = offset - unit.base;

  const comment = chunkComments(unit).find((c) => c.start < rel && rel <= c.end);
  if (comment) return commentCompletion(unit.text.slice(comment.start, rel), offset, doc);

  const path = containersAt(unit, rel);
  const wordEnd = (): number => {
    let e = offset;
    while (e < doc.text.length && /[A-Za-z0-9_.-]/.test(doc.text[e]!)) e++;
    return e;
  };
  if (path.length === 0) return topLevel(ws, doc, offset, wordEnd());

  const container = path[path.length - 1]!;
  const lexed = lex(unit.text, container.open.end, rel);
  if (lexed.inString || lexed.inComment) return [];
  let toks = currentEntry(lexed.tokens);
  const last = toks[toks.length - 1];
  const partial = last && (last.t === 'ident' || last.t === 'number') && last.end === rel ? last : undefined;
  // After a complete value and a space, on the same line, the next entry starts.
  if (!partial && last && last.end < rel && valueComplete(toks)) toks = [];
  const head = partial ? toks.slice(0, -1) : toks;
  const replace = { start: unit.base + (partial?.start ?? rel), end: wordEnd() };
  const declSyntax = path[0] as Declaration;
  const decl = declOf(ws, uri, declSyntax);
  if (!decl) return [];
  const scope = blockScope(decl, path);
  if (!scope) return [];
  const c: CompletionContext = { ws, doc, decl, scope, container, replace, rel };

  if (head.length === 0) {
    const after = doc.text.slice(replace.end, doc.lineEnd(doc.positionAt(offset).line));
    return scope.grounds ? groundCompletion(c) : keyCompletion(c, /^\s*:/.test(after));
  }
  const first = head[0]!;
  if (first.t !== 'ident') return [];
  if (head.length === 1) {
    // `law |`: the block's name.
    const b = scope.blocks.get(first.text);
    if (b?.named === 'party') return partyItems(ws, c.replace, []);
    return [];
  }
  if (head[1]!.t !== ':') return [];
  const valueToks = head.slice(2);
  if (scope.grounds) return valueToks.length === 0 ? statusItems(c) : [];
  const spec = scope.fields.get(first.text);
  if (!spec) return [];
  return valueCompletion(c, spec, valueToks);
}
