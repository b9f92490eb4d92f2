// CR108 death-penalty-assurance: an extradition request for an offence punishable by death under
// the requesting party's law and not under the requested party's (its `law` for that party is
// absent or not `death`), without an `assurances` entry `death-penalty` — one finding per such
// offence, at its name in `offences`. Whatever the governing instrument: it cites ETS 24 Art. 11
// only where ETS 24 governs, and otherwise names the death penalty under the applicable treaty or
// the law of the requested party.

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { keys, markers } from '../support/lint';
import {
  applyAndRelint,
  asFiles,
  assertQuotesNoString,
  count,
  expectRule,
  findingsOf,
  placeOf,
  suggestionTitles,
  type Files,
  type Linted,
} from '../support/ruletest';

const TITLE = 'US-DE Extradition Treaty (1978)';

/**
 * expectRule (or, without a rule, expectExactly) where a basis names a treaty: rules.md has the
 * finding cite the treaty by its title; no other string is quoted.
 */
function expectRuleCitingTreaty(rule: string | undefined, input: string | Files, settings?: Settings): Linted {
  const l = findingsOf(rule ?? '', input, settings);
  const findings = rule ? l.findings : l.all;
  assert.deepEqual(
    keys(findings),
    markers(l.files).filter((k) => !rule || k.endsWith(` ${rule}`)),
  );
  assertQuotesNoString(
    Object.fromEntries(Object.entries(asFiles(input)).map(([n, t]) => [n, t.replace(/treaty "[^"]*"/g, 'treaty ""')])),
    findings,
  );
  return { ...l, findings };
}

const OFFENCES = `
offence murder {
  conduct: "Paying a darknet vendor to kill a witness"
  law US { cite: "18 U.S.C. 1958(a)"  max-penalty: death }
  law DE { cite: "StGB 211"  max-penalty: life }
}
offence murder-no-de-law {
  conduct: "The same, without a law for DE"
  law US { max-penalty: death }
}
offence murder-both {
  conduct: "Punishable by death in both"
  law US { max-penalty: death }
  law DE { max-penalty: death }
}
offence fraud {
  conduct: "Wire fraud"
  law US { max-penalty: 20 years }
  law DE { max-penalty: 5 years }
}
offence life-only {
  conduct: "Life in the requesting party"
  law US { max-penalty: life }
  law DE { max-penalty: 10 years }
}
offence death-in-de {
  conduct: "Death in the requested party only"
  law US { max-penalty: 30 years }
  law DE { max-penalty: death }
}
person kane { name: "Robert Example"  nationality: US }
`;

const ext = (name: string, offences: string, marker = '', extra = '', basis = 'basis: ets24', from = 'US', to = 'DE') => `
request ${name} extradition {
  from: ${from}
  to: ${to}
  ${basis}
  person: kane
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR108 death-penalty-assurance', () => {
  it("fires at the offence in offences, with the requesting party's penalty as related information", () => {
    const { ws, findings } = expectRule('CR108', `${OFFENCES}${ext('EXT-1', 'fraud, murder', 'CR108')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [38, 21, 'murder']);
    assert.equal(
      f.message,
      'Offence murder is punishable by death under the law of US and not under the law of DE, and extradition request EXT-1 gives no death-penalty assurance: extradition may be refused unless a sufficient assurance is given that the death penalty will not be carried out (ETS 24 Art. 11).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[4, 'max-penalty: death']],
    );
    assert.match(f.related[0]!.message, /max-penalty under the law of US/);
    assert.deepEqual([f.alias, f.severity], ['death-penalty-assurance', 'error']);
  });

  it('one finding per such offence; an offence listed twice is one', () => {
    expectRule(
      'CR108',
      `${OFFENCES}
request EXT-2 extradition {
  from: US
  to: DE
  basis: ets24
  offences: [murder, murder-no-de-law,      #! CR108 CR108
    murder]
}
`,
    );
  });

  it('the requested party\'s law absent, or stating a term of years or life: "not under the requested party\'s law"', () => {
    expectRule(
      'CR108',
      `${OFFENCES}
${ext('EXT-3', 'murder-no-de-law', 'CR108')}
${ext('EXT-4', 'murder', 'CR108')}`,
    );
  });

  it('whatever the grounds say: only the assurance answers Art. 11', () => {
    expectRule('CR108', `${OFFENCES}${ext('EXT-5', 'murder', 'CR108', 'grounds { death-penalty: not-engaged "Assessed" }')}`);
  });

  it('without a requested party, the assurance is still missing (the message does not name one)', () => {
    const { findings } = expectRule(
      'CR108',
      `${OFFENCES}
request EXT-6 extradition {
  from: US
  basis: ets24
  offences: [murder]                        #! CR108
}
`,
    );
    assert.match(
      findings[0]!.finding.message,
      /^Offence murder is punishable by death under the law of US, and extradition request EXT-6 gives no death-penalty assurance/,
    );
  });

  describe('must not fire', () => {
    it("with a death-penalty assurance (a placeholder is CR007's to report)", () => {
      const text = `${OFFENCES}
${ext('EXT-7', 'murder', '', 'assurances {\n    death-penalty: "Diplomatic note of 2026-03-01: the death penalty will not be sought"\n  }')}
${ext('EXT-8', 'murder', '', 'assurances { death-penalty: "…" }')}`;
      expectRule('CR108', text);
      assert.equal(count(findingsOf('CR007', text).all, 'CR007'), 1);
    });

    it('when the offence is punishable by death in the requested party too, or by life, or by death there only', () => {
      expectRule('CR108', `${OFFENCES}${ext('EXT-9', 'murder-both, life-only, death-in-de, fraud')}`);
    });

    it('on other kinds of request', () => {
      expectRule(
        'CR108',
        `${OFFENCES}
request PA-1 provisional-arrest { from: US  to: DE  basis: ets24  person: kane  offences: [murder] }
request MLA-1 mutual-assistance { from: US  to: DE  basis: ets30  offences: [murder] }
`,
      );
    });

    it('when a value it needs is absent (no requesting party) or present but unusable', () => {
      expectRule(
        'CR108',
        `${OFFENCES}
offence lower-case-law {
  law us { max-penalty: death }
}
offence de-penalty-unreadable {
  law US { max-penalty: death }
  law DE { max-penalty: "death" }
}
offence us-penalty-unreadable {
  law US { max-penalty: capital }
  law DE { max-penalty: 5 years }
}
offence de-law-party-unreadable {
  law US { max-penalty: death }
  law de { max-penalty: 5 years }
}
${ext('EXT-10', 'murder', '', '', 'basis: ets24', 'us')}
${ext('EXT-11', 'murder', '', '', 'basis: ets24', 'US', 'de')}
${ext('EXT-12', 'lower-case-law, de-penalty-unreadable, us-penalty-unreadable, de-law-party-unreadable, no-such-offence, kane')}
request EXT-13 extradition { from: US  to: DE  offences: [murder, "Another offence"] }
request EXT-13A extradition { to: DE  basis: ets24  offences: [murder] }
`,
      );
    });
  });

  it('a misspelt assurance key is not the assurance: CR004 on it, and CR108 fires', () => {
    const text = `${OFFENCES}
request EXT-14 extradition {
  from: US
  to: DE
  basis: ets24
  offences: [murder]                        #! CR108
  assurances {
    death-penalty-assurance: "Given"        #! CR004
  }
}
`;
    expectRule('CR108', text);
    expectRule('CR004', text);
  });

  describe('whatever the governing instrument; ETS 24 Art. 11 cited only where ETS 24 governs', () => {
    const cite = (basis: string, parties = '') => {
      const { findings } = findingsOf('CR108', `${OFFENCES}${parties}${ext('EXT-15', 'murder', '', '', basis)}`);
      assert.equal(findings.length, 1, basis);
      return /will not be carried out \((.*)\)\.$/.exec(findings[0]!.finding.message)![1];
    };

    it('ETS 24', () => {
      assert.equal(cite('basis: ets24'), 'ETS 24 Art. 11');
    });

    it('a treaty: the death penalty under the applicable treaty, by its title', () => {
      assert.equal(cite(`basis: treaty "${TITLE}"`), `the death penalty, where the applicable treaty (${TITLE}) provides for it`);
      const { findings } = expectRuleCitingTreaty(
        'CR108',
        `${OFFENCES}${ext('EXT-16', 'murder', 'CR108', '', `basis: treaty "${TITLE}"`)}`,
      );
      assert.doesNotMatch(findings[0]!.finding.message, /ETS 24/);
    });

    it('the UN Convention, Budapest Art. 24, reciprocity, no basis: the law of the requested party', () => {
      for (const basis of ['basis: uncc', 'basis: budapest art 24', 'basis: reciprocity', '']) {
        assert.equal(cite(basis), 'the death penalty, where the law of the requested party provides for it', basis);
      }
    });

    it('ETS 24 in the basis but not binding a party: not cited', () => {
      assert.equal(
        cite('basis: [ets24, budapest art 24]', 'party US { name: "United States"  instruments: [budapest] }\n'),
        'the death penalty, where the law of the requested party provides for it',
      );
      assert.equal(
        cite('basis: ets24', 'party DE { name: "Germany"  instruments: [] }\n'),
        'the death penalty, where the law of the requested party provides for it',
      );
    });
  });

  it("cross-file: the offence in one file, the request in another; the related place is in the offence's file", () => {
    const { ws, findings } = expectRule('CR108', {
      'offences.coop': 'offence murder {\n  law US { max-penalty: death }\n}\n',
      'request.coop': ext('EXT-17', 'murder', 'CR108'),
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'offences.coop');
  });

  describe('fix: a quick fix that adds the assurance to complete, never applied in bulk', () => {
    it('into the assurances block, with a placeholder that CR007 then reports', () => {
      const files = {
        'main.coop': `${OFFENCES}${ext('EXT-18', 'murder', '', 'assurances {\n    detention: "Federal detention centre, monitored by the embassy"\n  }')}`,
      };
      const f = findingsOf('CR108', files).findings[0]!;
      assert.deepEqual(suggestionTitles(f), ['Add a death-penalty assurance to complete']);
      assert.ok(
        f.finding.fixes.every((x) => !x.safe),
        "the assurance is the requesting State's undertaking: no safe fix",
      );
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR108'), 0);
      assert.equal(count(after.all, 'CR007'), 1);
      assert.match(
        after.files['main.coop']!,
        /\n {4}detention: "Federal detention centre, monitored by the embassy"\n {4}death-penalty: "…" {2}# what is assured, by whom, when\n {2}\}\n\}\n$/,
      );
    });

    it('creating the assurances block when there is none', () => {
      const files = { 'main.coop': `${OFFENCES}${ext('EXT-19', 'murder')}` };
      const after = applyAndRelint(files, findingsOf('CR108', files).findings[0]!.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR108'), 0);
      assert.match(after.files['main.coop']!, /\n {2}assurances \{\n {4}death-penalty: "…"/);
    });
  });

  it('a complete request for a capital offence without the assurance: CR108 and CR114, nothing else', () => {
    expectRuleCitingTreaty(
      undefined,
      `
party US { name: "United States"  instruments: [budapest] }
party DE { name: "Germany"  instruments: [budapest, ets24, ets30] }
person kane { name: "Robert Example"  nationality: US }
offence murder-for-hire {
  conduct: "Paying a darknet vendor to kill a witness, who was killed"
  law US { cite: "18 U.S.C. 1958(a)"  max-penalty: death }
  law DE { cite: "StGB 211"  max-penalty: life }
}
request US-EXT-1 extradition {
  from: US
  to: DE
  basis: treaty "${TITLE}"
  authority: "Office of International Affairs"
  date: 2026-03-02
  person: kane
  offences: [murder-for-hire]               #! CR108 CR114
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Murder under StGB 211"
    political-offence: not-engaged "A contract killing"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "US national; Germany is the requested party"
    human-rights: not-engaged "No Art. 3 risk known"
    death-penalty: engaged "No assurance yet"   #! CR105
  }
}
`,
    );
  });
});
