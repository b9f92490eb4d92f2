// CR103 extradition-threshold: an offence in an extradition request is punishable by less than one
// year's deprivation of liberty under the law of either party, or that penalty is not stated
// (24(1)(a)); one finding per such offence, pointing at its name in the request's `offences`
// list, with the penalty as related information.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, placeOf } from '../support/ruletest';

const ext = (name: string, offences: string, marker = '', from = 'DE', to = 'BR') => `
request ${name} extradition {
  from: ${from}
  to: ${to}
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}
}
`;

describe('CR103 extradition-threshold', () => {
  it('fires under the requested party\'s law, at the offence\'s name in offences, with the penalty as related information', () => {
    const { ws, findings } = expectRule('CR103', `
offence defacement {
  law DE { cite: "Criminal Code, data alteration"  max-penalty: 2 years }
  law BR { cite: "Penal Code, invasion of a device"  max-penalty: 6 months }
}
offence intrusion {
  law DE { cite: "Criminal Code, data espionage"  max-penalty: 3 years }
  law BR { cite: "Penal Code, invasion of a device"  max-penalty: 2 years }
}
request EXT-1 extradition {
  from: DE
  to: BR
  offences: [intrusion, defacement]         #! CR103
}
`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [13, 25, 'defacement']);
    assert.match(f.message, /Offence defacement does not meet the extradition threshold .*\(CETS 185 Art\. 24\(1\)\(a\)\): it is punishable by at most 6 months under the law of BR\./);
    assert.deepEqual(f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]), [[4, 'max-penalty: 6 months']]);
    assert.match(f.related[0]!.message, /max-penalty under the law of BR: 6 months/);
  });

  it('fires under the requesting party\'s law too', () => {
    expectRule('CR103', `
offence o-1 {
  law DE { max-penalty: 6 months }
  law BR { max-penalty: 5 years }
}
${ext('EXT-2', 'o-1', 'CR103')}`);
  });

  it('one finding per offence, even when both laws fall short, with both penalties related', () => {
    const { findings } = expectRule('CR103', `
offence o-2 {
  law DE { max-penalty: 3 months }
  law BR { max-penalty: 100 days }
}
offence o-3 {
  law DE { max-penalty: 2 years }
}
${ext('EXT-3', 'o-2, o-3', 'CR103 CR103')}`);
    const both = findings.find((f) => /o-2/.test(f.finding.message))!.finding;
    assert.equal(both.related.length, 2);
    assert.match(both.message, /at most 3 months under the law of DE; it is punishable by at most 100 days under the law of BR/);
  });

  describe('durations in months, days and years', () => {
    it('fires below one year', () => {
      expectRule('CR103', `
offence m-11 { law DE { max-penalty: 5 years }  law BR { max-penalty: 11 months } }
offence d-364 { law DE { max-penalty: 5 years }  law BR { max-penalty: 364 days } }
offence y-0 { law DE { max-penalty: 5 years }  law BR { max-penalty: 0 years } }
${ext('EXT-4', 'm-11', 'CR103')}
${ext('EXT-5', 'd-364', 'CR103')}
${ext('EXT-6', 'y-0', 'CR103')}`);
    });

    it('is silent at one year or more, however written', () => {
      expectRule('CR103', `
offence y-1 { law DE { max-penalty: 1 year }  law BR { max-penalty: 1 year } }
offence m-12 { law DE { max-penalty: 12 months }  law BR { max-penalty: 18 months } }
offence d-365 { law DE { max-penalty: 365 days }  law BR { max-penalty: 400 days } }
${ext('EXT-7', 'y-1, m-12, d-365')}`);
    });
  });

  describe('penalty not stated', () => {
    it('fires when a party has no law, or its law gives no max-penalty', () => {
      const { ws, findings } = expectRule('CR103', `
offence no-br-law {
  law DE { cite: "Criminal Code"  max-penalty: 5 years }
}
offence no-penalty {
  law DE { cite: "Criminal Code"  max-penalty: 5 years }
  law BR { cite: "Penal Code" }
}
offence no-law-at-all { conduct: "Defacing a website" }
${ext('EXT-8', 'no-br-law, no-penalty, no-law-at-all', 'CR103 CR103 CR103')}`);
      const byName = (n: string) => findings.find((f) => new RegExp(`Offence ${n} `).test(f.finding.message))!.finding;
      assert.match(byName('no-br-law').message, /no penalty is stated under the law of BR/);
      assert.deepEqual(byName('no-penalty').related.map((r) => placeOf(ws, r).text), ['law']);
      assert.match(byName('no-law-at-all').message, /no penalty is stated under the law of DE; no penalty is stated under the law of BR/);
    });

    it('an empty or misspelt max-penalty is not stated', () => {
      expectRule('CR103', `
offence o-4 {
  law DE { max-penalty: 5 years }
  law BR { max-penalty-years: 5 years }
}
${ext('EXT-9', 'o-4', 'CR103')}`);
    });
  });

  describe('must not fire', () => {
    it('on a request that is not an extradition', () => {
      expectRule('CR103', `
offence o-5 { law DE { max-penalty: 1 month } }
request MLA-1 mutual-assistance { from: DE  to: BR  offences: [o-5] }
request PRES-1 preservation { from: DE  to: BR  offences: [o-5] }
`);
    });

    it('when an offence cannot be judged: unresolved, of the wrong sort, or with an unusable penalty', () => {
      expectRule('CR103', `
person doe { name: "John Example" }
offence o-6 {
  law DE { max-penalty: "five years" }
  law BR { max-penalty: 5 years }
}
${ext('EXT-10', 'no-such-offence, doe, o-6')}`);
    });

    it('when a law block\'s party is unusable, the penalty it may state cannot be judged', () => {
      expectRule('CR103', `
offence o-7 {
  law DE { max-penalty: 5 years }
  law br { max-penalty: 5 years }
}
${ext('EXT-11', 'o-7')}`);
    });

    it('when the request names no party, there is no law to compare', () => {
      expectRule('CR103', `
offence o-8 { law DE { max-penalty: 1 month } }
request EXT-12 extradition { offences: [o-8] }
`);
    });

    it('when the offences entry is unusable', () => {
      expectRule('CR103', `
offence o-9 { law DE { max-penalty: 1 month } }
request EXT-13 extradition { from: DE  to: BR  offences: [o-9, "Another Offence"] }
`);
    });
  });

  it('only the parties named: the requesting party alone when `to` is absent', () => {
    expectRule('CR103', `
offence o-10 { law DE { max-penalty: 2 years } }
offence o-11 { law DE { max-penalty: 2 months } }
request EXT-14 extradition {
  from: DE
  offences: [o-10, o-11]                    #! CR103
}
`);
  });

  it('cross-file: the offence in one file, the request in another; the related place is in the offence\'s file', () => {
    const { ws, findings } = expectRule('CR103', {
      'offences.coop': 'offence defacement {\n  law DE { max-penalty: 2 years }\n  law BR { max-penalty: 6 months }\n}\n',
      'request.coop': ext('EXT-15', 'defacement', 'CR103'),
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'offences.coop');
  });

  it('a complete extradition request below the threshold has exactly that finding', () => {
    expectExactly(`
case CASE-1 { title: "Ministry website defacement" }
party DE { name: "Germany"  instruments: [budapest, ets24, ets30] }
party BR { name: "Brazil"  instruments: [budapest] }
offence defacement {
  conduct: "Replacing the home page of a ministry website"
  category: budapest art 4
  law DE { cite: "Criminal Code, data alteration"  max-penalty: 2 years }
  law BR { cite: "Penal Code, invasion of a computer device"  max-penalty: 6 months }
}
person silva { name: "Ana Example"  nationality: PT }
request EXT-2026-002 extradition {
  case: CASE-1
  from: DE
  to: BR
  basis: budapest art 24
  authority: "Bundesamt für Justiz"
  person: silva
  offences: [defacement]                    #! CR103
  facts: "Replaced the home page in March 2026"
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in both States"
    political-offence: not-engaged "No political aim"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Portuguese national; the requested party is Brazil"
  }
}
`);
  });
});
