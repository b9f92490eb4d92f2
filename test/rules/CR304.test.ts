// CR304 request-contents-missing: a mutual-assistance request without one of `authority`,
// `purpose`, `offences`, `facts` (ETS 30 Art. 14) — one finding per missing entry, at the name.
// Version 2: whatever the governing instrument, citing ETS 30 Art. 14 where ETS 30 governs, UNCC
// Art. 40 (summary) where the UN Convention does, otherwise the applicable treaty or the law of the
// requested party (Budapest Arts 27–28 list no contents); the fix inserts a placeholder citing the same.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR304';

const CONTENTS = `  authority: "Prokuratura Krajowa"
  purpose: "Hear the forum administrator as a witness"
  offences: [carding]
  facts: "The forum selling card data was hosted in Vilnius"`;

const without = (...keys: string[]): string =>
  CONTENTS.split('\n')
    .filter((l) => !keys.some((k) => l.startsWith(`  ${k}:`)))
    .join('\n');

/** A complete workspace with a testimony request (not coercive: no safeguards needed). */
function mla(contents: string, header = ''): string {
  return `party PL {
  name: "Poland"
  instruments: [budapest, ets30]
}

party LT {
  name: "Lithuania"
  instruments: [budapest, ets30]
}

offence carding {
  conduct: "Selling stolen payment card data on a forum"
  category: budapest art 8
  law PL { cite: "Criminal Code, computer fraud"  max-penalty: 8 years }
  law LT { cite: "Criminal Code, fraud"  max-penalty: 8 years }
}

request MLA-1 mutual-assistance {${header}
  measure: testimony
  from: PL
  to: LT
  basis: ets30
${contents}
  grounds {
    dual-criminality: not-engaged "Computer fraud is criminal in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
  }
}
`;
}

const keyOf = (f: LineFinding): string => /lacks "([a-z-]+)"/.exec(f.finding.message)![1]!;

describe('CR304 request-contents-missing', () => {
  it('a complete workspace lacking the purpose has exactly that finding, at the request name', () => {
    const l = expectExactly(mla(without('purpose'), '  #! CR304'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '18:9 MLA-1');
    assert.equal(keyOf(f!), 'purpose');
    assert.match(f!.finding.message, /MLA-1/);
    assert.match(
      f!.finding.message,
      /^Mutual-assistance request MLA-1 lacks "purpose": the object of and the reason for the request \(ETS 30 Art\. 14\(1\)\(b\)\)\.$/,
    );
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(mla(CONTENTS));
  });

  it('one finding per missing entry', () => {
    const l = expectRule(RULE, mla('', '  #! CR304 CR304 CR304 CR304'));
    assert.deepEqual(l.findings.map(keyOf).sort(), ['authority', 'facts', 'offences', 'purpose']);
    for (const f of l.findings) assert.equal(where(l, f), '18:9 MLA-1');
    const two = expectRule(RULE, mla(without('authority', 'facts'), '  #! CR304 CR304'));
    assert.deepEqual(two.findings.map(keyOf).sort(), ['authority', 'facts']);
  });

  it('an empty offences list is an absent entry', () => {
    const [f] = expectRule(RULE, mla(CONTENTS.replace('[carding]', '[]'), '  #! CR304')).findings;
    assert.equal(keyOf(f!), 'offences');
  });

  it('present-but-unusable entries count as present (the finding on the value is enough)', () => {
    const text = mla(CONTENTS.replace('"Prokuratura Krajowa"', 'prokuratura').replace('[carding]', '[skimming]'));
    expectRule(RULE, text);
    const rules = lintTexts({ 'main.coop': text }).findings.map((f) => f.rule);
    assert.ok(rules.includes('CR004') && rules.includes('CR002'), rules.join(' '));
  });

  it('a misspelt key is not the key it resembles', () => {
    const [f] = expectRule(RULE, mla(CONTENTS.replace('purpose:', 'purpse:'), '  #! CR304')).findings;
    assert.equal(keyOf(f!), 'purpose');
  });

  it('fires on a mutual-assistance request whatever its measure, coercive or not, and without one', () => {
    for (const measure of ['stored-data', 'interception', 'property-recovery']) {
      expectRule(RULE, `request R-1 mutual-assistance {   #! CR304\n  measure: ${measure}\n${without('facts')}\n}\n`);
    }
    expectRule(RULE, `request R-1 mutual-assistance {   #! CR304\n${without('authority')}\n}\n`);
  });

  it('is silent on every other kind of request', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  describe('fix: insert the missing entry', () => {
    it("each finding's fix removes that finding only, inserting a placeholder with the article", () => {
      const text = mla('');
      const found = findingsOf(RULE, text).findings;
      for (const f of found) {
        const fixed = applyFixes({ 'main.coop': text }, [safeFix(f)!])['main.coop']!;
        const after = findingsOf(RULE, fixed).findings;
        assert.deepEqual(
          after.map(keyOf).sort(),
          found
            .map(keyOf)
            .filter((k) => k !== keyOf(f))
            .sort(),
        );
        assert.match(fixed, new RegExp(`\\n {2}${keyOf(f)}: "…" {2}# ETS 30 Art\\. 14\\((1|2)\\)(\\([ab]\\))?\\n`));
      }
    });

    it('fix-all in every style leaves no CR304 and the text parses', () => {
      expectFixedInEveryStyle(RULE, mla(without('authority', 'purpose', 'facts')));
    });

    it('an entry written as an empty list is filled with the placeholder, not given a second entry that would not count', () => {
      const text = mla(CONTENTS.replace('[carding]', '[]'));
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.equal(fixed.match(/offences:/g)!.length, 1);
      assert.match(fixed, /\n {2}offences: "…"\n/);
      const all = fixAll({ 'main.coop': text }, { rules: [RULE] });
      assert.equal(all.passes, 1);
      assert.deepEqual(findingsOf(RULE, all.files).findings, []);
    });
  });

  describe('the governing instrument: fires whatever it is, citing what governs', () => {
    /** The request without `purpose`, on `basis` ('' for none), LT's instruments as given. */
    const underBasis = (basis: string, lt = 'instruments: [budapest, ets30, uncc]'): string =>
      mla(without('purpose'), '  #! CR304')
        .replace(
          'party PL {\n  name: "Poland"\n  instruments: [budapest, ets30]',
          'party PL {\n  name: "Poland"\n  instruments: [budapest, ets30, uncc]',
        )
        .replace('party LT {\n  name: "Lithuania"\n  instruments: [budapest, ets30]', `party LT {\n  name: "Lithuania"\n  ${lt}`)
        .replace('  basis: ets30\n', basis ? `  basis: ${basis}\n` : '');
    const ETS30 = /\(ETS 30 Art\. 14\(1\)\(b\)\)\.$/;
    const UNCC = /\(UNCC Art\. 40 \(summary, to be verified against the official text\)\)\.$/;
    const LAW = /\(the contents of a request, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['ETS 30', 'ets30', undefined, ETS30],
      ['ETS 30 listed after Budapest Art. 27 (ETS 30 is preferred)', '[budapest art 27, ets30]', undefined, ETS30],
      ['the UN Convention', 'uncc', undefined, UNCC],
      [
        'the UN Convention and Budapest, where LT is not bound by ETS 30',
        '[ets30, budapest art 27, uncc]',
        'instruments: [budapest, uncc]',
        UNCC,
      ],
      ['Budapest Art. 27 (its Arts 27–28 list no contents)', 'budapest art 27', undefined, LAW],
      ['ETS 30, which LT is not bound by', 'ets30', 'instruments: [budapest]', LAW],
      ['ETS 30, with LT bound by no instrument (instruments: [])', 'ets30', 'instruments: []', LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, lt, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === ETS30 ? 'ETS 30 Art. 14' : cites === UNCC ? 'UNCC Art. 40' : 'the law of the requested party'}`, () => {
        const l = expectRule(RULE, underBasis(basis, lt));
        const [f] = l.findings;
        assert.equal(where(l, f!), '18:9 MLA-1');
        assert.match(f!.finding.message, cites);
        if (cites !== ETS30) assert.doesNotMatch(f!.finding.message, /ETS 30/);
        if (cites !== UNCC) assert.doesNotMatch(f!.finding.message, /UNCC/);
        assert.doesNotMatch(f!.finding.message, /CETS 185/);
        // The placeholder's comment cites the same.
        const fixed = applyFixes({ 'main.coop': underBasis(basis, lt) }, [safeFix(f!)!])['main.coop']!;
        assert.equal(
          /\n {2}purpose: "…" {2}# (.*)\n/.exec(fixed)![1],
          /\((ETS 30 Art\. 14\(1\)\(b\)|UNCC Art\. 40 \(summary, to be verified against the official text\)|the contents of a request, where the law of the requested party provides for it)\)\.$/.exec(
            f!.finding.message,
          )![1],
        );
      });
    }

    it('a treaty: fires, citing the applicable treaty and no convention', () => {
      // The treaty is named by its title (rules.md: "the applicable treaty (TITLE)"); no other string is quoted.
      const l = expectRule(RULE, underBasis('[budapest art 27, treaty "Bilateral Mutual Legal Assistance Treaty of 1998"]'));
      assert.match(l.findings[0]!.finding.message, /\(the contents of a request, where the applicable treaty \(.*\) provides for it\)\.$/);
      assert.doesNotMatch(l.findings[0]!.finding.message, /ETS 30|CETS 185|UNCC/);
    });
  });
});
