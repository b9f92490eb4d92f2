// CR115 pending-proceedings: extradition for an offence on which the requested party's authorities
// are proceeding against the person (a judgment concerning the request, by the requested party,
// `outcome: pending`) or have decided not to institute or to terminate proceedings
// (`not-prosecuted`) — "may refuse" (ETS 24 Arts 8, 9 second sentence). At the offence in
// `offences`, the judgments as related information; whatever the governing instrument, citing ETS
// 24 only where it governs.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';

const BASE = `
person nowak { name: "Piotr Example"  nationality: PL }
person other { name: "Anna Example"  nationality: PL }
offence fraud { conduct: "Selling fake concert tickets" }
offence theft { conduct: "Theft of card data" }
`;

const judgment = (name: string, party: string, outcome: string, extra = '', offences = 'fraud', person = 'nowak') => `
judgment ${name} {
  party: ${party}
  person: ${person}
  offences: [${offences}]
  outcome: ${outcome}${extra ? `\n  ${extra}` : ''}
}
`;

const ext = (name: string, offences: string, marker = '', basis = 'basis: ets24', extra = '', to = 'CH') => `
request ${name} extradition {
  from: PL
  to: ${to}
  ${basis}
  person: nowak
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR115 pending-proceedings', () => {
  it('proceedings pending in the requested party: at the offence, the judgment as related information', () => {
    const { ws, findings } = expectRule(
      'CR115',
      `${BASE}${judgment('CH-2025-2', 'CH', 'pending')}${ext('EXT-1', 'theft, fraud', 'CR115')}`,
    );
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [19, 21, 'fraud']);
    assert.equal(
      f.message,
      'Extradition request EXT-1: the authorities of CH are proceeding against the person for offence fraud (CH-2025-2); the requested party may refuse (ETS 24 Art. 8).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[7, 'CH-2025-2']],
    );
    assert.deepEqual([f.alias, f.severity], ['pending-proceedings', 'warning']);
    assert.deepEqual(f.fixes, []);
  });

  it('a decision not to prosecute (final or not): Art. 9, second sentence', () => {
    const { findings } = expectRule(
      'CR115',
      `${BASE}
${judgment('CH-3', 'CH', 'not-prosecuted')}
${judgment('CH-4', 'CH', 'not-prosecuted', 'final: yes', 'theft')}
${ext('EXT-2', 'fraud, theft', 'CR115 CR115')}`,
    );
    assert.equal(
      findings[0]!.finding.message,
      'Extradition request EXT-2: the authorities of CH decided not to institute, or to terminate, proceedings for offence fraud (CH-3); the requested party may refuse (ETS 24 Art. 9).',
    );
  });

  it('one finding per offence, naming every judgment on it; pending proceedings decide the citation', () => {
    const { findings } = expectRule(
      'CR115',
      `${BASE}
${judgment('CH-5', 'CH', 'not-prosecuted')}
${judgment('CH-6', 'CH', 'pending')}
${ext('EXT-3', 'fraud', 'CR115')}`,
    );
    assert.match(findings[0]!.finding.message, /proceeding against the person for offence fraud \(CH-5, CH-6\); .*\(ETS 24 Art\. 8\)\.$/);
    assert.equal(findings[0]!.finding.related.length, 2);
  });

  it("whatever the grounds say: the refusal is the requested State's call", () => {
    expectRule(
      'CR115',
      `${BASE}${judgment('CH-7', 'CH', 'pending')}${ext('EXT-4', 'fraud', 'CR115', 'basis: ets24', 'grounds { pending-proceedings: not-engaged "Other victims" }')}`,
    );
  });

  describe('must not fire', () => {
    it("on another State's proceedings, or the requesting party's", () => {
      expectRule(
        'CR115',
        `${BASE}
${judgment('RO-1', 'RO', 'pending')}
${judgment('PL-1', 'PL', 'not-prosecuted')}
${ext('EXT-5', 'fraud')}`,
      );
    });

    it('on a judgment of the requested party that convicted or acquitted (CR109 when final; a raised ground when not)', () => {
      expectRule(
        'CR115',
        `${BASE}
${judgment('CH-8', 'CH', 'convicted', 'final: yes')}
${judgment('CH-9', 'CH', 'acquitted', 'final: no')}
${ext('EXT-6', 'fraud')}`,
      );
    });

    it('on a judgment about another person, or other offences', () => {
      expectRule(
        'CR115',
        `${BASE}
${judgment('CH-10', 'CH', 'pending', '', 'fraud', 'other')}
${judgment('CH-11', 'CH', 'pending', '', 'theft')}
${ext('EXT-7', 'fraud')}`,
      );
    });

    it('on other kinds of request', () => {
      expectRule(
        'CR115',
        `${BASE}${judgment('CH-12', 'CH', 'pending')}
request PA-1 provisional-arrest { from: PL  to: CH  basis: ets24  person: nowak  offences: [fraud] }
request MLA-1 mutual-assistance { from: PL  to: CH  basis: ets30  person: nowak  offences: [fraud] }
`,
      );
    });

    it('when a value it needs is absent or unusable', () => {
      expectRule(
        'CR115',
        `${BASE}
${judgment('CH-13', 'CH', 'pendng')}
${judgment('CH-14', 'ch', 'pending')}
${judgment('CH-15', 'CH', 'pending', '', 'theft, "An offence"')}
${judgment('CH-16', 'CH', 'not-prosecuted', 'final: maybe')}
${ext('EXT-8', 'fraud, theft')}
${ext('EXT-9', 'fraud', '', 'basis: ets24', '', 'ch')}
${ext('EXT-10', 'fraud', '', 'basis: ets24', '', 'provider "Zurich Hosting AG"')}
request EXT-11 extradition { from: PL  to: CH  basis: ets24  offences: [fraud] }
`,
      );
    });
  });

  describe('whatever the governing instrument; ETS 24 cited only where it governs', () => {
    const cite = (basis: string, outcome = 'pending', parties = '') => {
      const { findings } = findingsOf('CR115', `${BASE}${parties}${judgment('CH-17', 'CH', outcome)}${ext('EXT-12', 'fraud', '', basis)}`);
      assert.equal(findings.length, 1, basis);
      return /the requested party may refuse \((.*)\)\.$/.exec(findings[0]!.finding.message)![1];
    };

    it('ETS 24: Art. 8, or Art. 9 for a decision not to prosecute', () => {
      assert.equal(cite('basis: ets24'), 'ETS 24 Art. 8');
      assert.equal(cite('basis: ets24', 'not-prosecuted'), 'ETS 24 Art. 9');
    });

    it('a treaty: the rule in words under the applicable treaty', () => {
      assert.equal(
        cite('basis: treaty "PL-CH Extradition Treaty"'),
        'pending proceedings, where the applicable treaty (PL-CH Extradition Treaty) provides for it',
      );
      assert.equal(
        cite('basis: treaty "PL-CH Extradition Treaty"', 'not-prosecuted'),
        'a decision not to prosecute, where the applicable treaty (PL-CH Extradition Treaty) provides for it',
      );
    });

    it('the UN Convention, Budapest, reciprocity, no basis, ETS 24 not binding: the law of the requested party', () => {
      for (const basis of ['basis: uncc', 'basis: budapest art 24', 'basis: reciprocity', '']) {
        assert.equal(cite(basis), 'pending proceedings, where the law of the requested party provides for it', basis);
      }
      assert.equal(
        cite('basis: ets24', 'not-prosecuted', 'party CH { instruments: [budapest] }\n'),
        'a decision not to prosecute, where the law of the requested party provides for it',
      );
    });
  });

  it('cross-file: the judgment in another file; the related place is there', () => {
    const { ws, findings } = expectRule('CR115', {
      'judgments.coop': judgment('CH-18', 'CH', 'pending'),
      'main.coop': `${BASE}${ext('EXT-13', 'fraud', 'CR115')}`,
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'judgments.coop');
  });

  it('a complete request for an offence on which the requested party is proceeding: CR115 and nothing else', () => {
    expectExactly(`
party PL { name: "Poland"  instruments: [budapest, ets24, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets30] }
person nowak { name: "Piotr Example"  nationality: PL }
offence fraud-2024 {
  conduct: "Selling fake concert tickets through cloned sites"
  category: budapest art 8
  law PL { cite: "Kodeks karny art. 287"  max-penalty: 5 years }
  law CH { cite: "StGB art. 147"  max-penalty: 5 years }
}
judgment CH-2025-2 {
  party: CH
  person: nowak
  offences: [fraud-2024]
  outcome: pending
}
request PL-EXT-4 extradition {
  from: PL
  to: CH
  basis: ets24
  authority: "Ministerstwo Sprawiedliwosci"
  person: nowak
  offences: [fraud-2024]                    #! CR115
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Fraud in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary remand conditions"
    pending-proceedings: not-engaged "The Swiss proceedings concern other victims"
  }
}
`);
  });
});
