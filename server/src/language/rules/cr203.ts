import { citeRule, governing } from '../law';
import { unusable, value } from '../model';
import { consentGrants } from './facts';
import type { Rule } from './types';

export const cr203: Rule = {
  meta: {
    id: 'CR203',
    alias: 'onward-transfer-without-consent',
    severity: 'error',
    description: 'A surrendered person is transferred to a State that no consent for the extradition permits.',
    articles: ['ets24 art 15'],
    fixable: false,
    hasSuggestions: false,
    rationale:
      'The requesting party shall not, without the consent of the requested party, surrender to another party or to a third State a person surrendered to it (ETS 24 Art. 15).',
    example: {
      bad: 'person popescu { nationality: MD }\n\nrequest EXT-1 extradition {\n  to: RO\n  person: popescu\n}\n\ntransfer T-1 {\n  person: popescu\n  after: EXT-1\n  to: BE\n}',
      good: 'person popescu { nationality: MD }\n\nrequest EXT-1 extradition {\n  to: RO\n  person: popescu\n}\n\nconsent C-1 {\n  from: RO\n  request: EXT-1\n  permits-transfer-to: [BE]\n}\n\ntransfer T-1 {\n  person: popescu\n  after: EXT-1\n  to: BE\n}',
    },
  },
  keywords: ['transfer'],
  check(ctx) {
    const decl = ctx.decl;
    const after = value(decl.model, 'after', 'ref');
    const to = value(decl.model, 'to', 'party');
    if (!after || !to) return;
    const ext = ctx.resolve(after.name, 'extradition');
    if (!ext) return;
    if (unusable(decl.model, 'person')) return;
    const person = value(decl.model, 'person', 'ref');
    if (person) {
      if (!ctx.resolve(person.name, 'person')) return;
      const theirs = value(ext.model, 'person', 'ref');
      if (theirs && theirs.name !== person.name) return;
    }
    const permitted = consentGrants(
      ctx,
      ext,
      'permits-transfer-to',
      (c) => !!value(c.model, 'permits-transfer-to', 'parties')?.items.some((p) => p.code === to.code),
    );
    if (permitted !== false) return;
    ctx.report(
      to.node,
      `Transfer ${decl.name} surrenders the person extradited under ${ext.name} to ${to.code}, and no consent of the requested party for ${ext.name} permits transfer to ${to.code} (${citeRule({ ets24: 'ets24 art 15' }, governing(ctx, ext), 're-extradition to a third State')}).`,
      {
        related: [{ decl: ext, span: ext.syntax.name, message: `extradition request ${ext.name}` }],
      },
    );
  },
};
