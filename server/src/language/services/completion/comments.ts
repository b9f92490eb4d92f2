// In a comment: the directive `coopspec-disable-next-line`, then the ids of the rules it may name.

import type { SourceDocument } from '../../document';
import { RULES } from '../../rules/index';
import { pad, type CompletionItem } from './items';

export function commentCompletion(before: string, offset: number, doc: SourceDocument): CompletionItem[] {
  const directive = /^#\s*coopspec-disable-next-line\b(.*)$/.exec(before);
  if (directive) {
    const rest = directive[1]!;
    if (rest.includes('--') || !/^\s/.test(rest)) return [];
    const partial = /[A-Za-z0-9-]*$/.exec(rest)![0];
    const named = new Set(
      rest
        .slice(0, rest.length - partial.length)
        .split(/[\s,]+/)
        .filter(Boolean),
    );
    let end = offset;
    while (end < doc.text.length && /[A-Za-z0-9-]/.test(doc.text[end]!)) end++;
    const replace = { start: offset - partial.length, end };
    return RULES.filter((r) => !named.has(r.meta.id) && !named.has(r.meta.alias)).map((r, i) => ({
      label: r.meta.id,
      kind: 'value' as const,
      detail: `${r.meta.alias} (${r.meta.severity})`,
      documentation: r.meta.description,
      replace,
      sortText: pad(i),
    }));
  }
  const start = /^#\s*([a-z-]*)$/.exec(before);
  if (start && start[1]!.length > 0 && 'coopspec-disable-next-line'.startsWith(start[1]!)) {
    return [
      {
        label: 'coopspec-disable-next-line',
        kind: 'keyword',
        detail: 'hide findings on the next line',
        documentation: 'Hides the named findings on the next line: `# coopspec-disable-next-line CR405 CR406 -- reason`.',
        replace: { start: offset - start[1]!.length, end: offset },
      },
    ];
  }
  return [];
}
