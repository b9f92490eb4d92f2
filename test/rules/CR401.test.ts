// CR401 safeguards-missing: a coercive measure without `safeguards` giving `authorization`,
// `necessity` and `proportionality` (Budapest 15(1)–(2)); one finding, at the name, naming every
// missing element. The fix inserts them into `safeguards`, creating the block when it is absent.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, placeOf, type Linted } from '../support/ruletest';

const RULE = 'CR401';

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

/** A complete workspace with a production request; `safeguards` is its safeguards block ('' for none). */
function production(safeguards: string, header = '', measure = 'production'): string {
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

const missingIn = (f: LineFinding): string[] => /lacks the safeguards (.*) \(CETS/.exec(f.finding.message)![1]!.match(/"[a-z-]+"/g)!.map((x) => x.slice(1, -1)).sort();

describe('CR401 safeguards-missing', () => {
  it('a complete workspace whose production order lacks proportionality has exactly that finding, at the name', () => {
    const l = expectExactly(production(withoutSafeguard('proportionality'), '   #! CR401'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:9 MLA-1');
    assert.deepEqual(missingIn(f!), ['proportionality']);
    assert.match(f!.finding.message, /MLA-1 \(production\)/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(production(FULL));
  });

  it('without a safeguards block, or with an empty one: one finding naming all three', () => {
    for (const safeguards of ['', '  safeguards {\n  }', '  safeguards { }']) {
      const [f] = expectRule(RULE, production(safeguards, '   #! CR401')).findings;
      assert.deepEqual(missingIn(f!), ['authorization', 'necessity', 'proportionality']);
    }
  });

  it('one finding naming every missing element, not one per element', () => {
    const [f] = expectRule(RULE, production(withoutSafeguard('necessity', 'authorization'), '   #! CR401')).findings;
    assert.deepEqual(missingIn(f!), ['authorization', 'necessity']);
  });

  it('the necessity of Art. 15 is the one in safeguards: a request-level necessity (Art. 29(2)(e)) does not count', () => {
    const text = production(withoutSafeguard('necessity'), '   #! CR401').replace('  data: [payments]\n', '  data: [payments]\n  necessity: "The records exist only at the provider"\n');
    const [f] = expectRule(RULE, text).findings;
    assert.deepEqual(missingIn(f!), ['necessity']);
  });

  it('present-but-unusable safeguards count as present (CR004 on the value)', () => {
    for (const bad of ['authorization: judicial', 'authorization: judge "Order of 2 June"', 'proportionality: one-account']) {
      const key = bad.split(':')[0]!;
      const text = production(withoutSafeguard(key).replace('  safeguards {\n', `  safeguards {\n    ${bad}\n`));
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'), bad);
    }
  });

  it('a misspelt safeguard is not the one it resembles', () => {
    const [f] = expectRule(RULE, production(FULL.replace('proportionality:', 'proportionalty:'), '   #! CR401')).findings;
    assert.deepEqual(missingIn(f!), ['proportionality']);
  });

  it('fires on every coercive measure', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'real-time-traffic', 'interception']) {
      const [f] = expectRule(RULE, production('', '   #! CR401', measure)).findings;
      assert.match(f!.finding.message, new RegExp(`\\(${measure}\\)`));
    }
  });

  it('is silent on measures that are not coercive, on a request without measure, and on an unknown measure', () => {
    for (const measure of ['testimony', 'property-recovery', 'productoin']) expectRule(RULE, production('', '', measure));
    expectRule(RULE, production('', '').replace('  measure: production\n', ''));
  });

  it('no other request is a coercive measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: interception\n}\n`);
    }
  });

  describe('fix: insert the missing safeguards', () => {
    it('creates the block when it is absent, and the finding is gone', () => {
      const text = production('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}safeguards \{\n {4}authorization: judicial "…" {2}# CETS 185 Art\. 15\(2\)[^\n]*\n {4}necessity: "…"[^\n]*\n {4}proportionality: "…"[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('inserts only what is missing into the existing block', () => {
      const text = production(withoutSafeguard('necessity'));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
      assert.equal(fixed.match(/authorization:/g)!.length, 1);
      assert.match(fixed, /\n {4}necessity: "…" {2}# CETS 185 Art\. 15\(2\)/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, with and without the block', () => {
      expectFixedInEveryStyle(RULE, production(''));
      expectFixedInEveryStyle(RULE, production(withoutSafeguard('authorization', 'proportionality')));
    });
  });
});
