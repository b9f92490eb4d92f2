// CR004 unknown-key-or-value: a key not allowed in its block (language.md, Keys), or a kind,
// measure, ground, status or enumerated word that the language does not have (fix: the nearest
// valid word). A misspelt key is not the key it resembles: that key is absent.

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

describe('CR004 unknown-key-or-value', () => {
  describe("keys outside their block's row", () => {
    it('fires on keys of another declaration or block, pointing at the key', () => {
      const { ws, findings } = expectRule(
        'CR004',
        `
offence o-1 {
  conduct: "Selling card data"
  nationality: FR                           #! CR004
  max-penalty: 5 years                      #! CR004
  law FR { conduct: "Fraud"  max-penalty: 5 years }   #! CR004
}
person p-1 {
  title: "Suspect"                          #! CR004
}
data d-1 {
  measure: production                       #! CR004
}
request R-1 mutual-assistance {
  cite: "Code pénal"                        #! CR004
  authorization: judicial "An order"        #! CR004
  safeguards { cite: "Another code" }       #! CR004
}
`,
      );
      const p = placeOf(ws, findings[0]!.finding);
      assert.deepEqual([p.line, p.column, p.text], [4, 3, 'nationality']);
    });

    it('blocks and fields out of place: a block written as a field, a field as a block, a block of another declaration', () => {
      expectRule(
        'CR004',
        `
offence o-2 {
  law: FR                                   #! CR004
  grounds { political-offence: not-engaged "Not political" }   #! CR004
}
request R-2 extradition {
  grounds: not-engaged                      #! CR004
  facts { }                                 #! CR004
  law FR { cite: "Code pénal" }             #! CR004
}
`,
      );
    });

    it('block names: law takes a party code, grounds and safeguards take none', () => {
      expectRule(
        'CR004',
        `
offence o-3 {
  law { cite: "Code pénal" }                #! CR004
  law fr { cite: "Code pénal" }             #! CR004
  law France { cite: "Code pénal" }         #! CR004
}
request R-3 mutual-assistance {
  grounds FR { }                            #! CR004
}
`,
      );
    });
  });

  describe('words the language does not have', () => {
    it('request kinds: unknown, missing, and a kind on another declaration', () => {
      const { findings } = expectRule(
        'CR004',
        `
request R-4 extraditon {                    #! CR004
}
request R-5 {                               #! CR004
}
offence o-4 extradition {                   #! CR004
}
`,
      );
      assert.deepEqual(suggestionTitles(findings[0]!), ['Change to "extradition"']);
      assert.match(findings[1]!.finding.message, /Request R-5 has no kind/);
      assert.match(findings[2]!.finding.message, /Only a request has a kind/);
    });

    it('measures, grounds, statuses and every other enumerated word', () => {
      expectRule(
        'CR004',
        `
request R-6 mutual-assistance {
  measure: intercepton                      #! CR004
  specialty: undertook                      #! CR004
  follow-up: mla                            #! CR004
  if-refused: prosecution                   #! CR004
  risk: lives                               #! CR004
  documents: [warrant, passport]            #! CR004
  lawful-basis: public                      #! CR004
  basis: budapst art 27                     #! CR004
  grounds {
    dual-criminalty: not-engaged "Both"     #! CR004
    political-offence: not-enganged "No"    #! CR004
    persecution: maybe                      #! CR004
  }
  safeguards {
    authorization: judicail "An order"      #! CR004
    notice: postponed "Until the end"       #! CR004
  }
}
data d-2 { type: metadata }                 #! CR004
party AT { instruments: [budapest, ets42] } #! CR004
`,
      );
    });

    it('values of the wrong shape', () => {
      expectRule(
        'CR004',
        `
request R-7 extradition {
  from: France                              #! CR004
  to: us                                    #! CR004
  date: 2026-02-30                          #! CR004
  offences: [a-name, "Phishing Offence"]    #! CR004
  person: [p-7]                             #! CR004
  facts: no-quotes                          #! CR004
}
person p-7 { nationality: [FR, de] }        #! CR004
consent C-7 { permits-transfer-to: GB }
offence o-7 { law FR { max-penalty: "five years" } }   #! CR004
party france { name: "French Republic" }     #! CR004
`,
      );
    });

    it('a status word that needs its reason, and a reason where none is taken', () => {
      expectRule(
        'CR004',
        `
request R-8 direct-access {
  lawful-basis: consent                     #! CR004
  safeguards {
    notice: deferred                        #! CR004
  }
}
request R-9 direct-access {
  lawful-basis: publicly-available "Open web"   #! CR004
}
`,
      );
    });

    it('points at the word, not the entry', () => {
      const { ws, findings } = expectRule(
        'CR004',
        `
request R-10 mutual-assistance {
  measure: intercepton                      #! CR004
}
`,
      );
      const p = placeOf(ws, findings[0]!.finding);
      assert.deepEqual([p.line, p.column, p.text], [3, 12, 'intercepton']);
    });
  });

  describe('suggestions', () => {
    it('offer the nearest valid words, never as a safe fix', () => {
      const { findings } = expectRule(
        'CR004',
        `
request R-11 mutual-assistance {
  measure: intercepton                      #! CR004
  mesure: interception                      #! CR004
  to: us                                    #! CR004
  grounds {
    fiscal-offense: not-engaged "No tax"    #! CR004
    persecution: unasessed                  #! CR004
  }
}
`,
      );
      assert.deepEqual(findings.map(suggestionTitles), [
        ['Change to "interception"'],
        ['Change to "measure"'],
        ['Change to "US"'],
        ['Change to "fiscal-offence"'],
        ['Change to "unassessed"'],
      ]);
      assert.ok(findings.every((f) => f.finding.fixes.every((x) => !x.safe)));
      assert.match(findings[0]!.finding.message, /Unknown measure "intercepton" \(did you mean "interception"\?\)/);
      assert.match(findings[1]!.finding.message, /"mesure" is not a key of request R-11 \(did you mean "measure"\?\)/);
    });

    it('no near word: no suggestion, and the message lists the valid words', () => {
      const { findings } = expectRule(
        'CR004',
        `
request R-12 mutual-assistance {
  measure: wiretap                          #! CR004
}
`,
      );
      assert.deepEqual(suggestionTitles(findings[0]!), []);
      assert.match(
        findings[0]!.finding.message,
        /expected stored-data, search-seizure, production, real-time-traffic, interception, testimony or property-recovery/,
      );
    });

    it('applying a suggestion removes the finding', () => {
      const files = { 'main.coop': 'request R-13 mutual-assistance {\n  measure: intercepton\n}\n' };
      const f = findingsOf('CR004', files).findings[0]!;
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR004'), 0);
      assert.match(after.files['main.coop']!, /measure: interception/);
    });
  });

  describe('a misspelt key is not the key it resembles', () => {
    it('specialty misspelt: CR004 on the key, and CR204 still fires', () => {
      const text = `
request EXT-1 extradition {                 #! CR204
  specialy: undertaken                      #! CR004
}
`;
      expectRule('CR004', text);
      expectRule('CR204', text);
    });

    it('grounds misspelt: the grounds are absent, so CR101 reports every one', () => {
      const text = `
request EXT-2 extradition {                 #! CR101 CR101 CR101 CR101 CR101
  grouds {                                  #! CR004
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    persecution: not-engaged "No"
    nationality: not-engaged "No"
    human-rights: not-engaged "No"
  }
}
`;
      expectRule('CR004', text);
      expectRule('CR101', text);
    });
  });

  describe('must not fire', () => {
    it('every key of language.md in its own block', () => {
      expectRule(
        'CR004',
        `
case CASE-1 { title: "Forum"  authority: "Prosecutor" }
party AT { name: "Austria"  instruments: [budapest, budapest-2ap, ets24, ets30, uncc, treaty "Bilateral treaty"]  reservations: [budapest art 29(4)]  central-authority: "Ministry" }
offence o-14 { conduct: "Fraud"  category: budapest art 8  law AT { cite: "Code"  max-penalty: 5 years } }
person p-14 { name: "Max Example"  nationality: [AT, DE] }
data d-14 { type: content  description: "Mailbox"  relevance: "Negotiation"  custodian: provider "Mail Inc." in US  controller: "Customer Ltd"  stored-in: IE }
request R-14 mutual-assistance {
  case: CASE-1
  from: AT
  to: provider "Mail Inc." in US
  basis: treaty "Bilateral treaty"
  authority: "Prosecutor"
  date: 2026-02-28
  offences: [o-14]
  facts: """Facts over
    two lines"""
  person: p-14
  data: [d-14]
  purpose: "Evidence"
  measure: real-time-traffic
  necessity: "Needed"
  follow-up: mutual-assistance
  preserved-by: R-15
  specialty: undertaken
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  if-refused: prosecute
  emergency: "Threat"
  risk: safety
  lawful-basis: consent "The account holder"
  data-protection: "Limited use"
  controller-risk: "Controller is a suspect"
  conflicts: "None known"
  disclose: "Send the data"
  produce: "Produce the data"
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: engaged "Political"
    persecution: unassessed
    nationality: not-engaged
    essential-interests: not-engaged "None"
    fiscal-offence: not-engaged "None"
    human-rights: not-engaged "Safeguards"
  }
  safeguards {
    authorization: independent "Commission decision"
    necessity: "Needed"
    proportionality: "One account"
    duration: 30 days
    scope: "One account"
    notice: not-required "Never"
    redress: "Appeal"
  }
}
request R-15 preservation { to: US }
proceeding P-14 { case: CASE-1  surrender: R-16  charges: [o-14]  evidence: [R-14] }
request R-16 extradition { to: AT }
consent C-14 { from: AT  request: R-16  extends-to: [o-14]  permits-use-in: [CASE-1]  permits-transfer-to: [GB] }
transfer T-14 { person: p-14  after: R-16  to: GB }
`,
      );
    });

    it('every request kind, measure and risk the language has', () => {
      const kinds = [
        'extradition',
        'mutual-assistance',
        'preservation',
        'traffic-disclosure',
        'emergency-disclosure',
        'subscriber-order',
        'direct-access',
      ];
      const measures = [
        'stored-data',
        'search-seizure',
        'production',
        'real-time-traffic',
        'interception',
        'testimony',
        'property-recovery',
      ];
      const risks = ['life', 'safety', 'property', 'data'];
      const text = [
        ...kinds.map((k, i) => `request K-${i} ${k} { }`),
        ...measures.map((m, i) => `request M-${i} mutual-assistance { measure: ${m} }`),
        ...risks.map((r, i) => `request E-${i} emergency-disclosure { risk: ${r} }`),
        ...['subscriber', 'traffic', 'content'].map((t, i) => `data D-${i} { type: ${t} }`),
      ].join('\n');
      expectRule('CR004', text);
    });
  });

  it('a complete request with one misspelt measure has exactly that finding', () => {
    expectExactly(`
party FR { name: "France"  instruments: [budapest, ets30] }
party BE { name: "Belgium"  instruments: [budapest, ets30] }
offence beta {
  conduct: "Selling access to hacked servers"
  category: budapest art 6
  law FR { cite: "Criminal Code, trafficking in hacking tools"  max-penalty: 5 years }
  law BE { cite: "Criminal Code, hacking tools"  max-penalty: 3 years }
}
request MLA-Z mutual-assistance {
  measure: testimon                         #! CR004
  from: FR
  to: BE
  basis: budapest art 27
  authority: "Parquet de Paris"
  purpose: "Identify the buyers"
  offences: [beta]
  facts: "The seller advertised access to 300 servers"
  grounds {
    dual-criminality: not-engaged "Criminal in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: not-engaged "No protected characteristic"
  }
}
`);
  });
});
