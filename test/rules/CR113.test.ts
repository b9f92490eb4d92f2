// CR113 competing-requests: two or more extradition requests for the same person to the same
// requested party from different requesting parties — the requested party chooses having regard
// to all the circumstances (ETS 24 Art. 17). One finding on each request's name, the others as
// related information; whatever the governing instrument, citing ETS 24 only where it governs.

import assert from 'node:assert/strict';
import { PEOPLE } from '../support/provisionalArrest';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';

const ext = (name: string, from: string, marker = '', to = 'CH', person = 'nowak', basis = 'basis: ets24', kind = 'extradition') => `
request ${name} ${kind} {${marker ? `   #! ${marker}` : ''}
  from: ${from}
  to: ${to}
  ${basis}
  person: ${person}
}
`;

describe('CR113 competing-requests', () => {
  it("fires on each request's name, the other as related information", () => {
    const { ws, findings } = expectRule('CR113', `${PEOPLE}${ext('PL-EXT-4', 'PL', 'CR113')}${ext('UA-EXT-9', 'UA', 'CR113')}`);
    const [pl, ua] = findings.map((f) => f.finding);
    assert.deepEqual([placeOf(ws, pl!).line, placeOf(ws, pl!).column, placeOf(ws, pl!).text], [5, 9, 'PL-EXT-4']);
    assert.equal(
      pl!.message,
      "Extradition request PL-EXT-4 competes with UA-EXT-9 from UA for person nowak: CH will decide having regard to all the circumstances — the seriousness and place of the offences, the dates of the requests, the person's nationality and a later extradition to another State (ETS 24 Art. 17).",
    );
    assert.deepEqual(
      pl!.related.map((r) => [placeOf(ws, r).text, r.message]),
      [['UA-EXT-9', 'extradition request UA-EXT-9 from UA']],
    );
    assert.deepEqual(
      ua!.related.map((r) => placeOf(ws, r).text),
      ['PL-EXT-4'],
    );
    assert.deepEqual([pl!.alias, pl!.severity], ['competing-requests', 'info']);
    assert.deepEqual(pl!.fixes, []);
  });

  it('three requests: each names the two others', () => {
    const { ws, findings } = expectRule(
      'CR113',
      `${PEOPLE}
${ext('PL-EXT-1', 'PL', 'CR113')}
${ext('UA-EXT-1', 'UA', 'CR113')}
${ext('RO-EXT-1', 'RO', 'CR113')}`,
    );
    for (const f of findings) assert.equal(f.finding.related.length, 2);
    assert.match(findings[0]!.finding.message, /competes with UA-EXT-1, RO-EXT-1 from UA, RO for person nowak/);
    assert.deepEqual(
      findings[0]!.finding.related.map((r) => placeOf(ws, r).text),
      ['UA-EXT-1', 'RO-EXT-1'],
    );
  });

  it("two requests of one requesting party compete with a third State's, not with each other", () => {
    const { findings } = expectRule(
      'CR113',
      `${PEOPLE}
${ext('PL-EXT-2', 'PL', 'CR113')}
${ext('PL-EXT-3', 'PL', 'CR113')}
${ext('UA-EXT-2', 'UA', 'CR113')}`,
    );
    assert.deepEqual(
      findings.map((f) => f.finding.related.length),
      [1, 1, 2],
    );
  });

  it('a provider in the requested party addresses that party', () => {
    expectRule(
      'CR113',
      `${PEOPLE}${ext('PL-EXT-5', 'PL', 'CR113')}${ext('UA-EXT-5', 'UA', 'CR113', 'provider "Zurich Hosting AG" in CH')}`,
    );
  });

  describe('must not fire', () => {
    it('requests from the same requesting party', () => {
      expectRule('CR113', `${PEOPLE}${ext('PL-EXT-6', 'PL')}${ext('PL-EXT-7', 'PL')}`);
    });

    it('requests to different requested parties, or for different persons', () => {
      expectRule(
        'CR113',
        `${PEOPLE}
${ext('PL-EXT-8', 'PL', '', 'CH')}
${ext('UA-EXT-8', 'UA', '', 'AT')}
${ext('RO-EXT-8', 'RO', '', 'CH', 'other')}`,
      );
    });

    it('a provisional arrest, or a request of another kind, is not a competing extradition request', () => {
      expectRule(
        'CR113',
        `${PEOPLE}
${ext('PL-EXT-9', 'PL')}
${ext('UA-PA-9', 'UA', '', 'CH', 'nowak', 'basis: ets24', 'provisional-arrest')}
${ext('RO-MLA-9', 'RO', '', 'CH', 'nowak', 'basis: ets30', 'mutual-assistance')}`,
      );
    });

    it('when the person, a requesting party or the requested party is absent or unusable', () => {
      expectRule(
        'CR113',
        `${PEOPLE}
${ext('PL-EXT-10', 'PL')}
${ext('UA-EXT-10', 'ua')}
${ext('RO-EXT-10', 'RO', '', 'ch')}
${ext('HU-EXT-10', 'HU', '', 'provider "Zurich Hosting AG"')}
${ext('SK-EXT-10', 'SK', '', 'CH', '[nowak]')}
request CZ-EXT-10 extradition { to: CH  basis: ets24  person: nowak }
request AT-EXT-10 extradition { from: AT  to: CH  basis: ets24 }
`,
      );
    });
  });

  describe('whatever the governing instrument: each request cites its own', () => {
    it('ETS 24 Art. 17; a treaty; the law of the requested party', () => {
      const { findings } = findingsOf(
        'CR113',
        `${PEOPLE}
${ext('PL-EXT-11', 'PL', '', 'CH', 'nowak', 'basis: ets24')}
${ext('UA-EXT-11', 'UA', '', 'CH', 'nowak', 'basis: treaty "UA-CH Extradition Treaty"')}
${ext('US-EXT-11', 'US', '', 'CH', 'nowak', 'basis: uncc')}
${ext('RO-EXT-11', 'RO', '', 'CH', 'nowak', 'basis: reciprocity')}
${ext('BR-EXT-11', 'BR', '', 'CH', 'nowak', '')}`,
      );
      const cites = findings.map((f) => /\(([^()]*(?:\([^()]*\)[^()]*)?)\)\.$/.exec(f.finding.message)![1]);
      assert.deepEqual(cites, [
        'ETS 24 Art. 17',
        'competing requests, where the applicable treaty (UA-CH Extradition Treaty) provides for it',
        'competing requests, where the law of the requested party provides for it',
        'competing requests, where the law of the requested party provides for it',
        'competing requests, where the law of the requested party provides for it',
      ]);
    });

    it('ETS 24 in the basis but not binding the requesting party: not cited', () => {
      const { findings } = findingsOf(
        'CR113',
        `${PEOPLE}
party UA { name: "Ukraine"  instruments: [budapest] }
${ext('PL-EXT-12', 'PL')}
${ext('UA-EXT-12', 'UA')}`,
      );
      assert.match(findings[0]!.finding.message, /\(ETS 24 Art\. 17\)\.$/);
      assert.match(findings[1]!.finding.message, /\(competing requests, where the law of the requested party provides for it\)\.$/);
    });
  });

  it('cross-file: each request in its own file points at the other', () => {
    const { ws, findings } = expectRule('CR113', {
      'pl.coop': `${PEOPLE}${ext('PL-EXT-13', 'PL', 'CR113')}`,
      'ua.coop': ext('UA-EXT-13', 'UA', 'CR113'),
    });
    assert.deepEqual(
      findings.map((f) => [f.file, placeOf(ws, f.finding.related[0]!).file]),
      [
        ['pl.coop', 'ua.coop'],
        ['ua.coop', 'pl.coop'],
      ],
    );
  });

  it('a complete pair of competing requests: CR113 on each, and nothing else', () => {
    const request = (name: string, from: string, authority: string) => `
request ${name} extradition {               #! CR113
  from: ${from}
  to: CH
  basis: ets24
  authority: "${authority}"
  person: nowak
  offences: [ransomware]
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Data damage in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`;
    expectExactly(`
party PL { name: "Poland"  instruments: [budapest, ets24, ets30] }
party UA { name: "Ukraine"  instruments: [budapest, ets24, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets30] }
person nowak { name: "Piotr Example"  nationality: PL }
offence ransomware {
  conduct: "Encrypting the servers of a utility"
  category: budapest art 5
  law PL { cite: "Kodeks karny art. 268a"  max-penalty: 5 years }
  law UA { cite: "Criminal Code art. 361"  max-penalty: 6 years }
  law CH { cite: "StGB art. 144bis"  max-penalty: 5 years }
}
${request('PL-EXT-14', 'PL', 'Ministerstwo Sprawiedliwosci')}
${request('UA-EXT-14', 'UA', 'Office of the Prosecutor General')}`);
  });
});
