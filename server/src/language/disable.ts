// The fix that hides one finding with `# coopspec-disable-next-line RULE -- `: offered on every
// finding by the editor (and usable by any host). The comment goes above the finding's line, at its
// indentation; when that line already holds such a comment naming other rules, the rule is added
// to it instead, since a second comment would come between the first and the line it hides.

import type { SourceDocument } from './document';
import type { Fix } from './findings';
import { directives } from './suppress';

export function disableNextLineFix(doc: SourceDocument, offset: number, rule: string): Fix {
  const title = `Disable ${rule} for this line`;
  const line = doc.positionAt(offset).line;
  const above = line > 0 ? directives(doc).find((d) => d.line === line - 1) : undefined;
  const last = above?.rules[above.rules.length - 1];
  if (last) return { title, safe: false, edits: [{ uri: doc.uri, start: last.end, end: last.end, newText: ` ${rule}` }] };
  const lineStart = doc.lineStarts[line] ?? 0;
  const indent = /^[ \t]*/.exec(doc.lineText(line))![0];
  const newText = `${indent}# coopspec-disable-next-line ${rule} -- ${doc.eol}`;
  return { title, safe: false, edits: [{ uri: doc.uri, start: lineStart, end: lineStart, newText }] };
}
