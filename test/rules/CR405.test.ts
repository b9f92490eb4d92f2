// CR405 notice-missing: a coercive measure without `notice` in `safeguards` (given, deferred or
// not-required, each with its reason); at the request's name. The fix inserts the entry into
// `safeguards`, creating the block when it is absent.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, placeOf, type Linted } from '../support/ruletest';

const RULE = 'CR405';
const KEY = 'notice';

const where = (l: Linted, f: LineFinding): string => {
  const p = placeOf(l.ws, f.finding);
  return `${p.line}:${p.column} ${p.text}`;
};

const FULL = `  safeguards {
    authorization: judicial "Order of the investigating judge, 2 June 2026"
    necessity: "The records exist only at the provider"
    proportionality: "One account, one month"
    notice: deferred "Told when the investigation closes"
    redress: "Appeal to the chamber of appeal"
  }`;

const withoutSafeguard = (...keys: string[]): string => FULL.split('\n').filter((l) => !keys.some((k) => l.startsWith(`    ${k}:`))).join('\n');

/** A complete workspace with a coercive measure; `safeguards` is its block ('' for none). */
function coercive(safeguards: string, header = '', measure = 'production'): string {
  return `party FR {
  name: "France"
  instruments: [budapest, ets30]
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

data payments {
  type: traffic
  description: "Payment records of the ransom wallet"
  relevance: "The ransom was paid to this wallet"
  custodian: provider "Coin Exchange Inc." in US
}

request MLA-1 mutual-assistance {${header}
  measure: ${measure}
  from: FR
  to: US
  basis: budapest art 31
  authority: "Juge d'instruction, Paris"
  purpose: "Identify the holder of the ransom wallet"
  offences: [ransomware]
  facts: "The ransom was paid to the wallet in January 2026"
  data: [payments]
${safeguards ? `${safeguards}\n` : ''}  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic is involved"
  }
}
`;
}

describe('CR405 notice-missing', () => {
  it(`a complete workspace whose production order has no ${KEY} has exactly that finding, at the name`, () => {
    const l = expectExactly(coercive(withoutSafeguard(KEY), '   #! CR405'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:9 MLA-1');
    assert.match(f!.finding.message, /MLA-1/);
    assert.match(f!.finding.message, /whether the person concerned is notified/);
    assert.equal(f!.finding.severity, 'warning');
  });

  it('is silent on the fixed version', () => {
    expectExactly(coercive(FULL));
  });

  it('fires on every coercive measure, with or without a safeguards block', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'real-time-traffic', 'interception']) {
      expectRule(RULE, coercive(withoutSafeguard(KEY), '   #! CR405', measure));
      expectRule(RULE, coercive('', '   #! CR405', measure));
    }
  });

  it('is silent on measures that are not coercive, without a measure, and on an unknown measure', () => {
    for (const measure of ['testimony', 'property-recovery', 'prodution']) expectRule(RULE, coercive('', '', measure));
    expectRule(RULE, coercive('', '').replace('  measure: production\n', ''));
  });

  it('a notice that is present but unusable keeps it silent (CR004 on the value)', () => {
    for (const bad of ['notice: deferred', 'notice: later "When the case closes"', 'notice: "Told later"']) {
      const text = coercive(withoutSafeguard(KEY).replace('  safeguards {\n', `  safeguards {\n    ${bad}\n`));
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 36), bad);
    }
  });

  it('a notice outside safeguards, or misspelt, is not the one in safeguards', () => {
    const text = coercive(withoutSafeguard(KEY), '   #! CR405').replace('  data: [payments]\n', `  data: [payments]\n  ${KEY}: "Outside the block"\n`);
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    expectRule(RULE, coercive(FULL.replace(`${KEY}:`, `${KEY}s:`), '   #! CR405'));
  });

  it('no other kind of request is a coercive measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: production\n  safeguards {\n  }\n}\n`);
    }
  });

  describe('fix: insert notice into safeguards', () => {
    it('inserts the placeholder into the existing block, and the finding is gone', () => {
      const text = coercive(withoutSafeguard(KEY));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
      assert.match(fixed, /\n {4}notice: deferred "…" {2}# given, deferred or not-required[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('creates the block when it is absent', () => {
      const text = coercive('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}safeguards \{\n {4}notice: deferred "…" {2}# given, deferred or not-required[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, with and without the block', () => {
      expectFixedInEveryStyle(RULE, coercive(withoutSafeguard(KEY)));
      expectFixedInEveryStyle(RULE, coercive(''));
    });
  });
});
