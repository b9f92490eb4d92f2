// CR304 request-contents-missing: a mutual-assistance request without one of `authority`,
// `purpose`, `offences`, `facts` (ETS 30 Art. 14) — one finding per missing entry, at the name.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR304';

const CONTENTS = `  authority: "Prokuratura Krajowa"
  purpose: "Hear the forum administrator as a witness"
  offences: [carding]
  facts: "The forum selling card data was hosted in Vilnius"`;

const without = (...keys: string[]): string => CONTENTS.split('\n').filter((l) => !keys.some((k) => l.startsWith(`  ${k}:`))).join('\n');

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
    assert.match(f!.finding.message, /ETS 30 Art\. 14/);
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
    it('each finding\'s fix removes that finding only, inserting a placeholder with the article', () => {
      const text = mla('');
      const found = findingsOf(RULE, text).findings;
      for (const f of found) {
        const fixed = applyFixes({ 'main.coop': text }, [safeFix(f)!])['main.coop']!;
        const after = findingsOf(RULE, fixed).findings;
        assert.deepEqual(after.map(keyOf).sort(), found.map(keyOf).filter((k) => k !== keyOf(f)).sort());
        assert.match(fixed, new RegExp(`\\n {2}${keyOf(f)}: (\\[OFFENCE\\]|"…") {2}# ETS 30 Art\\. 14`));
      }
    });

    it('fix-all in every style leaves no CR304 and the text parses', () => {
      expectFixedInEveryStyle(RULE, mla(without('authority', 'purpose', 'facts')));
    });
  });
});
