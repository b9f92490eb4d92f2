// CR403 scope-unspecified: real-time-traffic or interception without `scope` naming the specified
// communications (Budapest 20, 21, 33, 34); at the request's name. The fix inserts a placeholder
// into `safeguards`, creating the block when it is absent. Version 2: the finding cites the
// article of its measure — Budapest Art. 34 (interception) or 33 (traffic data), UNCC Art. 46 or
// 45 — where those govern, otherwise the law of the requested party. The tables of cases, where it
// fires and where it must not, are those of CR402 (test/support/realtime.ts), run for both
// real-time measures.

import { describeRealTimeRule } from '../support/realtime';

describeRealTimeRule({
  rule: 'CR403',
  alias: 'scope-unspecified',
  key: 'scope',
  unusable: 'vendetta77',
  valid: '"Content of the account vendetta77 only"',
  message: (named, cite) => `${named} MLA-1 has no "scope" in its safeguards naming the specified communications (${cite}).`,
  cites: (measure) =>
    measure === 'interception'
      ? { budapest: 'CETS 185 Art. 34', uncc: 'UNCC Art. 46' }
      : { budapest: 'CETS 185 Art. 33', uncc: 'UNCC Art. 45' },
});
