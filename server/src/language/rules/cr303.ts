import { unusable, value } from '../model';
import { andList } from '../util';
import { arrestDocument, EXTRADITION_DOCUMENTS, forProsecution, governing } from '../law';
import { fix, insertEntries } from './fixkit';
import type { Rule } from './types';

export const cr303: Rule = {
  meta: {
    id: 'CR303',
    alias: 'extradition-documents-missing',
    severity: 'warning',
    description:
      'An extradition request whose `documents` do not cover the warrant, the statement of offences, the text of the law and the description of the person.',
    articles: ['ets24 art 12(2)'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'The request shall be supported by the warrant or enforceable judgment, a statement of the offences, a copy of the relevant enactments, and as accurate a description as possible of the person claimed (ETS 24 Art. 12(2)). A missing document delays surrender while it is asked for. For a request `for: sentence` the document of Art. 12(2)(a) is the enforceable conviction (`conviction`), otherwise the warrant. The rule applies where ETS 24 governs; listing a document says it is enclosed, so the fix is a quick fix in the editor, never applied in bulk.',
    example: {
      bad: 'request EXT-1 extradition {\n  basis: ets24\n  documents: [warrant]\n}',
      good: 'request EXT-1 extradition {\n  basis: ets24\n  documents: [warrant, statement-of-offences, text-of-law, description-of-person]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'extradition' || unusable(decl.model, 'documents')) return;
    const g = governing(ctx, decl);
    if (g.governing !== 'ets24' || g.undecided) return;
    const purpose = forProsecution(decl);
    if (purpose === undefined) return;
    const docs = value(decl.model, 'documents', 'words');
    const present = new Set(docs?.items.map((i) => i.word) ?? []);
    const needed = EXTRADITION_DOCUMENTS.map((d) => (d.words.length > 1 ? arrestDocument(!purpose) : d.words[0]!));
    const missing = needed.filter((d) => !present.has(d));
    if (missing.length === 0) return;
    const entry = decl.model.fields.get('documents')?.entry;
    const edit = docs?.list
      ? { op: 'append-list-items' as const, chunk: decl.chunk, list: docs.list, items: missing }
      : docs && entry
        ? { op: 'replace' as const, chunk: decl.chunk, span: entry.value, text: `[${[...present, ...missing].join(', ')}]` }
        : insertEntries(decl, [`documents: [${missing.join(', ')}]  # ETS 24 Art. 12(2)`]);
    ctx.report(
      decl.syntax.name,
      `Extradition request ${decl.name} does not list ${andList(missing.map((m) => `"${m}"`))} among its documents (ETS 24 Art. 12(2)).`,
      {
        fixes: [fix(`Add ${andList(missing)} to documents`, false, edit)],
      },
    );
  },
};
