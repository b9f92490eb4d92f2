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
    for (const s of placeholders(decl.syntax)) {
      ctx.report(s, `${decl.keyword.charAt(0).toUpperCase()}${decl.keyword.slice(1)} ${decl.name} has ${s.value.trim() === '' ? 'an empty string' : 'a placeholder'} where the drafter has still to write the text.`);
    }
  },
};

/** The strings of a declaration that are empty or only a placeholder, in order. */
export function placeholders(decl: Declaration): StringValue[] {
  const out: StringValue[] = [];
  const visit = (v: Value): void => {
    switch (v.kind) {
      case 'string': if (isPlaceholder(v.value)) out.push(v); break;
      case 'qualified': visit(v.text); break;
      case 'provider': visit(v.name); break;
      case 'treaty': visit(v.title); break;
      case 'article': if (v.instrument.kind === 'treaty') visit(v.instrument); break;
      case 'list': v.items.forEach(visit); break;
      default: break;
    }
  };
  const entries = (items: Declaration['entries']): void => {
    for (const e of items) {
      if (e.kind === 'field') {
        if (e.label && isPlaceholder(e.label.value)) out.push(e.label);
        visit(e.value);
      } else if (e.kind === 'block') entries(e.entries);
    }
  };
  entries(decl.entries);
  return out;
}
