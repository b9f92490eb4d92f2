// CR118 eu-instruments: an extradition or mutual-assistance request between two parties whose
// `party` declarations both say `eu-member: yes`: between Member States surrender runs on the
// European Arrest Warrant and evidence on the European Investigation Order (summary). At the
// request's name; whatever the governing instrument.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';

const PARTIES = `
party DE { name: "Germany"  eu-member: yes }
party PL { name: "Poland"  eu-member: yes }
party CH { name: "Switzerland"  eu-member: no }
party UA { name: "Ukraine" }
party IT { name: "Italy"  eu-member: yess }
`;

const req = (name: string, kind: string, from: string, to: string, marker = '', basis = 'basis: ets24') => `
request ${name} ${kind} {${marker ? `   #! ${marker}` : ''}
  from: ${from}
  to: ${to}
  ${basis}
}
`;

describe('CR118 eu-instruments', () => {
  it("an extradition between Member States: at the request's name, both parties' declarations related", () => {
    const { ws, findings } = expectRule('CR118', `${PARTIES}${req('EXT-1', 'extradition', 'DE', 'PL', 'CR118')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [8, 9, 'EXT-1']);
    assert.equal(
      f.message,
      'DE and PL are both Member States of the European Union: between them surrender runs on the European Arrest Warrant (Framework Decision 2002/584/JHA), not an extradition request (summary, to be verified against the official text).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text, r.message]),
      [
        [2, 'eu-member: yes', 'DE is a Member State'],
        [3, 'eu-member: yes', 'PL is a Member State'],
      ],
    );
    assert.deepEqual([f.alias, f.severity], ['eu-instruments', 'warning']);
    assert.deepEqual(f.fixes, []);
  });

  it('a mutual-assistance request between Member States: the European Investigation Order', () => {
    const { findings } = expectRule('CR118', `${PARTIES}${req('MLA-1', 'mutual-assistance', 'PL', 'DE', 'CR118', 'basis: ets30')}`);
    assert.equal(
      findings[0]!.finding.message,
      'PL and DE are both Member States of the European Union: between them evidence is gathered with a European Investigation Order (Directive 2014/41/EU), not a mutual-assistance request, unless one of them does not take part in that Directive (summary, to be verified against the official text).',
    );
  });

  it('a provider in a Member State addresses that State', () => {
    expectRule(
      'CR118',
      `${PARTIES}${req('MLA-2', 'mutual-assistance', 'PL', 'provider "Example Hosting GmbH" in DE', 'CR118', 'basis: ets30')}`,
    );
  });

  it('whatever the basis: the same finding, citing no convention', () => {
    for (const basis of [
      'basis: ets24',
      'basis: treaty "DE-PL Treaty"',
      'basis: uncc',
      'basis: budapest art 24',
      'basis: reciprocity',
      '',
    ]) {
      const { findings } = findingsOf('CR118', `${PARTIES}${req('EXT-2', 'extradition', 'DE', 'PL', '', basis)}`);
      assert.equal(findings.length, 1, basis);
      assert.doesNotMatch(findings[0]!.finding.message, /ETS|CETS|UNCC|DE-PL Treaty|law of the requested party/, basis);
    }
  });

  describe('must not fire', () => {
    it('when one party is not a Member State, or the workspace does not say so', () => {
      expectRule(
        'CR118',
        `${PARTIES}
${req('EXT-3', 'extradition', 'DE', 'CH')}
${req('EXT-4', 'extradition', 'CH', 'PL')}
${req('EXT-5', 'extradition', 'DE', 'UA')}
${req('EXT-6', 'extradition', 'DE', 'FR')}
${req('MLA-3', 'mutual-assistance', 'FR', 'ES', '', 'basis: ets30')}`,
      );
    });

    it('on the other kinds of request, a provisional arrest included', () => {
      expectRule(
        'CR118',
        `${PARTIES}
${req('PA-1', 'provisional-arrest', 'DE', 'PL')}
${req('PRES-1', 'preservation', 'DE', 'PL', '', '')}
${req('TD-1', 'traffic-disclosure', 'DE', 'PL', '', '')}
${req('ED-1', 'emergency-disclosure', 'DE', 'PL', '', '')}
${req('SO-1', 'subscriber-order', 'DE', 'provider "Example Hosting GmbH" in PL', '', '')}`,
      );
    });

    it('a request within one State', () => {
      expectRule('CR118', `${PARTIES}${req('MLA-4', 'mutual-assistance', 'DE', 'DE', '', 'basis: ets30')}`);
    });

    it('when a value it needs is absent or unusable', () => {
      expectRule(
        'CR118',
        `${PARTIES}
${req('EXT-7', 'extradition', 'DE', 'IT')}
${req('EXT-8', 'extradition', 'de', 'PL')}
${req('EXT-9', 'extradition', 'DE', 'pl')}
${req('EXT-10', 'extradition', 'DE', 'provider "Example Hosting Sp. z o.o."')}
request EXT-11 extradition { from: DE }
request EXT-12 extradition { to: PL }
request EXT-13 extraditon { from: DE  to: PL }
`,
      );
    });
  });

  it('cross-file: the party declarations in another file; the related places are there', () => {
    const { ws, findings } = expectRule('CR118', {
      'parties.coop': PARTIES,
      'request.coop': req('EXT-14', 'extradition', 'PL', 'DE', 'CR118'),
    });
    assert.deepEqual(
      findings[0]!.finding.related.map((r) => placeOf(ws, r).file),
      ['parties.coop', 'parties.coop'],
    );
  });

  it('a complete mutual-assistance request between two Member States: CR118 and nothing else', () => {
    expectExactly(`
party DE { name: "Germany"  instruments: [budapest, ets30]  eu-member: yes }
party PL { name: "Poland"  instruments: [budapest, ets30]  eu-member: yes }
offence extortion {
  conduct: "Sending ransom notes to a hospital"
  category: budapest art 5
  law DE { cite: "StGB 303b"  max-penalty: 10 years }
  law PL { cite: "Kodeks karny art. 268a"  max-penalty: 5 years }
}
request DE-MLA-9 mutual-assistance {       #! CR118
  measure: testimony
  from: DE
  to: PL
  basis: ets30
  authority: "Staatsanwaltschaft Bamberg"
  purpose: "Hear the hospital's administrator"
  offences: [extortion]
  facts: "The ransom notes were sent to the hospital"
  grounds {
    dual-criminality: not-engaged "Computer sabotage in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: not-engaged "No protected characteristic"
  }
}
`);
  });
});
