// CR401 safeguards-missing: a coercive measure without `safeguards` giving `authorization`,
// `necessity` and `proportionality` (Budapest 15(1)–(2)); one finding, at the name, naming every
// missing element. The fix inserts them into `safeguards`, creating the block when it is absent.
// Version 2: `property-recovery` is a coercive measure (the law of the requested party and, where
// it governs, the UN Convention's confiscation articles); the safe fix inserts placeholders only —
// the kind of authorization, judicial or independent, is a quick fix (`safe: false`); the finding
// cites Budapest Art. 15 or UNCC Art. 24 where they govern, otherwise the requested party's law.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, suggestionTitles, where } from '../support/ruletest';
import { PRODUCTION_SAFEGUARDS, productionWorkspace, withoutEntries } from '../support/safeguards';

const RULE = 'CR401';

const FULL = PRODUCTION_SAFEGUARDS;

const withoutSafeguard = (...keys: string[]): string => withoutEntries(FULL, ...keys);

const missingIn = (f: LineFinding): string[] =>
  /lacks the safeguards (.*?) \(/
    .exec(f.finding.message)![1]!
    .match(/"[a-z-]+"/g)!
    .map((x) => x.slice(1, -1))
    .sort();

/** The production workspace on another basis ('' for none), with the US's instruments as given. */
function underBasis(
  basis: string,
  us = 'instruments: [budapest]',
  safeguards = withoutSafeguard('proportionality'),
  measure = 'production',
): string {
  return productionWorkspace(safeguards, '   #! CR401', measure)
    .replace('  name: "France"\n  instruments: [budapest, ets30]', '  name: "France"\n  instruments: [budapest, ets30, uncc]')
    .replace('  name: "United States"\n  instruments: [budapest]', `  name: "United States"\n  ${us}`)
    .replace('  basis: budapest art 31\n', basis ? `  basis: ${basis}\n` : '');
}

describe('CR401 safeguards-missing', () => {
  it('a complete workspace whose production order lacks proportionality has exactly that finding, at the name', () => {
    const l = expectExactly(productionWorkspace(withoutSafeguard('proportionality'), '   #! CR401'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:9 MLA-1');
    assert.deepEqual(missingIn(f!), ['proportionality']);
    assert.equal(f!.finding.message, 'Coercive measure MLA-1 (production) lacks the safeguards "proportionality" (CETS 185 Art. 15).');
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
    const text = productionWorkspace(withoutSafeguard('necessity'), '   #! CR401').replace(
      '  data: [payments]\n',
      '  data: [payments]\n  necessity: "The records exist only at the provider"\n',
    );
    const [f] = expectRule(RULE, text).findings;
    assert.deepEqual(missingIn(f!), ['necessity']);
  });

  it('present-but-unusable safeguards count as present (CR004 on the value)', () => {
    for (const bad of ['authorization: judicial', 'authorization: judge "Order of 2 June"', 'proportionality: one-account']) {
      const key = bad.split(':')[0]!;
      const text = productionWorkspace(withoutSafeguard(key).replace('  safeguards {\n', `  safeguards {\n    ${bad}\n`));
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'),
        bad,
      );
    }
  });

  it('a misspelt safeguard is not the one it resembles', () => {
    const [f] = expectRule(RULE, productionWorkspace(FULL.replace('proportionality:', 'proportionalty:'), '   #! CR401')).findings;
    assert.deepEqual(missingIn(f!), ['proportionality']);
  });

  it('fires on every coercive measure, property-recovery included (version 2)', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'real-time-traffic', 'interception', 'property-recovery']) {
      const [f] = expectRule(RULE, productionWorkspace('', '   #! CR401', measure)).findings;
      assert.match(f!.finding.message, new RegExp(`\\(${measure}\\)`));
    }
  });

  it("property-recovery is not a Budapest power: its conditions are the requested party's law, and the UN Convention's where it governs", () => {
    const [f] = expectRule(RULE, productionWorkspace(withoutSafeguard('proportionality'), '   #! CR401', 'property-recovery')).findings;
    assert.equal(
      f!.finding.message,
      'Coercive measure MLA-1 (property-recovery) lacks the safeguards "proportionality" (the law of the requested party).',
    );
    const [uncc] = expectRule(
      RULE,
      underBasis('uncc', 'instruments: [budapest, uncc]', withoutSafeguard('proportionality'), 'property-recovery'),
    ).findings;
    assert.equal(
      uncc!.finding.message,
      'Coercive measure MLA-1 (property-recovery) lacks the safeguards "proportionality" (the law of the requested party; UNCC confiscation articles (summary, to be verified against the official text)).',
    );
    // The fix inserts the placeholders without citing Budapest Art. 15.
    const fixed = applyFixes({ 'main.coop': productionWorkspace('', '', 'property-recovery') }, [
      safeFix(findingsOf(RULE, productionWorkspace('', '', 'property-recovery')).findings[0]!)!,
    ])['main.coop']!;
    assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    assert.doesNotMatch(fixed, /CETS 185/, 'no comment cites the Budapest Convention');
  });

  it('is silent on a measure that is not coercive, on a request without measure, and on an unknown measure', () => {
    for (const measure of ['testimony', 'productoin']) expectRule(RULE, productionWorkspace('', '', measure));
    expectRule(RULE, productionWorkspace('', '').replace('  measure: production\n', ''));
    assert.ok(lintTexts({ 'main.coop': productionWorkspace('', '', 'productoin') }).findings.some((f) => f.rule === 'CR004'));
  });

  it('no other request is a coercive measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: interception\n}\n`);
    }
  });

  describe('fix: insert the missing safeguards', () => {
    it('creates the block when it is absent, with placeholders only, and the finding is gone', () => {
      const text = productionWorkspace('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(
        fixed,
        /\n {2}safeguards \{\n {4}authorization: "…" {2}# CETS 185 Art\. 15\(2\): judicial or other independent supervision: judicial "…" or independent "…"\n {4}necessity: "…" {2}# CETS 185 Art\. 15\(2\): grounds justifying application\n {4}proportionality: "…" {2}# CETS 185 Art\. 15\(1\): the principle of proportionality\n {2}\}\n/,
      );
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 3);
    });

    it('the kind of authorization is a quick fix the drafter picks, judicial or independent; fix-all picks neither', () => {
      const text = productionWorkspace(withoutSafeguard('authorization'));
      const [f] = findingsOf(RULE, text).findings;
      assert.deepEqual(suggestionTitles(f!), ['Add "authorization: judicial"', 'Add "authorization: independent"']);
      for (const [i, kind] of [
        [0, 'judicial'],
        [1, 'independent'],
      ] as const) {
        const fixed = applyFixes({ 'main.coop': text }, [f!.finding.fixes.filter((x) => !x.safe)[i]!])['main.coop']!;
        assert.match(fixed, new RegExp(`\\n {4}authorization: ${kind} "…"\\n {2}\\}\\n`));
        assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      }
      // Offered only when the authorization is what is missing.
      assert.deepEqual(suggestionTitles(findingsOf(RULE, productionWorkspace(withoutSafeguard('necessity'))).findings[0]!), []);
      assert.doesNotMatch(
        fixAll({ 'main.coop': productionWorkspace('') }, { rules: [RULE] }).files['main.coop']!,
        /authorization: (judicial|independent)/,
      );
    });

    it('a safeguard written as an empty list is filled, not given a second entry that would not count', () => {
      const text = productionWorkspace(
        withoutSafeguard('proportionality', 'authorization').replace(
          '  safeguards {\n',
          '  safeguards {\n    proportionality: []\n    authorization: []\n',
        ),
      );
      const [f] = findingsOf(RULE, text).findings;
      assert.deepEqual(missingIn(f!), ['authorization', 'proportionality']);
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.match(fixed, /\n {4}proportionality: "…"\n {4}authorization: "…"\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      const judicial = applyFixes({ 'main.coop': text }, [f!.finding.fixes.find((x) => x.title === 'Add "authorization: judicial"')!])[
        'main.coop'
      ]!;
      assert.equal(judicial.match(/authorization:/g)!.length, 1);
      assert.match(judicial, /\n {4}authorization: judicial "…"\n/);
      assert.equal(fixAll({ 'main.coop': text }, { rules: [RULE] }).passes, 1);
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

  describe('the governing instrument', () => {
    const BUDAPEST = /\(CETS 185 Art\. 15\)\.$/;
    const UNCC = /\(UNCC Art\. 24 \(summary, to be verified against the official text\)\)\.$/;
    const LAW = /\(the conditions and safeguards, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 31', 'budapest art 31', undefined, BUDAPEST],
      [
        "ETS 30 with Budapest Art. 31, both applying (Budapest's Art. 15 is cited, ETS 30 has none)",
        '[ets30, budapest art 31]',
        'instruments: [budapest, ets30]',
        BUDAPEST,
      ],
      ['the UN Convention', 'uncc', 'instruments: [budapest, uncc]', UNCC],
      ['ETS 30 alone', 'ets30', 'instruments: [budapest, ets30]', LAW],
      ['Budapest, which the US is not bound by', 'budapest art 31', 'instruments: [ets30]', LAW],
      ['Budapest, with the US bound by no instrument (instruments: [])', 'budapest art 31', 'instruments: []', LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, us, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === BUDAPEST ? 'Budapest Art. 15' : cites === UNCC ? 'UNCC Art. 24' : 'the law of the requested party'}; the fix's comment cites the same`, () => {
        const text = underBasis(basis, us);
        const l = expectRule(RULE, text);
        const [f] = l.findings;
        assert.equal(where(l, f!), `25:9 MLA-1`);
        assert.match(f!.finding.message, cites);
        if (cites !== BUDAPEST) assert.doesNotMatch(f!.finding.message, /CETS 185/);
        if (cites !== UNCC) assert.doesNotMatch(f!.finding.message, /UNCC/);
        const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
        const comment = /\n {4}proportionality: "…" {2}# (.*)\n/.exec(fixed)![1]!;
        assert.equal(
          comment,
          cites === BUDAPEST
            ? 'CETS 185 Art. 15(1): the principle of proportionality'
            : cites === UNCC
              ? 'UNCC Art. 24 (summary, to be verified against the official text): the principle of proportionality'
              : 'the principle of proportionality',
        );
      });
    }

    it('a treaty: fires, citing the applicable treaty and no convention', () => {
      // The treaty is named by its title (rules.md: "the applicable treaty (TITLE)"); no other string is quoted.
      const { findings } = expectRule(RULE, underBasis('[budapest art 31, treaty "Bilateral Mutual Legal Assistance Treaty of 1998"]'));
      assert.match(
        findings[0]!.finding.message,
        /\(the conditions and safeguards, where the applicable treaty \(.*\) provides for it\)\.$/,
      );
      assert.doesNotMatch(findings[0]!.finding.message, /CETS 185|UNCC|ETS 30/);
    });
  });
});
