import type { StringValue } from '../syntax';
import { isPlaceholder } from '../model';
import type { Declaration, Value } from '../syntax';
import type { Rule } from './types';

export const cr007: Rule = {
  meta: {
    id: 'CR007',
    alias: 'placeholder-left',
    severity: 'error',
    description: 'A string is empty or only a placeholder (`""`, `"…"`, `"..."`): the drafter has not written it yet.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale: 'The fixes insert `"…"` where only the drafter knows what to write — a reason, an authority, the facts. Left in, a placeholder reaches the requested State as an empty statement. As an error, CR007 keeps `--fix` from turning a failing run green: a request whose missing entries were filled with placeholders still fails until a person has written them.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  authority: "…"\n  facts: ""\n}',
      good: 'request MLA-1 mutual-assistance {\n  authority: "Staatsanwaltschaft Bamberg"\n  facts: "The cash was handed over in Szczecin"\n}',
    },
  },
  check(ctx) {
    const decl = ctx.decl;
    for (const { string: s, key } of placeholders(decl.syntax)) {
      ctx.report(s, `${decl.keyword.charAt(0).toUpperCase()}${decl.keyword.slice(1)} ${decl.name} has ${s.value.trim() === '' ? 'an empty string' : 'a placeholder'} in "${key}" where the drafter has still to write the text.`);
    }
  },
};

/** The strings of a declaration that are empty or only a placeholder, in order, with the key they stand under. */
export function placeholders(decl: Declaration): { string: StringValue; key: string }[] {
  const out: { string: StringValue; key: string }[] = [];
  const visit = (v: Value, key: string): void => {
    switch (v.kind) {
      case 'string': if (isPlaceholder(v.value)) out.push({ string: v, key }); break;
      case 'qualified': visit(v.text, key); break;
      case 'provider': visit(v.name, key); break;
      case 'treaty': visit(v.title, key); break;
      case 'article': if (v.instrument.kind === 'treaty') visit(v.instrument, key); break;
      case 'list': v.items.forEach((i) => visit(i, key)); break;
      default: break;
    }
  };
  const entries = (items: Declaration['entries'], path: string): void => {
    for (const e of items) {
      const key = `${path}${e.kind === 'junk' ? '' : e.key.text}`;
      if (e.kind === 'field') {
        if (e.label && isPlaceholder(e.label.value)) out.push({ string: e.label, key });
        visit(e.value, key);
      } else if (e.kind === 'block') entries(e.entries, `${key}${e.name ? ` ${e.name.text}` : ''} › `);
    }
  };
  entries(decl.entries, '');
  return out;
}
