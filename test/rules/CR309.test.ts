// CR309 direct-access-basis: a direct-access request without `lawful-basis` (publicly-available,
// or consent "…") (Budapest 32); at the request's name; the fix inserts the entry.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR309';

function access(lawfulBasis: string, header = ''): string {
  return `data forum-posts {
  type: content
  description: "Posts of the user darkvendor on the open forum"
  relevance: "The posts offer the stolen card data"
  custodian: provider "Forum Host SIA" in LV
}

request DA-1 direct-access {${header}
  from: PL
  to: LV
  basis: budapest art 32
  authority: "Centralne Biuro Zwalczania Cyberprzestępczości"
  data: [forum-posts]
${lawfulBasis ? `  ${lawfulBasis}\n` : ''}}
`;
}

describe('CR309 direct-access-basis', () => {
  it('a complete workspace without lawful-basis has exactly that finding, at the name', () => {
    const l = expectExactly(access('', '   #! CR309'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '8:9 DA-1');
    assert.match(f!.finding.message, /DA-1/);
    assert.match(f!.finding.message, /Art\. 32/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent with either lawful basis', () => {
    expectExactly(access('lawful-basis: publicly-available'));
    expectExactly(access('lawful-basis: consent "The account holder, by signed statement of 3 May 2026"'));
  });

  it('a lawful basis that is present but unusable keeps it silent (CR004 on the value)', () => {
    for (const basis of ['lawful-basis: consent', 'lawful-basis: private-agreement', 'lawful-basis: publicly-available "the forum"']) {
      const text = access(basis);
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'), basis);
    }
  });

  it('a misspelt key is not the key it resembles', () => {
    expectRule(RULE, access('lawfull-basis: publicly-available', '   #! CR309'));
  });

  it('is silent on every other kind of request', () => {
    for (const kind of ['extradition', 'mutual-assistance', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order']) {
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  describe('fix: insert lawful-basis', () => {
    it('inserts consent "…" with the words of Art. 32(b), and the finding is gone', () => {
      const text = access('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}lawful-basis: consent "…" {2}# CETS 185 Art\. 32\(b\): /);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style, and into an empty one-line request', () => {
      expectFixedInEveryStyle(RULE, access(''));
      expectFixedInEveryStyle(RULE, `${access('').split('\n\n')[0]}\n\nrequest DA-2 direct-access { }\n`);
    });
  });
});
