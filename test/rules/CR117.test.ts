// CR117 provisional-arrest-40-days: a provisional-arrest request with `arrested`, when the first
// extradition request for the same person from the same requesting party to the same requested
// party is dated after day 40, or there is none and today is past day 40 (ETS 24 Art. 16(4):
// provisional arrest "shall not, in any event, exceed 40 days"). At the `arrested` value; only
// where ETS 24 governs. Every test sets today; none depends on the system clock.

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';
import { withClock } from '../support/clock';
import { ext, on, pa, PEOPLE, SETTINGS } from '../support/provisionalArrest';

describe('CR117 provisional-arrest-40-days', () => {
  it("fires at the arrested value, with the extradition request's date as related information", () => {
    const { ws, findings } = expectRule('CR117', `${PEOPLE}${pa('PA-1', '2026-01-05', 'CR117')}${ext('EXT-1', '2026-02-20')}`, SETTINGS);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [10, 13, '2026-01-05']);
    assert.equal(
      f.message,
      'Provisional arrest PA-1: extradition request EXT-1 is dated day 46 after the arrest on 2026-01-05; provisional arrest shall not, in any event, exceed 40 days from the date of arrest (ETS 24 Art. 16(4)): the person is released, which does not prejudice re-arrest and extradition once the request is received (Art. 16(5)).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).text, r.message]),
      [['date: 2026-02-20', 'extradition request EXT-1']],
    );
    assert.deepEqual([f.alias, f.severity], ['provisional-arrest-40-days', 'error']);
    assert.deepEqual(f.fixes, []);
  });

  describe("the first extradition request's date: days 40 and 41 after the arrest", () => {
    it("day 40: CR116's, not CR117's", () => {
      const text = `${PEOPLE}${pa('PA-2', '2026-01-10', 'CR116')}${ext('EXT-2', '2026-02-19')}`;
      expectRule('CR117', text, SETTINGS);
      expectRule('CR116', text, SETTINGS);
    });

    it('day 41: fires, and CR116 does not', () => {
      const text = `${PEOPLE}${pa('PA-3', '2026-01-10', 'CR117')}${ext('EXT-3', '2026-02-20')}`;
      const { findings } = expectRule('CR117', text, SETTINGS);
      assert.match(findings[0]!.finding.message, /is dated day 41 after the arrest on 2026-01-10;/);
      expectRule('CR116', text, SETTINGS);
    });

    it('day 18 and day 19: silent', () => {
      expectRule('CR117', `${PEOPLE}${pa('PA-4', '2026-01-10')}${ext('EXT-4', '2026-01-28')}`, SETTINGS);
      expectRule('CR117', `${PEOPLE}${pa('PA-5', '2026-01-10')}${ext('EXT-5', '2026-01-29')}`, SETTINGS);
    });

    it('the first of several requests by date counts; a dated request does not depend on today', () => {
      expectRule('CR117', `${PEOPLE}${pa('PA-6', '2026-01-10')}${ext('EXT-6', '2026-05-01')}${ext('EXT-7', '2026-02-19')}`, SETTINGS);
      expectRule(
        'CR117',
        `${PEOPLE}${pa('PA-7', '2026-01-10', 'CR117')}${ext('EXT-8', '2026-05-01')}${ext('EXT-9', '2026-03-01')}`,
        on('2026-01-11'),
      );
    });
  });

  describe('no extradition request yet: today', () => {
    it('day 40: silent; day 41: fires, saying as of which day', () => {
      expectRule('CR117', `${PEOPLE}${pa('PA-8', '2026-10-24')}`, SETTINGS);
      const { findings } = expectRule('CR117', `${PEOPLE}${pa('PA-9', '2026-10-23', 'CR117')}`, SETTINGS);
      assert.equal(
        findings[0]!.finding.message,
        'Provisional arrest PA-9: no extradition request for the person follows it, and today is day 41 after the arrest on 2026-10-23 (as of 2026-12-03); provisional arrest shall not, in any event, exceed 40 days from the date of arrest (ETS 24 Art. 16(4)): the person is released, which does not prejudice re-arrest and extradition once the request is received (Art. 16(5)).',
      );
    });

    it('an extradition request not dated yet stands at today', () => {
      const { findings } = expectRule('CR117', `${PEOPLE}${pa('PA-10', '2026-10-23', 'CR117')}${ext('EXT-10', '')}`, SETTINGS);
      assert.match(
        findings[0]!.finding.message,
        /^Provisional arrest PA-10: extradition request EXT-10 is not dated yet: today is day 41 after the arrest on 2026-10-23 \(as of 2026-12-03\);/,
      );
    });

    it('requests for another person, from another requesting party or to another requested party do not follow it', () => {
      expectRule(
        'CR117',
        `${PEOPLE}${pa('PA-11', '2026-10-23', 'CR117')}
${ext('EXT-11', '2026-10-24', 'PL', 'CH', 'other')}
${ext('EXT-12', '2026-10-24', 'UA', 'CH')}
${ext('EXT-13', '2026-10-24', 'PL', 'AT')}`,
        SETTINGS,
      );
    });

    it('today decides, not the system clock', () => {
      const text = `${PEOPLE}${pa('PA-12', '2026-10-23')}`;
      expectRule('CR117', text, on('2026-12-02'));
      const messages = (clock: string, settings?: Settings) =>
        withClock(clock, () => findingsOf('CR117', text, settings).findings.map((f) => f.finding.message));
      assert.deepEqual(messages('2000-01-01', SETTINGS), messages('2099-12-31', SETTINGS));
      assert.equal(messages('2000-01-01', SETTINGS).length, 1);
      // Without the setting the clock decides: the two runs differ.
      assert.deepEqual([messages('2026-12-02').length, messages('2027-01-01').length], [0, 1]);
    });
  });

  describe('only where ETS 24 governs', () => {
    it('silent under a treaty, the UN Convention, Budapest Art. 24, reciprocity or no basis', () => {
      expectRule(
        'CR117',
        `${PEOPLE}
${pa('PA-13', '2026-01-05', '', 'basis: treaty "PL-CH Extradition Treaty"')}
${pa('PA-14', '2026-01-05', '', 'basis: uncc')}
${pa('PA-15', '2026-01-05', '', 'basis: budapest art 24(7)')}
${pa('PA-16', '2026-01-05', '', 'basis: reciprocity')}
${pa('PA-17', '2026-01-05', '', '')}`,
        SETTINGS,
      );
    });

    it('silent when ETS 24 does not bind a party, or whether it does cannot be read', () => {
      expectRule('CR117', `party PL { instruments: [budapest] }\n${PEOPLE}${pa('PA-18', '2026-01-05')}`, SETTINGS);
      expectRule('CR117', `party CH { instruments: [] }\n${PEOPLE}${pa('PA-19', '2026-01-05')}`, SETTINGS);
      expectRule('CR117', `party CH { instruments: [ets24, etz30] }\n${PEOPLE}${pa('PA-20', '2026-01-05')}`, SETTINGS);
    });

    it('ETS 24 first in a basis list: it governs', () => {
      expectRule('CR117', `${PEOPLE}${pa('PA-21', '2026-01-05', 'CR117', 'basis: [ets24, budapest art 24(7)]')}`, SETTINGS);
    });
  });

  describe('silent when a value it needs is absent or unusable', () => {
    it('no arrested date, or one that cannot be read', () => {
      expectRule(
        'CR117',
        `${PEOPLE}
request PA-22 provisional-arrest { from: PL  to: CH  basis: ets24  person: nowak }
${pa('PA-23', '"5 January 2026"')}
${pa('PA-24', '2026-02-30')}`,
        SETTINGS,
      );
    });

    it('no person, parties that cannot be read, or an extradition request whose date cannot be read', () => {
      expectRule(
        'CR117',
        `${PEOPLE}
request PA-25 provisional-arrest { from: PL  to: CH  basis: ets24  arrested: 2026-01-05 }
request PA-26 provisional-arrest { from: PL  to: ch  basis: ets24  person: nowak  arrested: 2026-01-05 }
request PA-27 provisional-arrest { to: CH  basis: ets24  person: nowak  arrested: 2026-01-05 }
`,
        SETTINGS,
      );
      expectRule('CR117', `${PEOPLE}${pa('PA-28', '2026-01-05')}${ext('EXT-14', '2026-14-01')}`, SETTINGS);
    });
  });

  it('cross-file: the extradition request in another file; the related place is there', () => {
    const { ws, findings } = expectRule(
      'CR117',
      {
        'arrest.coop': `${PEOPLE}${pa('PA-29', '2026-01-05', 'CR117')}`,
        'extradition.coop': ext('EXT-15', '2026-02-20'),
      },
      SETTINGS,
    );
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'extradition.coop');
  });

  it('a complete provisional arrest followed on day 46: CR117 and nothing else', () => {
    expectExactly(
      `
party PL { name: "Poland"  instruments: [budapest, ets24, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets30] }
person zielinski { name: "Marta Example"  nationality: PL }
offence card-fraud {
  conduct: "Using stolen card numbers in web shops"
  category: budapest art 8
  committed: 2025-06-01
  committed-in: [PL]
  law PL { cite: "Kodeks karny art. 287"  max-penalty: 5 years }
  law CH { cite: "StGB art. 147"  max-penalty: 5 years }
}
request PL-PA-1 provisional-arrest {
  from: PL
  to: CH
  basis: ets24
  authority: "Sad Okregowy w Krakowie"
  person: zielinski
  offences: [card-fraud]
  documents: [warrant]
  arrested: 2026-01-05                      #! CR117
}
request PL-EXT-5 extradition {
  from: PL
  to: CH
  basis: ets24
  authority: "Ministerstwo Sprawiedliwosci"
  date: 2026-02-20
  person: zielinski
  offences: [card-fraud]
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Computer fraud in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`,
      SETTINGS,
    );
  });
});
