// CR002 unknown-reference: a reference names nothing declared in the workspace (fix: the nearest
// declared name, or a stub declaration).

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

describe('CR002 unknown-reference', () => {
  it('fires on an undeclared name under every key that takes a reference', () => {
    expectRule(
      'CR002',
      `
request R-1 extradition {
  case: no-such-case                        #! CR002
  person: no-such-person                    #! CR002
  offences: [no-such-offence]               #! CR002
  data: [no-such-data]                      #! CR002
  preserved-by: no-such-preservation        #! CR002
}
proceeding P-1 {
  case: no-case-either                      #! CR002
  surrender: no-such-extradition            #! CR002
  charges: [no-charge]                      #! CR002
  evidence: [no-evidence]                   #! CR002
}
consent C-1 {
  from: US
  request: no-such-request                  #! CR002
  extends-to: [no-offence]                  #! CR002
  permits-use-in: [no-case]                 #! CR002
  permits-transfer-to: [GB]
}
transfer T-1 {
  person: nobody                            #! CR002
  after: no-extradition                     #! CR002
  to: GB
}
`,
    );
  });

  it("fires on the references of version 2: a request's judgment, a judgment's person and offences", () => {
    const { findings } = expectRule(
      'CR002',
      `
offence carding { conduct: "Selling card data" }
judgment J-1 {
  party: RO
  person: nobody                            #! CR002
  offences: [carding, no-offence]           #! CR002
}
request EXT-1 extradition {
  for: sentence
  judgment: no-judgment                     #! CR002
}
`,
    );
    assert.match(findings[2]!.finding.message, /"no-judgment" names nothing declared in the workspace; "judgment" takes a judgment/);
    assert.deepEqual(suggestionTitles(findings[2]!), ['Declare judgment no-judgment']);
  });

  it('one finding per unknown name in a list, pointing at the name', () => {
    const text = `
offence carding { conduct: "Selling card data" }
proceeding P-2 {
  charges: [carding, cardng, skimming]      #! CR002 CR002
}
`;
    const { ws, findings } = expectRule('CR002', text);
    const places = findings.map((f) => placeOf(ws, f.finding));
    assert.deepEqual(
      places.map((p) => [p.line, p.column, p.text]),
      [
        [4, 22, 'cardng'],
        [4, 30, 'skimming'],
      ],
    );
  });

  it('is silent on names declared in the workspace, in this file or another', () => {
    expectRule('CR002', {
      'a.coop': `
proceeding P-3 {
  case: CASE-3
  charges: [carding]
}
`,
      'b.coop': `
case CASE-3 { title: "Carding forum" }
offence carding { conduct: "Selling card data" }
`,
    });
  });

  it('fires when the file declaring the name leaves the workspace', () => {
    const { ws } = findingsOf('CR002', {
      'a.coop': 'proceeding P-4 {\n  charges: [carding]\n}\n',
      'b.coop': 'offence carding { conduct: "Selling card data" }\n',
    });
    assert.equal(ws.findings('file:///ws/a.coop').filter((f) => f.rule === 'CR002').length, 0);
    ws.delete('file:///ws/b.coop');
    assert.equal(ws.findings('file:///ws/a.coop').filter((f) => f.rule === 'CR002').length, 1);
  });

  it('names are case-sensitive', () => {
    const { findings } = expectRule(
      'CR002',
      `
offence carding { conduct: "Selling card data" }
proceeding P-5 {
  charges: [Carding]                        #! CR002
}
`,
    );
    assert.deepEqual(suggestionTitles(findings[0]!)[0], 'Change to "carding"');
  });

  it('a name declared under another keyword is CR006, not CR002', () => {
    const text = `
person doe { name: "John Example" }
request R-6 mutual-assistance {
  offences: [doe]
}
`;
    expectRule('CR002', text);
    assert.equal(count(findingsOf('CR006', text).findings, 'CR006'), 1);
  });

  it('party codes and enumerated words are not references', () => {
    expectRule(
      'CR002',
      `
request R-7 extradition {
  from: FR
  to: provider "Mail Provider Inc." in US
  specialty: undertaken
  documents: [warrant]
}
consent C-7 { from: US  permits-transfer-to: [GB, IE] }
`,
    );
  });

  describe('suggestions', () => {
    it('offers the nearest declared names of the sort the key takes, then a stub declaration', () => {
      const { findings } = expectRule(
        'CR002',
        `
offence carding { conduct: "Selling card data" }
offence carting { conduct: "Carting goods" }
person cardig { name: "Not An Offence" }
proceeding P-8 {
  charges: [cardng]                         #! CR002
}
`,
      );
      const f = findings[0]!;
      // Both offences are one edit away; the person is not an offence and is not offered.
      assert.deepEqual(suggestionTitles(f), ['Change to "carding"', 'Change to "carting"', 'Declare offence cardng']);
      assert.ok(
        f.finding.fixes.every((x) => !x.safe),
        'choosing a name is left to the user',
      );
      assert.match(
        f.finding.message,
        /"cardng" names nothing declared in the workspace; "charges" takes an offence \(did you mean "carding"\?\)/,
      );
    });

    it('for surrender, offers extradition requests only, and the stub is an extradition request', () => {
      const { findings } = expectRule(
        'CR002',
        `
request EXT-2026-001 extradition { to: US }
request EXT-2026-002 mutual-assistance { to: US }
proceeding P-9 {
  surrender: EXT-2026-00                    #! CR002
}
`,
      );
      assert.deepEqual(suggestionTitles(findings[0]!), ['Change to "EXT-2026-001"', 'Declare request EXT-2026-00']);
      const stub = findings[0]!.finding.fixes[1]!.edits[0]!.newText;
      assert.match(stub, /request EXT-2026-00 extradition \{/);
    });

    it('no near name: only the stub', () => {
      const { findings } = expectRule(
        'CR002',
        `
offence carding { conduct: "Selling card data" }
proceeding P-10 {
  charges: [ransomware]                     #! CR002
}
`,
      );
      assert.deepEqual(suggestionTitles(findings[0]!), ['Declare offence ransomware']);
      assert.doesNotMatch(findings[0]!.finding.message, /did you mean/);
    });

    it('applying the nearest name, or the stub, removes the finding and keeps the text parsing', () => {
      const files = {
        'main.coop': `
offence carding { conduct: "Selling card data" }
proceeding P-11 {
  charges: [cardng]
}
`,
      };
      const f = findingsOf('CR002', files).findings[0]!;
      const renamed = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(renamed.all, 'CR002'), 0);
      assert.match(renamed.files['main.coop']!, /charges: \[carding\]/);
      const stubbed = applyAndRelint(files, f.finding.fixes[1]!);
      assert.equal(count(stubbed.all, 'CR002'), 0);
      assert.match(stubbed.files['main.coop']!, /\noffence cardng \{\n\}/);
    });
  });

  it('a complete workspace with one misspelt reference has exactly that finding', () => {
    expectExactly({
      'offences.coop': `
offence phishing {
  conduct: "Harvesting banking credentials with cloned sites"
  category: budapest art 8
  law NL { cite: "Criminal Code, computer fraud"  max-penalty: 6 years }
  law RO { cite: "Criminal Code, computer fraud"  max-penalty: 12 years }
}
case CASE-NL-1 { title: "Bank phishing campaign" }
`,
      'trial.coop': `
proceeding trial {
  case: CASE-NL-1
  charges: [phising]                        #! CR002
}
`,
    });
  });

  it('lintTexts sees every file: a reference resolves whatever the file order', () => {
    const a = { 'z.coop': 'proceeding P-12 { charges: [carding] }\n', 'a.coop': 'offence carding { conduct: "Selling card data" }\n' };
    assert.equal(count(lintTexts(a).findings, 'CR002'), 0);
  });
});
