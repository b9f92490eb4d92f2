import { isPlaceholder } from '../model';
import type { Declaration, StringValue, Value } from '../syntax';
import type { Rule } from './types';
import { capital } from '../util';

export const cr007: Rule = {
  meta: {
    id: 'CR007',
    alias: 'placeholder-left',
    severity: 'error',
    description: 'A string is empty or only a placeholder (`""`, `"…"`, `"..."`): the drafter has not written it yet.',
    articles: [],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'The fixes insert `"…"` where only the drafter knows what to write — a reason, an authority, the facts. Left in, a placeholder reaches the requested State as an empty statement. As an error, CR007 keeps `--fix` from turning a failing run green: a request whose missing entries were filled with placeholders still fails until a person has written them.',
    example: {
      bad: 'request MLA-1 mutual-assistance {\n  authority: "…"\n  facts: ""\n}',
      good: 'request MLA-1 mutual-assistance {\n  authority: "Staatsanwaltschaft Bamberg"\n  facts: "The cash was handed over in Szczecin"\n}',
    },
  },
  check(ctx) {
    const decl = ctx.decl;
    for (const { string: s, key } of placeholders(decl.syntax)) {
      ctx.report(
        s,
        `${capital(decl.keyword)} ${decl.name} has ${s.value.trim() === '' ? 'an empty string' : 'a placeholder'} in "${key}" where the drafter has still to write the text.`,
      );
    }
  },
};

/** The strings of a declaration that are empty or only a placeholder, in order, with the key they stand under. */
type Item = Declaration['entries'][number];

export function placeholders(decl: Declaration): { string: StringValue; key: string }[] {
  const out: { string: StringValue; key: string }[] = [];
  // The key is spelt out only for a placeholder found: most declarations have none.
  const keyOf = (path: string, e: Item): string => `${path}${e.kind === 'junk' ? '' : e.key.text}`;
  const visit = (v: Value, path: string, e: Item): void => {
    switch (v.kind) {
      case 'string':
        if (isPlaceholder(v.value)) out.push({ string: v, key: keyOf(path, e) });
        break;
      case 'qualified':
        visit(v.text, path, e);
        break;
      case 'provider':
        visit(v.name, path, e);
        break;
      case 'treaty':
        visit(v.title, path, e);
        break;
      case 'article':
        if (v.instrument.kind === 'treaty') visit(v.instrument, path, e);
        break;
      case 'list':
        for (const i of v.items) visit(i, path, e);
        break;
      default:
        break;
    }
  };
  const entries = (items: readonly Item[], path: string): void => {
    for (const e of items) {
      if (e.kind === 'field') {
        if (e.label && isPlaceholder(e.label.value)) out.push({ string: e.label, key: keyOf(path, e) });
        visit(e.value, path, e);
      } else if (e.kind === 'block') entries(e.entries, `${keyOf(path, e)}${e.name ? ` ${e.name.text}` : ''} › `);
    }
  };
  entries(decl.entries, '');
  return out;
}
