// The fix that hides one finding with `# coopspec-disable-next-line RULE -- `: offered on every
// finding by the editor (and usable by any host). The comment goes above the finding's line, at its
// indentation; when that line already holds such a comment naming other rules, the rule is added
// to it instead, since a second comment would come between the first and the line it hides. A line
// that starts inside a """ text has no such place: no fix is offered there.

import type { SourceDocument } from './document';
import type { Fix } from './findings';
import { directives } from './suppress';

/**
 * The fix, or undefined when the finding's line starts inside a `"""` text: a comment cannot stand
 * above that line without becoming part of the text, so the finding cannot be hidden this way.
 */
export function disableNextLineFix(doc: SourceDocument, offset: number, rule: string): Fix | undefined {
  const title = `Disable ${rule} for this line`;
  const line = doc.positionAt(offset).line;
  if (insideString(doc, doc.lineStarts[line] ?? 0)) return undefined;
  const above = line > 0 ? directives(doc).find((d) => d.line === line - 1) : undefined;
  const last = above?.rules[above.rules.length - 1];
  if (last) return { title, safe: false, edits: [{ uri: doc.uri, start: last.end, end: last.end, newText: ` ${rule}` }] };
  const lineStart = doc.lineStarts[line] ?? 0;
  const indent = /^[ \t]*/.exec(doc.lineText(line))![0];
  const newText = `${indent}# coopspec-disable-next-line ${rule} -- ${doc.eol}`;
  return { title, safe: false, edits: [{ uri: doc.uri, start: lineStart, end: lineStart, newText }] };
}

/** Whether `offset` falls inside a string or text value, after its opening quotes. */
function insideString(doc: SourceDocument, offset: number): boolean {
  const unit = doc.chunks.find((u) => offset >= u.base && offset < u.base + u.text.length);
  if (!unit) return false;
  const at = offset - unit.base;
  const visit = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    if (Array.isArray(node)) return node.some(visit);
    const n = node as { kind?: string; start?: number; end?: number };
    if (typeof n.start === 'number' && typeof n.end === 'number' && (at <= n.start || at >= n.end)) return false;
    if (n.kind === 'string') return true;
    return Object.values(node).some(visit);
  };
  return visit(unit.items);
}
