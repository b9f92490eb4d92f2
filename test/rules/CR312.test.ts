// CR312 subscriber-order-contents: a subscriber-order lacking one of the contents of Second
// Protocol Art. 7(3) (summary): `authority`, `date`, `offences`, `data` (the information sought),
// and a `to` provider with `in` (the provider's name and address) — one finding naming every
// missing element, at the request's name. The safe fix inserts placeholders for absent entries
// (CR007 reports them); a `to` that names a party, or a provider without `in`, is the drafter's to
// correct. The finding cites Art. 7(3) (summary) where the Protocol governs, otherwise the law of
// the requested party.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR312';

const SUMMARY = 'CETS 224 Art. 7(3) (summary, to be verified against the official text)';

const DECLARATIONS = `party DE { name: "Germany"  instruments: [budapest, budapest-2ap] }
party IE { name: "Ireland"  instruments: [budapest, budapest-2ap] }

offence intrusion { conduct: "Copying the customer database"  category: budapest art 2 }

data holder {
  type: subscriber
  description: "Holder of the cloud account used for the copy"
  relevance: "The database was uploaded to this account"
  custodian: provider "NimbusCloud Ltd" in IE
}
`;

const ENTRIES = `  to: provider "NimbusCloud Ltd" in IE
  authority: "Staatsanwaltschaft Köln"
  date: 2026-03-02
  offences: [intrusion]
  data: [holder]`;

const without = (...keys: string[]): string =>
  ENTRIES.split('\n')
    .filter((l) => !keys.some((k) => l.startsWith(`  ${k}:`)))
    .join('\n');

/** A complete subscriber-order from DE; `entries` replaces its contents. */
function order(entries: string, marker = '', basis = 'budapest-2ap art 7'): string {
  return `${DECLARATIONS}
request SO-1 subscriber-order {${marker}
  from: DE
${basis ? `  basis: ${basis}\n` : ''}${entries}
  data-protection: "Used only in this investigation; deleted after final judgment"
}
`;
}

const lacks = (message: string): string =>
  /^Subscriber-order SO-1 lacks (.*) \((CETS 224 Art\. 7\(3\) \(summary, to be verified against the official text\)|the contents of an order, where the law of the requested party provides for it)\)\.$/.exec(
    message,
  )![1]!;

describe('CR312 subscriber-order-contents', () => {
  it("a complete workspace lacking the date has exactly that finding, at the request's name", () => {
    const l = expectExactly(order(without('date'), '   #! CR312'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '13:9 SO-1');
    assert.equal(f!.finding.message, `Subscriber-order SO-1 lacks "date" (the date of issue) (${SUMMARY}).`);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the complete order', () => {
    expectExactly(order(ENTRIES));
  });

  it('one finding naming every missing element', () => {
    const [f] = expectRule(RULE, order('', '   #! CR312')).findings;
    assert.equal(
      lacks(f!.finding.message),
      '"authority" (the issuing authority), "date" (the date of issue), "offences" (the offences under investigation or prosecution), "data" (a detailed description of the subscriber information sought) and a "to" provider with "in" (the name and address of the provider)',
    );
  });

  for (const key of ['authority', 'date', 'offences', 'data']) {
    it(`a missing "${key}", and a misspelt one, is reported`, () => {
      assert.match(lacks(expectRule(RULE, order(without(key), '   #! CR312')).findings[0]!.finding.message), new RegExp(`^"${key}" \\(`));
      const misspelt = ENTRIES.replace(`  ${key}:`, `  ${key}x:`);
      assert.match(lacks(expectRule(RULE, order(misspelt, '   #! CR312')).findings[0]!.finding.message), new RegExp(`^"${key}" \\(`));
    });
  }

  it('empty lists of offences or data are absent entries', () => {
    const [f] = expectRule(RULE, order(ENTRIES.replace('[intrusion]', '[]').replace('[holder]', '[ ]'), '   #! CR312')).findings;
    assert.equal(
      lacks(f!.finding.message),
      '"offences" (the offences under investigation or prosecution) and "data" (a detailed description of the subscriber information sought)',
    );
  });

  describe('to: a provider, with `in`', () => {
    it("a party, a provider without `in`, or no `to`: the provider's name and address are missing", () => {
      for (const to of ['  to: IE', '  to: provider "NimbusCloud Ltd"', '']) {
        const entries = to ? ENTRIES.replace('  to: provider "NimbusCloud Ltd" in IE', to) : without('to');
        const [f] = expectRule(RULE, order(entries, '   #! CR312')).findings;
        assert.equal(lacks(f!.finding.message), 'a "to" provider with "in" (the name and address of the provider)', to);
      }
    });

    it('a `to` that is present but unusable keeps that element silent (CR004)', () => {
      const text = order(ENTRIES.replace('in IE', 'in ie'));
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    });
  });

  it('present-but-unusable values count as present (CR002, CR004, CR007 on them)', () => {
    const text = order(
      ENTRIES.replace('"Staatsanwaltschaft Köln"', 'staatsanwaltschaft')
        .replace('2026-03-02', '2026-02-30')
        .replace('[intrusion]', '[intrusoin]')
        .replace('[holder]', '"…"'),
    );
    expectRule(RULE, text);
    const rules = lintTexts({ 'main.coop': text }).findings.map((f) => f.rule);
    for (const rule of ['CR002', 'CR004', 'CR007']) assert.ok(rules.includes(rule), `${rule} in ${rules.join(' ')}`);
  });

  it('is silent on every other kind of request, whatever it lacks', () => {
    for (const kind of [
      'extradition',
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'direct-access',
      'provisional-arrest',
      'subscriber-ordr',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n  to: IE\n}\n`);
    }
  });

  describe('fix: insert placeholders', () => {
    it('inserts each absent entry as a placeholder citing Art. 7(3) and saying what it is; the finding is gone', () => {
      const text = order(without('authority', 'date', 'offences', 'data'));
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.match(fixed, new RegExp(`\\n {2}authority: "…" {2}# ${SUMMARY.replace(/[.()]/g, '\\$&')}: the issuing authority\\n`));
      assert.match(
        fixed,
        /\n {2}date: "…" {2}# [^\n]*: the date of issue\n {2}offences: "…" {2}# [^\n]*: the offences under investigation or prosecution\n {2}data: "…" {2}# [^\n]*: a detailed description of the subscriber information sought\n\}/,
      );
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 4);
    });

    it("an absent `to` gets a placeholder; a party or a provider without `in` gets no fix (correcting it is the drafter's)", () => {
      const absent = order(without('to'));
      const fixed = applyFixes({ 'main.coop': absent }, [safeFix(findingsOf(RULE, absent).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}to: "…" {2}# [^\n]*the name and address of the provider: provider "…" in XX\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      for (const to of ['  to: IE', '  to: provider "NimbusCloud Ltd"']) {
        const [f] = findingsOf(RULE, order(ENTRIES.replace('  to: provider "NimbusCloud Ltd" in IE', to))).findings;
        assert.deepEqual(f!.finding.fixes, [], to);
      }
    });

    it('entries written as empty lists are filled, not given a second entry that would not count', () => {
      const text = order(ENTRIES.replace('[intrusion]', '[]').replace('[holder]', '[]'));
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}offences: "…"\n {2}data: "…"\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(fixAll({ 'main.coop': text }, { rules: [RULE] }).passes, 1);
    });

    it('fix-all in every style', () => {
      expectFixedInEveryStyle(RULE, order(without('authority', 'date', 'offences', 'data', 'to')));
      expectFixedInEveryStyle(RULE, `${DECLARATIONS}\nrequest SO-2 subscriber-order { from: DE }\n`);
    });
  });

  describe('the governing instrument: the Second Protocol, or the law of the requested party', () => {
    const LAW = 'the contents of an order, where the law of the requested party provides for it';
    const cases: [string, string, string, string][] = [
      ['the Second Protocol, Art. 7', 'budapest-2ap art 7', 'instruments: [budapest, budapest-2ap]', SUMMARY],
      ['the Second Protocol', 'budapest-2ap', 'instruments: [budapest-2ap]', SUMMARY],
      ['the Second Protocol, which IE is not bound by', 'budapest-2ap art 7', 'instruments: [budapest]', LAW],
      ['the Second Protocol, with IE bound by no instrument (instruments: [])', 'budapest-2ap art 7', 'instruments: []', LAW],
      ['the Budapest Convention (not an instrument for subscriber orders)', 'budapest', 'instruments: [budapest, budapest-2ap]', LAW],
      ['no basis', '', 'instruments: [budapest, budapest-2ap]', LAW],
    ];
    for (const [what, basis, ie, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === SUMMARY ? 'Art. 7(3) (summary)' : 'the law of the requested party'}, and the fix's comments cite the same`, () => {
        const text = order(without('date'), '   #! CR312', basis).replace(
          'party IE { name: "Ireland"  instruments: [budapest, budapest-2ap] }',
          `party IE { name: "Ireland"  ${ie} }`,
        );
        const l = expectRule(RULE, text);
        const [f] = l.findings;
        assert.equal(where(l, f!), '13:9 SO-1');
        assert.equal(f!.finding.message, `Subscriber-order SO-1 lacks "date" (the date of issue) (${cites}).`);
        const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
        assert.equal(/\n {2}date: "…" {2}# (.*)\n/.exec(fixed)![1], `${cites}: the date of issue`);
      });
    }
  });
});
