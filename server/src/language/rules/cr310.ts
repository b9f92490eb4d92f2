import { citeRule, governing, PROVISIONAL_ARREST_CONTENTS } from '../law';
import { has, unusable, value } from '../model';
import type { FixSpec } from '../findings';
import { andList } from '../util';
import { namedOffences } from './extradition';
import { fix, PLACEHOLDER, placeholderLine } from './fixkit';
import { completeEntries } from './safeguards';
import type { Rule } from './types';

export const cr310: Rule = {
  meta: {
    id: 'CR310',
    alias: 'provisional-arrest-contents',
    severity: 'error',
    description: 'A provisional-arrest request lacking one of the contents of ETS 24 Art. 16(2).',
    articles: ['ets24 art 16(2)', 'ets24 art 12(2)(a)'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'The request for provisional arrest shall state that one of the documents of Art. 12(2)(a) exists — a warrant of arrest or an enforceable conviction — and that a request for extradition will follow; for what offence extradition will be requested, and when and where it was committed; and, so far as possible, describe the person sought (ETS 24 Art. 16(2)). One finding names every missing element; the fix inserts placeholders, which CR007 reports until they are written.',
    example: {
      bad: 'offence card-fraud {\n  conduct: "Using stolen card numbers"\n}\n\nrequest PA-1 provisional-arrest {\n  person: zielinski\n  offences: [card-fraud]\n}',
      good: 'offence card-fraud {\n  conduct: "Using stolen card numbers"\n  committed: 2024-03-01\n  committed-in: [PL]\n}\n\nrequest PA-1 provisional-arrest {\n  person: zielinski\n  offences: [card-fraud]\n  documents: [warrant]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'provisional-arrest') return;
    const missing: string[] = [];
    const edits: FixSpec['edits'] = [];
    const top: { key: string; line: string }[] = [];
    if (!unusable(decl.model, 'documents')) {
      const docs = value(decl.model, 'documents', 'words')?.items.map((i) => i.word) ?? [];
      if (!has(decl.model, 'documents') || !docs.some((d) => d === 'warrant' || d === 'conviction')) {
        missing.push('"documents" naming a warrant or a conviction (that a warrant of arrest or an enforceable conviction exists)');
        // Which document exists is a fact: the safe fix fills an absent entry only, never adds to a list.
        if (!has(decl.model, 'documents'))
          top.push({ key: 'documents', line: placeholderLine('documents', PLACEHOLDER, undefined, 'warrant or conviction') });
      }
    }
    if (!has(decl.model, 'offences')) {
      missing.push('"offences"');
      top.push({
        key: 'offences',
        line: placeholderLine('offences', PLACEHOLDER, undefined, 'the offences for which extradition will be requested'),
      });
    }
    for (const { offence } of namedOffences(ctx, decl)) {
      const lacks = ['committed', 'committed-in'].filter((k) => !has(offence.model, k));
      if (lacks.length === 0) continue;
      missing.push(`${andList(lacks.map((k) => `"${k}"`))} of offence ${offence.name} (when and where it was committed)`);
      edits.push(
        ...completeEntries(
          offence,
          lacks.map((k) => ({
            key: k,
            line: placeholderLine(k, PLACEHOLDER, undefined, k === 'committed' ? 'when (YYYY-MM-DD)' : 'where (party codes)'),
          })),
        ),
      );
    }
    if (!has(decl.model, 'person')) {
      missing.push('"person" (the person sought)');
      top.push({ key: 'person', line: placeholderLine('person', PLACEHOLDER, undefined, 'the person sought') });
    }
    if (missing.length === 0) return;
    if (top.length) edits.unshift(...completeEntries(decl, top));
    const citation = citeRule(PROVISIONAL_ARREST_CONTENTS.cite, governing(ctx, decl), 'the contents of a request for provisional arrest');
    ctx.report(decl.syntax.name, `Provisional-arrest request ${decl.name} lacks ${andList(missing)} (${citation}).`, {
      fixes: edits.length ? [fix('Add the missing contents to complete', true, ...edits)] : [],
    });
  },
};
