// CR502 emergency-threshold: an emergency-disclosure whose `risk` is neither `life` nor `safety`;
// the finding points at the `risk` value. Version 2: it cites Second Protocol Art. 3 (summary) where
// the Protocol governs, otherwise the law of the requested party.

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR502';

function emergency(risk: string, kind = 'emergency-disclosure'): string {
  return `data account-holder {
  type: subscriber
  description: "Holder of the cloud account"
  relevance: "The account announced the attack"
  custodian: provider "NimbusCloud Ltd" in IE
}

request EMG-1 ${kind} {
  from: DE
  to: provider "NimbusCloud Ltd" in IE
  basis: budapest-2ap art 9
  authority: "Bundeskriminalamt, 24/7 point of contact"
  data: [account-holder]
  emergency: "Ransomware will encrypt the backups of the clinic tonight"
${risk ? `  ${risk}\n` : ''}  data-protection: "Used only to avert the attack"
}
`;
}

describe('CR502 emergency-threshold', () => {
  it('a complete workspace whose emergency rests on a risk to data has exactly that finding, at the risk value', () => {
    const l = expectExactly(emergency('risk: data   #! CR502'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '15:9 data');
    assert.match(f!.finding.message, /EMG-1/);
    assert.match(f!.finding.message, /\bdata\b/);
    assert.match(f!.finding.message, /life or safety/);
    assert.equal(
      f!.finding.message,
      'Emergency-disclosure EMG-1 rests on a risk to data; the emergency procedure needs a significant and imminent risk to the life or safety of a person (CETS 224 Art. 3 (summary, to be verified against the official text)).',
    );
    assert.equal(f!.finding.severity, 'warning');
    // No fix: choosing another risk would put words in the drafter's mouth.
    assert.deepEqual(f!.finding.fixes, []);
  });

  it('fires on a risk to property too', () => {
    const l = expectRule(RULE, emergency('risk: property   #! CR502'));
    assert.equal(where(l, l.findings[0]!), '15:9 property');
  });

  it('is silent on a risk to life or to safety', () => {
    expectExactly(emergency('risk: life'));
    expectExactly(emergency('risk: safety'));
  });

  it("an absent risk is CR307's, not CR502's", () => {
    const text = emergency('');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR307'));
  });

  it('a risk that is present but unusable keeps it silent (CR004 on the value)', () => {
    for (const risk of ['risk: lives', 'risk: "life"', 'risk: [life, data]']) {
      const text = emergency(risk);
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 15),
        risk,
      );
    }
  });

  it('is silent on every other kind of request, whatever its risk', () => {
    for (const kind of ['extradition', 'mutual-assistance', 'preservation', 'traffic-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, emergency('risk: property', kind));
    }
  });

  describe('the governing instrument: the Second Protocol, or the law of the requested party', () => {
    const PROTOCOL = /\(CETS 224 Art\. 3 \(summary, to be verified against the official text\)\)\.$/;
    const LAW = /\(the emergency procedure, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string, RegExp][] = [
      ['the Second Protocol', 'budapest-2ap art 9', 'instruments: [budapest, budapest-2ap]', PROTOCOL],
      ['the Second Protocol, which IE is not bound by', 'budapest-2ap art 9', 'instruments: [budapest]', LAW],
      ['the Second Protocol, with IE bound by no instrument (instruments: [])', 'budapest-2ap', 'instruments: []', LAW],
      ['ETS 30', 'ets30', 'instruments: [ets30]', LAW],
      ['no basis', '', 'instruments: [budapest, budapest-2ap]', LAW],
    ];
    for (const [what, basis, ie, cites] of cases) {
      it(`${what}: fires at the risk value, citing ${cites === PROTOCOL ? 'CETS 224 Art. 3 (summary)' : 'the law of the requested party'}`, () => {
        const text =
          emergency('risk: property   #! CR502').replace('  basis: budapest-2ap art 9\n', basis ? `  basis: ${basis}\n` : '') +
          `party DE { name: "Germany"  instruments: [budapest, budapest-2ap, ets30] }\nparty IE { name: "Ireland"  ${ie} }\n`;
        const l = expectRule(RULE, text);
        assert.match(where(l, l.findings[0]!), /:9 property$/);
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS|ETS 30/);
      });
    }
  });
});
