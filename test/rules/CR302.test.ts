// CR302 preservation-seeks-disclosure: a preservation request that also asks for the data — an
// entry `disclose`, `produce` or `measure` — pointing at that entry; the fix removes it.

import assert from 'node:assert/strict';
import { applyFixes, crlf, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR302';

const BASE = `party ES {
  name: "Spain"
  instruments: [budapest]
}

party AT {
  name: "Austria"
  instruments: [budapest]
}

offence intrusion {
  conduct: "Entering the customs network with stolen VPN credentials"
  category: budapest art 2
  law ES { cite: "Criminal Code, unauthorised access"  max-penalty: 2 years }
  law AT { cite: "Criminal Code, unlawful access"  max-penalty: 2 years }
}

data vpn-logs {
  type: traffic
  description: "Connection logs of the gateway, March 2026"
  relevance: "Show the logins with the stolen credentials"
  custodian: provider "Alpen Hosting GmbH" in AT
}
`;

function preservation(extra: string, header = ''): string {
  return `${BASE}
request PRES-1 preservation {${header}
  from: ES
  to: AT
  basis: budapest art 29
  authority: "Guardia Civil"
  offences: [intrusion]
  facts: "The credentials were used in March 2026"
  data: [vpn-logs]
  necessity: "The provider keeps the logs for 14 days"
  follow-up: mutual-assistance
${extra}
  grounds {
    political-offence: not-engaged "Organised smuggling for profit"
    essential-interests: not-engaged "Ordinary criminal evidence"
  }
}

request MLA-1 mutual-assistance {
  measure: testimony
  from: ES
  to: AT
  basis: budapest art 25
  authority: "Juzgado Central de Instrucción"
  purpose: "Hear the administrator of the gateway as a witness"
  offences: [intrusion]
  facts: "The credentials were used in March 2026"
  preserved-by: PRES-1
  grounds {
    dual-criminality: not-engaged "Unauthorised access is criminal in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
  }
}
`;
}

describe('CR302 preservation-seeks-disclosure', () => {
  it('a complete workspace whose preservation asks for disclosure has exactly that finding, at the entry', () => {
    const text = preservation('  disclose: "Send the logs to the Guardia Civil"   #! CR302');
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '35:3 disclose: "Send the logs to the Guardia Civil"');
    assert.match(f!.finding.message, /PRES-1/);
    assert.match(f!.finding.message, /"disclose"/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(preservation(''));
  });

  it('fires on `produce` and on `measure`, one finding per entry', () => {
    const l = expectRule(RULE, preservation('  produce: "The logs as CSV"  #! CR302\n  measure: stored-data  #! CR302\n  disclose: "All of it"  #! CR302'));
    assert.deepEqual(l.findings.map((f) => where(l, f)), [
      '35:3 produce: "The logs as CSV"', '36:3 measure: stored-data', '37:3 disclose: "All of it"',
    ]);
  });

  it('entries on one line: each finding covers its own entry', () => {
    const l = expectRule(RULE, preservation('  produce: "The logs"; disclose: "Now"   #! CR302 CR302'));
    assert.deepEqual(l.findings.map((f) => where(l, f)), ['35:3 produce: "The logs"', '35:24 disclose: "Now"']);
  });

  it('a measure whose word is unknown is still an entry asking for more than preservation', () => {
    // The key is known (no CR004 on it), so the entry is there; only its value is CR004.
    const text = preservation('  measure: stored-dta   #! CR302');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 35));
  });

  it('a misspelt key is not the key it resembles: CR004, not CR302', () => {
    const text = preservation('  disclos: "Send the logs"');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 35));
  });

  it('is silent on requests of other kinds that ask for the data', () => {
    for (const kind of ['mutual-assistance', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access', 'extradition']) {
      expectRule(RULE, `request R-1 ${kind} {\n  disclose: "The logs"\n  produce: "The logs"\n  measure: production\n}\n`);
    }
  });

  describe('fix: remove the entry', () => {
    it('removes the whole line, comment included, and the finding is gone', () => {
      const text = preservation('  disclose: "Send the logs to the Guardia Civil"   # asked by the prosecutor');
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.equal(fixed, preservation('').replace('follow-up: mutual-assistance\n\n', 'follow-up: mutual-assistance\n'));
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('removes one entry of a line that holds two, keeping the other', () => {
      const text = preservation('  produce: "The logs"; disclose: "Now"');
      const l = findingsOf(RULE, text);
      const produce = l.findings.find((f) => f.finding.message.includes('"produce"'))!;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(produce)!])['main.coop']!;
      assert.match(fixed, /\n {2}disclose: "Now"\n/);
      assert.equal(findingsOf(RULE, fixed).findings.length, 1);
    });

    it('fix-all removes every such entry in every style and leaves the text parsing', () => {
      const fixed = expectFixedInEveryStyle(RULE, preservation('  produce: "The logs as CSV"\n  measure: stored-data\n  disclose: "All of it"'), undefined, false);
      assert.doesNotMatch(fixed['main.coop']!, /produce|disclose|measure: stored-data/);
    });

    it('with CRLF line breaks, removes the line and its CRLF, leaving no stray line break', () => {
      const text = crlf(preservation('  disclose: "Send the logs"'));
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.equal(fixed, crlf(preservation('').replace('follow-up: mutual-assistance\n\n', 'follow-up: mutual-assistance\n')));
    });
  });
});
