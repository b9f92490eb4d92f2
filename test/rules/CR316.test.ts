// CR316 budapest-24-scope: an extradition request whose governing instrument is `budapest`
// (Art. 24) for an offence that is not inside Budapest Arts 2–11 — its `category` is not
// `budapest art N` with N from 2 to 11 (none is outside): Art. 24(1)(a) covers those offences
// only. One finding per such offence, at its name in `offences`, the offence's category (or name)
// as related information. Silent wherever another instrument governs, or none does.

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR316';

const OFFENCES = `offence laundering {
  conduct: "Converting the ransom into cash through exchanges"
  law DE { cite: "Criminal Code, money laundering"  max-penalty: 5 years }
  law GH { cite: "Anti-Money Laundering Act"  max-penalty: 10 years }
}

offence intrusion {
  conduct: "Entering the bank's network with stolen credentials"
  category: budapest art 2
  law DE { cite: "Criminal Code, data espionage"  max-penalty: 3 years }
  law GH { cite: "Cybersecurity Act, unauthorised access"  max-penalty: 5 years }
}
`;

/** A complete extradition workspace from DE to GH for `offences`, on `basis`. */
function extradition(offences: string, marker = '', opts: { basis?: string; gh?: string; decls?: string; kind?: string } = {}): string {
  return `party DE { name: "Germany"  instruments: [budapest, ets24, ets30, uncc] }
party GH { name: "Ghana"  ${opts.gh ?? 'instruments: [budapest]'} }

${opts.decls ?? OFFENCES}
person mensah { name: "Kofi Example"  nationality: NG }

request EXT-1 ${opts.kind ?? 'extradition'} {
  from: DE
  to: GH
${opts.basis === '' ? '' : `  basis: ${opts.basis ?? 'budapest art 24'}\n`}  authority: "Bundesamt für Justiz"
  person: mensah
  offences: ${offences}${marker ? `   #! ${marker}` : ''}
  facts: "The ransom paid by the bank was converted into cash in Accra"
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in DE and in GH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic involved"
    nationality: not-engaged "Nigerian national"
    human-rights: not-engaged "No known risk in German prisons"
  }
}
`;
}

/** An offence declaration with the given category line ('' for none). */
const categorised = (category: string): string =>
  `offence o1 {\n  conduct: "Conduct of the person sought"\n${category ? `  ${category}\n` : ''}  law DE { cite: "Criminal Code"  max-penalty: 5 years }\n  law GH { cite: "Criminal Code"  max-penalty: 5 years }\n}\n`;

describe('CR316 budapest-24-scope', () => {
  it('a complete workspace extraditing for laundering on Budapest Art. 24 alone has exactly that finding, at the offence', () => {
    const text = extradition('[intrusion, laundering]', 'CR316');
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:25 laundering');
    assert.equal(
      f!.finding.message,
      'Offence laundering is not one of the offences of Budapest Arts 2–11 (it has no such "category"), and the Budapest Convention, which governs extradition request EXT-1, covers only those (CETS 185 Art. 24(1)(a)).',
    );
    assert.equal(f!.finding.severity, 'warning');
    // Without a category, the offence's name is the related place.
    assert.deepEqual(
      f!.finding.related.map((r) => text.slice(r.start, r.end)),
      ['laundering'],
    );
    assert.deepEqual(f!.finding.fixes, []);
  });

  it('is silent when every offence is inside Arts 2–11', () => {
    expectExactly(extradition('[intrusion]'));
  });

  describe('inside Arts 2–11 only when the category is `budapest art N`, N from 2 to 11, whatever the paragraph', () => {
    for (const category of [
      'category: budapest art 2',
      'category: budapest art 9(1)',
      'category: budapest art 11',
      'category: budapest art 7(1)',
    ]) {
      it(`${category}: inside`, () => {
        expectRule(RULE, extradition('[o1]', '', { decls: categorised(category) }));
      });
    }
    for (const category of [
      '',
      'category: budapest art 1',
      'category: budapest art 12',
      'category: uncc art 7',
      'category: budapest art 24',
    ]) {
      it(`${category || 'no category'}: outside`, () => {
        const text = extradition('[o1]', 'CR316', { decls: categorised(category) });
        const l = expectRule(RULE, text);
        assert.deepEqual(
          l.findings[0]!.finding.related.map((r) => text.slice(r.start, r.end)),
          [category || 'o1'],
        );
      });
    }

    it('a category that is present but unusable (CR004, CR005) keeps it silent', () => {
      for (const category of ['category: budapest art 99', 'category: cybercrime', 'category: "Budapest Art. 2"']) {
        const text = extradition('[o1]', '', { decls: categorised(category) });
        expectRule(RULE, text);
        assert.ok(
          lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' || f.rule === 'CR005'),
          category,
        );
      }
    });
  });

  it('one finding per such offence, each at its name; an offence listed twice once; an unresolved one skipped', () => {
    const decls = `${OFFENCES}\n${categorised('').replace('o1', 'fraud')}`;
    const l = expectRule(RULE, extradition('[laundering, intrusion, fraud, laundering, nowhere]', 'CR316 CR316', { decls }));
    assert.deepEqual(
      l.findings.map((f) => where(l, f).replace(/^\d+:/, '')),
      ['14 laundering', '37 fraud'],
    );
  });

  it('offences declared in another file', () => {
    const l = expectRule(RULE, { 'offences.coop': OFFENCES, 'request.coop': extradition('[laundering]', 'CR316', { decls: '' }) });
    assert.equal(l.findings[0]!.finding.related[0]!.uri, 'file:///ws/offences.coop');
  });

  describe('the governing instrument: only where Budapest Art. 24 governs', () => {
    const fires: [string, string, string | undefined][] = [
      ['Budapest Art. 24', 'budapest art 24', undefined],
      ['the Budapest Convention', 'budapest', undefined],
      ['ETS 24 and Budapest Art. 24, where GH is not bound by ETS 24', '[ets24, budapest art 24]', undefined],
      ['the UN Convention and Budapest Art. 24, where GH is not bound by the UN Convention', '[uncc, budapest art 24]', undefined],
    ];
    for (const [what, basis, gh] of fires) {
      it(`fires under ${what}, citing Budapest Art. 24(1)(a)`, () => {
        const l = expectRule(RULE, extradition('[laundering]', 'CR316', { basis, gh }));
        assert.match(l.findings[0]!.finding.message, /\(CETS 185 Art\. 24\(1\)\(a\)\)\.$/);
      });
    }
    const silent: [string, string, string | undefined][] = [
      ['ETS 24', 'ets24', 'instruments: [budapest, ets24]'],
      ['ETS 24 listed after Budapest Art. 24 (ETS 24 is preferred)', '[budapest art 24, ets24]', 'instruments: [budapest, ets24]'],
      ['the UN Convention', '[budapest art 24, uncc]', 'instruments: [budapest, uncc]'],
      ['reciprocity', 'reciprocity', undefined],
      ['no basis', '', undefined],
      ['Budapest, which GH is not bound by', 'budapest art 24', 'instruments: [ets30]'],
      ['Budapest, with GH bound by no instrument (instruments: [])', 'budapest art 24', 'instruments: []'],
      ["Budapest, when GH's instruments cannot be read (CR004)", 'budapest art 24', 'instruments: [budapest, ets2]'],
    ];
    for (const [what, basis, gh] of silent) {
      it(`is silent under ${what}`, () => {
        expectRule(RULE, extradition('[laundering]', '', { basis, gh }));
      });
    }

    it('is silent where a treaty governs, listed before or after Budapest Art. 24', () => {
      // Nothing is reported, so no message can quote the treaty's title.
      expectRule(RULE, extradition('[laundering]', '', { basis: 'treaty "Extradition Treaty between Germany and Ghana"' }));
      expectRule(
        RULE,
        extradition('[laundering]', '', { basis: '[budapest art 24, treaty "Extradition Treaty between Germany and Ghana"]' }),
      );
    });
  });

  it('is silent on every other kind of request, provisional arrest included, on Budapest Art. 24 or not', () => {
    for (const kind of [
      'provisional-arrest',
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
      'extraditon',
    ]) {
      expectRule(RULE, extradition('[laundering]', '', { kind, basis: 'budapest' }));
    }
  });
});
