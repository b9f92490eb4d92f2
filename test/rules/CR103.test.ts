// CR103 extradition-threshold: an offence in an extradition request is punishable by less than one
// year's deprivation of liberty under the law of either party, or that penalty is not stated —
// where ETS 24 (Art. 2(1)), the UN Convention (Art. 37) or the Budapest Convention (Art. 24(1)(a),
// for offences in Arts 2–11) governs; with `for: sentence`, also a sentence under four months where
// ETS 24 governs. One finding per such offence, pointing at its name in the request's `offences`
// list, with the penalty as related information. Not checked under a treaty, reciprocity or no
// basis; a party that is absent is not checked.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';

const SUMMARY = '(summary, to be verified against the official text)';

const ext = (name: string, offences: string, marker = '', from = 'DE', to = 'BR', basis = 'basis: ets24') => `
request ${name} extradition {
  from: ${from}
  to: ${to}
  ${basis}
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}
}
`;

describe('CR103 extradition-threshold', () => {
  it("fires under the requested party's law, at the offence's name in offences, with the penalty as related information", () => {
    const { ws, findings } = expectRule(
      'CR103',
      `
offence defacement {
  category: budapest art 4
  law DE { cite: "Criminal Code, data alteration"  max-penalty: 2 years }
  law BR { cite: "Penal Code, invasion of a device"  max-penalty: 6 months }
}
offence intrusion {
  category: budapest art 2
  law DE { cite: "Criminal Code, data espionage"  max-penalty: 3 years }
  law BR { cite: "Penal Code, invasion of a device"  max-penalty: 2 years }
}
request EXT-1 extradition {
  from: DE
  to: BR
  basis: budapest art 24
  offences: [intrusion, defacement]         #! CR103
}
`,
    );
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [16, 25, 'defacement']);
    assert.equal(
      f.message,
      "Extradition request EXT-1: offence defacement does not meet the threshold of at least one year's deprivation of liberty under both laws (CETS 185 Art. 24(1)(a)): it is punishable by at most 6 months under the law of BR.",
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[5, 'max-penalty: 6 months']],
    );
    assert.match(f.related[0]!.message, /max-penalty under the law of BR: 6 months/);
  });

  it("fires under the requesting party's law too", () => {
    expectRule(
      'CR103',
      `
offence o-1 {
  law DE { max-penalty: 6 months }
  law BR { max-penalty: 5 years }
}
${ext('EXT-2', 'o-1', 'CR103')}`,
    );
  });

  it('one finding per offence, even when both laws fall short, with both penalties related', () => {
    const { findings } = expectRule(
      'CR103',
      `
offence o-2 {
  law DE { max-penalty: 3 months }
  law BR { max-penalty: 100 days }
}
offence o-3 {
  law DE { max-penalty: 2 years }
}
${ext('EXT-3', 'o-2, o-3', 'CR103 CR103')}`,
    );
    const both = findings.find((f) => /offence o-2 /.test(f.finding.message))!.finding;
    assert.equal(both.related.length, 2);
    assert.match(both.message, /at most 3 months under the law of DE; it is punishable by at most 100 days under the law of BR/);
  });

  it('an offence listed twice is one finding, at its first mention', () => {
    expectRule(
      'CR103',
      `
offence o-3a { law DE { max-penalty: 3 months }  law BR { max-penalty: 3 years } }
request EXT-3A extradition {
  from: DE
  to: BR
  basis: ets24
  offences: [o-3a,                          #! CR103
    o-3a]
}
`,
    );
  });

  describe('durations in months, days and years; life and death', () => {
    it('fires below one year', () => {
      expectRule(
        'CR103',
        `
offence m-11 { law DE { max-penalty: 5 years }  law BR { max-penalty: 11 months } }
offence d-364 { law DE { max-penalty: 5 years }  law BR { max-penalty: 364 days } }
offence y-0 { law DE { max-penalty: 5 years }  law BR { max-penalty: 0 years } }
${ext('EXT-4', 'm-11', 'CR103')}
${ext('EXT-5', 'd-364', 'CR103')}
${ext('EXT-6', 'y-0', 'CR103')}`,
      );
    });

    it('is silent at one year or more, however written, and for life or death', () => {
      expectRule(
        'CR103',
        `
offence y-1 { law DE { max-penalty: 1 year }  law BR { max-penalty: 1 year } }
offence m-12 { law DE { max-penalty: 12 months }  law BR { max-penalty: 18 months } }
offence d-365 { law DE { max-penalty: 365 days }  law BR { max-penalty: 400 days } }
offence life-death { law DE { max-penalty: life }  law BR { max-penalty: death } }
${ext('EXT-7', 'y-1, m-12, d-365, life-death')}`,
      );
    });
  });

  describe('penalty not stated', () => {
    it('fires when a party has no law, or its law gives no max-penalty', () => {
      const { ws, findings } = expectRule(
        'CR103',
        `
offence no-br-law {
  law DE { cite: "Criminal Code"  max-penalty: 5 years }
}
offence no-penalty {
  law DE { cite: "Criminal Code"  max-penalty: 5 years }
  law BR { cite: "Penal Code" }
}
offence no-law-at-all { conduct: "Defacing a website" }
${ext('EXT-8', 'no-br-law, no-penalty, no-law-at-all', 'CR103 CR103 CR103')}`,
      );
      const byName = (n: string) => findings.find((f) => new RegExp(`offence ${n} `).test(f.finding.message))!.finding;
      assert.match(byName('no-br-law').message, /no penalty is stated under the law of BR/);
      assert.deepEqual(
        byName('no-penalty').related.map((r) => placeOf(ws, r).text),
        ['law'],
      );
      assert.match(
        byName('no-law-at-all').message,
        /no penalty is stated under the law of DE, so the threshold cannot be shown; no penalty is stated under the law of BR, so the threshold cannot be shown/,
      );
    });

    it('an empty or misspelt max-penalty is not stated', () => {
      expectRule(
        'CR103',
        `
offence o-4 {
  law DE { max-penalty: 5 years }
  law BR { max-penalty-years: 5 years }
}
${ext('EXT-9', 'o-4', 'CR103')}`,
      );
    });
  });

  describe('the governing instrument', () => {
    const OFFENCE = `
offence low {
  category: budapest art 4
  law DE { max-penalty: 5 years }
  law BR { max-penalty: 6 months }
}
offence low-outside {
  conduct: "Not an offence of Budapest Arts 2-11"
  law DE { max-penalty: 5 years }
  law BR { max-penalty: 6 months }
}
`;
    it('ETS 24: Art. 2(1), a summary', () => {
      const { findings } = expectRule('CR103', `${OFFENCE}${ext('EXT-20', 'low, low-outside', 'CR103 CR103')}`);
      assert.match(
        findings[0]!.finding.message,
        new RegExp(`under both laws \\(ETS 24 Art\\. 2\\(1\\) ${SUMMARY.replace(/[()]/g, '\\$&')}\\)`),
      );
    });

    it('the UN Convention: Art. 37, a summary', () => {
      const { findings } = expectRule('CR103', `${OFFENCE}${ext('EXT-21', 'low, low-outside', 'CR103 CR103', 'DE', 'BR', 'basis: uncc')}`);
      assert.match(findings[0]!.finding.message, new RegExp(`under both laws \\(UNCC Art\\. 37 ${SUMMARY.replace(/[()]/g, '\\$&')}\\)`));
    });

    it('the Budapest Convention: Art. 24(1)(a), for the offences of its Arts 2–11 only (CR316 reports the others)', () => {
      const { findings } = expectRule(
        'CR103',
        `${OFFENCE}${ext('EXT-22', 'low, low-outside', 'CR103', 'DE', 'BR', 'basis: budapest art 24')}`,
      );
      assert.match(findings[0]!.finding.message, /offence low does not meet .*\(CETS 185 Art\. 24\(1\)\(a\)\)/);
    });

    it('not checked under a treaty, reciprocity or no basis: their thresholds are not known', () => {
      expectRule(
        'CR103',
        `${OFFENCE}
${ext('EXT-23', 'low', '', 'DE', 'BR', 'basis: treaty "Extradition Treaty between Germany and Brazil"')}
${ext('EXT-24', 'low', '', 'DE', 'BR', 'basis: reciprocity')}
${ext('EXT-25', 'low', '', 'DE', 'BR', '')}`,
      );
    });

    it('an instrument of the basis that does not apply between the parties is not the threshold; the next one is', () => {
      const { findings } = expectRule(
        'CR103',
        `${OFFENCE}
party BR { name: "Brazil"  instruments: [budapest] }
${ext('EXT-26', 'low', '', 'DE', 'BR', 'basis: ets24')}
${ext('EXT-27', 'low', 'CR103', 'DE', 'BR', 'basis: [ets24, budapest art 24]')}`,
      );
      assert.match(findings[0]!.finding.message, /\(CETS 185 Art\. 24\(1\)\(a\)\)/);
      assert.doesNotMatch(findings[0]!.finding.message, /ETS 24 Art/);
    });

    it('a party bound by none (`instruments: []`): not checked', () => {
      expectRule(
        'CR103',
        `${OFFENCE}
party DE { name: "Germany"  instruments: [] }
${ext('EXT-28', 'low', '', 'DE', 'BR', 'basis: [ets24, uncc, budapest art 24]')}`,
      );
    });

    it("when whether an instrument applies cannot be read (a party's instruments unusable): not checked", () => {
      expectRule(
        'CR103',
        `${OFFENCE}
party BR { name: "Brazil"  instruments: [budapst] }
${ext('EXT-29', 'low', '', 'DE', 'BR', 'basis: ets24')}
${ext('EXT-30', 'low', '', 'DE', 'BR', 'basis: etz24')}`,
      );
    });
  });

  describe('a sentence to enforce: at least four months where ETS 24 governs (Art. 2(1), a summary)', () => {
    const OFFENCES = `
offence fraud { category: budapest art 8  law DE { max-penalty: 5 years }  law BR { max-penalty: 5 years } }
offence theft { category: budapest art 8  law DE { max-penalty: 5 years }  law BR { max-penalty: 5 years } }
`;
    const sentence = (name: string, what: string, marker = '', basis = 'basis: ets24', forWhat = 'sentence', offences = 'fraud') => `
request ${name} extradition {
  from: DE
  to: BR
  ${basis}
  for: ${forWhat}
  sentence: ${what}
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}
}
`;
    it('fires below four months, at the offence, with the sentence as related information', () => {
      const { ws, findings } = expectRule(
        'CR103',
        `${OFFENCES}
${sentence('EXT-31', '3 months', 'CR103')}
${sentence('EXT-32', '100 days', 'CR103')}`,
      );
      const f = findings[0]!.finding;
      assert.equal(
        f.message,
        `Extradition request EXT-31: the sentence to be enforced is 3 months, under the four months ETS 24 Art. 2(1) requires ${SUMMARY}.`,
      );
      assert.deepEqual(
        f.related.map((r) => placeOf(ws, r).text),
        ['sentence: 3 months'],
      );
    });

    it('with the threshold of the offence too, in one finding', () => {
      const { findings } = expectRule(
        'CR103',
        `
offence low { law DE { max-penalty: 6 months }  law BR { max-penalty: 5 years } }
${sentence('EXT-33', '2 months', 'CR103', 'basis: ets24', 'sentence', 'low')}`,
      );
      assert.match(
        findings[0]!.finding.message,
        /offence low does not meet the threshold .*: it is punishable by at most 6 months under the law of DE; and the sentence to be enforced is 2 months/,
      );
      assert.equal(findings[0]!.finding.related.length, 2);
    });

    it('is reported with every offence the request names (the sentence concerns them all)', () => {
      expectRule('CR103', `${OFFENCES}${sentence('EXT-34', '3 months', 'CR103 CR103', 'basis: ets24', 'sentence', 'fraud, theft')}`);
    });

    it('silent at four months or more, for prosecution, where ETS 24 does not govern, and when the sentence or `for` cannot be read', () => {
      expectRule(
        'CR103',
        `${OFFENCES}
${sentence('EXT-35', '4 months')}
${sentence('EXT-36', '1 year')}
${sentence('EXT-37', '3 months', '', 'basis: ets24', 'prosecution')}
${sentence('EXT-38', '3 months', '', 'basis: budapest art 24')}
${sentence('EXT-39', '3 months', '', 'basis: uncc')}
${sentence('EXT-40', '3 months', '', 'basis: reciprocity')}
${sentence('EXT-41', '"three months"')}
${sentence('EXT-42', '3 months', '', 'basis: ets24', 'sentense')}`,
      );
    });
  });

  describe('must not fire', () => {
    it('on a request that is not an extradition', () => {
      expectRule(
        'CR103',
        `
offence o-5 { law DE { max-penalty: 1 month } }
request MLA-1 mutual-assistance { from: DE  to: BR  basis: ets30  offences: [o-5] }
request PRES-1 preservation { from: DE  to: BR  offences: [o-5] }
request PA-1 provisional-arrest { from: DE  to: BR  basis: ets24  offences: [o-5] }
`,
      );
    });

    it('when an offence cannot be judged: unresolved, of the wrong sort, or with an unusable penalty', () => {
      expectRule(
        'CR103',
        `
person doe { name: "John Example" }
offence o-6 {
  law DE { max-penalty: "five years" }
  law BR { max-penalty: 5 years }
}
${ext('EXT-10', 'no-such-offence, doe, o-6')}`,
      );
    });

    it("when a law block's party is unusable, the penalty it may state cannot be judged", () => {
      expectRule(
        'CR103',
        `
offence o-7 {
  law DE { max-penalty: 5 years }
  law br { max-penalty: 5 years }
}
${ext('EXT-11', 'o-7')}`,
      );
    });

    it('when the request names no party, there is no law to compare', () => {
      expectRule(
        'CR103',
        `
offence o-8 { law DE { max-penalty: 1 month } }
request EXT-12 extradition { basis: ets24  offences: [o-8] }
`,
      );
    });

    it('when the offences entry is unusable', () => {
      expectRule(
        'CR103',
        `
offence o-9 { law DE { max-penalty: 1 month } }
request EXT-13 extradition { from: DE  to: BR  basis: ets24  offences: [o-9, "Another Offence"] }
`,
      );
    });
  });

  it('only the parties named: the requesting party alone when `to` is absent', () => {
    const { findings } = expectRule(
      'CR103',
      `
offence o-10 { law DE { max-penalty: 2 years } }
offence o-11 { law DE { max-penalty: 2 months } }
request EXT-14 extradition {
  from: DE
  basis: ets24
  offences: [o-10, o-11]                    #! CR103
}
`,
    );
    assert.doesNotMatch(findings[0]!.finding.message, /BR|no penalty is stated/);
  });

  it("cross-file: the offence in one file, the request in another; the related place is in the offence's file", () => {
    const { ws, findings } = expectRule('CR103', {
      'offences.coop': 'offence defacement {\n  law DE { max-penalty: 2 years }\n  law BR { max-penalty: 6 months }\n}\n',
      'request.coop': ext('EXT-15', 'defacement', 'CR103'),
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'offences.coop');
  });

  it('the finding has no fix: the threshold is a fact of the two laws', () => {
    const { findings } = findingsOf(
      'CR103',
      `offence o-12 { law DE { max-penalty: 1 month } law BR { max-penalty: 5 years } }\n${ext('EXT-16', 'o-12')}`,
    );
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.finding.fixes, []);
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
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`);
  });
});
