// CR307 emergency-without-risk: an emergency-disclosure request without `emergency` (the facts of
// the emergency) or without `risk` — one finding, at the name, naming what is missing.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

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

const missingIn = (f: LineFinding): string[] => /lacks (.*?):/.exec(f.finding.message)![1]!.match(/"[a-z-]+"/g)!.map((x) => x.slice(1, -1)).sort();

describe('CR307 emergency-without-risk', () => {
  it('a complete workspace without risk has exactly that finding, at the name, naming "risk"', () => {
    const l = expectExactly(emergency(ENTRIES.split('\n')[0]!, '   #! CR307'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '8:9 EMG-1');
    assert.deepEqual(missingIn(f!), ['risk']);
    assert.match(f!.finding.message, /EMG-1/);
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
    for (const entries of ['  emergency: imminent\n  risk: life', '  emergency: "An attack tonight"\n  risk: lif', '  emergency: "An attack tonight"\n  risk: consent "x"']) {
      const text = emergency(entries);
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'), entries);
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
    it('inserts both, with risk: life and the Protocol\'s words labelled as a summary; the finding is gone', () => {
      const text = emergency('');
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.match(fixed, /\n {2}emergency: "…" {2}# CETS 224 Arts 9, 10 \(summary, to be verified against the official text\)/);
      assert.match(fixed, /\n {2}risk: life {2}# CETS 224 Art\. 3 \(summary, to be verified against the official text\)/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.deepEqual(findingsOf('CR502', fixed).findings, []);
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
});
