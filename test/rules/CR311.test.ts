// CR311 preservation-deadline: a preservation request with `date`, when a request naming it in
// `preserved-by` is dated more than sixty days after it, or none does and today is more than sixty
// days after it: the requested party need keep the data for not less than sixty days (Budapest Art.
// 29(7)) and may release them after; at the preservation's `date` value. The first request naming
// it counts; one not yet dated counts as sent today. A finding that rests on today says "as of
// YYYY-MM-DD". Every test sets today (Settings.today): nothing here reads the real clock.

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where, type Linted } from '../support/ruletest';
import { withClock } from '../support/clock';

const RULE = 'CR311';

/** Today is 2026-12-03 in every test. */
const TODAY: Settings = { rules: {}, interceptionThresholdYears: 4, today: '2026-12-03' };
const on = (today: string): Settings => ({ ...TODAY, today });

const BASE = `party FR {
  name: "France"
  instruments: [budapest, ets30, uncc]
}

party US {
  name: "United States"
  instruments: [budapest, uncc]
}

offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}

data mailbox {
  type: content
  description: "Contents of the negotiation mailbox, January 2026"
  relevance: "The ransom was negotiated from this mailbox"
  custodian: provider "Example Mail Inc." in US
}
`;

/** A complete preservation request dated `date` ('' for none); `marker` goes on the date's line. */
function preservation(date: string, marker = '', opts: { name?: string; basis?: string } = {}): string {
  return `request ${opts.name ?? 'PRES-1'} preservation {
  from: FR
  to: US
${opts.basis === '' ? '' : `  basis: ${opts.basis ?? 'budapest art 29'}\n`}${date ? `  date: ${date}${marker}\n` : ''}  authority: "Office anti-cybercriminalité"
  offences: [ransomware]
  facts: "The ransom was negotiated from the mailbox in January 2026"
  data: [mailbox]
  necessity: "The provider deletes a closed mailbox after 30 days"
  follow-up: mutual-assistance
  grounds {
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Preserving one mailbox touches no essential interest"
  }
}
`;
}

/** The complete mutual-assistance request that obtains the data, dated `date` ('' for not yet dated). */
function followUp(date: string, opts: { name?: string; preservedBy?: string } = {}): string {
  return `request ${opts.name ?? 'MLA-1'} mutual-assistance {
  measure: stored-data
  from: FR
  to: US
  basis: budapest art 31
${date ? `  date: ${date}\n` : ''}  authority: "Juge d'instruction, Paris"
  purpose: "Evidence of the ransom negotiation"
  offences: [ransomware]
  facts: "The mailbox holds the negotiation"
  data: [mailbox]
  preserved-by: ${opts.preservedBy ?? 'PRES-1'}
  data-protection: "Used only in this case, kept until final judgment"
  safeguards {
    authorization: judicial "Commission rogatoire of 2 March 2026"
    necessity: "The messages exist only in this mailbox"
    proportionality: "One mailbox, one month"
    notice: deferred "Told when the investigation closes"
    redress: "Annulment application"
  }
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic is involved"
  }
}
`;
}

/** A preservation that nothing follows: CR306's info is on its name, CR311's warning on its date. */
const alone = (date: string, marker = '', opts: { basis?: string } = {}): string =>
  `${BASE}\n${preservation(date, marker, opts).replace('request PRES-1 preservation {', 'request PRES-1 preservation {   #! CR306')}`;

const finding = (l: Linted) => {
  assert.equal(l.findings.length, 1);
  return l.findings[0]!;
};

/**
 * Run `lint` with the clock standing at `iso` (`new Date()` and `Date.now()`), and restore it.
 * Used to show that, with today set, the rule never reads the clock.
 */
describe('CR311 preservation-deadline', () => {
  it("a complete workspace whose follow-up came on day 61 has exactly that warning, at the preservation's date", () => {
    const l = expectExactly(`${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${followUp('2026-03-12')}`, TODAY);
    const f = finding(l);
    assert.equal(where(l, f), '29:9 2026-01-10');
    assert.equal(
      f.finding.message,
      'Preservation request PRES-1 is dated 2026-01-10; request MLA-1 to obtain the data is dated 61 days after it. The requested party need keep the data for not less than sixty days — until 2026-03-11 — and may release them after (CETS 185 Art. 29(7)).',
    );
    assert.equal(f.finding.severity, 'warning');
    assert.deepEqual(f.finding.fixes, []);
  });

  describe('day 60 and day 61', () => {
    it('a follow-up dated on day 60 is in time; on day 61 it is not', () => {
      expectExactly(`${BASE}\n${preservation('2026-01-10')}\n${followUp('2026-03-11')}`, TODAY);
      expectRule(RULE, `${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${followUp('2026-03-12')}`, TODAY);
      // Across a month end and a leap day: 2028-01-01 + 60 days = 2028-03-01.
      expectRule(RULE, `${BASE}\n${preservation('2028-01-01')}\n${followUp('2028-03-01')}`, TODAY);
      expectRule(RULE, `${BASE}\n${preservation('2028-01-01', '   #! CR311')}\n${followUp('2028-03-02')}`, TODAY);
      // The same day, or before the preservation: in time.
      expectRule(RULE, `${BASE}\n${preservation('2026-01-10')}\n${followUp('2026-01-10')}`, TODAY);
      expectRule(RULE, `${BASE}\n${preservation('2026-01-10')}\n${followUp('2025-12-01')}`, TODAY);
    });

    it('no follow-up: today on day 60 is in time; on day 61 the data may be released, as of today', () => {
      // 2026-12-03 is day 60 after 2026-10-04 and day 61 after 2026-10-03.
      expectRule(RULE, alone('2026-10-04'), TODAY);
      const l = expectRule(RULE, alone('2026-10-03', '   #! CR311'), TODAY);
      const f = finding(l);
      assert.equal(where(l, f), '29:9 2026-10-03');
      assert.equal(
        f.finding.message,
        'Preservation request PRES-1 is dated 2026-10-03; no request to obtain the data names it in "preserved-by", and today is 61 days after it (as of 2026-12-03). The requested party need keep the data for not less than sixty days — until 2026-12-02 — and may release them after (CETS 185 Art. 29(7)).',
      );
    });

    it('a preservation dated after today is not late', () => {
      expectRule(RULE, alone('2027-01-15'), TODAY);
    });
  });

  describe('a follow-up not yet dated counts as sent today', () => {
    it('on day 60 it is in time; on day 61 the finding says it is not dated yet, as of today', () => {
      expectRule(RULE, `${BASE}\n${preservation('2026-10-04')}\n${followUp('')}`, TODAY);
      const l = expectRule(RULE, `${BASE}\n${preservation('2026-10-03', '   #! CR311')}\n${followUp('')}`, TODAY);
      assert.equal(
        finding(l).finding.message,
        'Preservation request PRES-1 is dated 2026-10-03; request MLA-1 to obtain the data is not dated yet: today is 61 days after it (as of 2026-12-03). The requested party need keep the data for not less than sixty days — until 2026-12-02 — and may release them after (CETS 185 Art. 29(7)).',
      );
    });

    it('"as of" appears only when today stands in for a date', () => {
      const l = expectRule(RULE, `${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${followUp('2026-06-01')}`, TODAY);
      assert.doesNotMatch(finding(l).finding.message, /as of|today/);
    });
  });

  it('the first request naming the preservation counts: one in time is enough', () => {
    const second = followUp('2026-09-01', { name: 'MLA-2' });
    expectRule(RULE, `${BASE}\n${preservation('2026-01-10')}\n${followUp('2026-02-01')}\n${second}`, TODAY);
    const l = expectRule(RULE, `${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${second}\n${followUp('2026-05-01')}`, TODAY);
    assert.match(finding(l).finding.message, /; request MLA-1 to obtain the data is dated 111 days after it\./);
    // An undated request is today: a dated one before it counts first.
    expectRule(RULE, `${BASE}\n${preservation('2026-10-03')}\n${followUp('')}\n${followUp('2026-10-20', { name: 'MLA-2' })}`, TODAY);
  });

  it('a request of any kind naming it counts, and may be in another file', () => {
    const traffic = 'request TD-1 traffic-disclosure {\n  to: US\n  date: 2026-03-12\n  preserved-by: PRES-1\n}\n';
    expectRule(RULE, { 'a.coop': `${BASE}\n${preservation('2026-01-10', '   #! CR311')}`, 'b.coop': traffic }, TODAY);
    expectRule(RULE, { 'a.coop': `${BASE}\n${preservation('2026-01-10')}`, 'b.coop': traffic.replace('2026-03-12', '2026-03-01') }, TODAY);
  });

  it('follows the follow-up as it is dated, re-dated and removed', () => {
    const { ws } = lintTexts({ 'a.coop': `${BASE}\n${preservation('2026-10-01')}`, 'b.coop': followUp('2026-11-01') }, TODAY);
    const count = (): number => ws.findings('file:///ws/a.coop').filter((f) => f.rule === RULE).length;
    assert.equal(count(), 0);
    ws.set('file:///ws/b.coop', followUp('2026-12-01'));
    assert.equal(count(), 1);
    ws.set('file:///ws/b.coop', followUp(''));
    assert.equal(count(), 1, 'not dated: today, day 63');
    ws.delete('file:///ws/b.coop');
    assert.equal(count(), 1, 'none: today, day 63');
  });

  describe('must not fire', () => {
    it('without a date: the deadline cannot be counted', () => {
      expectRule(RULE, alone(''), TODAY);
      expectRule(RULE, `${BASE}\n${preservation('')}\n${followUp('2026-11-01')}`, TODAY);
    });

    it("when the preservation's date is present but unusable (CR004), or a placeholder (CR007)", () => {
      for (const [date, rule] of [
        ['2026-02-30', 'CR004'],
        ['"…"', 'CR007'],
        ['January', 'CR004'],
      ] as const) {
        const text = alone(date);
        expectRule(RULE, text, TODAY);
        assert.ok(
          lintTexts({ 'main.coop': text }, TODAY).findings.some((f) => f.rule === rule),
          date,
        );
      }
    });

    it("when a follow-up's date is present but unusable: when it was sent cannot be read", () => {
      const text = `${BASE}\n${preservation('2026-01-10')}\n${followUp('2026-13-01')}`;
      expectRule(RULE, text, TODAY);
      assert.ok(lintTexts({ 'main.coop': text }, TODAY).findings.some((f) => f.rule === 'CR004'));
    });

    it("when a request's preserved-by names nothing usable (CR002) and it goes to the same party: it may follow this one", () => {
      const typo = followUp('2026-11-01', { preservedBy: 'PRES-01' });
      expectRule(RULE, `${BASE}\n${preservation('2026-01-10')}\n${typo}`, TODAY);
      // Once the name resolves to another preservation, this one is alone again.
      expectRule(
        RULE,
        `${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${preservation('2026-10-01', '', { name: 'PRES-01' })}\n${typo}`,
        TODAY,
      );
    });

    it('on requests of other kinds, dated long ago and followed by nothing', () => {
      for (const kind of [
        'extradition',
        'mutual-assistance',
        'traffic-disclosure',
        'emergency-disclosure',
        'subscriber-order',
        'direct-access',
        'provisional-arrest',
      ]) {
        expectRule(RULE, `request R-1 ${kind} {\n  date: 2020-01-01\n}\n`, TODAY);
      }
    });
  });

  it('a request whose preserved-by names nothing usable does not silence it when it goes to another party, or when a follow-up names this preservation', () => {
    const typo = followUp('2026-11-01', { name: 'MLA-9', preservedBy: 'PRES-01' });
    expectRule(RULE, `${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${typo.replace('  to: US\n', '  to: CH\n')}`, TODAY);
    expectRule(RULE, `${BASE}\n${preservation('2026-01-10', '   #! CR311')}\n${followUp('2026-06-01')}\n${typo}`, TODAY);
  });

  it('naming itself in preserved-by does not count: today decides', () => {
    const self = preservation('2026-10-03', '   #! CR311').replace(
      '  follow-up: mutual-assistance\n',
      '  follow-up: mutual-assistance\n  preserved-by: PRES-1\n',
    );
    const l = expectRule(RULE, `${BASE}\n${self}`, TODAY);
    assert.match(finding(l).finding.message, /no request to obtain the data names it/);
  });

  describe('today', () => {
    it('comes from the setting: the same workspace is in time on one day and late on the next', () => {
      const text = alone('2026-10-03', '   #! CR311');
      expectRule(RULE, text.replace('   #! CR311', ''), on('2026-12-02'));
      const l = expectRule(RULE, text, on('2026-12-04'));
      assert.match(finding(l).finding.message, /today is 62 days after it \(as of 2026-12-04\)/);
    });

    it('with today set, nothing depends on the clock', () => {
      const text = `${BASE}\n${preservation('2026-10-03')}\n${followUp('')}\n${preservation('2026-01-10', '', { name: 'PRES-2' })}`;
      const messages = (clock: string): string[] =>
        withClock(clock, () => findingsOf(RULE, text, TODAY).findings.map((f) => f.finding.message));
      const early = messages('2026-01-01');
      assert.equal(early.length, 2);
      assert.deepEqual(messages('2031-07-15'), early);
      assert.ok(early.every((m) => m.includes('(as of 2026-12-03)')));
    });

    it('(the stand-in clock is the one the rules would read without the setting)', () => {
      // This shows the check above can fail: without `today`, the result follows the clock.
      const text = alone('2026-10-03');
      const count = (clock: string): number => withClock(clock, () => findingsOf(RULE, text).findings.length);
      assert.equal(count('2026-12-02'), 0);
      assert.equal(count('2026-12-03'), 1);
    });
  });

  describe('the governing instrument: Budapest Art. 29(7) (also with no basis), UNCC Art. 42, or the law of the requested party', () => {
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 29', 'budapest art 29', undefined, /\(CETS 185 Art\. 29\(7\)\)\.$/],
      ['no basis (Budapest by default)', '', undefined, /\(CETS 185 Art\. 29\(7\)\)\.$/],
      ['the UN Convention', 'uncc', undefined, /\(UNCC Art\. 42 \(summary, to be verified against the official text\)\)\.$/],
      [
        'Budapest, with the US bound by no instrument (instruments: [])',
        'budapest art 29',
        'instruments: []',
        /No convention on preservation governs this request: how long the data are kept depends on the law of the requested party or on the custodian, so check that they are still there\.$/,
      ],
      [
        'the UN Convention, which the US is not bound by',
        'uncc',
        'instruments: [budapest]',
        /No convention on preservation governs this request: how long the data are kept depends on the law of the requested party or on the custodian, so check that they are still there\.$/,
      ],
      [
        'reciprocity',
        'reciprocity',
        undefined,
        /No convention on preservation governs this request: how long the data are kept depends on the law of the requested party or on the custodian, so check that they are still there\.$/,
      ],
    ];
    for (const [what, basis, us, cites] of cases) {
      it(`${what}: fires at the date, citing ${cites.source.includes('CETS') ? 'Art. 29(7)' : cites.source.includes('UNCC') ? 'UNCC Art. 42' : 'the law of the requested party'}`, () => {
        let text = alone('2026-10-03', '   #! CR311', { basis });
        if (us) text = text.replace('  name: "United States"\n  instruments: [budapest, uncc]', `  name: "United States"\n  ${us}`);
        const l = expectRule(RULE, text, TODAY);
        assert.match(where(l, finding(l)), /:9 2026-10-03$/);
        assert.match(finding(l).finding.message, cites);
        if (!cites.source.includes('CETS')) assert.doesNotMatch(finding(l).finding.message, /CETS 185/);
        if (!cites.source.includes('UNCC')) assert.doesNotMatch(finding(l).finding.message, /UNCC/);
      });
    }
  });
});
