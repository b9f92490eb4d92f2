// CR111 time-barred-requested: CR110 under the requested party's law only, with the same silences
// — a ground of ETS 24 Art. 10 as drafted in 1957, so only where ETS 24 governs; where CETS 212
// applies between the parties it fires only if the requested party's `reservations` list
// `ets24 art 10(3)` (Art. 10(2) as replaced removes the ground; 10(3) lets a State keep it). At
// the offence in `offences`. Every test sets today; none depends on the system clock.

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';
import { withClock } from '../support/clock';

const TODAY = '2026-12-03';
const SETTINGS: Settings = { rules: {}, interceptionThresholdYears: 4, today: TODAY };
const on = (today: string): Settings => ({ ...SETTINGS, today });
const SUMMARY = '(summary, to be verified against the official text)';

/** CH is bound by ETS 24 and not by CETS 212: the 1957 Art. 10 applies between PL and CH. */
const NO_CETS212 = 'party CH { name: "Switzerland"  instruments: [budapest, ets24, ets30] }';

/** The offence committed on 2015-03-01, barred under CH law (10 years) from 2025-03-01. */
const OFFENCES = `
person nowak { name: "Piotr Example"  nationality: PL }
offence intrusion {
  conduct: "Entering a customer database hosted in Zurich"
  committed: 2015-03-01
  law PL { cite: "Kodeks karny art. 267"  max-penalty: 2 years  limitation: 15 years }
  law CH { cite: "StGB art. 143bis"  max-penalty: 3 years  limitation: 10 years }
}
`;

const ext = (name: string, offences: string, marker = '', extra = '', basis = 'basis: ets24', to = 'CH') => `
request ${name} extradition {
  from: PL
  to: ${to}
  ${basis}
  person: nowak
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR111 time-barred-requested', () => {
  it("fires at the offence in offences, with the requested party's limitation as related information", () => {
    const { ws, findings } = expectRule(
      'CR111',
      `${NO_CETS212}${OFFENCES}${ext('EXT-1', 'intrusion', 'CR111', 'date: 2026-02-01')}`,
      SETTINGS,
    );
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [15, 14, 'intrusion']);
    assert.equal(
      f.message,
      'Offence intrusion, committed on 2015-03-01, was statute-barred under the law of the requested party CH on 2025-03-01 (limitation 10 years), on or before the date of extradition request EXT-1: unless the period was interrupted or suspended, extradition shall not be granted (ETS 24 Art. 10).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[7, 'limitation: 10 years']],
    );
    assert.deepEqual([f.alias, f.severity], ['time-barred-requested', 'warning']);
    assert.deepEqual(f.fixes, []);
  });

  it('the requested party of `to: provider … in CH`', () => {
    expectRule(
      'CR111',
      `${NO_CETS212}${OFFENCES}${ext('EXT-2', 'intrusion', 'CR111', 'date: 2026-02-01', 'basis: ets24', 'provider "Zurich Hosting AG" in CH')}`,
      SETTINGS,
    );
  });

  describe("the request's date: the period ending the day before, on, or after it", () => {
    it('the day before and the same day: barred; the day after: not', () => {
      expectRule(
        'CR111',
        `${NO_CETS212}${OFFENCES}
${ext('EXT-3', 'intrusion', 'CR111', 'date: 2025-03-02')}
${ext('EXT-4', 'intrusion', 'CR111', 'date: 2025-03-01')}
${ext('EXT-5', 'intrusion', '', 'date: 2025-02-28')}`,
        SETTINGS,
      );
    });
  });

  describe('without a date, today', () => {
    const undated = (marker: string) => `${NO_CETS212}${OFFENCES}${ext('EXT-6', 'intrusion', marker)}`;

    it('on the day the period ends and after: barred, as of today; the day before: not', () => {
      const { findings } = expectRule('CR111', undated('CR111'), on('2025-03-01'));
      assert.match(findings[0]!.finding.message, /on or before today \(as of 2025-03-01\), extradition request EXT-6 being undated: /);
      expectRule('CR111', undated('CR111'), SETTINGS);
      assert.match(findingsOf('CR111', undated(''), SETTINGS).findings[0]!.finding.message, /\(as of 2026-12-03\)/);
      expectRule('CR111', undated(''), on('2025-02-28'));
    });

    it('does not depend on the system clock when today is set', () => {
      const messages = (clock: string, settings?: Settings) =>
        withClock(clock, () => findingsOf('CR111', undated(''), settings).findings.map((f) => f.finding.message));
      assert.deepEqual(messages('2000-01-01', SETTINGS), messages('2099-12-31', SETTINGS));
      assert.equal(messages('2000-01-01', SETTINGS).length, 1);
      assert.deepEqual([messages('2000-01-01').length, messages('2099-12-31').length], [0, 1]);
    });
  });

  describe('CETS 212 (the Fourth Additional Protocol) removes the ground unless the requested party reserved Art. 10(3)', () => {
    it('CETS 212 applying (no party declaration omits it): silent', () => {
      expectRule('CR111', `${OFFENCES}${ext('EXT-7', 'intrusion', '', 'date: 2026-02-01')}`, SETTINGS);
      expectRule(
        'CR111',
        `party PL { instruments: [ets24, cets212] }\nparty CH { instruments: [ets24, cets212] }\n${OFFENCES}${ext('EXT-8', 'intrusion', '', 'date: 2026-02-01')}`,
        SETTINGS,
      );
    });

    it('CETS 212 applying and the requested party reserving Art. 10(3): fires, citing the reservation (a summary)', () => {
      const { findings } = expectRule(
        'CR111',
        `
party PL { instruments: [ets24, cets212] }
party CH { instruments: [ets24, cets212]  reservations: [ets24 art 10(3)] }
${OFFENCES}${ext('EXT-9', 'intrusion', 'CR111', 'date: 2026-02-01')}`,
        SETTINGS,
      );
      // The reservation lets CH refuse; it does not bring back the bar of the 1957 text.
      assert.ok(
        findings[0]!.finding.message.endsWith(
          `: unless the period was interrupted or suspended, CH may refuse extradition by its reservation (ETS 24 Art. 10(3) as replaced by CETS 212 ${SUMMARY}).`,
        ),
        findings[0]!.finding.message,
      );
    });

    it("only the requested party's reservation counts", () => {
      expectRule(
        'CR111',
        `
party PL { instruments: [ets24, cets212]  reservations: [ets24 art 10(3)] }
party CH { instruments: [ets24, cets212]  reservations: [ets24 art 10(2)] }
${OFFENCES}${ext('EXT-10', 'intrusion', '', 'date: 2026-02-01')}`,
        SETTINGS,
      );
    });

    it('only ets24 art 10(3) is the reservation: not another paragraph, article or instrument', () => {
      expectRule(
        'CR111',
        `
party PL { instruments: [ets24, cets212] }
party CH { instruments: [ets24, cets212]  reservations: [ets24 art 10(2), ets24 art 9(3), budapest art 10(3), treaty "Bilateral treaty" art 10(3)] }
${OFFENCES}${ext('EXT-13', 'intrusion', '', 'date: 2026-02-01')}`,
        SETTINGS,
      );
    });

    it('CETS 212 not binding one of the parties: the 1957 Art. 10 applies, and it fires', () => {
      expectRule(
        'CR111',
        `party PL { instruments: [ets24] }\n${OFFENCES}${ext('EXT-11', 'intrusion', 'CR111', 'date: 2026-02-01')}`,
        SETTINGS,
      );
    });

    it("the requested party's reservations cannot be read: silent", () => {
      expectRule(
        'CR111',
        `party CH { reservations: [ets24 art 10(3), etz24 art 10] }\n${OFFENCES}${ext('EXT-12', 'intrusion', '', 'date: 2026-02-01')}`,
        SETTINGS,
      );
    });
  });

  describe('only where ETS 24 governs', () => {
    it('silent under a treaty, the UN Convention, Budapest, reciprocity or no basis', () => {
      expectRule(
        'CR111',
        `${NO_CETS212}${OFFENCES}
${ext('EXT-13', 'intrusion', '', 'date: 2026-02-01', 'basis: treaty "PL-CH Extradition Treaty"')}
${ext('EXT-14', 'intrusion', '', 'date: 2026-02-01', 'basis: uncc')}
${ext('EXT-15', 'intrusion', '', 'date: 2026-02-01', 'basis: budapest art 24')}
${ext('EXT-16', 'intrusion', '', 'date: 2026-02-01', 'basis: reciprocity')}
${ext('EXT-17', 'intrusion', '', 'date: 2026-02-01', '')}`,
        SETTINGS,
      );
    });

    it('silent when ETS 24 is in the basis but does not bind a party, or when that cannot be read', () => {
      expectRule(
        'CR111',
        `party CH { instruments: [budapest] }\n${OFFENCES}${ext('EXT-18', 'intrusion', '', 'date: 2026-02-01', 'basis: [ets24, budapest art 24]')}`,
        SETTINGS,
      );
      expectRule('CR111', `party CH { instruments: [] }\n${OFFENCES}${ext('EXT-19', 'intrusion', '', 'date: 2026-02-01')}`, SETTINGS);
      expectRule(
        'CR111',
        `party CH { instruments: [ets24, etz30] }\n${OFFENCES}${ext('EXT-20', 'intrusion', '', 'date: 2026-02-01')}`,
        SETTINGS,
      );
    });

    it('ETS 24 first among several: it governs, and the rule applies', () => {
      expectRule(
        'CR111',
        `${NO_CETS212}${OFFENCES}${ext('EXT-21', 'intrusion', 'CR111', 'date: 2026-02-01', 'basis: [treaty "PL-CH Extradition Treaty", ets24]')}`,
        SETTINGS,
      );
    });
  });

  describe('silences shared with CR110', () => {
    it('lapse-of-time assessed engaged or not engaged (or its status unreadable); for a sentence', () => {
      expectRule(
        'CR111',
        `${NO_CETS212}${OFFENCES}
${ext('EXT-22', 'intrusion', '', 'grounds { lapse-of-time: not-engaged "Interrupted in CH in 2020" }')}
${ext('EXT-23', 'intrusion', '', 'grounds { lapse-of-time: engaged "Barred in CH" }')}
${ext('EXT-24', 'intrusion', '', 'grounds { lapse-of-time: engagd "Barred in CH" }')}
${ext('EXT-25', 'intrusion', '', 'for: sentence')}
${ext('EXT-26', 'intrusion', 'CR111', 'grounds { lapse-of-time: unassessed }')}`,
        SETTINGS,
      );
    });

    it("a limitation under the requesting party's law only is CR110's", () => {
      expectRule(
        'CR111',
        `${NO_CETS212}
offence o-pl { committed: 2000-01-01  law PL { limitation: 5 years }  law CH { max-penalty: 5 years } }
${ext('EXT-27', 'o-pl')}`,
        SETTINGS,
      );
    });

    it('no requested party, or one that cannot be read; an unusable date, committed date or limitation', () => {
      expectRule(
        'CR111',
        `${NO_CETS212}${OFFENCES}
offence o-bad { committed: 2000-01-01  law CH { limitation: "ten years" } }
offence o-bad-date { committed: "2000"  law CH { limitation: 1 year } }
${ext('EXT-28', 'intrusion', '', '', 'basis: ets24', 'provider "Zurich Hosting AG"')}
${ext('EXT-29', 'intrusion', '', '', 'basis: ets24', 'ch')}
${ext('EXT-30', 'intrusion', '', 'date: 2026-13-01')}
${ext('EXT-31', 'o-bad, o-bad-date')}`,
        SETTINGS,
      );
    });
  });

  it("a complete request for an offence barred under the requested party's law, lapse of time unassessed: CR111 and CR107", () => {
    expectExactly(
      `
party PL { name: "Poland"  instruments: [budapest, ets24, ets30] }
${NO_CETS212}
person nowak { name: "Piotr Example"  nationality: PL }
offence intrusion-2015 {
  conduct: "Entering the customer database of a shop hosted in Zurich"
  category: budapest art 2
  committed: 2015-03-01
  committed-in: [PL, CH]
  law PL { cite: "Kodeks karny art. 267"  max-penalty: 2 years  limitation: 15 years }
  law CH { cite: "StGB art. 143bis"  max-penalty: 3 years  limitation: 10 years }
}
request PL-EXT-4 extradition {
  from: PL
  to: CH
  basis: ets24
  authority: "Ministerstwo Sprawiedliwosci"
  date: 2026-02-01
  person: nowak
  offences: [intrusion-2015]                #! CR111
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "An offence in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary remand conditions"
    place-of-commission: not-engaged "Committed from Poland against a server in Zurich"
    lapse-of-time: unassessed "Was the Swiss period interrupted?"   #! CR107
  }
}
`,
      SETTINGS,
    );
  });

  it('only an extradition request: a provisional arrest for the same barred offence is not checked', () => {
    const request = ext('PA-1', 'intrusion', '', 'date: 2026-02-01').replace('extradition {', 'provisional-arrest {');
    expectRule('CR111', `${NO_CETS212}${OFFENCES}${request}`, SETTINGS);
  });
});
