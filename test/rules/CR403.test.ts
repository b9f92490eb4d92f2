// CR403 scope-unspecified: real-time-traffic or interception without `scope` naming the specified
// communications (Budapest 20, 21, 33, 34); at the request's name. The fix inserts the entry into
// `safeguards`, creating the block when it is absent.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';
import { REAL_TIME_SAFEGUARDS, realTimeWorkspace, withoutEntries } from '../support/safeguards';

const RULE = 'CR403';
const KEY = 'scope';

const FULL = REAL_TIME_SAFEGUARDS;

const withoutSafeguard = (...keys: string[]): string => withoutEntries(FULL, ...keys);

describe('CR403 scope-unspecified', () => {
  it(`a complete workspace whose interception has no ${KEY} has exactly that finding, at the name`, () => {
    const l = expectExactly(realTimeWorkspace(withoutSafeguard(KEY), '   #! CR403'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '24:9 MLA-1');
    assert.match(f!.finding.message, /^Interception MLA-1/);
    assert.match(f!.finding.message, /"scope"/);
    assert.match(f!.finding.message, /33, 34/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(realTimeWorkspace(FULL));
  });

  it('fires on real-time-traffic too, and without a safeguards block', () => {
    const [f] = expectRule(RULE, realTimeWorkspace(withoutSafeguard(KEY), '   #! CR403', 'real-time-traffic')).findings;
    assert.match(f!.finding.message, /^Real-time collection of traffic data MLA-1/);
    expectRule(RULE, realTimeWorkspace('', '   #! CR403'));
    expectRule(RULE, realTimeWorkspace('  safeguards {\n  }', '   #! CR403', 'real-time-traffic'));
  });

  it('is silent on coercive measures that are not real-time, and on measures that are not coercive', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'testimony', 'property-recovery']) {
      expectRule(RULE, realTimeWorkspace(withoutSafeguard(KEY), '', measure));
    }
  });

  it('an unknown measure keeps it silent (CR004 on the measure)', () => {
    expectRule(RULE, realTimeWorkspace('', '', 'intercepton'));
    expectRule(RULE, realTimeWorkspace('', '').replace('  measure: interception\n', ''));
  });

  it('a scope that is present but unusable keeps it silent', () => {
    const text = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    scope: vendetta77\n'));
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 36));
  });

  it('a scope outside safeguards is not in safeguards (and is CR004 there)', () => {
    const text = realTimeWorkspace(withoutSafeguard(KEY), '   #! CR403').replace('  data: [chats]\n', '  data: [chats]\n  scope: "Content of the account vendetta77 only"\n');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('no other kind of request is a real-time measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: interception\n}\n`);
    }
  });

  describe('fix: insert scope into safeguards', () => {
    it('inserts the placeholder into the existing block, and the finding is gone', () => {
      const text = realTimeWorkspace(withoutSafeguard(KEY));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
      assert.match(fixed, /\n {4}scope: "…" {2}# CETS 185 Arts 33, 34[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, with and without the block', () => {
      expectFixedInEveryStyle(RULE, realTimeWorkspace(withoutSafeguard(KEY)));
      expectFixedInEveryStyle(RULE, realTimeWorkspace(''));
    });
  });
});
