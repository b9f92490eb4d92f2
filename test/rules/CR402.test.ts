// CR402 duration-unlimited: real-time-traffic or interception without `duration` in `safeguards`
// (Budapest 15(2)); at the request's name. The fix inserts the entry into `safeguards`, creating
// the block when it is absent.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, placeOf, type Linted } from '../support/ruletest';

const RULE = 'CR402';
const KEY = 'duration';

const where = (l: Linted, f: LineFinding): string => {
  const p = placeOf(l.ws, f.finding);
  return `${p.line}:${p.column} ${p.text}`;
};

const FULL = `  safeguards {
    authorization: judicial "Decree of the GIP of Milan, 2 June 2026"
    necessity: "The sender hides behind the chat service"
    proportionality: "One account"
    duration: 30 days
    scope: "Content of the account vendetta77 only"
    notice: deferred "Told when the investigation closes"
    redress: "Appeal to the Court of Cassation"
  }`;

const withoutSafeguard = (...keys: string[]): string => FULL.split('\n').filter((l) => !keys.some((k) => l.startsWith(`    ${k}:`))).join('\n');

/** A complete workspace with a real-time measure; `safeguards` is its block ('' for none). */
function realTime(safeguards: string, header = '', measure = 'interception'): string {
  return `party IT {
  name: "Italy"
  instruments: [budapest, ets30]
}

party CH {
  name: "Switzerland"
  instruments: [budapest, ets30]
}

offence extortion {
  conduct: "Threatening a journalist to obtain payment through a chat service"
  law IT { cite: "Criminal Code, extortion"  max-penalty: 10 years }
  law CH { cite: "Criminal Code, extortion"  max-penalty: 10 years }
}

data chats {
  type: traffic
  description: "Traffic of the chat account vendetta77, for the period authorised"
  relevance: "The threats are sent from this account"
  custodian: provider "ChatCo AG" in CH
}

request MLA-1 mutual-assistance {${header}
  measure: ${measure}
  from: IT
  to: CH
  basis: budapest art 34
  authority: "Procura della Repubblica di Milano"
  purpose: "Identify and stop the sender of the threats"
  offences: [extortion]
  facts: "Since May 2026 the journalist has received daily threats"
  data: [chats]
  data-protection: "Used only in this investigation"
${safeguards ? `${safeguards}\n` : ''}  grounds {
    dual-criminality: not-engaged "Extortion is criminal in both States"
    political-offence: not-engaged "Personal gain"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
    human-rights: not-engaged "Targets only the sender's account"
  }
}
`;
}

describe('CR402 duration-unlimited', () => {
  it(`a complete workspace whose interception has no ${KEY} has exactly that finding, at the name`, () => {
    const l = expectExactly(realTime(withoutSafeguard(KEY), '   #! CR402'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '24:9 MLA-1');
    assert.match(f!.finding.message, /^Interception MLA-1/);
    assert.match(f!.finding.message, /"duration"/);
    assert.match(f!.finding.message, /Art\. 15\(2\)/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(realTime(FULL));
  });

  it('fires on real-time-traffic too, and without a safeguards block', () => {
    const [f] = expectRule(RULE, realTime(withoutSafeguard(KEY), '   #! CR402', 'real-time-traffic')).findings;
    assert.match(f!.finding.message, /^Real-time collection of traffic data MLA-1/);
    expectRule(RULE, realTime('', '   #! CR402'));
    expectRule(RULE, realTime('  safeguards {\n  }', '   #! CR402', 'real-time-traffic'));
  });

  it('is silent on coercive measures that are not real-time, and on measures that are not coercive', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'testimony', 'property-recovery']) {
      expectRule(RULE, realTime(withoutSafeguard(KEY), '', measure));
    }
  });

  it('an unknown measure keeps it silent (CR004 on the measure)', () => {
    expectRule(RULE, realTime('', '', 'intercepton'));
    expectRule(RULE, realTime('', '').replace('  measure: interception\n', ''));
  });

  it('a duration that is present but unusable keeps it silent', () => {
    const text = realTime(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    duration: forever\n'));
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 36));
  });

  it('a duration outside safeguards is not in safeguards (and is CR004 there)', () => {
    const text = realTime(withoutSafeguard(KEY), '   #! CR402').replace('  data: [chats]\n', '  data: [chats]\n  duration: 30 days\n');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('no other kind of request is a real-time measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: interception\n}\n`);
    }
  });

  describe('fix: insert duration into safeguards', () => {
    it('inserts the placeholder into the existing block, and the finding is gone', () => {
      const text = realTime(withoutSafeguard(KEY));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
      assert.match(fixed, /\n {4}duration: 30 days {2}# CETS 185 Art\. 15\(2\)[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, with and without the block', () => {
      expectFixedInEveryStyle(RULE, realTime(withoutSafeguard(KEY)));
      expectFixedInEveryStyle(RULE, realTime(''));
    });
  });
});
