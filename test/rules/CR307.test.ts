// CR307 emergency-without-risk: an emergency-disclosure request without `emergency` (the facts of
// the emergency) or without `risk` — one finding, at the name, naming what is missing. Version 2:
// the safe fix inserts placeholders only (CR007 reports them); what is at risk is the drafter's to
// say, so `risk: life` and `risk: safety` are quick fixes (`safe: false`). The finding cites the
// Second Protocol (summary) where it governs, otherwise the law of the requested party.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, suggestionTitles, where } from '../support/ruletest';

const RULE = 'CR307';

const ENTRIES = `  emergency: "The account holder announced an attack on a named hospital for tonight"
  risk: life`;

function emergency(entries: string, header = ''): string {
  return `data account-holder {
  type: subscriber
  description: "Holder of the cloud account"
  relevance: "The account announced the attack"
  custodian: provider "NimbusCloud Ltd" in IE
}

request EMG-1 emergency-disclosure {${header}
  from: DE
  to: provider "NimbusCloud Ltd" in IE
  basis: budapest-2ap art 9
  authority: "Bundeskriminalamt, 24/7 point of contact"
  data: [account-holder]
${entries}
  data-protection: "Used only to avert the attack and in the resulting proceedings"
}
`;
}

const missingIn = (f: LineFinding): string[] =>
  /lacks (.*?):/
    .exec(f.finding.message)![1]!
    .match(/"[a-z-]+"/g)!
    .map((x) => x.slice(1, -1))
    .sort();

describe('CR307 emergency-without-risk', () => {
  it('a complete workspace without risk has exactly that finding, at the name, naming "risk"', () => {
    const l = expectExactly(emergency(ENTRIES.split('\n')[0]!, '   #! CR307'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '8:9 EMG-1');
    assert.deepEqual(missingIn(f!), ['risk']);
    assert.match(
      f!.finding.message,
      /^Emergency-disclosure request EMG-1 lacks "risk": it must show a significant and imminent risk to the life or safety of a person, with the facts that demonstrate it \(CETS 224 Art\. 9 \(summary, to be verified against the official text\)\)\.$/,
    );
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(emergency(ENTRIES));
  });

  it('one finding naming everything missing', () => {
    const [both] = expectRule(RULE, emergency('', '   #! CR307')).findings;
    assert.deepEqual(missingIn(both!), ['emergency', 'risk']);
    const [one] = expectRule(RULE, emergency('  risk: safety', '   #! CR307')).findings;
    assert.deepEqual(missingIn(one!), ['emergency']);
  });

  it('present-but-unusable values count as present', () => {
    for (const entries of [
      '  emergency: imminent\n  risk: life',
      '  emergency: "An attack tonight"\n  risk: lif',
      '  emergency: "An attack tonight"\n  risk: consent "x"',
    ]) {
      const text = emergency(entries);
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'),
        entries,
      );
    }
  });

  it('a risk that is not life or safety is present: CR502, not CR307', () => {
    const text = emergency('  emergency: "Backups to be encrypted tonight"\n  risk: data');
    expectRule(RULE, text);
    expectRule('CR502', text.replace('risk: data', 'risk: data   #! CR502'));
  });

  it('a misspelt key is not the key it resembles', () => {
    const [f] = expectRule(RULE, emergency(ENTRIES.replace('emergency:', 'emergncy:'), '   #! CR307')).findings;
    assert.deepEqual(missingIn(f!), ['emergency']);
  });

  it('is silent on every other kind of request', () => {
    for (const kind of ['extradition', 'mutual-assistance', 'preservation', 'traffic-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  describe('fix: insert the missing entries', () => {
    it('the safe fix inserts both as placeholders, committing to no risk; the finding is gone and CR007 reports them', () => {
      const text = emergency('');
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.match(fixed, /\n {2}emergency: "…" {2}# the facts that demonstrate the emergency and how the data sought relate to it\n/);
      assert.match(fixed, /\n {2}risk: "…" {2}# life or safety of a person\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      // A placeholder risk is not yet a risk: CR502 waits for the word.
      assert.deepEqual(findingsOf('CR502', fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 2);
    });

    it('the risk is chosen with a quick fix, life or safety, offered only when the risk is missing', () => {
      const text = emergency('  emergency: "An attack tonight"');
      const [f] = findingsOf(RULE, text).findings;
      assert.deepEqual(suggestionTitles(f!), ['Add "risk: life"', 'Add "risk: safety"']);
      for (const [i, risk] of [
        [0, 'life'],
        [1, 'safety'],
      ] as const) {
        const fixed = applyFixes({ 'main.coop': text }, [f!.finding.fixes.filter((x) => !x.safe)[i]!])['main.coop']!;
        assert.match(fixed, new RegExp(`\\n {2}risk: ${risk}\\n`));
        assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      }
      const [noRisk] = findingsOf(RULE, emergency('  risk: life')).findings;
      assert.deepEqual(suggestionTitles(noRisk!), []);
      // fix-all never picks a risk.
      assert.doesNotMatch(fixAll({ 'main.coop': emergency('') }, { rules: [RULE] }).files['main.coop']!, /risk: (life|safety)/);
    });

    it('an entry written as an empty list is filled, not given a second entry that would not count', () => {
      const text = emergency('  emergency: []\n  risk: []');
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.match(fixed, /\n {2}emergency: "…"\n {2}risk: "…"\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      const life = applyFixes({ 'main.coop': text }, [f!.finding.fixes.find((x) => x.title === 'Add "risk: life"')!])['main.coop']!;
      assert.equal(life.match(/risk:/g)!.length, 1);
    });

    it('inserts only what is missing', () => {
      const text = emergency('  risk: safety');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/risk:/g)!.length, 1);
      assert.match(fixed, /emergency: "…"/);
    });

    it('fix-all in every style', () => {
      expectFixedInEveryStyle(RULE, emergency(''));
      expectFixedInEveryStyle(RULE, emergency('  emergency: "An attack tonight"'));
    });
  });

  describe('the governing instrument: the Second Protocol, or the law of the requested party', () => {
    const PROTOCOL = /\(CETS 224 Art\. 9 \(summary, to be verified against the official text\)\)\.$/;
    const LAW = /\(the emergency procedure, where the law of the requested party provides for it\)\.$/;
    const parties = (ie: string): string =>
      `party DE { name: "Germany"  instruments: [budapest, budapest-2ap, ets30] }\nparty IE { name: "Ireland"  ${ie} }\n`;
    const cases: [string, string, string, RegExp][] = [
      ['the Second Protocol, Art. 9', 'budapest-2ap art 9', 'instruments: [budapest, budapest-2ap]', PROTOCOL],
      ['the Second Protocol', 'budapest-2ap', 'instruments: [budapest, budapest-2ap]', PROTOCOL],
      ['the Second Protocol, which IE is not bound by', 'budapest-2ap art 9', 'instruments: [budapest]', LAW],
      ['the Second Protocol, with IE bound by no instrument (instruments: [])', 'budapest-2ap art 9', 'instruments: []', LAW],
      ['ETS 30 (emergency mutual assistance through the ordinary channel)', 'ets30', 'instruments: [budapest, ets30]', LAW],
      ['no basis', '', 'instruments: [budapest, budapest-2ap]', LAW],
    ];
    for (const [what, basis, ie, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === PROTOCOL ? 'CETS 224 Art. 9 (summary)' : 'the law of the requested party'}`, () => {
        const text =
          parties(ie) + emergency('', '   #! CR307').replace('  basis: budapest-2ap art 9\n', basis ? `  basis: ${basis}\n` : '');
        const l = expectRule(RULE, text);
        assert.equal(where(l, l.findings[0]!), '10:9 EMG-1');
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS 224|CETS 185|ETS 30/);
      });
    }
  });
});
