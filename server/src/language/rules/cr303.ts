import { unusable, value } from '../model';
import { andList } from '../util';
import { DOCUMENTS } from '../vocabulary';
import { articleQuote, fix, insertEntries } from './fixkit';
import type { Rule } from './types';

export const cr303: Rule = {
  meta: {
    id: 'CR303',
    alias: 'extradition-documents-missing',
    severity: 'warning',
    description: 'An extradition request whose `documents` do not cover the warrant, the statement of offences, the text of the law and the description of the person.',
    articles: ['ets24 art 12(2)'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'The request shall be supported by the warrant or enforceable judgment, a statement of the offences, a copy of the relevant enactments, and as accurate a description as possible of the person claimed (ETS 24 Art. 12(2)). A missing document delays surrender while it is asked for.',
    example: {
      bad: 'request EXT-1 extradition {\n  documents: [warrant]\n}',
      good: 'request EXT-1 extradition {\n  documents: [warrant, statement-of-offences, text-of-law, description-of-person]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || unusable(decl.model, 'documents')) return;
    const docs = value(decl.model, 'documents', 'words');
    const present = new Set(docs?.items.map((i) => i.word) ?? []);
    const missing = [...DOCUMENTS.keys()].filter((d) => !present.has(d));
    if (missing.length === 0) return;
    const entry = decl.model.fields.get('documents')?.entry;
    const edit = docs?.list
      ? { op: 'append-list-items' as const, unit: decl.unit, list: docs.list, items: missing }
      : docs && entry
        ? { op: 'replace' as const, unit: decl.unit, span: entry.value, text: `[${[...present, ...missing].join(', ')}]` }
        : insertEntries(decl, [`documents: [${missing.join(', ')}]  # ${articleQuote('ets24 art 12(2)', 12)}`]);
    ctx.report(decl.syntax.name, `Extradition request ${decl.name} does not list ${andList(missing.map((m) => `"${m}"`))} among its documents (ETS 24 Art. 12(2)).`, {
      fixes: [fix(`Add ${andList(missing)} to documents`, true, edit)],
    });
  },
};
