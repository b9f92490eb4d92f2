// CR203 onward-transfer-without-consent: a transfer of the person of the extradition request in
// `after` to a State that no consent for that request lists in `permits-transfer-to` (ETS 24
// Art. 15); silent when `person` is not that request's person. Points at the `to` value. Version
// 2: whatever the governing instrument; it cites ETS 24 Art. 15 only where ETS 24 governs, and
// otherwise the applicable treaty or the law of the requested party.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFolder } from '../support/lint';
import { expectExactly, expectRule, placeOf, where } from '../support/ruletest';

const BASE = `
person popescu { name: "Andrei Example" }
person other { name: "Bogdan Example" }
offence phishing { conduct: "Harvesting banking credentials" }
request EXT-1 extradition {
  to: RO
  person: popescu
}
request EXT-2 extradition { to: RO  person: other }
request MLA-1 mutual-assistance { to: RO  person: popescu }
`;

const transfer = (name: string, person: string, after: string, to: string, marker = '') => `
transfer ${name} {
  person: ${person}
  after: ${after}
  to: ${to}${marker ? `                                   #! ${marker}` : ''}
}
`;

describe('CR203 onward-transfer-without-consent', () => {
  it('fires at the to value, with the extradition request as related information', () => {
    const { ws, findings } = expectRule('CR203', `${BASE}${transfer('T-1', 'popescu', 'EXT-1', 'BE', 'CR203')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [15, 7, 'BE']);
    assert.match(
      f.message,
      /^Transfer T-1 surrenders the person extradited under EXT-1 to BE, and no consent of the requested party for EXT-1 permits transfer to BE \(re-extradition to a third State, where the law of the requested party provides for it\)\.$/,
    );
    assert.deepEqual(
      f.related.map((r) => placeOf(ws, r).text),
      ['EXT-1'],
    );
    assert.equal(f.fixes.length, 0);
  });

  it('a transfer that names no person concerns the person of the extradition', () => {
    expectRule(
      'CR203',
      `${BASE}
transfer T-2 {
  after: EXT-1
  to: BE                                    #! CR203
}
`,
    );
  });

  describe('consents', () => {
    it('a consent of the requested party for that request, permitting the State, permits the transfer', () => {
      expectRule(
        'CR203',
        `${BASE}
consent C-1 { from: RO  request: EXT-1  permits-transfer-to: [GB, BE] }
${transfer('T-3', 'popescu', 'EXT-1', 'BE')}
${transfer('T-4', 'popescu', 'EXT-1', 'FR', 'CR203')}`,
      );
    });

    it('a consent from another party, or for another request, does not count', () => {
      expectRule(
        'CR203',
        `${BASE}
consent C-2 { from: NL  request: EXT-1  permits-transfer-to: [BE] }
consent C-3 { from: RO  request: EXT-2  permits-transfer-to: [BE] }
consent C-4 { from: RO  request: EXT-1  extends-to: [phishing] }
${transfer('T-5', 'popescu', 'EXT-1', 'BE', 'CR203')}`,
      );
    });
  });

  describe('must not fire', () => {
    it("when the person is not that request's person", () => {
      expectRule('CR203', `${BASE}${transfer('T-6', 'other', 'EXT-1', 'BE')}`);
    });

    it('when the person, the extradition or the State cannot be resolved or read', () => {
      expectRule(
        'CR203',
        `${BASE}
${transfer('T-7', 'nobody', 'EXT-1', 'BE')}
${transfer('T-8', 'phishing', 'EXT-1', 'BE')}
${transfer('T-9', 'popescu', 'NO-SUCH-EXT', 'BE')}
${transfer('T-10', 'popescu', 'MLA-1', 'BE')}
${transfer('T-11', 'popescu', 'EXT-1', 'be')}
${transfer('T-12', '[popescu]', 'EXT-1', 'BE')}
transfer T-13 { person: popescu  after: EXT-1 }
`,
      );
    });

    it('when a consent that may count cannot be read', () => {
      expectRule(
        'CR203',
        `${BASE}
request EXT-3 extradition { to: ro  person: popescu }
consent C-5 { from: RO  request: EXT-3  permits-transfer-to: [BE] }
${transfer('T-14', 'popescu', 'EXT-3', 'BE')}
consent C-6 { from: ro  request: EXT-1  permits-transfer-to: [BE] }
${transfer('T-15', 'popescu', 'EXT-1', 'BE')}
request EXT-4 extradition { to: RO  person: popescu }
consent C-7 { from: RO  request: EXT-4  permits-transfer-to: BE }
${transfer('T-16', 'popescu', 'EXT-4', 'BE')}`,
      );
    });
  });

  it('fixture cr2-consents: only the consents of the requested party for the request count, across files', () => {
    expectRule('CR203', readFolder(join(__dirname, 'fixtures', 'cr2-consents')));
  });

  it('cross-file: extradition, consent and transfer in three files; removing the consent brings the finding back', () => {
    const files = {
      'extradition.coop': 'person popescu { name: "Andrei Example" }\nrequest EXT-5 extradition {\n  to: RO\n  person: popescu\n}\n',
      'consent.coop': 'consent C-8 {\n  from: RO\n  request: EXT-5\n  permits-transfer-to: [BE]\n}\n',
      'transfer.coop': transfer('T-17', 'popescu', 'EXT-5', 'BE'),
    };
    const { ws } = expectRule('CR203', files);
    ws.delete('file:///ws/consent.coop');
    const after = ws.findings('file:///ws/transfer.coop').filter((f) => f.rule === 'CR203');
    assert.equal(after.length, 1);
    assert.equal(after[0]!.related[0]!.uri, 'file:///ws/extradition.coop');
  });

  it('a complete workspace with an onward transfer beyond the consent has exactly that finding, citing ETS 24 Art. 15', () => {
    const l = expectExactly(`
case CASE-NL-1 { title: "Bank phishing campaign" }
party NL { name: "Netherlands"  instruments: [budapest, ets24, ets30] }
party RO { name: "Romania"  instruments: [budapest, ets24, ets30] }
offence phishing {
  conduct: "Harvesting online-banking credentials with cloned bank sites"
  category: budapest art 8
  law NL { cite: "Criminal Code, computer fraud"  max-penalty: 6 years }
  law RO { cite: "Criminal Code, computer fraud"  max-penalty: 12 years }
}
person popescu { name: "Andrei Example"  nationality: MD }
request EXT-NL-7 extradition {
  case: CASE-NL-1
  from: NL
  to: RO
  basis: ets24
  authority: "Ministry of Justice and Security"
  person: popescu
  offences: [phishing]
  facts: "Emptied accounts through cloned bank sites in 2025"
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Computer fraud in both States"
    political-offence: not-engaged "Profit-driven fraud"
    persecution: not-engaged "No protected characteristic involved"
    nationality: not-engaged "Moldovan national; the requested party is Romania"
    human-rights: not-engaged "Ordinary prison conditions in NL"
  }
}
consent C-RO-3 { from: RO  request: EXT-NL-7  permits-transfer-to: [DE] }
transfer T-NL-1 {
  person: popescu
  after: EXT-NL-7
  to: BE                                    #! CR203
}
`);
    assert.equal(where(l, l.findings[0]!), '35:7 BE');
    assert.match(l.findings[0]!.finding.message, /permits transfer to BE \(ETS 24 Art\. 15\)\.$/);
  });

  describe('the governing instrument: the rule applies whatever it is, and cites ETS 24 only where ETS 24 governs', () => {
    /** NL obtained the surrender of a person from RO, and transfers the person to BE. */
    const underBasis = (
      basis: string,
      ro = 'instruments: [budapest, ets24, ets30]',
    ): string => `party NL { name: "Netherlands"  instruments: [budapest, ets24, ets30, uncc] }
party RO { name: "Romania"  ${ro} }
person popescu { name: "Andrei Example" }
request EXT-1 extradition {
  from: NL
  to: RO
${basis ? `  basis: ${basis}\n` : ''}  person: popescu
}
transfer T-1 {
  person: popescu
  after: EXT-1
  to: BE                                    #! CR203
}
`;
    const ETS24 = /permits transfer to BE \(ETS 24 Art\. 15\)\.$/;
    const LAW = /permits transfer to BE \(re-extradition to a third State, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['ETS 24, binding both parties', 'ets24', undefined, ETS24],
      ['ETS 24 before Budapest Art. 24 in a list', '[budapest art 24, ets24]', undefined, ETS24],
      ['ETS 24, which RO is not bound by', 'ets24', 'instruments: [budapest]', LAW],
      ['ETS 24, with RO bound by no instrument (instruments: [])', 'ets24', 'instruments: []', LAW],
      ['the UN Convention', 'uncc', 'instruments: [budapest, uncc]', LAW],
      ['Budapest Art. 24', 'budapest art 24', undefined, LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, ro, cites] of cases) {
      it(`${what}: fires at the to value, citing ${cites === ETS24 ? 'ETS 24 Art. 15' : 'the law of the requested party'}`, () => {
        const l = expectRule('CR203', underBasis(basis, ro));
        assert.equal(where(l, l.findings[0]!), `${basis ? 13 : 12}:7 BE`);
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /ETS 24|CETS 185|UNCC/);
      });
    }

    it('a treaty: fires, citing the applicable treaty and no convention', () => {
      // The treaty is named by its title (rules.md: "the applicable treaty (TITLE)"); no other string is quoted.
      const l = expectRule('CR203', underBasis('treaty "Bilateral Extradition Treaty of 2009"'));
      assert.match(
        l.findings[0]!.finding.message,
        /permits transfer to BE \(re-extradition to a third State, where the applicable treaty \(.*\) provides for it\)\.$/,
      );
      assert.doesNotMatch(l.findings[0]!.finding.message, /ETS 24|CETS 185|UNCC/);
    });

    it('a consent of RO permitting the State silences it under every instrument', () => {
      for (const basis of ['ets24', 'uncc', 'reciprocity', '']) {
        expectRule(
          'CR203',
          `${underBasis(basis)
            .replace('   #! CR203', '')
            .replace('  #! CR203', '')
            .replace(/ +#! CR203/, '')}consent C-1 { from: RO  request: EXT-1  permits-transfer-to: [BE] }\n`,
        );
      }
    });
  });
});
