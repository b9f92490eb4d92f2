// CR402 duration-unlimited: real-time-traffic or interception without `duration` in `safeguards`
// (Budapest 15(2)); at the request's name. The fix inserts a placeholder into `safeguards`,
// creating the block when it is absent. Version 2: the placeholder is `"…"` (how long is the
// drafter's to say, CR007 reports it until written), and the finding cites Budapest Art. 15(2) or
// UNCC Art. 24 where they govern, otherwise the law of the requested party. The tables of cases,
// where it fires and where it must not, are those of CR403 (test/support/realtime.ts), run for both
// real-time measures.

import { describeRealTimeRule } from '../support/realtime';

describeRealTimeRule({
  rule: 'CR402',
  alias: 'duration-unlimited',
  key: 'duration',
  unusable: 'forever',
  valid: '30 days',
  message: (named, cite) => `${named} MLA-1 has no "duration" in its safeguards: the measure must be limited in time (${cite}).`,
  // Art. 15(2) limits every power in time, whichever the measure.
  cites: () => ({ budapest: 'CETS 185 Art. 15(2)', uncc: 'UNCC Art. 24' }),
});
