// The workspaces of the provisional-arrest deadline tests (CR116, 18 days; CR117, 40 days): a
// provisional arrest from PL to CH under ETS 24 and the extradition requests that follow it. CR113
// (competing requests) uses the same people.

import type { Settings } from '../../server/src/language/settings';

export const TODAY = '2026-12-03';
export const SETTINGS: Settings = { rules: {}, interceptionThresholdYears: 4, today: TODAY };
/** The settings with another today. */
export const on = (today: string): Settings => ({ ...SETTINGS, today });

export const PEOPLE = `
person nowak { name: "Piotr Example"  nationality: PL }
person other { name: "Anna Example"  nationality: PL }
`;

/** A provisional-arrest request; `marker` is the rule expected at its `arrested` line. */
export const pa = (name: string, arrested: string, marker = '', basis = 'basis: ets24', person = 'nowak'): string => `
request ${name} provisional-arrest {
  from: PL
  to: CH
  ${basis}
  person: ${person}
  arrested: ${arrested}${marker ? `   #! ${marker}` : ''}
}
`;

/** An extradition request, dated unless `date` is empty. */
export const ext = (name: string, date: string, from = 'PL', to = 'CH', person = 'nowak'): string => `
request ${name} extradition {
  from: ${from}
  to: ${to}
  basis: ets24
  person: ${person}${date ? `\n  date: ${date}` : ''}
}
`;
