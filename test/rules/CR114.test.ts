// CR114 life-sentence-review: an extradition request for an offence punishable by `life` or
// `death` under the requesting party's law (after a death-penalty assurance the exposure is life
// imprisonment), without an `assurances` entry `life-review` — a life sentence must be reducible de
// jure and de facto (ECHR Art. 3, summary). One finding per such offence, at its name in
// `offences`; whatever the governing instrument.

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

const CITATION = '(ECHR Art. 3 as applied by the European Court of Human Rights: summary, to be verified against the official text)';

const OFFENCES = `
person kane { name: "Robert Example"  nationality: US }
offence murder { conduct: "Contract killing"  law US { max-penalty: death }  law DE { max-penalty: life } }
offence kidnapping { conduct: "Kidnapping for ransom"  law US { cite: "18 U.S.C. 1201"  max-penalty: life }  law DE { max-penalty: 15 years } }
offence fraud { conduct: "Wire fraud"  law US { max-penalty: 20 years }  law DE { max-penalty: life } }
`;

const ext = (name: string, offences: string, marker = '', extra = '', basis = 'basis: treaty "US-DE Extradition Treaty"', from = 'US') => `
request ${name} extradition {
  from: ${from}
  to: DE
  ${basis}
  person: kane
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR114 life-sentence-review', () => {
  it("fires at the offence punishable by life, with the requesting party's penalty as related information", () => {
    const { ws, findings } = expectRule('CR114', `${OFFENCES}${ext('EXT-1', 'fraud, kidnapping', 'CR114', '', 'basis: ets24')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [12, 21, 'kidnapping']);
    assert.equal(
      f.message,
      `Offence kidnapping is punishable by life imprisonment under the law of US, and extradition request EXT-1 gives no assurance that a life sentence is reducible de jure and de facto ${CITATION}.`,
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[4, 'max-penalty: life']],
    );
    assert.deepEqual([f.alias, f.severity], ['life-sentence-review', 'info']);
  });

  it('an offence punishable by death: life once the death penalty is assured away', () => {
    const { findings } = expectRule(
      'CR114',
      `${OFFENCES}${ext('EXT-2', 'murder', 'CR114', 'assurances { death-penalty: "Diplomatic note: death penalty not sought" }', 'basis: ets24')}`,
    );
    assert.match(
      findings[0]!.finding.message,
      /^Offence murder is punishable by death \(life imprisonment once a death-penalty assurance is given\) under the law of US,/,
    );
  });

  it('one finding per such offence; an offence listed twice is one', () => {
    expectRule(
      'CR114',
      `${OFFENCES}
request EXT-3 extradition {
  from: US
  to: DE
  offences: [murder, kidnapping, fraud,     #! CR114 CR114
    murder]
}
`,
    );
  });

  describe('whatever the governing instrument, the same finding and citation', () => {
    for (const basis of [
      'basis: ets24',
      'basis: treaty "US-DE Extradition Treaty"',
      'basis: uncc',
      'basis: budapest art 24',
      'basis: reciprocity',
      '',
    ]) {
      it(basis || 'no basis', () => {
        const { findings } = findingsOf('CR114', `${OFFENCES}${ext('EXT-4', 'kidnapping', '', '', basis)}`);
        assert.equal(findings.length, 1);
        assert.ok(findings[0]!.finding.message.endsWith(`de jure and de facto ${CITATION}.`));
        assert.doesNotMatch(findings[0]!.finding.message, /ETS 24|Extradition Treaty/);
      });
    }
  });

  describe('must not fire', () => {
    it("with a life-review assurance (a placeholder is CR007's to report)", () => {
      expectRule(
        'CR114',
        `${OFFENCES}
${ext('EXT-5', 'kidnapping, murder', '', 'assurances { life-review: "Review after 25 years under 18 U.S.C. 3582" }')}
${ext('EXT-6', 'kidnapping', '', 'assurances { life-review: "…" }')}`,
      );
    });

    it("when only the requested party's law provides life, or the term is of years", () => {
      expectRule('CR114', `${OFFENCES}${ext('EXT-7', 'fraud')}`);
    });

    it('on other kinds of request', () => {
      expectRule(
        'CR114',
        `${OFFENCES}
request PA-1 provisional-arrest { from: US  to: DE  person: kane  offences: [kidnapping] }
request MLA-1 mutual-assistance { from: US  to: DE  offences: [kidnapping] }
`,
      );
    });

    it('when a value it needs is absent or unusable', () => {
      expectRule(
        'CR114',
        `${OFFENCES}
offence lower-case { law us { max-penalty: life } }
offence bad-penalty { law US { max-penalty: lifetime } }
${ext('EXT-8', 'kidnapping', '', '', 'basis: ets24', 'us')}
${ext('EXT-9', 'lower-case, bad-penalty, no-such-offence, kane')}
request EXT-10 extradition { to: DE  offences: [kidnapping] }
request EXT-11 extradition { from: US  to: DE  offences: [kidnapping, "Another offence"] }
`,
      );
    });
  });

  it('a misspelt assurance key is not the assurance: CR004 on it, and CR114 fires', () => {
    const text = `${OFFENCES}
request EXT-12 extradition {
  from: US
  to: DE
  offences: [kidnapping]                    #! CR114
  assurances {
    life-reviews: "Review after 25 years"   #! CR004
  }
}
`;
    expectRule('CR114', text);
    expectRule('CR004', text);
  });

  it('cross-file: the offence in another file; the related place is there', () => {
    const { ws, findings } = expectRule('CR114', {
      'offences.coop': 'offence kidnapping {\n  law US { max-penalty: life }\n}\n',
      'request.coop': ext('EXT-13', 'kidnapping', 'CR114'),
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'offences.coop');
  });

  it('fix: a quick fix that adds the life-review assurance to complete, never applied in bulk', () => {
    const files = { 'main.coop': `${OFFENCES}${ext('EXT-14', 'kidnapping')}` };
    const f = findingsOf('CR114', files).findings[0]!;
    assert.deepEqual(suggestionTitles(f), ['Add a life-review assurance to complete']);
    assert.ok(
      f.finding.fixes.every((x) => !x.safe),
      "the assurance is the requesting State's undertaking: no safe fix",
    );
    const after = applyAndRelint(files, f.finding.fixes[0]!);
    assert.equal(count(after.all, 'CR114'), 0);
    assert.equal(count(after.all, 'CR007'), 1);
    assert.match(
      after.files['main.coop']!,
      /\n {2}assurances \{\n {4}life-review: "…" {2}# how a life sentence can be reviewed, by whom, when\n {2}\}\n\}\n$/,
    );
  });

  it('a complete request for an offence punishable by life: CR114 and nothing else', () => {
    expectExactly(`
party US { name: "United States"  instruments: [budapest] }
party DE { name: "Germany"  instruments: [budapest, ets24, ets30] }
person kane { name: "Robert Example"  nationality: US }
offence kidnapping {
  conduct: "Kidnapping for ransom"
  law US { cite: "18 U.S.C. 1201"  max-penalty: life }
  law DE { cite: "StGB 239a"  max-penalty: 15 years }
}
request US-EXT-2 extradition {
  from: US
  to: DE
  basis: reciprocity
  authority: "Office of International Affairs"
  person: kane
  offences: [kidnapping]                    #! CR114
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Kidnapping under StGB 239a"
    political-offence: not-engaged "Ransom"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "US national"
    human-rights: not-engaged "No Art. 3 risk known"
  }
}
`);
  });
});
