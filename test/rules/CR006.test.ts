// CR006 misplaced-reference: a reference of the wrong sort (`offences: [doe]` where doe is a
// person). `surrender` and `after` must name an extradition request, `preserved-by` a preservation
// request; `request` in a consent may name any request.

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

const DECLS = `
case CASE-1 { title: "Forum takedown" }
offence carding { conduct: "Selling card data" }
person doe { name: "John Example" }
data mailbox { type: content }
request EXT-1 extradition { to: RO }
request MLA-1 mutual-assistance { to: RO }
request PRES-1 preservation { to: RO }
`;

describe('CR006 misplaced-reference', () => {
  it('offences: [doe] where doe is a person — CR006 on the reference, not CR002', () => {
    const text = `${DECLS}
request MLA-2 mutual-assistance {
  offences: [carding, doe]                  #! CR006
}
`;
    const { ws, findings } = expectRule('CR006', text);
    expectRule('CR002', text);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [11, 23, 'doe']);
    assert.match(f.message, /"doe" is a person; "offences" takes an offence/);
    assert.deepEqual(
      f.related.map((r) => placeOf(ws, r).text),
      ['doe'],
    );
    assert.equal(placeOf(ws, f.related[0]!).line, 4);
  });

  it('fires under every key when the name is of another sort, saying what the name is and what the key takes', () => {
    const { findings } = expectRule(
      'CR006',
      `${DECLS}
request R-1 mutual-assistance {
  case: carding                             #! CR006
  person: mailbox                           #! CR006
  data: [doe]                               #! CR006
  offences: [CASE-1]                        #! CR006
}
proceeding P-1 {
  case: EXT-1                               #! CR006
  charges: [doe]                            #! CR006
  evidence: [carding]                       #! CR006
}
consent C-1 {
  request: doe                              #! CR006
  extends-to: [mailbox]                     #! CR006
  permits-use-in: [carding]                 #! CR006
}
transfer T-1 {
  person: CASE-1                            #! CR006
  after: doe                                #! CR006
}
`,
    );
    assert.deepEqual(
      findings.map((f) => f.finding.message),
      [
        '"carding" is an offence; "case" takes a case.',
        '"mailbox" is a data; "person" takes a person.',
        '"doe" is a person; "data" takes a data.',
        '"CASE-1" is a case; "offences" takes an offence.',
        '"EXT-1" is an extradition request; "case" takes a case.',
        '"doe" is a person; "charges" takes an offence.',
        '"carding" is an offence; "evidence" takes a request.',
        '"doe" is a person; "request" takes a request.',
        '"mailbox" is a data; "extends-to" takes an offence.',
        '"carding" is an offence; "permits-use-in" takes a case.',
        '"CASE-1" is a case; "person" takes a person.',
        '"doe" is a person; "after" takes an extradition request.',
      ],
    );
  });

  describe('surrender and after take an extradition request, preserved-by a preservation request', () => {
    it('a request of another kind is the wrong sort', () => {
      const { findings } = expectRule(
        'CR006',
        `${DECLS}
proceeding P-2 {
  surrender: MLA-1                          #! CR006
}
transfer T-2 {
  after: PRES-1                             #! CR006
}
request MLA-3 mutual-assistance {
  preserved-by: MLA-1                       #! CR006
}
request MLA-4 mutual-assistance {
  preserved-by: EXT-1                       #! CR006
}
`,
      );
      assert.match(findings[0]!.finding.message, /"MLA-1" is a mutual-assistance request; "surrender" takes an extradition request/);
      assert.match(findings[2]!.finding.message, /"preserved-by" takes a preservation request/);
    });

    it('the message names the kind with its article: "an extradition request", "an emergency-disclosure request"', () => {
      const { findings } = expectRule(
        'CR006',
        `${DECLS}
request ED-1 emergency-disclosure { to: RO }
request MLA-10 mutual-assistance {
  preserved-by: EXT-1                       #! CR006
}
proceeding P-7 {
  surrender: ED-1                           #! CR006
}
`,
      );
      assert.match(findings[0]!.finding.message, /"EXT-1" is an extradition request; "preserved-by" takes a preservation request/);
      assert.match(findings[1]!.finding.message, /"ED-1" is an emergency-disclosure request; "surrender" takes an extradition request/);
    });

    it('the right kind is fine', () => {
      expectRule(
        'CR006',
        `${DECLS}
proceeding P-3 { surrender: EXT-1 }
transfer T-3 { after: EXT-1 }
request MLA-5 mutual-assistance { preserved-by: PRES-1 }
`,
      );
    });

    it("a consent's request and a proceeding's evidence may name any request", () => {
      expectRule(
        'CR006',
        `${DECLS}
consent C-2 { request: EXT-1 }
consent C-3 { request: MLA-1 }
consent C-4 { request: PRES-1 }
proceeding P-4 { evidence: [MLA-1, PRES-1, EXT-1] }
`,
      );
    });

    it('a request of unknown kind cannot be judged: CR004 on its kind is enough', () => {
      expectRule(
        'CR006',
        `${DECLS}
request EXT-2 extraditon { to: RO }
proceeding P-5 { surrender: EXT-2 }
`,
      );
      // Also when the name is shared with a declaration of another keyword.
      expectRule(
        'CR006',
        `${DECLS}
request EXT-2 extraditon { to: RO }
person EXT-2 { name: "Someone Else" }
proceeding P-5 { surrender: EXT-2 }
`,
      );
    });

    it('a request of unknown kind is still a request, not a case: under a key of another sort it is reported', () => {
      const { findings } = expectRule(
        'CR006',
        `${DECLS}
request R-9 { to: RO }
request R-1 mutual-assistance {
  case: R-9                                 #! CR006
}
`,
      );
      assert.equal(findings[0]!.finding.message, '"R-9" is a request; "case" takes a case.');
    });
  });

  describe('judgments (version 2)', () => {
    it("a request's judgment must name a judgment; a judgment's person a person and its offences offences", () => {
      const { findings } = expectRule(
        'CR006',
        `${DECLS}
judgment J-1 { party: RO  person: doe  offences: [carding]  outcome: convicted }
judgment J-2 {
  person: carding                           #! CR006
  offences: [doe, carding]                  #! CR006
}
request EXT-3 extradition {
  for: sentence
  judgment: doe                             #! CR006
}
request EXT-4 extradition {
  judgment: EXT-1                           #! CR006
}
request EXT-5 extradition {
  judgment: J-1
}
`,
      );
      assert.match(findings[2]!.finding.message, /"doe" is a person; "judgment" takes a judgment/);
      assert.match(findings[3]!.finding.message, /"EXT-1" is an extradition request; "judgment" takes a judgment/);
    });

    it('a judgment and an offence may share a name: each key resolves to its own sort', () => {
      expectRule(
        'CR006',
        `${DECLS}
judgment carding { party: RO  person: doe  offences: [carding] }
request EXT-6 extradition {
  offences: [carding]
  judgment: carding
}
`,
      );
    });
  });

  it('one name under two keywords resolves to the sort its key takes', () => {
    expectRule(
      'CR006',
      `
offence fraud { conduct: "Investment fraud" }
case fraud { title: "Investment fraud ring" }
request MLA-6 mutual-assistance {
  case: fraud
  offences: [fraud]
}
`,
    );
  });

  it('cross-file: the reference in one file, the declaration of another sort in another', () => {
    const { ws, findings } = expectRule('CR006', {
      'people.coop': 'person doe { name: "John Example" }\n',
      'request.coop': 'request MLA-7 mutual-assistance {\n  offences: [doe]                         #! CR006\n}\n',
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'people.coop');
  });

  describe('suggestions', () => {
    it('offer the nearest names of the right sort, never as a safe fix', () => {
      const { findings } = expectRule(
        'CR006',
        `
offence does { conduct: "Denial of service" }
offence dole { conduct: "Benefit fraud" }
person doe { name: "John Example" }
request MLA-8 mutual-assistance {
  offences: [doe]                           #! CR006
}
`,
      );
      assert.deepEqual(suggestionTitles(findings[0]!), ['Change to "does"', 'Change to "dole"']);
      assert.ok(findings[0]!.finding.fixes.every((x) => !x.safe));
    });

    it('for surrender, offer extradition requests only', () => {
      const { findings } = expectRule(
        'CR006',
        `
request EXT-10 extradition { to: RO }
request EXT-11 mutual-assistance { to: RO }
request EXT-12 preservation { to: RO }
proceeding P-6 {
  surrender: EXT-11                         #! CR006
}
`,
      );
      assert.deepEqual(suggestionTitles(findings[0]!), ['Change to "EXT-10"']);
    });

    it('applying a suggestion removes the finding', () => {
      const files = {
        'main.coop': `
offence does { conduct: "Denial of service" }
person doe { name: "John Example" }
request MLA-9 mutual-assistance {
  offences: [doe]
}
`,
      };
      const f = findingsOf('CR006', files).findings[0]!;
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR006'), 0);
      assert.equal(count(after.all, 'CR002'), 0);
      assert.match(after.files['main.coop']!, /offences: \[does\]/);
    });
  });

  it('a complete workspace where a trial names a mutual-assistance request as its surrender', () => {
    expectExactly(`
case CASE-NL-1 { title: "Bank phishing campaign" }
offence phishing {
  conduct: "Harvesting banking credentials with cloned sites"
  category: budapest art 8
  law NL { cite: "Criminal Code, computer fraud"  max-penalty: 6 years }
  law RO { cite: "Criminal Code, computer fraud"  max-penalty: 12 years }
}
request MLA-NL-9 mutual-assistance {
  measure: testimony
  case: CASE-NL-1
  from: NL
  to: RO
  basis: budapest art 27
  authority: "Public Prosecution Service"
  purpose: "Hear the bank's fraud officer"
  offences: [phishing]
  facts: "The cloned sites were hosted in Bucharest"
  grounds {
    dual-criminality: not-engaged "Computer fraud in both States"
    political-offence: not-engaged "Profit-driven fraud"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
  }
}
proceeding trial {
  case: CASE-NL-1
  surrender: MLA-NL-9                       #! CR006
  charges: [phishing]
}
`);
  });
});
