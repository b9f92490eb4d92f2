// CR401 safeguards-missing: a coercive measure without `safeguards` giving `authorization`,
// `necessity` and `proportionality` (Budapest 15(1)–(2)); one finding, at the name, naming every
// missing element. The fix inserts them into `safeguards`, creating the block when it is absent.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';
import { PRODUCTION_SAFEGUARDS, productionWorkspace, withoutEntries } from '../support/safeguards';

const RULE = 'CR401';

const FULL = PRODUCTION_SAFEGUARDS;

const withoutSafeguard = (...keys: string[]): string => withoutEntries(FULL, ...keys);

const missingIn = (f: LineFinding): string[] => /lacks the safeguards (.*) \(CETS/.exec(f.finding.message)![1]!.match(/"[a-z-]+"/g)!.map((x) => x.slice(1, -1)).sort();

describe('CR401 safeguards-missing', () => {
  it('a complete workspace whose production order lacks proportionality has exactly that finding, at the name', () => {
    const l = expectExactly(productionWorkspace(withoutSafeguard('proportionality'), '   #! CR401'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:9 MLA-1');
    assert.deepEqual(missingIn(f!), ['proportionality']);
    assert.match(f!.finding.message, /MLA-1 \(production\)/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(productionWorkspace(FULL));
  });

  it('without a safeguards block, or with an empty one: one finding naming all three', () => {
    for (const safeguards of ['', '  safeguards {\n  }', '  safeguards { }']) {
      const [f] = expectRule(RULE, productionWorkspace(safeguards, '   #! CR401')).findings;
      assert.deepEqual(missingIn(f!), ['authorization', 'necessity', 'proportionality']);
    }
  });

  it('one finding naming every missing element, not one per element', () => {
    const [f] = expectRule(RULE, productionWorkspace(withoutSafeguard('necessity', 'authorization'), '   #! CR401')).findings;
    assert.deepEqual(missingIn(f!), ['authorization', 'necessity']);
  });

  it('the necessity of Art. 15 is the one in safeguards: a request-level necessity (Art. 29(2)(e)) does not count', () => {
    const text = productionWorkspace(withoutSafeguard('necessity'), '   #! CR401').replace('  data: [payments]\n', '  data: [payments]\n  necessity: "The records exist only at the provider"\n');
    const [f] = expectRule(RULE, text).findings;
    assert.deepEqual(missingIn(f!), ['necessity']);
  });

  it('present-but-unusable safeguards count as present (CR004 on the value)', () => {
    for (const bad of ['authorization: judicial', 'authorization: judge "Order of 2 June"', 'proportionality: one-account']) {
      const key = bad.split(':')[0]!;
      const text = productionWorkspace(withoutSafeguard(key).replace('  safeguards {\n', `  safeguards {\n    ${bad}\n`));
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'), bad);
    }
  });

  it('a misspelt safeguard is not the one it resembles', () => {
    const [f] = expectRule(RULE, productionWorkspace(FULL.replace('proportionality:', 'proportionalty:'), '   #! CR401')).findings;
    assert.deepEqual(missingIn(f!), ['proportionality']);
  });

  it('fires on every coercive measure', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'real-time-traffic', 'interception']) {
      const [f] = expectRule(RULE, productionWorkspace('', '   #! CR401', measure)).findings;
      assert.match(f!.finding.message, new RegExp(`\\(${measure}\\)`));
    }
  });

  it('is silent on measures that are not coercive, on a request without measure, and on an unknown measure', () => {
    for (const measure of ['testimony', 'property-recovery', 'productoin']) expectRule(RULE, productionWorkspace('', '', measure));
    expectRule(RULE, productionWorkspace('', '').replace('  measure: production\n', ''));
  });

  it('no other request is a coercive measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: interception\n}\n`);
    }
  });

  describe('fix: insert the missing safeguards', () => {
    it('creates the block when it is absent, and the finding is gone', () => {
      const text = productionWorkspace('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}safeguards \{\n {4}authorization: judicial "…" {2}# CETS 185 Art\. 15\(2\)[^\n]*\n {4}necessity: "…"[^\n]*\n {4}proportionality: "…"[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('inserts only what is missing into the existing block', () => {
      const text = productionWorkspace(withoutSafeguard('necessity'));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
      assert.equal(fixed.match(/authorization:/g)!.length, 1);
      assert.match(fixed, /\n {4}necessity: "…" {2}# CETS 185 Art\. 15\(2\)/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, with and without the block', () => {
      expectFixedInEveryStyle(RULE, productionWorkspace(''));
      expectFixedInEveryStyle(RULE, productionWorkspace(withoutSafeguard('authorization', 'proportionality')));
    });
  });
});
