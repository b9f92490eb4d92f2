// CR403 scope-unspecified: real-time-traffic or interception without `scope` naming the specified
// communications (Budapest 20, 21, 33, 34); at the request's name. The fix inserts a placeholder
// into `safeguards`, creating the block when it is absent. Version 2: the finding cites the
// article of its measure — Budapest Art. 34 (interception) or 33 (traffic data), UNCC Art. 46 or
// 45 — where those govern, otherwise the law of the requested party. One table of cases runs for
// both real-time measures.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';
import { REAL_TIME_SAFEGUARDS, realTimeWorkspace, withoutEntries } from '../support/safeguards';

const RULE = 'CR403';
const KEY = 'scope';

const FULL = REAL_TIME_SAFEGUARDS;

const withoutSafeguard = (...keys: string[]): string => withoutEntries(FULL, ...keys);

/** The two real-time measures and how a message names each. */
const MEASURES = [
  { measure: 'interception', named: 'Interception', budapest: 'CETS 185 Art. 34', uncc: 'UNCC Art. 46' },
  { measure: 'real-time-traffic', named: 'Real-time collection of traffic data', budapest: 'CETS 185 Art. 33', uncc: 'UNCC Art. 45' },
] as const;

const escape = (text: string): string => text.replace(/[.()]/g, (c) => `\\${c}`);

/** The real-time workspace on another basis ('' for none), CH's instruments as given. */
function underBasis(measure: string, basis: string, ch = 'instruments: [budapest, ets30]'): string {
  return realTimeWorkspace(withoutSafeguard(KEY), '   #! CR403', measure)
    .replace('  name: "Italy"\n  instruments: [budapest, ets30]', '  name: "Italy"\n  instruments: [budapest, ets30, uncc]')
    .replace('  name: "Switzerland"\n  instruments: [budapest, ets30]', `  name: "Switzerland"\n  ${ch}`)
    .replace('  basis: budapest art 34\n', basis ? `  basis: ${basis}\n` : '');
}

describe('CR403 scope-unspecified', () => {
  for (const { measure, named, budapest, uncc } of MEASURES) {
    describe(`${measure}`, () => {
      it(`a complete workspace whose ${measure} has no ${KEY} has exactly that finding, at the name`, () => {
        const l = expectExactly(realTimeWorkspace(withoutSafeguard(KEY), '   #! CR403', measure));
        const [f] = l.findings;
        assert.equal(where(l, f!), '24:9 MLA-1');
        assert.equal(f!.finding.message, `${named} MLA-1 has no "scope" in its safeguards naming the specified communications (${budapest}).`);
        assert.equal(f!.finding.severity, 'error');
      });

      it('is silent on the fixed version', () => {
        expectExactly(realTimeWorkspace(FULL, '', measure));
      });

      it('fires without a safeguards block, and with an empty one', () => {
        expectRule(RULE, realTimeWorkspace('', '   #! CR403', measure));
        expectRule(RULE, realTimeWorkspace('  safeguards {\n  }', '   #! CR403', measure));
        expectRule(RULE, realTimeWorkspace('  safeguards { }', '   #! CR403', measure));
      });

      it('a scope that is present but unusable keeps it silent (CR004 on the value), as does a placeholder (CR007)', () => {
        const text = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    scope: vendetta77\n'), '', measure);
        expectRule(RULE, text);
        assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 36));
        const placeholder = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    scope: "…"\n'), '', measure);
        expectRule(RULE, placeholder);
        assert.ok(lintTexts({ 'main.coop': placeholder }).findings.some((f) => f.rule === 'CR007' && f.line === 36));
      });

      it('a scope outside safeguards is not in safeguards (and is CR004 there); a misspelt one is not the key', () => {
        const text = realTimeWorkspace(withoutSafeguard(KEY), '   #! CR403', measure).replace('  data: [chats]\n', '  data: [chats]\n  scope: "Content of the account vendetta77 only"\n');
        expectRule(RULE, text);
        assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
        expectRule(RULE, realTimeWorkspace(FULL.replace('scope:', 'scopes:'), '   #! CR403', measure));
      });

      describe('fix: insert a scope placeholder into safeguards', () => {
        it('inserts the placeholder into the existing block, citing Art. 15(2) (the scope of the power) in its comment; the finding is gone', () => {
          const text = realTimeWorkspace(withoutSafeguard(KEY), '', measure);
          const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
          assert.equal(fixed.match(/safeguards \{/g)!.length, 1);
          assert.match(fixed, /\n {4}scope: "…" {2}# CETS 185 Art\. 15\(2\): limitation of the scope and the duration of such power or procedure\n {2}\}\n/);
          assert.deepEqual(findingsOf(RULE, fixed).findings, []);
          assert.equal(findingsOf('CR007', fixed).findings.length, 1);
        });

        it('never chooses the communications: the only fix is the placeholder', () => {
          const [f] = findingsOf(RULE, realTimeWorkspace(withoutSafeguard(KEY), '', measure)).findings;
          assert.deepEqual(f!.finding.fixes.map((x) => [x.title, x.safe]), [['Add scope to safeguards to complete', true]]);
          assert.match(fixAll({ 'main.coop': realTimeWorkspace('', '', measure) }, { rules: [RULE] }).files['main.coop']!, /\n {4}scope: "…" /);
        });

        it('creates the block when it is absent', () => {
          const text = realTimeWorkspace('', '', measure);
          const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
          assert.match(fixed, /\n {2}safeguards \{\n {4}scope: "…" {2}# [^\n]*\n {2}\}\n/);
          assert.deepEqual(findingsOf(RULE, fixed).findings, []);
        });

        it('a scope written as an empty list is filled, not given a second entry that would not count', () => {
          const text = realTimeWorkspace(withoutSafeguard(KEY).replace('  safeguards {\n', '  safeguards {\n    scope: []\n'), '   #! CR403', measure);
          expectRule(RULE, text);
          const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
          assert.equal(fixed.match(/scope:/g)!.length, 1);
          assert.deepEqual(findingsOf(RULE, fixed).findings, []);
        });

        it('fix-all in every style, with and without the block', () => {
          expectFixedInEveryStyle(RULE, realTimeWorkspace(withoutSafeguard(KEY), '', measure));
          expectFixedInEveryStyle(RULE, realTimeWorkspace('', '', measure));
        });
      });

      describe('the governing instrument', () => {
        const BUDAPEST = new RegExp(`\\(${escape(budapest)}\\)\\.$`);
        const UNCC = new RegExp(`\\(${escape(uncc)} \\(summary, to be verified against the official text\\)\\)\\.$`);
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
          it(`${what}: fires at the name, citing ${cites === BUDAPEST ? budapest : cites === UNCC ? uncc : 'the law of the requested party'}`, () => {
            const l = expectRule(RULE, underBasis(measure, basis, ch));
            assert.equal(where(l, l.findings[0]!), '24:9 MLA-1');
            assert.match(l.findings[0]!.finding.message, cites);
            if (cites !== BUDAPEST) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS 185/);
            if (cites !== UNCC) assert.doesNotMatch(l.findings[0]!.finding.message, /UNCC/);
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
