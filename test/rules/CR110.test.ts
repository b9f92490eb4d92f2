// CR110 time-barred-requesting: extradition `for: prosecution` (or without `for`) for an offence
// whose `committed` date plus the `limitation` of the requesting party's law is on or before the
// request's `date` (or today, without one): "extradition shall not be granted" (ETS 24 Art. 10).
// Silent when `grounds` assesses `lapse-of-time` as `not-engaged` or `engaged`; at the offence in
// `offences`. Whatever the governing instrument: ETS 24 cited only where it governs. Every test
// sets today; none depends on the system clock.

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';
import { withClock } from '../support/clock';

const TODAY = '2026-12-03';
const SETTINGS: Settings = { rules: {}, interceptionThresholdYears: 4, today: TODAY };
const on = (today: string): Settings => ({ ...SETTINGS, today });

/** The offence committed on 2016-03-10, barred under PL law (10 years) from 2026-03-10. */
const OFFENCES = `
person nowak { name: "Piotr Example"  nationality: PL }
offence extortion {
  conduct: "Threatening a shop with a denial-of-service attack"
  committed: 2016-03-10
  law PL { cite: "Kodeks karny art. 282"  max-penalty: 10 years  limitation: 10 years }
  law CH { cite: "StGB art. 156"  max-penalty: 5 years }
}
offence recent {
  conduct: "Fraud"
  committed: 2024-01-01
  law PL { max-penalty: 8 years  limitation: 15 years }
}
`;

const ext = (name: string, offences: string, marker = '', extra = '', basis = 'basis: ets24') => `
request ${name} extradition {
  from: PL
  to: CH
  ${basis}
  person: nowak
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR110 time-barred-requesting', () => {
  it('fires at the offence in offences, with the limitation as related information', () => {
    const { ws, findings } = expectRule('CR110', `${OFFENCES}${ext('EXT-1', 'recent, extortion', 'CR110', 'date: 2026-04-01')}`, SETTINGS);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [20, 22, 'extortion']);
    assert.equal(
      f.message,
      'Offence extortion, committed on 2016-03-10, was statute-barred under the law of PL on 2026-03-10 (limitation 10 years), on or before the date of extradition request EXT-1: unless the period was interrupted or suspended, extradition shall not be granted (ETS 24 Art. 10(1) as replaced by CETS 212 Art. 1).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[6, 'limitation: 10 years']],
    );
    assert.match(f.related[0]!.message, /limitation under the law of PL/);
    assert.deepEqual([f.alias, f.severity], ['time-barred-requesting', 'warning']);
    assert.deepEqual(f.fixes, []);
  });

  describe("the request's date: the period ending the day before, on, or after it", () => {
    it('ended the day before the request: barred', () => {
      expectRule('CR110', `${OFFENCES}${ext('EXT-2', 'extortion', 'CR110', 'date: 2026-03-11')}`, SETTINGS);
    });

    it('ends on the day of the request: barred ("on or before")', () => {
      expectRule('CR110', `${OFFENCES}${ext('EXT-3', 'extortion', 'CR110', 'date: 2026-03-10')}`, SETTINGS);
    });

    it('ends the day after the request: not barred', () => {
      expectRule('CR110', `${OFFENCES}${ext('EXT-4', 'extortion', '', 'date: 2026-03-09')}`, SETTINGS);
    });

    it("the request's date decides, not today", () => {
      // Today is long after the period ended, but the request was sent before.
      expectRule('CR110', `${OFFENCES}${ext('EXT-5', 'extortion', '', 'date: 2025-01-01')}`, on('2040-01-01'));
    });
  });

  describe('without a date, today (the request is not sent yet)', () => {
    const undated = `${OFFENCES}${ext('EXT-6', 'extortion', 'CR110')}`;

    it('the period ended before today, or ends today: barred, and the message says as of which day', () => {
      const { findings } = expectRule('CR110', undated, on('2026-03-10'));
      assert.equal(
        findings[0]!.finding.message,
        'Offence extortion, committed on 2016-03-10, was statute-barred under the law of PL on 2026-03-10 (limitation 10 years), on or before today (as of 2026-03-10), extradition request EXT-6 being undated: unless the period was interrupted or suspended, extradition shall not be granted (ETS 24 Art. 10(1) as replaced by CETS 212 Art. 1).',
      );
      expectRule('CR110', undated, SETTINGS);
      assert.match(findingsOf('CR110', undated, SETTINGS).findings[0]!.finding.message, /\(as of 2026-12-03\)/);
    });

    it('the period ends after today: not barred', () => {
      expectRule('CR110', undated.replace('   #! CR110', ''), on('2026-03-09'));
    });

    it('a dated request never says "as of"', () => {
      const { findings } = findingsOf('CR110', `${OFFENCES}${ext('EXT-7', 'extortion', '', 'date: 2026-04-01')}`, SETTINGS);
      assert.doesNotMatch(findings[0]!.finding.message, /as of|today/);
    });

    it('does not depend on the system clock when today is set', () => {
      const keys = (clock: string) => withClock(clock, () => findingsOf('CR110', undated, SETTINGS).findings.map((f) => f.finding.message));
      assert.deepEqual(keys('2000-01-01'), keys('2099-12-31'));
      assert.equal(keys('2000-01-01').length, 1);
      // The clock does reach the rule when today is not set: the comparison above is not empty.
      const unset = (clock: string) => withClock(clock, () => findingsOf('CR110', undated).findings.length);
      assert.deepEqual([unset('2000-01-01'), unset('2099-12-31')], [0, 1]);
    });
  });

  describe('the arithmetic of the period', () => {
    it('months and days; a period from 29 February ends on 28 February', () => {
      const { findings } = expectRule(
        'CR110',
        `
offence o-months { committed: 2025-01-31  law PL { limitation: 1 month } }
offence o-days { committed: 2026-11-03  law PL { limitation: 30 days } }
offence o-leap { committed: 2024-02-29  law PL { limitation: 1 year } }
request EXT-8 extradition { from: PL  to: CH  basis: ets24  date: 2025-02-28  offences: [o-months] }   #! CR110
request EXT-9 extradition { from: PL  to: CH  basis: ets24  date: 2025-02-27  offences: [o-months] }
request EXT-10 extradition { from: PL  to: CH  basis: ets24  offences: [o-days] }   #! CR110
request EXT-11 extradition { from: PL  to: CH  basis: ets24  date: 2026-12-02  offences: [o-days] }
request EXT-12 extradition { from: PL  to: CH  basis: ets24  date: 2025-02-28  offences: [o-leap] }   #! CR110
request EXT-13 extradition { from: PL  to: CH  basis: ets24  date: 2025-02-27  offences: [o-leap] }
`,
        SETTINGS,
      );
      // The message gives the period as written, singular for one.
      assert.deepEqual(
        findings.map((f) => /\(limitation ([^)]*)\)/.exec(f.finding.message)?.[1]),
        ['1 month', '30 days', '1 year'],
      );
    });
  });

  describe('silences', () => {
    it('when lapse-of-time is assessed engaged or not engaged (the drafter applied the law of interruption)', () => {
      expectRule(
        'CR110',
        `${OFFENCES}
${ext('EXT-14', 'extortion', '', 'grounds { lapse-of-time: not-engaged "Interrupted by the 2019 indictment" }')}
${ext('EXT-15', 'extortion', '', 'grounds { lapse-of-time: engaged "Barred" }')}`,
        SETTINGS,
      );
    });

    it('…but not when it is unassessed or absent', () => {
      expectRule(
        'CR110',
        `${OFFENCES}
${ext('EXT-16', 'extortion', 'CR110', 'grounds { lapse-of-time: unassessed }')}
${ext('EXT-17', 'extortion', 'CR110', 'grounds { dual-criminality: not-engaged "Both" }')}`,
        SETTINGS,
      );
    });

    it("for a sentence: Art. 10 bars prosecution here (the sentence is CR103's and the drafter's)", () => {
      expectRule(
        'CR110',
        `${OFFENCES}${ext('EXT-18', 'extortion', '', 'for: sentence')}
${ext('EXT-19', 'extortion', 'CR110', 'for: prosecution')}`,
        SETTINGS,
      );
    });

    it("a limitation under the requested party's law only is CR111's", () => {
      expectRule(
        'CR110',
        `
offence o-ch { committed: 2000-01-01  law CH { limitation: 5 years } }
${ext('EXT-20', 'o-ch')}`,
        SETTINGS,
      );
    });

    it('no committed date, no limitation, or no requesting party', () => {
      expectRule(
        'CR110',
        `${OFFENCES}
offence o-no-date { law PL { limitation: 1 year } }
offence o-no-limit { committed: 2000-01-01  law PL { max-penalty: 5 years } }
${ext('EXT-21', 'o-no-date, o-no-limit')}
request EXT-22 extradition { to: CH  basis: ets24  offences: [extortion] }
`,
        SETTINGS,
      );
    });

    it('when a value it needs is present but unusable', () => {
      expectRule(
        'CR110',
        `${OFFENCES}
offence o-bad-date { committed: "March 2016"  law PL { limitation: 1 year } }
offence o-bad-limit { committed: 2000-01-01  law PL { limitation: "ten years" } }
offence o-bad-party { committed: 2000-01-01  law pl { limitation: 1 year } }
${ext('EXT-23', 'o-bad-date, o-bad-limit, o-bad-party')}
${ext('EXT-24', 'extortion', '', 'date: "2026-04-01"')}
${ext('EXT-25', 'extortion', '', 'for: sentense')}
${ext('EXT-26', 'extortion', '', 'grounds { lapse-of-time: not-enganged "Interrupted" }')}
request EXT-27 extradition { from: pl  to: CH  basis: ets24  offences: [extortion] }
`,
        SETTINGS,
      );
    });

    it('on other kinds of request', () => {
      expectRule(
        'CR110',
        `${OFFENCES}
request PA-1 provisional-arrest { from: PL  to: CH  basis: ets24  offences: [extortion] }
request MLA-1 mutual-assistance { from: PL  to: CH  basis: ets30  offences: [extortion] }
`,
        SETTINGS,
      );
    });
  });

  it('one finding per offence; an offence listed twice is one', () => {
    expectRule(
      'CR110',
      `${OFFENCES}
offence old { committed: 2001-01-01  law PL { limitation: 5 years } }
request EXT-28 extradition {
  from: PL
  to: CH
  basis: ets24
  offences: [extortion, old, extortion]     #! CR110 CR110
}
`,
      SETTINGS,
    );
  });

  describe('whatever the governing instrument; ETS 24 Art. 10 cited only where it governs', () => {
    const cite = (basis: string, parties = '') => {
      const { findings } = findingsOf(
        'CR110',
        `${OFFENCES}${parties}${ext('EXT-29', 'extortion', '', 'date: 2026-04-01', basis)}`,
        SETTINGS,
      );
      assert.equal(findings.length, 1, basis);
      return /(?:shall not be granted|is likely to be refused) \((.*)\)\.$/.exec(findings[0]!.finding.message)![1];
    };

    it('ETS 24: Art. 10, or Art. 10(1) as replaced by CETS 212 where that Protocol applies between the parties', () => {
      assert.equal(cite('basis: ets24'), 'ETS 24 Art. 10(1) as replaced by CETS 212 Art. 1', 'no party declaration: the Protocol applies');
      assert.equal(cite('basis: ets24', 'party CH { name: "Switzerland"  instruments: [budapest, ets24] }\n'), 'ETS 24 Art. 10');
      assert.equal(
        cite(
          'basis: ets24',
          'party CH { name: "Switzerland"  instruments: [ets24, cets212] }\nparty PL { name: "Poland"  instruments: [ets24, cets212] }\n',
        ),
        'ETS 24 Art. 10(1) as replaced by CETS 212 Art. 1',
      );
    });

    it('"shall not be granted" only where ETS 24 governs; elsewhere "likely to be refused"', () => {
      const msg = (basis: string): string =>
        findingsOf('CR110', `${OFFENCES}${ext('EXT-30', 'extortion', '', 'date: 2026-04-01', basis)}`, SETTINGS).findings[0]!.finding
          .message;
      assert.match(msg('basis: ets24'), /extradition shall not be granted \(/);
      assert.match(
        msg('basis: reciprocity'),
        /extradition is likely to be refused \(lapse of time, where the law of the requested party provides for it\)\.$/,
      );
    });

    it('a treaty: lapse of time under the applicable treaty', () => {
      assert.equal(
        cite('basis: treaty "PL-CH Extradition Treaty"'),
        'lapse of time, where the applicable treaty (PL-CH Extradition Treaty) provides for it',
      );
    });

    it('the UN Convention, Budapest, reciprocity, no basis, ETS 24 not binding: the law of the requested party', () => {
      for (const basis of ['basis: uncc', 'basis: budapest art 24', 'basis: reciprocity', '']) {
        assert.equal(cite(basis), 'lapse of time, where the law of the requested party provides for it', basis);
      }
      assert.equal(
        cite('basis: ets24', 'party CH { name: "Switzerland"  instruments: [] }\n'),
        'lapse of time, where the law of the requested party provides for it',
      );
    });
  });

  it("a complete request for an offence barred under the requesting party's law, lapse of time unassessed: CR110 and CR107", () => {
    expectExactly(
      `
party PL { name: "Poland"  instruments: [budapest, ets24, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets30] }
person nowak { name: "Piotr Example"  nationality: PL }
offence extortion-2013 {
  conduct: "Threatening an online shop with a denial-of-service attack unless it paid"
  category: budapest art 5
  committed: 2013-06-01
  committed-in: [PL]
  law PL { cite: "Kodeks karny art. 282"  max-penalty: 10 years  limitation: 10 years }
  law CH { cite: "StGB art. 156"  max-penalty: 5 years }
}
request PL-EXT-4 extradition {
  from: PL
  to: CH
  basis: ets24
  authority: "Ministerstwo Sprawiedliwosci"
  date: 2026-02-01
  person: nowak
  offences: [extortion-2013]                #! CR110
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Extortion in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary remand conditions"
    lapse-of-time: unassessed "Was the period interrupted?"   #! CR107
  }
}
`,
      SETTINGS,
    );
  });
});
