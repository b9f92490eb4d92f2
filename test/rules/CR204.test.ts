// CR204 specialty-undertaking-missing: an extradition request without `specialty: undertaken`
// (ETS 24 Art. 14). Points at the request's name. Version 2: the undertaking is the requesting
// State's to give, so inserting it is a quick fix (`safe: false`), never applied by fix-all; the
// finding cites ETS 24 Art. 14 where ETS 24 governs, otherwise the applicable treaty or the law of
// the requested party.

import assert from 'node:assert/strict';
import { fixAll } from '../support/apply';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles, where } from '../support/ruletest';
import type { LineFinding } from '../support/lint';

/** The fix a drafter picks in the editor: insert "specialty: undertaken". */
function quickFix(f: LineFinding) {
  assert.deepEqual(suggestionTitles(f), ['Add "specialty: undertaken"']);
  assert.ok(
    f.finding.fixes.every((x) => !x.safe),
    'the undertaking is a legal position: never a safe fix',
  );
  return f.finding.fixes[0]!;
}

describe('CR204 specialty-undertaking-missing', () => {
  it('fires at the name of an extradition request without the undertaking', () => {
    const { ws, findings } = expectRule(
      'CR204',
      `
request EXT-1 extradition {                 #! CR204
  to: RO
}
`,
    );
    const p = placeOf(ws, findings[0]!.finding);
    assert.deepEqual([p.line, p.column, p.text], [2, 9, 'EXT-1']);
    assert.match(
      findings[0]!.finding.message,
      /^Extradition request EXT-1 does not undertake to respect the rule of speciality \(where the law of the requested party provides for it\): add "specialty: undertaken"\.$/,
    );
  });

  it('a misspelt key is not the key: CR004 on it, and CR204 still fires', () => {
    const text = `
request EXT-2 extradition {                 #! CR204
  speciality: undertaken                    #! CR004
}
`;
    expectRule('CR204', text);
    expectRule('CR004', text);
  });

  it('an empty list is an absent entry', () => {
    expectRule(
      'CR204',
      `
request EXT-3 extradition {                 #! CR204
  specialty: []
}
`,
    );
  });

  describe('must not fire', () => {
    it('with specialty: undertaken', () => {
      expectRule('CR204', 'request EXT-4 extradition {\n  specialty: undertaken\n}\n');
    });

    it('with a specialty entry whose word is unknown: CR004 on the word is enough', () => {
      expectRule('CR204', 'request EXT-5 extradition {\n  specialty: undertook\n}\n');
    });

    it('on other kinds of request, and on a request of unknown kind', () => {
      expectRule(
        'CR204',
        `
request MLA-1 mutual-assistance { to: RO }
request PRES-1 preservation { to: RO }
request EXT-6 extraditon { to: RO }
request EXT-7 { to: RO }
`,
      );
    });

    it("on a specialty entry in another declaration: only the request's own entry counts", () => {
      expectRule(
        'CR204',
        `
request EXT-8 extradition { to: RO }        #! CR204
consent C-1 { request: EXT-8  specialty: undertaken }
`,
      );
    });
  });

  describe('quick fix (offered in the editor, never applied in bulk): insert "specialty: undertaken"', () => {
    it("fix-all and --fix leave the request as it is: the undertaking is the drafter's to give", () => {
      const files = { 'main.coop': 'request EXT-9 extradition {\n    to: RO\n}\n' };
      const { files: fixed, applied } = fixAll(files, { rules: ['CR204'] });
      assert.equal(applied, 0);
      assert.deepEqual(fixed, files);
    });

    it('at the end of the request, at its indentation; the finding is gone and the text parses', () => {
      const files = {
        'main.coop': 'request EXT-9 extradition {\n    to: RO\n    offences: [phishing]\n}\noffence phishing { conduct: "Credentials" }\n',
      };
      const f = findingsOf('CR204', files).findings[0]!;
      const fix = quickFix(f);
      const after = applyAndRelint(files, fix);
      assert.equal(count(after.all, 'CR204'), 0);
      assert.equal(
        after.files['main.coop'],
        'request EXT-9 extradition {\n    to: RO\n    offences: [phishing]\n    specialty: undertaken\n}\noffence phishing { conduct: "Credentials" }\n',
      );
    });

    it('in a request written on one line', () => {
      const files = { 'main.coop': 'request EXT-10 extradition { to: RO }\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      const after = applyAndRelint(files, quickFix(f));
      assert.equal(count(after.all, 'CR204'), 0);
    });

    it('keeps CRLF line breaks', () => {
      const files = { 'main.coop': 'request EXT-11 extradition {\r\n  to: RO\r\n}\r\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      const after = applyAndRelint(files, quickFix(f));
      assert.equal(after.files['main.coop'], 'request EXT-11 extradition {\r\n  to: RO\r\n  specialty: undertaken\r\n}\r\n');
    });

    it('is not offered for an unclosed request (it would not know where to insert)', () => {
      const files = { 'main.coop': 'request EXT-12 extradition {\n  to: RO\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      assert.deepEqual(f.finding.fixes, []);
    });
  });

  it('a complete extradition request without the undertaking has exactly that finding', () => {
    const l = expectExactly(`
case CASE-1 { title: "Hospital ransomware" }
party FR { name: "France"  instruments: [budapest, ets24, ets30] }
party US { name: "United States"  instruments: [budapest] }
offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}
person ivanov { name: "Pavel Example"  nationality: RU }
request EXT-2026-001 extradition {          #! CR204
  case: CASE-1
  from: FR
  to: US
  basis: budapest art 24
  authority: "Ministère de la Justice"
  person: ivanov
  offences: [ransomware]
  facts: "Encrypted the hospital's systems in January 2026"
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Russian national; the requested party is the US"
    human-rights: not-engaged "Federal pre-trial detention"
  }
}
`);
    // Budapest Art. 24 governs (the US is not bound by ETS 24): it has no rule of speciality.
    assert.equal(where(l, l.findings[0]!), '12:9 EXT-2026-001');
    assert.match(l.findings[0]!.finding.message, /\(where the law of the requested party provides for it\)/);
    assert.doesNotMatch(l.findings[0]!.finding.message, /ETS 24|CETS 185/);
  });

  describe('the governing instrument: fires whatever it is, and cites ETS 24 Art. 14 only where ETS 24 governs', () => {
    const underBasis = (
      basis: string,
      ro = 'instruments: [budapest, ets24, ets30]',
      specialty = '',
    ): string => `party NL { name: "Netherlands"  instruments: [budapest, ets24, ets30, uncc] }
party RO { name: "Romania"  ${ro} }
request EXT-1 extradition {${specialty ? '' : '                 #! CR204'}
  from: NL
  to: RO
${basis ? `  basis: ${basis}\n` : ''}${specialty}}
`;
    const ETS24 = /rule of speciality \(ETS 24 Art\. 14\): add "specialty: undertaken"\.$/;
    const LAW = /rule of speciality \(where the law of the requested party provides for it\): add "specialty: undertaken"\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['ETS 24, binding both parties', 'ets24', undefined, ETS24],
      ['an ETS 24 article in a list with Budapest Art. 24', '[budapest art 24, ets24 art 12]', undefined, ETS24],
      ['ETS 24, which RO is not bound by', 'ets24', 'instruments: [budapest]', LAW],
      ['ETS 24, with RO bound by no instrument (instruments: [])', 'ets24', 'instruments: []', LAW],
      ['the UN Convention', 'uncc', 'instruments: [uncc]', LAW],
      ['Budapest Art. 24', 'budapest art 24', undefined, LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, ro, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === ETS24 ? 'ETS 24 Art. 14' : 'the law of the requested party'}`, () => {
        const l = expectRule('CR204', underBasis(basis, ro));
        assert.equal(where(l, l.findings[0]!), '3:9 EXT-1');
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /ETS 24|CETS 185|UNCC/);
      });
    }

    it('a treaty: fires, citing the applicable treaty and no convention', () => {
      // The treaty is named by its title (rules.md: "the applicable treaty (TITLE)"); no other string is quoted.
      const { findings } = expectRule('CR204', underBasis('treaty "Bilateral Extradition Treaty of 2009"'));
      assert.match(findings[0]!.finding.message, /rule of speciality \(where the applicable treaty \(.*\) provides for it\): add/);
      assert.doesNotMatch(findings[0]!.finding.message, /ETS 24|CETS 185|UNCC/);
    });

    it('with the undertaking it is silent under every instrument', () => {
      for (const basis of ['ets24', 'uncc', 'budapest art 24', 'reciprocity', '']) {
        expectRule('CR204', underBasis(basis, undefined, '  specialty: undertaken\n'));
      }
    });
  });
});
