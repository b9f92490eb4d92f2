// What changes the catalogue for a file: rule severities and the CR404 threshold. Read from
// coopspec.json and the editor's settings by config.ts; the engine only sees the result.

import type { InstrumentId } from './articles';
import type { Severity } from './findings';
import { dayNumber } from './util';
import type { RuleMeta, RuleSettings, Today } from './rules/types';

export type SeveritySetting = Severity | 'off';

export interface Settings extends RuleSettings {
  /** Severity per rule id (aliases are resolved when the settings are read). */
  rules: Record<string, SeveritySetting>;
  /** The instruments requests may rely on (coopspec.json "instruments"); all when absent. */
  instruments?: InstrumentId[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rules: Object.freeze({}) as Record<string, SeveritySetting>,
  interceptionThresholdYears: 4,
});

/** Today for the rules: the setting when there is one, else the system date (UTC). */
export function todayOf(settings: RuleSettings): Today {
  if (settings.today) {
    const day = dayNumber(settings.today);
    if (day !== undefined) return { day, iso: settings.today, fromClock: false };
  }
  const now = Date.now();
  if (clockDay && now >= clockDay.from && now < clockDay.until) return clockDay.today;
  const iso = new Date(now).toISOString().slice(0, 10);
  const from = Date.parse(iso);
  clockDay = { from, until: from + DAY_MS, today: { day: dayNumber(iso)!, iso, fromClock: true } };
  return clockDay.today;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** The clock's day (UTC), read once a day rather than once per declaration checked. */
let clockDay: { from: number; until: number; today: Today } | undefined;

export function severityFor(settings: Settings, meta: RuleMeta): SeveritySetting {
  return settings.rules[meta.id] ?? meta.severity;
}
