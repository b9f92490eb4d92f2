// Periods the law sets, and the date arithmetic they need.

import type { DurationValue } from '../syntax';
import { dayNumber, isoOfDay } from '../util';

export const DEADLINES = {
  /** Budapest Art. 29(7): preservation for a period not less than sixty days. */
  preservation: { days: 60, article: 'budapest art 29(7)' },
  /** ETS 24 Art. 16(4): provisional arrest may be terminated after 18 days... */
  provisionalArrestMay: { days: 18, article: 'ets24 art 16(4)' },
  /** ...and shall not, in any event, exceed 40 days. */
  provisionalArrestMax: { days: 40, article: 'ets24 art 16(4)' },
  /** ETS 24 Art. 2(1): a sentence of at least four months, for extradition to enforce it. */
  sentenceMonths: 4,
  /** ETS 24 Art. 2(1), UNCC Art. 37, Budapest Art. 24(1)(a): at least one year. */
  penaltyYears: 1,
} as const;

/** The day a duration after a day falls on, by the calendar (2013-06-01 + 10 years = 2023-06-01). */
export function addDuration(day: number, amount: number, unit: DurationValue['unit']): number {
  if (unit === 'day') return day + amount;
  const d = new Date(day * 86400000);
  const months = unit === 'year' ? amount * 12 : amount;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  // The same day of the month, or the month's last day when it has fewer days.
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return dayNumber(target.toISOString().slice(0, 10))!;
}

export { isoOfDay };
