// CR303 extradition-documents-missing: an extradition request whose `documents` do not cover the
// warrant, the statement of offences, the text of the law and the description of the person (ETS 24
// Art. 12(2)); one finding at the request's name naming what is missing.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR303';

const ALL_DOCUMENTS = 'documents: [warrant, statement-of-offences, text-of-law, description-of-person]';

/** A complete extradition workspace; `documents` replaces its documents line ('' leaves it out). */
function extradition(documents: string, header = ''): string {
  return `party FR {
  name: "France"
  instruments: [budapest, ets24, ets30]
}

party US {
  name: "United States"
  instruments: [budapest]
}

offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}

person ivanov {
  name: "Pavel Ivanov"
  nationality: RU
}

request EXT-1 extradition {${header}
  from: FR
  to: US
  basis: budapest art 24
  authority: "Ministère de la Justice"
  person: ivanov
  offences: [ransomware]
  facts: "Between 3 and 9 January 2026 the person encrypted the systems of a hospital"
${documents ? `  ${documents}\n` : ''}  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    persecution: not-engaged "No protected characteristic involved"
    nationality: not-engaged "Russian national; the requested party is the US"
  }
}
`;
}

const missingIn = (f: LineFinding): string[] => [...f.finding.message.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]!).sort();

describe('CR303 extradition-documents-missing', () => {
  it('a complete workspace with one document listed has exactly one finding, at the name, naming the three missing', () => {
    const l = expectExactly(extradition('documents: [warrant]', '    #! CR303'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '23:9 EXT-1');
    assert.deepEqual(missingIn(f!), ['description-of-person', 'statement-of-offences', 'text-of-law']);
    assert.match(f!.finding.message, /EXT-1/);
    assert.match(f!.finding.message, /ETS 24 Art\. 12\(2\)/);
    assert.equal(f!.finding.severity, 'warning');
  });

  it('is silent when all four documents are listed, in any order', () => {
    expectExactly(extradition(ALL_DOCUMENTS));
    expectRule(RULE, extradition('documents: [description-of-person, text-of-law, warrant, statement-of-offences, warrant]'));
  });

  it('without documents: one finding naming all four', () => {
    const [f] = expectRule(RULE, extradition('', '  #! CR303')).findings;
    assert.deepEqual(missingIn(f!), ['description-of-person', 'statement-of-offences', 'text-of-law', 'warrant']);
  });

  it('an empty list is an absent entry', () => {
    const [f] = expectRule(RULE, extradition('documents: []', '  #! CR303')).findings;
    assert.equal(missingIn(f!).length, 4);
  });

  it('a single document written without brackets counts', () => {
    const [f] = expectRule(RULE, extradition('documents: warrant', '  #! CR303')).findings;
    assert.equal(missingIn(f!).length, 3);
  });

  it('a list holding an unknown document is present but unusable: CR004 only', () => {
    const text = extradition('documents: [warrant, pasport]');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('a misspelt key is not the key it resembles: the documents are absent', () => {
    const text = extradition(ALL_DOCUMENTS.replace('documents', 'document'), '  #! CR303');
    expectRule(RULE, text);
  });

  it('is silent on every other kind of request', () => {
    for (const kind of ['mutual-assistance', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  documents: [warrant]\n}\n`);
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  describe('fix: add the missing documents', () => {
    const fixOnce = (documents: string): string => {
      const text = extradition(documents);
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      return fixed;
    };

    it('appends to the list', () => {
      assert.match(fixOnce('documents: [warrant, text-of-law]'), /\n {2}documents: \[warrant, text-of-law, statement-of-offences, description-of-person\]\n/);
    });

    it('fills an empty list', () => {
      assert.match(fixOnce('documents: []'), /\n {2}documents: \[warrant, statement-of-offences, text-of-law, description-of-person\]\n/);
    });

    it('turns a single word into the list', () => {
      assert.match(fixOnce('documents: text-of-law'), /\n {2}documents: \[text-of-law, warrant, statement-of-offences, description-of-person\]\n/);
    });

    it('inserts the entry with the words of Art. 12(2) as a comment, in every style', () => {
      const fixed = expectFixedInEveryStyle(RULE, extradition(''))['main.coop']!;
      assert.match(fixed, /\n {2}documents: \[warrant, statement-of-offences, text-of-law, description-of-person\] {2}# ETS 24 Art\. 12\(2\)/);
    });
  });
});
