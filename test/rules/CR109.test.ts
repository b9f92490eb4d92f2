// CR109 ne-bis-in-idem: extradition for an offence on which the requested party has passed final
// judgment on the person (`final: yes`, `convicted` or `acquitted`) — "shall not be granted"
// (ETS 24 Art. 9), whatever the governing instrument; or on which a third State party to ETS 24
// has passed a final acquittal (Art. 9(2)(a) as supplemented by ETS 86, where ETS 24 governs and
// ETS 86 applies between the parties) — unless the offence's `committed-in` names the requesting
// party (Art. 9(3)(c)). One finding per judgment and offence, at the offence in `offences`, the
// judgment as related information; whatever `grounds` says.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';

const BASE = `
person nowak { name: "Piotr Example"  nationality: PL }
person other { name: "Anna Example"  nationality: PL }
offence fraud { conduct: "Investment fraud" }
offence theft { conduct: "Theft of card data" }
offence in-pl { conduct: "Extortion from Warsaw"  committed-in: [PL, RO] }
`;

const judgment = (name: string, party: string, outcome: string, final: string, offences = 'fraud', person = 'nowak') => `
judgment ${name} {
  party: ${party}
  person: ${person}
  offences: [${offences}]
  outcome: ${outcome}${final ? `\n  final: ${final}` : ''}
}
`;

const ext = (name: string, offences: string, marker = '', basis = 'basis: ets24', extra = '') => `
request ${name} extradition {
  from: PL
  to: CH
  ${basis}
  person: nowak
  offences: [${offences}]${marker ? `   #! ${marker}` : ''}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR109 ne-bis-in-idem', () => {
  describe('a final judgment of the requested party', () => {
    it('fires at the offence in offences, with the judgment as related information', () => {
      const { ws, findings } = expectRule(
        'CR109',
        `${BASE}${judgment('CH-2019-1', 'CH', 'convicted', 'yes')}${ext('EXT-1', 'theft, fraud', 'CR109')}`,
      );
      const f = findings[0]!.finding;
      const p = placeOf(ws, f);
      assert.deepEqual([p.line, p.text], [21, 'fraud']);
      assert.equal(
        f.message,
        'Judgment CH-2019-1 of the requested party CH is final on offence fraud for the person sought: extradition for it shall not be granted (ETS 24 Art. 9).',
      );
      assert.deepEqual(
        f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
        [[8, 'CH-2019-1']],
      );
      assert.deepEqual([f.alias, f.severity], ['ne-bis-in-idem', 'error']);
      assert.deepEqual(f.fixes, []);
    });

    it('a final acquittal too', () => {
      expectRule('CR109', `${BASE}${judgment('CH-2', 'CH', 'acquitted', 'yes')}${ext('EXT-2', 'fraud', 'CR109')}`);
    });

    it('one finding per judgment and offence', () => {
      expectRule(
        'CR109',
        `${BASE}
${judgment('CH-3', 'CH', 'convicted', 'yes', 'fraud, theft')}
${judgment('CH-4', 'CH', 'acquitted', 'yes', 'fraud')}
${ext('EXT-3', 'fraud, theft', 'CR109 CR109 CR109')}`,
      );
    });

    it('whatever the grounds say: the bar is mandatory', () => {
      expectRule(
        'CR109',
        `${BASE}${judgment('CH-5', 'CH', 'convicted', 'yes')}${ext('EXT-4', 'fraud', 'CR109', 'basis: ets24', 'grounds { ne-bis-in-idem: not-engaged "A different act" }')}`,
      );
    });

    it('must not fire: not final, pending, not prosecuted (CR115), another person or offence', () => {
      expectRule(
        'CR109',
        `${BASE}
${judgment('CH-6', 'CH', 'convicted', 'no')}
${judgment('CH-7', 'CH', 'acquitted', '')}
${judgment('CH-8', 'CH', 'pending', 'yes', 'fraud')}
${judgment('CH-9', 'CH', 'not-prosecuted', 'yes', 'fraud')}
${judgment('CH-10', 'CH', 'convicted', 'yes', 'theft', 'other')}
${judgment('CH-11', 'CH', 'convicted', 'yes', 'in-pl')}
${ext('EXT-5', 'fraud')}`,
      );
    });

    it("must not fire: the requesting party's own judgment", () => {
      expectRule('CR109', `${BASE}${judgment('PL-1', 'PL', 'convicted', 'yes')}${ext('EXT-6', 'fraud')}`);
    });

    it('must not fire when a value it needs is present but unusable', () => {
      expectRule(
        'CR109',
        `${BASE}
${judgment('CH-12', 'CH', 'convicted', 'yess')}
${judgment('CH-13', 'ch', 'convicted', 'yes')}
${judgment('CH-14', 'CH', 'convictd', 'yes')}
${ext('EXT-7', 'fraud')}
request EXT-8 extradition { from: PL  to: ch  basis: ets24  person: nowak  offences: [fraud] }
request EXT-9 extradition { from: PL  to: CH  basis: ets24  person: [nowak]  offences: [fraud] }
`,
      );
      expectRule(
        'CR109',
        `${BASE}${judgment('CH-15', 'CH', 'convicted', 'yes')}
request EXT-10 extradition { from: PL  to: CH  basis: ets24  person: nowak  offences: [fraud, "An offence"] }
request EXT-11 extradition { from: PL  basis: ets24  person: nowak  offences: [fraud] }
request PA-1 provisional-arrest { from: PL  to: CH  basis: ets24  person: nowak  offences: [fraud] }
`,
      );
    });

    describe('whatever the governing instrument; ETS 24 cited only where it governs', () => {
      const cite = (basis: string, parties = '') => {
        const { findings } = findingsOf(
          'CR109',
          `${BASE}${parties}${judgment('CH-16', 'CH', 'convicted', 'yes')}${ext('EXT-12', 'fraud', '', basis)}`,
        );
        assert.equal(findings.length, 1, basis);
        const [, effect, citation] = /(shall not be granted|is likely to be refused) \((.*)\)\.$/.exec(findings[0]!.finding.message)!;
        // ETS 24 says "shall not be granted"; where it does not govern, the bar's force is not known.
        assert.equal(effect, citation!.startsWith('ETS 24') ? 'shall not be granted' : 'is likely to be refused', basis);
        return citation;
      };

      it('ETS 24: Art. 9', () => {
        assert.equal(cite('basis: ets24'), 'ETS 24 Art. 9');
      });

      it('a treaty: ne bis in idem under the applicable treaty', () => {
        assert.equal(
          cite('basis: treaty "PL-CH Extradition Treaty"'),
          'ne bis in idem, where the applicable treaty (PL-CH Extradition Treaty) provides for it',
        );
      });

      it('the UN Convention, Budapest, reciprocity, no basis, or ETS 24 not binding: the law of the requested party', () => {
        for (const basis of ['basis: uncc', 'basis: budapest art 24', 'basis: reciprocity', '']) {
          assert.equal(cite(basis), 'ne bis in idem, where the law of the requested party provides for it', basis);
        }
        assert.equal(
          cite('basis: ets24', 'party CH { name: "Switzerland"  instruments: [] }\n'),
          'ne bis in idem, where the law of the requested party provides for it',
        );
      });
    });
  });

  describe('a final acquittal in a third State party to ETS 24 (Art. 9(2)(a), ETS 86)', () => {
    it('fires where ETS 24 governs and ETS 86 applies between the parties', () => {
      const { ws, findings } = expectRule(
        'CR109',
        `${BASE}
party PL { instruments: [ets24, ets86] }
party CH { instruments: [ets24, ets86] }
party RO { instruments: [ets24] }
${judgment('RO-1', 'RO', 'acquitted', 'yes')}
${ext('EXT-13', 'fraud', 'CR109')}`,
      );
      const f = findings[0]!.finding;
      assert.equal(
        f.message,
        'Judgment RO-1 of RO, a third State party to ETS 24, finally acquitted the person sought of offence fraud: extradition for it shall not be granted (ETS 24 Art. 9(2)(a), as supplemented by ETS 86).',
      );
      assert.deepEqual(
        f.related.map((r) => placeOf(ws, r).text),
        ['RO-1'],
      );
    });

    it('a third State without a party declaration, or one without `instruments`, is taken as a party to ETS 24', () => {
      expectRule(
        'CR109',
        `${BASE}
party HU { name: "Hungary" }
${judgment('RO-2', 'RO', 'acquitted', 'yes')}
${judgment('HU-1', 'HU', 'acquitted', 'yes')}
${ext('EXT-14', 'fraud', 'CR109 CR109')}`,
      );
    });

    it('the offence committed in a place other than the requesting party: still barred', () => {
      expectRule(
        'CR109',
        `${BASE}
offence in-ro { conduct: "Fraud from Bucharest"  committed-in: [RO] }
${judgment('RO-3', 'RO', 'acquitted', 'yes', 'in-ro')}
${ext('EXT-15', 'in-ro', 'CR109')}`,
      );
    });

    it('must not fire: committed (in part) in the requesting party (Art. 9(3)(c): extradition may then be granted)', () => {
      expectRule('CR109', `${BASE}${judgment('RO-4', 'RO', 'acquitted', 'yes', 'in-pl')}${ext('EXT-16', 'in-pl')}`);
    });

    it('must not fire: a conviction, or an acquittal that is not final', () => {
      expectRule(
        'CR109',
        `${BASE}
${judgment('RO-5', 'RO', 'convicted', 'yes')}
${judgment('RO-6', 'RO', 'acquitted', 'no')}
${judgment('RO-7', 'RO', 'acquitted', '')}
${ext('EXT-17', 'fraud')}`,
      );
    });

    it('must not fire: the third State is not a party to ETS 24, or its instruments cannot be read', () => {
      expectRule(
        'CR109',
        `${BASE}
party US { name: "United States"  instruments: [budapest] }
party IN { name: "India"  instruments: [] }
party RO { instruments: [ets-24] }
${judgment('US-1', 'US', 'acquitted', 'yes')}
${judgment('IN-1', 'IN', 'acquitted', 'yes')}
${judgment('RO-8', 'RO', 'acquitted', 'yes')}
${ext('EXT-18', 'fraud')}`,
      );
    });

    it('must not fire where ETS 86 does not apply between the parties', () => {
      expectRule(
        'CR109',
        `${BASE}
party CH { instruments: [ets24, ets98] }
${judgment('RO-9', 'RO', 'acquitted', 'yes')}
${ext('EXT-19', 'fraud')}`,
      );
    });

    it('must not fire where ETS 24 does not govern: the part rests on ETS 24 and ETS 86 alone', () => {
      expectRule(
        'CR109',
        `${BASE}
${judgment('RO-10', 'RO', 'acquitted', 'yes')}
${ext('EXT-20', 'fraud', '', 'basis: treaty "PL-CH Extradition Treaty"')}
${ext('EXT-21', 'fraud', '', 'basis: uncc')}
${ext('EXT-22', 'fraud', '', 'basis: budapest art 24')}
${ext('EXT-23', 'fraud', '', 'basis: reciprocity')}
${ext('EXT-24', 'fraud', '', '')}
${ext('EXT-25', 'fraud', '', 'basis: [ets24, ets86]').replace('to: CH', 'to: GB')}
party GB { name: "United Kingdom"  instruments: [budapest] }`,
      );
    });

    it("must not fire when the judgment names no State: it cannot be known to be a third State's", () => {
      expectRule(
        'CR109',
        `${BASE}
judgment X-1 { person: nowak  offences: [fraud]  outcome: acquitted  final: yes }
${ext('EXT-26', 'fraud')}`,
      );
    });
  });

  it('cross-file: the judgment in another file; the related place is there', () => {
    const { ws, findings } = expectRule('CR109', {
      'judgments.coop': judgment('CH-17', 'CH', 'acquitted', 'yes'),
      'main.coop': `${BASE}${ext('EXT-27', 'fraud', 'CR109')}`,
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'judgments.coop');
  });

  it('a complete request for an offence finally judged in the requested party: CR109, and nothing else', () => {
    expectExactly(`
party PL { name: "Poland"  instruments: [budapest, ets24, ets86, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets86, ets30] }
person nowak { name: "Piotr Example"  nationality: PL }
offence laundering {
  conduct: "Laundering a ransom through an exchange account"
  law PL { cite: "Kodeks karny art. 299"  max-penalty: 8 years }
  law CH { cite: "StGB art. 305bis"  max-penalty: 3 years }
}
judgment CH-2019-1 {
  party: CH
  person: nowak
  offences: [laundering]
  outcome: convicted
  date: 2019-05-01
  final: yes
}
request PL-EXT-4 extradition {
  from: PL
  to: CH
  basis: ets24
  authority: "Ministerstwo Sprawiedliwosci"
  person: nowak
  offences: [laundering]                    #! CR109
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "An offence in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary remand conditions"
    ne-bis-in-idem: not-engaged "Assessed by the drafter as a different act"
  }
}
`);
  });
});
