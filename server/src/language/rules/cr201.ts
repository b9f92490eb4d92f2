import { citeRule, governing } from '../law';
import { refs, unusable, value } from '../model';
import { countingConsents, namesUnresolved, requestedParty } from './facts';
import { fix } from './fixkit';
import type { Rule } from './types';

export const cr201: Rule = {
  meta: {
    id: 'CR201',
    alias: 'specialty-violation',
    severity: 'error',
    description: 'A proceeding after a surrender charges an offence that is neither in the extradition request nor in a consent for it.',
    articles: ['ets24 art 14(1)'],
    fixable: false,
    hasSuggestions: true,
    rationale:
      'A person who has been extradited shall not be proceeded against for any offence committed before the surrender other than that for which he was extradited, unless the surrendering party consents (ETS 24 Art. 14(1)(a)). The consent must come from the requested party of that extradition and name the further offence.',
    example: {
      bad: 'offence phishing { conduct: "Sending fake bank e-mails" }\noffence laundering { conduct: "Moving the proceeds" }\n\nrequest EXT-1 extradition {\n  to: RO\n  offences: [phishing]\n}\n\nproceeding trial {\n  surrender: EXT-1\n  charges: [phishing, laundering]\n}',
      good: 'offence phishing { conduct: "Sending fake bank e-mails" }\noffence laundering { conduct: "Moving the proceeds" }\n\nrequest EXT-1 extradition {\n  to: RO\n  offences: [phishing]\n}\n\nconsent C-1 {\n  from: RO\n  request: EXT-1\n  extends-to: [laundering]\n}\n\nproceeding trial {\n  surrender: EXT-1\n  charges: [phishing, laundering]\n}',
    },
  },
  keywords: ['proceeding'],
  check(ctx) {
    const decl = ctx.decl;
    const surrender = value(decl.model, 'surrender', 'ref');
    if (!surrender) return;
    const ext = ctx.resolve(surrender.name, 'extradition');
    if (!ext) return;
    const granted = new Set(refs(ext.model, 'offences').map((r) => r.name));
    const { consents, undecided } = countingConsents(ctx, ext);
    for (const c of consents) for (const r of refs(c.model, 'extends-to')) granted.add(r.name);
    const requested = requestedParty(ext);
    // A consent that may count but cannot be read (its party, the request's requested party or its
    // extends-to unusable) might grant any charge: stay silent rather than guess.
    if (undecided || consents.some((c) => unusable(c.model, 'extends-to') || namesUnresolved(ctx, c, 'extends-to', 'offence'))) return;
    // Nor when the extradition's offences name something that is not an offence (CR002, CR006):
    // the charge may be what was meant.
    if (unusable(ext.model, 'offences') || namesUnresolved(ctx, ext, 'offences', 'offence')) return;
    const charges = value(decl.model, 'charges', 'refs');
    if (!charges) return;
    charges.items.forEach((charge, index) => {
      if (granted.has(charge.name) || !ctx.resolve(charge.name, 'offence')) return;
      const list = charges.list;
      const fixes = [];
      if (list) fixes.push(fix(`Remove the charge "${charge.name}"`, false, { op: 'remove-list-item', chunk: decl.chunk, list, index }));
      const from = requested ?? 'XX';
      fixes.push(
        fix(`Add a consent to request from ${requested ?? 'the requested party'} (commented out until given)`, false, {
          op: 'insert-declaration',
          chunk: decl.chunk,
          after: decl.syntax,
          // Commented out: a consent is the requested State's act. Until it is given, the stub changes
          // nothing and CR201 stays; the drafter uncomments it when the consent arrives.
          text: `# Consent to be requested from ${from}; uncomment when it is given:\n# consent CONSENT-${ext.name}-${charge.name} {\n#   from: ${from}\n#   request: ${ext.name}\n#   extends-to: [${charge.name}]\n# }`,
        }),
      );
      ctx.report(
        charge.node,
        `Proceeding ${decl.name} charges offence ${charge.name}, which is not in extradition request ${ext.name} nor in a consent of ${requested ?? 'the requested party'} extending it: the rule of speciality forbids it (${citeRule({ ets24: 'ets24 art 14(1)' }, governing(ctx, ext), '')}).`,
        {
          related: [
            {
              decl: ext,
              span: ext.model.fields.get('offences')?.entry ?? ext.syntax.name,
              message: `offences for which ${ext.name} was requested`,
            },
          ],
          fixes,
        },
      );
    });
  },
};
