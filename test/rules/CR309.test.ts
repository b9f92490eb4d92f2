// CR309 direct-access-basis: a direct-access request without `lawful-basis` (publicly-available,
// or consent "…") (Budapest 32); at the request's name. Version 2: the safe fix inserts a
// placeholder (CR007 reports it); which lawful basis applies is the drafter's to say, so each is a
// quick fix (`safe: false`). The finding cites Art. 32 where Budapest governs (the basis names it),
// otherwise the law of the requested party.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, suggestionTitles, where } from '../support/ruletest';

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
    assert.match(f!.finding.message, /^Direct-access request DA-1 states no lawful basis: .* \(CETS 185 Art\. 32\)\.$/);
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
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'),
        basis,
      );
    }
  });

  it('a misspelt key is not the key it resembles', () => {
    expectRule(RULE, access('lawfull-basis: publicly-available', '   #! CR309'));
  });

  it('is silent on every other kind of request', () => {
    for (const kind of [
      'extradition',
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  describe('fix: insert lawful-basis', () => {
    it('the safe fix inserts a placeholder, choosing no basis; the finding is gone and CR007 reports it', () => {
      const text = access('');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}lawful-basis: "…" {2}# publicly-available, or consent "…" naming the person with lawful authority\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 1);
    });

    it('each lawful basis is a quick fix the drafter picks; fix-all picks neither', () => {
      const text = access('');
      const [f] = findingsOf(RULE, text).findings;
      assert.deepEqual(suggestionTitles(f!), ['Add "lawful-basis: publicly-available"', 'Add "lawful-basis: consent"']);
      const [publicly, consent] = f!.finding.fixes.filter((x) => !x.safe);
      const a = applyFixes({ 'main.coop': text }, [publicly!])['main.coop']!;
      assert.match(a, /\n {2}lawful-basis: publicly-available\n/);
      assert.deepEqual(findingsOf(RULE, a).findings, []);
      const b = applyFixes({ 'main.coop': text }, [consent!])['main.coop']!;
      assert.match(b, /\n {2}lawful-basis: consent "…" {2}# the person with lawful authority to disclose the data\n/);
      assert.deepEqual(findingsOf(RULE, b).findings, []);
      assert.doesNotMatch(fixAll({ 'main.coop': text }, { rules: [RULE] }).files['main.coop']!, /publicly-available\n|consent "…"  #/);
    });

    it('an entry written as an empty list is filled, not given a second entry that would not count', () => {
      const text = access('lawful-basis: []');
      const [f] = findingsOf(RULE, text).findings;
      for (const fix of f!.finding.fixes) {
        const fixed = applyFixes({ 'main.coop': text }, [fix])['main.coop']!;
        assert.equal(fixed.match(/lawful-basis:/g)!.length, 1, fix.title);
        assert.deepEqual(findingsOf(RULE, fixed).findings, [], fix.title);
      }
    });

    it('fix-all in every style, and into an empty one-line request', () => {
      expectFixedInEveryStyle(RULE, access(''));
      expectFixedInEveryStyle(RULE, `${access('').split('\n\n')[0]}\n\nrequest DA-2 direct-access { }\n`);
    });
  });

  describe('the governing instrument: Budapest Art. 32, or the law of the requested party', () => {
    const BUDAPEST = /\(CETS 185 Art\. 32\)\.$/;
    const LAW = /\(trans-border access, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string, RegExp][] = [
      ['Budapest Art. 32', 'budapest art 32', 'instruments: [budapest]', BUDAPEST],
      ['the Budapest Convention', 'budapest', 'instruments: [budapest]', BUDAPEST],
      ['Budapest, which LV is not bound by', 'budapest art 32', 'instruments: [ets30]', LAW],
      ['Budapest, with LV bound by no instrument (instruments: [])', 'budapest art 32', 'instruments: []', LAW],
      ['the UN Convention (no article for direct access)', 'uncc', 'instruments: [budapest, uncc]', LAW],
      ['no basis (nothing governs direct access by default)', '', 'instruments: [budapest]', LAW],
    ];
    for (const [what, basis, lv, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === BUDAPEST ? 'Art. 32' : 'the law of the requested party'}`, () => {
        const text =
          access('', '   #! CR309').replace('  basis: budapest art 32\n', basis ? `  basis: ${basis}\n` : '') +
          `\nparty PL { name: "Poland"  instruments: [budapest, uncc] }\nparty LV { name: "Latvia"  ${lv} }\n`;
        const l = expectRule(RULE, text);
        assert.equal(where(l, l.findings[0]!), '8:9 DA-1');
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS 185|UNCC/);
      });
    }
  });
});
