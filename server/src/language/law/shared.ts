// The cite tables that a rule and the letter both state: what a finding says is missing and what
// the letter says when it is there rest on the same article under each instrument.

import type { CiteTable } from './cite';
import { DEADLINES } from './deadlines';

/** The undertaking to respect the rule of speciality (CR204; the letter's undertaking). */
export const SPECIALTY_CITE: CiteTable = { ets24: 'ets24 art 14' };

/** Aut dedere aut judicare: prosecution where extradition of a national is refused (CR106; `if-refused: prosecute`). */
export const AUT_DEDERE_CITE: CiteTable = { ets24: 'ets24 art 6(2)', uncc: 'uncc art 37', budapest: 'budapest art 24(6)' };

/** The preservation period of not less than sixty days (CR306, CR311; the letter's urgency). */
export const PRESERVATION_PERIOD_CITE: CiteTable = { budapest: DEADLINES.preservation.article, uncc: 'uncc art 42' };
