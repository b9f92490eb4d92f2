import { has, refs, word } from '../model';
import { andList } from '../util';
import { fix, insertEntries, PLACEHOLDER, placeholderLine } from './fixkit';
import type { Decl, Rule } from './types';

const KINDS = new Set(['mutual-assistance', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order']);

export const cr407: Rule = {
  meta: {
    id: 'CR407',
    alias: 'data-protection-missing',
    severity: 'warning',
    description: 'A request for subscriber or content data without `data-protection`.',
    articles: ['budapest-2ap art 14', 'uncc art 36'],
    fixable: true,
    hasSuggestions: false,
    rationale: 'Personal data transferred between States must be protected: purpose limitation, retention, onward transfer only with authorisation (Second Protocol Art. 14; UN Convention against Cybercrime Art. 36 — summaries, to be verified against the official text). A request for subscriber or content data should say how.',
    example: {
      bad: 'data holder { type: subscriber }\n\nrequest SUB-1 subscriber-order {\n  data: [holder]\n}',
      good: 'data holder { type: subscriber }\n\nrequest SUB-1 subscriber-order {\n  data: [holder]\n  data-protection: "Used only in this investigation; deleted after final judgment"\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (!decl.model.kind || !KINDS.has(decl.model.kind) || has(decl.model, 'data-protection')) return;
    const personal: Decl[] = [];
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      const type = data && word(data.model, 'type');
      if (data && (type === 'subscriber' || type === 'content') && !personal.includes(data)) personal.push(data);
    }
    if (personal.length === 0) return;
    ctx.report(decl.syntax.name, `Request ${decl.name} seeks personal data (${andList(personal.map((d) => `${d.name}: ${word(d.model, 'type')}`))}) and does not say how they will be protected ("data-protection"; CETS 224 Art. 14, UNCC Art. 36 — summaries, to be verified against the official text).`, {
      related: personal.map((d) => ({ decl: d, span: d.syntax.name, message: `data ${d.name}` })),
      fixes: [fix('Add "data-protection"', true, insertEntries(decl, [placeholderLine('data-protection', PLACEHOLDER, undefined, 'CETS 224 Art. 14 (summary, to be verified against the official text): purpose and use limitation, retention, onward transfer only with authorisation')]))],
    });
  },
};
