// CR204 specialty-undertaking-missing: an extradition request without `specialty: undertaken`
// (ETS 24 Art. 14). Points at the request's name (fix: insert the entry).

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, firstSafeFix, placeOf } from '../support/ruletest';

describe('CR204 specialty-undertaking-missing', () => {
  it('fires at the name of an extradition request without the undertaking', () => {
    const { ws, findings } = expectRule('CR204', `
request EXT-1 extradition {                 #! CR204
  to: RO
}
`);
    const p = placeOf(ws, findings[0]!.finding);
    assert.deepEqual([p.line, p.column, p.text], [2, 9, 'EXT-1']);
    assert.match(findings[0]!.finding.message, /Extradition request EXT-1 does not undertake to respect the rule of speciality \(ETS 24 Art\. 14\)/);
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
    expectRule('CR204', `
request EXT-3 extradition {                 #! CR204
  specialty: []
}
`);
  });

  describe('must not fire', () => {
    it('with specialty: undertaken', () => {
      expectRule('CR204', 'request EXT-4 extradition {\n  specialty: undertaken\n}\n');
    });

    it('with a specialty entry whose word is unknown: CR004 on the word is enough', () => {
      expectRule('CR204', 'request EXT-5 extradition {\n  specialty: undertook\n}\n');
    });

    it('on other kinds of request, and on a request of unknown kind', () => {
      expectRule('CR204', `
request MLA-1 mutual-assistance { to: RO }
request PRES-1 preservation { to: RO }
request EXT-6 extraditon { to: RO }
request EXT-7 { to: RO }
`);
    });

    it('on a specialty entry in another declaration: only the request\'s own entry counts', () => {
      expectRule('CR204', `
request EXT-8 extradition { to: RO }        #! CR204
consent C-1 { request: EXT-8  specialty: undertaken }
`);
    });
  });

  describe('fix: insert "specialty: undertaken"', () => {
    it('at the end of the request, at its indentation; the finding is gone and the text parses', () => {
      const files = { 'main.coop': 'request EXT-9 extradition {\n    to: RO\n    offences: [phishing]\n}\noffence phishing { conduct: "Credentials" }\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      const fix = firstSafeFix(f);
      assert.equal(fix.title, 'Add "specialty: undertaken"');
      const after = applyAndRelint(files, fix);
      assert.equal(count(after.all, 'CR204'), 0);
      assert.equal(after.files['main.coop'], 'request EXT-9 extradition {\n    to: RO\n    offences: [phishing]\n    specialty: undertaken\n}\noffence phishing { conduct: "Credentials" }\n');
    });

    it('in a request written on one line', () => {
      const files = { 'main.coop': 'request EXT-10 extradition { to: RO }\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      const after = applyAndRelint(files, firstSafeFix(f));
      assert.equal(count(after.all, 'CR204'), 0);
    });

    it('keeps CRLF line breaks', () => {
      const files = { 'main.coop': 'request EXT-11 extradition {\r\n  to: RO\r\n}\r\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      const after = applyAndRelint(files, firstSafeFix(f));
      assert.equal(after.files['main.coop'], 'request EXT-11 extradition {\r\n  to: RO\r\n  specialty: undertaken\r\n}\r\n');
    });

    it('is not offered for an unclosed request (it would not know where to insert)', () => {
      const files = { 'main.coop': 'request EXT-12 extradition {\n  to: RO\n' };
      const f = findingsOf('CR204', files).findings[0]!;
      assert.deepEqual(f.finding.fixes, []);
    });
  });

  it('a complete extradition request without the undertaking has exactly that finding', () => {
    expectExactly(`
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
  }
}
`);
  });
});
