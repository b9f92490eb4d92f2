// CR116 provisional-arrest-18-days: a provisional-arrest request with `arrested`, when no extradition
// request for the same person from the same requesting party to the same requested party is dated
// within 18 days after that date, and the first such request is dated on day 19 to 40 — or there
// is none and today is day 19 to 40 (ETS 24 Art. 16(4): "may be terminated"). At the `arrested`
// value; only where ETS 24 governs. Every test sets today; none depends on the system clock.

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';
import { withClock } from '../support/clock';
import { ext, on, pa, PEOPLE, SETTINGS } from '../support/provisionalArrest';

describe('CR116 provisional-arrest-18-days', () => {
  it("fires at the arrested value, with the extradition request's date as related information", () => {
    const { ws, findings } = expectRule('CR116', `${PEOPLE}${pa('PA-1', '2026-01-10', 'CR116')}${ext('EXT-1', '2026-02-01')}`, SETTINGS);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [10, 13, '2026-01-10']);
    assert.equal(
      f.message,
      'Provisional arrest PA-1: extradition request EXT-1 is dated day 22 after the arrest on 2026-01-10; the provisional arrest may be terminated if the requested party has not received the request for extradition within 18 days after arrest (ETS 24 Art. 16(4)).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).text, r.message]),
      [['date: 2026-02-01', 'extradition request EXT-1']],
    );
    assert.deepEqual([f.alias, f.severity], ['provisional-arrest-18-days', 'warning']);
    assert.deepEqual(f.fixes, []);
  });

  describe("the first extradition request's date: days 18, 19, 40 and 41 after the arrest", () => {
    it('day 18: within the 18 days, silent', () => {
      expectRule('CR116', `${PEOPLE}${pa('PA-2', '2026-01-10')}${ext('EXT-2', '2026-01-28')}`, SETTINGS);
    });

    it('day 19: fires', () => {
      const { findings } = expectRule('CR116', `${PEOPLE}${pa('PA-3', '2026-01-10', 'CR116')}${ext('EXT-3', '2026-01-29')}`, SETTINGS);
      assert.match(findings[0]!.finding.message, /is dated day 19 after the arrest on 2026-01-10;/);
    });

    it('day 40: fires', () => {
      const { findings } = expectRule('CR116', `${PEOPLE}${pa('PA-4', '2026-01-10', 'CR116')}${ext('EXT-4', '2026-02-19')}`, SETTINGS);
      assert.match(findings[0]!.finding.message, /is dated day 40 after the arrest/);
    });

    it("day 41: CR117's, not CR116's", () => {
      const text = `${PEOPLE}${pa('PA-5', '2026-01-10', 'CR117')}${ext('EXT-5', '2026-02-20')}`;
      expectRule('CR116', text, SETTINGS);
      expectRule('CR117', text, SETTINGS);
    });

    it('the first of several requests by date counts; a dated request does not depend on today', () => {
      expectRule('CR116', `${PEOPLE}${pa('PA-6', '2026-01-10')}${ext('EXT-6', '2026-03-30')}${ext('EXT-7', '2026-01-20')}`, SETTINGS);
      expectRule(
        'CR116',
        `${PEOPLE}${pa('PA-7', '2026-01-10', 'CR116')}${ext('EXT-8', '2026-03-30')}${ext('EXT-9', '2026-02-01')}`,
        on('2030-01-01'),
      );
    });

    it('a request dated before the arrest (sent first): silent', () => {
      expectRule('CR116', `${PEOPLE}${pa('PA-8', '2026-01-10')}${ext('EXT-10', '2026-01-02')}`, SETTINGS);
    });
  });

  describe('no extradition request yet: today', () => {
    it("day 18: silent; day 19 and day 40: fires, saying as of which day; day 41: CR117's", () => {
      expectRule('CR116', `${PEOPLE}${pa('PA-9', '2026-11-15')}`, SETTINGS);
      const { findings } = expectRule('CR116', `${PEOPLE}${pa('PA-10', '2026-11-14', 'CR116')}`, SETTINGS);
      assert.equal(
        findings[0]!.finding.message,
        'Provisional arrest PA-10: no extradition request for the person follows it, and today is day 19 after the arrest on 2026-11-14 (as of 2026-12-03); the provisional arrest may be terminated if the requested party has not received the request for extradition within 18 days after arrest (ETS 24 Art. 16(4)).',
      );
      assert.deepEqual(findings[0]!.finding.related, []);
      expectRule('CR116', `${PEOPLE}${pa('PA-11', '2026-10-24', 'CR116')}`, SETTINGS);
      expectRule('CR116', `${PEOPLE}${pa('PA-12', '2026-10-23')}`, SETTINGS);
    });

    it('an extradition request not dated yet stands at today', () => {
      const { findings } = expectRule('CR116', `${PEOPLE}${pa('PA-13', '2026-11-14', 'CR116')}${ext('EXT-11', '')}`, SETTINGS);
      assert.match(
        findings[0]!.finding.message,
        /^Provisional arrest PA-13: extradition request EXT-11 is not dated yet: today is day 19 after the arrest on 2026-11-14 \(as of 2026-12-03\);/,
      );
      assert.deepEqual(
        findings[0]!.finding.related.map((r) => r.message),
        ['extradition request EXT-11'],
      );
    });

    it('requests for another person, from another requesting party or to another requested party do not follow it', () => {
      expectRule(
        'CR116',
        `${PEOPLE}${pa('PA-14', '2026-11-14', 'CR116')}
${ext('EXT-12', '2026-11-15', 'PL', 'CH', 'other')}
${ext('EXT-13', '2026-11-15', 'UA', 'CH')}
${ext('EXT-14', '2026-11-15', 'PL', 'AT')}`,
        SETTINGS,
      );
    });

    it('today decides, not the system clock', () => {
      const text = `${PEOPLE}${pa('PA-15', '2026-11-14')}`;
      expectRule('CR116', text, on('2026-12-01'));
      const messages = (clock: string, settings?: Settings) =>
        withClock(clock, () => findingsOf('CR116', text, settings).findings.map((f) => f.finding.message));
      assert.deepEqual(messages('2000-01-01', SETTINGS), messages('2099-12-31', SETTINGS));
      assert.equal(messages('2000-01-01', SETTINGS).length, 1);
      // Without the setting the clock decides: the two runs differ.
      assert.deepEqual([messages('2026-11-20').length, messages('2026-11-14').length], [0, 0]);
      assert.deepEqual(messages('2026-12-10').length, 1);
    });
  });

  describe('only where ETS 24 governs', () => {
    it('silent under a treaty, the UN Convention, Budapest Art. 24, reciprocity or no basis', () => {
      expectRule(
        'CR116',
        `${PEOPLE}
${pa('PA-16', '2026-11-14', '', 'basis: treaty "PL-CH Extradition Treaty"')}
${pa('PA-17', '2026-11-14', '', 'basis: uncc')}
${pa('PA-18', '2026-11-14', '', 'basis: budapest art 24(7)')}
${pa('PA-19', '2026-11-14', '', 'basis: reciprocity')}
${pa('PA-20', '2026-11-14', '', '')}`,
        SETTINGS,
      );
    });

    it('silent when ETS 24 does not bind a party, or whether it does cannot be read', () => {
      expectRule('CR116', `party CH { instruments: [budapest] }\n${PEOPLE}${pa('PA-21', '2026-11-14')}`, SETTINGS);
      expectRule('CR116', `party CH { instruments: [] }\n${PEOPLE}${pa('PA-22', '2026-11-14')}`, SETTINGS);
      expectRule('CR116', `party CH { instruments: [ets24, etz30] }\n${PEOPLE}${pa('PA-23', '2026-11-14')}`, SETTINGS);
    });
  });

  describe('silent when a value it needs is absent or unusable', () => {
    it('no arrested date, or one that cannot be read', () => {
      expectRule(
        'CR116',
        `${PEOPLE}
request PA-24 provisional-arrest { from: PL  to: CH  basis: ets24  person: nowak }
${pa('PA-25', '"14 November 2026"')}
${pa('PA-26', '2026-11-31')}`,
        SETTINGS,
      );
    });

    it('no person, parties that cannot be read, or an extradition request whose date cannot be read', () => {
      expectRule(
        'CR116',
        `${PEOPLE}
request PA-27 provisional-arrest { from: PL  to: CH  basis: ets24  arrested: 2026-11-14 }
request PA-28 provisional-arrest { from: pl  to: CH  basis: ets24  person: nowak  arrested: 2026-11-14 }
request PA-29 provisional-arrest { from: PL  to: CH  basis: ets24  person: [other]  arrested: 2026-11-14 }
`,
        SETTINGS,
      );
      expectRule('CR116', `${PEOPLE}${pa('PA-30', '2026-11-14')}${ext('EXT-15', '"2026-11-20"')}`, SETTINGS);
    });

    it('on other kinds of request', () => {
      expectRule(
        'CR116',
        `${PEOPLE}
request EXT-16 extradition { from: PL  to: CH  basis: ets24  person: nowak  arrested: 2026-11-14 }
`,
        SETTINGS,
      );
    });
  });

  it('cross-file: the extradition request in another file; the related place is there', () => {
    const { ws, findings } = expectRule(
      'CR116',
      {
        'arrest.coop': `${PEOPLE}${pa('PA-31', '2026-01-10', 'CR116')}`,
        'extradition.coop': ext('EXT-17', '2026-02-01'),
      },
      SETTINGS,
    );
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'extradition.coop');
  });

  it('a complete provisional arrest followed on day 22: CR116 and nothing else', () => {
    expectExactly(
      `
party PL { name: "Poland"  instruments: [budapest, ets24, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets30] }
person nowak { name: "Piotr Example"  nationality: PL }
offence fraud-2024 {
  conduct: "Selling fake concert tickets through cloned sites"
  category: budapest art 8
  committed: 2024-11-30
  committed-in: [PL]
  law PL { cite: "Kodeks karny art. 287"  max-penalty: 5 years }
  law CH { cite: "StGB art. 147"  max-penalty: 5 years }
}
request PL-PA-2 provisional-arrest {
  from: PL
  to: CH
  basis: ets24
  authority: "Sad Okregowy w Warszawie"
  person: nowak
  offences: [fraud-2024]
  documents: [warrant]
  arrested: 2026-01-10                      #! CR116
}
request PL-EXT-4 extradition {
  from: PL
  to: CH
  basis: ets24
  authority: "Ministerstwo Sprawiedliwosci"
  date: 2026-02-01
  person: nowak
  offences: [fraud-2024]
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Fraud in CH"
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

  it('only an extradition request answers the arrest, and the earliest one decides', () => {
    // Another provisional arrest for the person, dated on day 5, is not a request for extradition.
    const second = 'request PA-21 provisional-arrest {\n  from: PL\n  to: CH\n  basis: ets24\n  person: nowak\n  date: 2026-03-06\n}\n';
    expectRule('CR116', `${PEOPLE}${pa('PA-20', '2026-03-01', 'CR116')}${second}${ext('EXT-20', '2026-03-25')}`, SETTINGS);
    // Requests dated on day 10 and on day 30, in either order: the one on day 10 was in time.
    expectRule('CR116', `${PEOPLE}${pa('PA-22', '2026-03-01')}${ext('EXT-22', '2026-03-11')}${ext('EXT-23', '2026-03-31')}`, SETTINGS);
    expectRule('CR116', `${PEOPLE}${pa('PA-24', '2026-03-01')}${ext('EXT-25', '2026-03-31')}${ext('EXT-24', '2026-03-11')}`, SETTINGS);
  });
});
