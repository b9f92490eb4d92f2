// todayOf: the day the deadline rules take as today — the `today` setting, or the clock's (UTC) day,
// read again when the clock has passed into another day.

import { strict as assert } from 'node:assert';
import { todayOf } from '../../server/src/language/settings';
import { dayNumber } from '../../server/src/language/util';
import { withClock } from '../support/clock';

describe('todayOf', () => {
  it('the today setting, not from the clock', () => {
    assert.deepEqual(
      withClock('2030-01-01', () => todayOf({ interceptionThresholdYears: 4, today: '2026-12-03' })),
      { day: dayNumber('2026-12-03'), iso: '2026-12-03', fromClock: false },
    );
  });

  it("the clock's day when there is no setting, or the setting is not a date", () => {
    assert.deepEqual(
      withClock('2026-12-03', () => todayOf({ interceptionThresholdYears: 4 })),
      { day: dayNumber('2026-12-03'), iso: '2026-12-03', fromClock: true },
    );
    assert.equal(withClock('2026-12-03', () => todayOf({ interceptionThresholdYears: 4, today: '2026-02-30' })).iso, '2026-12-03');
  });

  it('a new day of the clock, forwards or back, is a new today', () => {
    for (const iso of ['2026-12-03', '2026-12-04', '2026-12-03', '2027-01-01']) {
      assert.equal(withClock(iso, () => todayOf({ interceptionThresholdYears: 4 })).iso, iso);
    }
  });
});
