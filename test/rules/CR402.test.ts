// CR402 duration-unlimited: real-time-traffic or interception without `duration` in `safeguards`
// (Budapest 15(2)); at the request's name. The fix inserts a placeholder into `safeguards`,
// creating the block when it is absent. Version 2: the placeholder is `"…"` (how long is the
// drafter's to say, CR007 reports it until written), and the finding cites Budapest Art. 15(2) or
// UNCC Art. 24 where they govern, otherwise the law of the requested party. One table of cases
// runs for both real-time measures.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';
import { REAL_TIME_SAFEGUARDS, realTimeWorkspace, withoutEntries } from '../support/safeguards';

const RULE = 'CR402';
const KEY = 'duration';

const FULL = REAL_TIME_SAFEGUARDS;

const withoutSafeguard = (...keys: string[]): string => withoutEntries(FULL, ...keys);

/** The two real-time measures and how a message names each. */
const MEASURES = [
  { measure: 'interception', named: 'Interception' },
  { measure: 'real-time-traffic', named: 'Real-time collection of traffic data' },
] as const;

/** The real-time workspace on another basis ('' for none), CH's instruments as given. */
function underBasis(measure: string, basis: string, ch = 'instruments: [budapest, ets30]'): string {
  return realTimeWorkspace(withoutSafeguard(KEY), '   #! CR402', measure)
    .replace('  name: "Italy"\n  instruments: [budapest, ets30]', '  name: "Italy"\n  instruments: [budapest, ets30, uncc]')
    .replace('  name: "Switzerland"\n  instruments: [budapest, ets30]', `  name: "Switzerland"\n  ${ch}`)
    .replace('  basis: budapest art 34\n', basis ? `  basis: ${basis}\n` : '');
}

describe('CR402 duration-unlimited', () => {
  for (const { measure, named } of MEASURES) {
    describe(`${measure}`, () => {
      it(`a complete workspace whose ${measure} has no ${KEY} has exactly that finding, at the name`, () => {
        const l = expectExactly(realTimeWorkspace(withoutSafeguard(KEY), '   #! CR402', measure));
        const [f] = l.findings;
        assert.equal(where(l, f!), '24:9 MLA-1');
        assert.equal(f!.finding.message, `${named} MLA-1 has no "duration" in its safeguards: the measure must be limited in time (CETS 185 Art. 15(2)).`);
        assert.equal(f!.finding.severity, 'error');
      });

      it('is silent on the fixed version', () => {
        expectExactly(realTimeWorkspace(FULL, '', measure));
      });

      it('fires without a safeguards block, and with an empty one', () => {
        expectRule(RULE, realTimeWorkspace('', '   #! CR402', measure));
        expectRule(RULE, realTimeWorkspace('  safeguards {\n  }', '   #! CR402', measure));
        expectRule(RULE, realTimeWorkspace('  safeguards { }', '   #! CR402', measure));
      });

      it('a duration that is present but unusable keeps it silent (CR004 on the value), as does a placeholder (CR007)', () => {
        const text = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    duration: forever\n'), '', measure);
        expectRule(RULE, text);
        assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 36));
        const placeholder = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    duration: "…"\n'), '', measure);
        expectRule(RULE, placeholder);
        assert.ok(lintTexts({ 'main.coop': placeholder }).findings.some((f) => f.rule === 'CR007' && f.line === 36));
      });

      it('a duration outside safeguards is not in safeguards (and is CR004 there); a misspelt one is not the key', () => {
        const text = realTimeWorkspace(withoutSafeguard(KEY), '   #! CR402', measure).replace('  data: [chats]\n', '  data: [chats]\n  duration: 30 days\n');
        expectRule(RULE, text);
        assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
        expectRule(RULE, realTimeWorkspace(FULL.replace('duration:', 'durations:'), '   #! CR402', measure));
      });

      describe('fix: insert a duration placeholder into safeguards', () => {
        it('inserts the placeholder into the existing block, citing Art. 15(2) in its comment; the finding is gone', () => {
          const text = realTimeWorkspace(withoutSafeguard(KEY), '', measure);
          const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
          assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
          assert.match(fixed, /\n {4}duration: "…" {2}# CETS 185 Art\. 15\(2\): limitation of the scope and the duration of such power or procedure\n {2}\}\n/);
          assert.deepEqual(findingsOf(RULE, fixed).findings, []);
          assert.equal(findingsOf('CR007', fixed).findings.length, 1);
        });

        it('never chooses a duration: the only fix is the placeholder', () => {
          const [f] = findingsOf(RULE, realTimeWorkspace(withoutSafeguard(KEY), '', measure)).findings;
          assert.deepEqual(f!.finding.fixes.map((x) => [x.title, x.safe]), [['Add duration to safeguards to complete', true]]);
          assert.doesNotMatch(fixAll({ 'main.coop': realTimeWorkspace('', '', measure) }, { rules: [RULE] }).files['main.coop']!, /duration: \d/);
        });

        it('creates the block when it is absent', () => {
          const text = realTimeWorkspace('', '', measure);
          const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
          assert.match(fixed, /\n {2}safeguards \{\n {4}duration: "…" {2}# [^\n]*\n {2}\}\n/);
          assert.deepEqual(findingsOf(RULE, fixed).findings, []);
        });

        it('a duration written as an empty list is filled, not given a second entry that would not count', () => {
          const text = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    duration: []\n'), '   #! CR402', measure);
          expectRule(RULE, text);
          const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
          assert.equal(fixed.match(/duration:/g)!.length, 1);
          assert.deepEqual(findingsOf(RULE, fixed).findings, []);
        });

        it('fix-all in every style, with and without the block', () => {
          expectFixedInEveryStyle(RULE, realTimeWorkspace(withoutSafeguard(KEY), '', measure));
          expectFixedInEveryStyle(RULE, realTimeWorkspace('', '', measure));
        });
      });

      describe('the governing instrument', () => {
        const BUDAPEST = /\(CETS 185 Art\. 15\(2\)\)\.$/;
        const UNCC = /\(UNCC Art\. 24 \(summary, to be verified against the official text\)\)\.$/;
        const LAW = /\(the conditions and safeguards, where the law of the requested party provides for it\)\.$/;
        const cases: [string, string, string | undefined, RegExp][] = [
          ['Budapest Art. 34', 'budapest art 34', undefined, BUDAPEST],
          ['Budapest Art. 33', 'budapest art 33', undefined, BUDAPEST],
          ['the UN Convention', 'uncc', 'instruments: [uncc]', UNCC],
          ['ETS 30 alone', 'ets30', undefined, LAW],
          ['Budapest, with CH bound by no instrument (instruments: [])', 'budapest art 34', 'instruments: []', LAW],
          ['reciprocity', 'reciprocity', undefined, LAW],
          ['no basis', '', undefined, LAW],
        ];
        for (const [what, basis, ch, cites] of cases) {
          it(`${what}: fires at the name, citing ${cites === BUDAPEST ? 'Budapest Art. 15(2)' : cites === UNCC ? 'UNCC Art. 24' : 'the law of the requested party'}`, () => {
            const text = underBasis(measure, basis, ch);
            const l = expectRule(RULE, text);
            assert.equal(where(l, l.findings[0]!), '24:9 MLA-1');
            assert.match(l.findings[0]!.finding.message, cites);
            if (cites !== BUDAPEST) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS 185/);
            if (cites !== UNCC) assert.doesNotMatch(l.findings[0]!.finding.message, /UNCC/);
            const fixed = applyFixes({ 'main.coop': text }, [safeFix(l.findings[0]!)!])['main.coop']!;
            const comment = /\n {4}duration: "…" {2}# (.*)\n/.exec(fixed)![1]!;
            assert.equal(comment, `${cites === BUDAPEST ? 'CETS 185 Art. 15(2): ' : cites === UNCC ? 'UNCC Art. 24 (summary, to be verified against the official text): ' : ''}limitation of the scope and the duration of such power or procedure`);
          });
        }
      });
    });
  }

  it('is silent on coercive measures that are not real-time, and on measures that are not coercive', () => {
    for (const measure of ['stored-data', 'search-seizure', 'production', 'testimony', 'property-recovery']) {
      expectRule(RULE, realTimeWorkspace(withoutSafeguard(KEY), '', measure));
    }
  });

  it('an unknown measure, or none, keeps it silent (CR004 on the measure)', () => {
    expectRule(RULE, realTimeWorkspace('', '', 'intercepton'));
    assert.ok(lintTexts({ 'main.coop': realTimeWorkspace('', '', 'intercepton') }).findings.some((f) => f.rule === 'CR004'));
    expectRule(RULE, realTimeWorkspace('', '').replace('  measure: interception\n', ''));
  });

  it('no other kind of request is a real-time measure, whatever entries it holds', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access', 'provisional-arrest']) {
      expectRule(RULE, `request R-1 ${kind} {\n  measure: interception\n}\n`);
    }
  });
});
