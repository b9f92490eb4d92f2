import { governing, isRequestKind, KINDS } from '../law';
import { has, refs, word } from '../model';
import { andList } from '../util';
import { fix, PLACEHOLDER, placeholderLine } from './fixkit';
import { completeEntries } from './safeguards';
import type { Decl, Rule } from './types';

/** The data types that hold personal data. */
const PERSONAL_DATA_TYPES = new Set(['subscriber', 'traffic', 'content']);

export const cr407: Rule = {
  meta: {
    id: 'CR407',
    alias: 'data-protection-missing',
    severity: 'warning',
    description: 'A request for subscriber, traffic or content data without `data-protection`.',
    articles: ['budapest-2ap art 14', 'uncc art 36'],
    fixable: true,
    hasSuggestions: false,
    rationale:
      'Personal data transferred between States must be protected: purpose limitation, retention, onward transfer only with authorisation (Second Protocol Art. 14; UN Convention against Cybercrime Art. 36 — summaries, to be verified against the official text). A mutual-assistance, traffic-disclosure, emergency-disclosure or subscriber-order request for subscriber, traffic or content data should say how. The finding cites the Protocol and the UN Convention only where they are in the basis; otherwise the data-protection law of the requested party.',
    example: {
      bad: 'data holder { type: subscriber }\n\nrequest SUB-1 subscriber-order {\n  data: [holder]\n}',
      good: 'data holder { type: subscriber }\n\nrequest SUB-1 subscriber-order {\n  data: [holder]\n  data-protection: "Used only in this investigation; deleted after final judgment"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    const kind = decl.model.kind;
    if (!isRequestKind(kind) || !KINDS.get(kind)!.personalData || has(decl.model, 'data-protection')) return;
    const personal: Decl[] = [];
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      const type = data && word(data.model, 'type');
      if (data && type && PERSONAL_DATA_TYPES.has(type) && !personal.includes(data)) personal.push(data);
    }
    if (personal.length === 0) return;
    const g = governing(ctx, decl);
    const cites = [
      g.governing === 'budapest-2ap' || g.applying.has('budapest-2ap') ? 'CETS 224 Art. 14' : '',
      g.governing === 'uncc' || g.applying.has('uncc') ? 'UNCC Art. 36' : '',
    ].filter(Boolean);
    const citation = cites.length
      ? `${cites.join('; ')} — summar${cites.length === 1 ? 'y' : 'ies'}, to be verified against the official text`
      : 'the data-protection law of the requested party';
    ctx.report(
      decl.syntax.name,
      `Request ${decl.name} seeks personal data (${andList(personal.map((d) => `${d.name}: ${word(d.model, 'type')}`))}) and does not say how they will be protected ("data-protection"; ${citation}).`,
      {
        related: personal.map((d) => ({ decl: d, span: d.syntax.name, message: `data ${d.name}` })),
        fixes: [
          fix(
            'Add "data-protection" to complete',
            true,
            ...completeEntries(decl, [
              {
                key: 'data-protection',
                line: placeholderLine(
                  'data-protection',
                  PLACEHOLDER,
                  undefined,
                  'purpose and use limitation, retention, onward transfer only with authorisation',
                ),
              },
            ]),
          ),
        ],
      },
    );
  },
};
