import { citeRule, governing } from '../law';
import { refs, unusable, value, word } from '../model';
import type { Rule } from './types';

export const cr308: Rule = {
  meta: {
    id: 'CR308',
    alias: 'subscriber-order-scope',
    severity: 'error',
    description: 'A subscriber-order asks for data whose `type` is not `subscriber`.',
    articles: ['budapest-2ap art 7'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'An order sent directly to a provider in another party reaches subscriber information only (Second Protocol Art. 7 — summary, to be verified against the official text). Traffic and content data need a request through the other party.',
    example: {
      bad: 'data mails { type: content }\n\nrequest SUB-1 subscriber-order {\n  data: [mails]\n}',
      good: 'data holder { type: subscriber }\n\nrequest SUB-1 subscriber-order {\n  data: [holder]\n}',
    },
  },
  keywords: ['request'],
  check(ctx) {
    const decl = ctx.decl;
    if (decl.model.kind !== 'subscriber-order') return;
    for (const item of refs(decl.model, 'data')) {
      const data = ctx.resolve(item.name, 'data');
      if (!data || unusable(data.model, 'type')) continue;
      const type = word(data.model, 'type');
      if (type === 'subscriber') continue;
      const typeEntry = value(data.model, 'type', 'word');
      ctx.report(
        item.node,
        `Subscriber-order ${decl.name} asks for data ${data.name}, which is ${type ? `${type} data` : 'not marked as subscriber information'}: a direct order to a provider reaches subscriber information only (${citeRule({ 'budapest-2ap': 'budapest-2ap art 7' }, governing(ctx, decl), 'a subscriber order')}).`,
        {
          related: [
            { decl: data, span: typeEntry ? data.model.fields.get('type')!.entry : data.syntax.name, message: `type of data ${data.name}` },
          ],
        },
      );
    }
  },
};
