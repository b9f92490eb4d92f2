// CR405 notice-missing: a coercive measure without `notice` in `safeguards` (given, deferred or
// not-required, each with its reason); at the request's name. The fix inserts the entry into
// `safeguards`, creating the block when it is absent. Version 2: `property-recovery` is a coercive
// measure; the safe fix inserts a placeholder — given, deferred or not-required is the drafter's to
// choose, each a quick fix (`safe: false`). The row cites no article: the message names none, under
// any basis.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, suggestionTitles, where } from '../support/ruletest';
import { PRODUCTION_SAFEGUARDS, productionWorkspace, withoutEntries } from '../support/safeguards';

const RULE = 'CR405';
const KEY = 'notice';

const FULL = PRODUCTION_SAFEGUARDS;

const withoutSafeguard = (...keys: string[]): string => withoutEntries(FULL, ...keys);

describe('CR405 notice-missing', () => {
  it(`a complete workspace whose production order has no ${KEY} has exactly that finding, at the name`, () => {
    const l = expectExactly(productionWorkspace(withoutSafeguard(KEY), '   #! CR405'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:9 MLA-1');
    assert.match(f!.finding.message, /MLA-1/);
    assert.match(f!.finding.message, /whether the person concerned is notified/);
    assert.equal(f!.finding.severity, 'warning');
  });

  it('is silent on the fixed version', () => {
    expectExactly(productionWorkspace(FULL));
  });

  it('fires on every coercive measure, property-recovery included (version 2), with or without a safeguards block', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'real-time-traffic', 'interception', 'property-recovery']) {
      expectRule(RULE, productionWorkspace(withoutSafeguard(KEY), '   #! CR405', measure));
      expectRule(RULE, productionWorkspace('', '   #! CR405', measure));
    }
  });

  it('is silent on measures that are not coercive, without a measure, and on an unknown measure', () => {
    for (const measure of ['testimony', 'prodution']) expectRule(RULE, productionWorkspace('', '', measure));
    expectRule(RULE, productionWorkspace('', '').replace('  measure: production\n', ''));
  });

  it('a notice that is present but unusable keeps it silent (CR004 on the value)', () => {
    for (const bad of ['notice: deferred', 'notice: later "When the case closes"', 'notice: "Told later"']) {
      const text = productionWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', `  safeguards {\n    ${bad}\n`));
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 36),
        bad,
      );
    }
  });

  it('a notice outside safeguards, or misspelt, is not the one in safeguards', () => {
    const text = productionWorkspace(withoutSafeguard(KEY), '   #! CR405').replace(
      '  data: [payments]\n',
      `  data: [payments]\n  ${KEY}: "Outside the block"\n`,
    );
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    expectRule(RULE, productionWorkspace(FULL.replace(`${KEY}:`, `${KEY}s:`), '   #! CR405'));
  });

  it('no other kind of request is a coercive measure, whatever entries it holds', () => {
    for (const kind of [
      'extradition',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
      'provisional-arrest',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: production\n  safeguards {\n  }\n}\n`);
    }
  });

  describe('fix: insert notice into safeguards', () => {
    it('inserts the placeholder into the existing block, and the finding is gone', () => {
      const text = productionWorkspace(withoutSafeguard(KEY));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
      assert.match(
        fixed,
        /\n {4}notice: "…" {2}# whether the person concerned is told: given "…", deferred "…" or not-required "…"\n {2}\}\n/,
      );
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 1);
    });

    it('given, deferred or not-required is a quick fix the drafter picks; fix-all picks none', () => {
      const text = productionWorkspace(withoutSafeguard(KEY));
      const [f] = findingsOf(RULE, text).findings;
      assert.deepEqual(suggestionTitles(f!), ['Add "notice: given"', 'Add "notice: deferred"', 'Add "notice: not-required"']);
      for (const [i, status] of [
        [0, 'given'],
        [1, 'deferred'],
        [2, 'not-required'],
      ] as const) {
        const fixed = applyFixes({ 'main.coop': text }, [f!.finding.fixes.filter((x) => !x.safe)[i]!])['main.coop']!;
        assert.match(fixed, new RegExp(`\\n {4}notice: ${status} "…"\\n {2}\\}\\n`));
        assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      }
      assert.doesNotMatch(
        fixAll({ 'main.coop': productionWorkspace('') }, { rules: [RULE] }).files['main.coop']!,
        /notice: (given|deferred|not-required)/,
      );
    });

    it('a notice written as an empty list is filled, by the safe fix and by a quick fix alike', () => {
      const text = productionWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    notice: []\n'));
      const [f] = findingsOf(RULE, text).findings;
      for (const fix of f!.finding.fixes) {
        const fixed = applyFixes({ 'main.coop': text }, [fix])['main.coop']!;
        assert.equal(fixed.match(/notice:/g)!.length, 1, fix.title);
        assert.deepEqual(findingsOf(RULE, fixed).findings, [], fix.title);
      }
    });

    it('creates the block when it is absent', () => {
      const text = productionWorkspace('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}safeguards \{\n {4}notice: "…" {2}# whether the person concerned is told[^\n]*\n {2}\}\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, with and without the block', () => {
      expectFixedInEveryStyle(RULE, productionWorkspace(withoutSafeguard(KEY)));
      expectFixedInEveryStyle(RULE, productionWorkspace(''));
    });
  });

  describe('the governing instrument', () => {
    it('fires under every basis, and cites no instrument (the row names no article)', () => {
      for (const [basis, us] of [
        ['budapest art 31', 'instruments: [budapest]'],
        ['uncc', 'instruments: [uncc]'],
        ['ets30', 'instruments: [ets30]'],
        ['reciprocity', 'instruments: []'],
        ['', 'instruments: [budapest]'],
      ]) {
        const text = productionWorkspace(withoutSafeguard(KEY), '   #! CR405')
          .replace('  name: "France"\n  instruments: [budapest, ets30]', '  name: "France"\n  instruments: [budapest, ets30, uncc]')
          .replace('  name: "United States"\n  instruments: [budapest]', `  name: "United States"\n  ${us}`)
          .replace('  basis: budapest art 31\n', basis ? `  basis: ${basis}\n` : '');
        const l = expectRule(RULE, text);
        assert.equal(where(l, l.findings[0]!), '25:9 MLA-1', basis);
        assert.doesNotMatch(l.findings[0]!.finding.message, /CETS|ETS \d|UNCC|ECHR/, basis);
      }
    });
  });
});
