// Facts the rules share (rules/facts.ts) that are plain functions of their input.

import assert from 'node:assert/strict';
import { describeYears } from '../../server/src/language/rules/facts';

describe('rule facts: describeYears', () => {
  it('says a penalty or a period in years, else months, else days, singular for one', () => {
    const cases: [number, string][] = [
      [1, '1 year'],
      [2, '2 years'],
      [10, '10 years'],
      [0.5, '6 months'],
      [1 / 12, '1 month'],
      [4 / 12, '4 months'],
      [1.5, '18 months'],
      [13 / 12, '13 months'],
      [45 / 365, '45 days'],
      [1 / 365, '1 day'],
    ];
    assert.deepEqual(
      cases.map(([years]) => [years, describeYears(years)]),
      cases,
    );
  });
});
