// CR104 dual-criminality-unsupported: `dual-criminality: not-engaged` while an offence has no
// `law` for the requested party (25(5): the conduct must be criminal there); points at the
// dual-criminality entry and cites what dual criminality rests on under the governing instrument.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, findingsOf, placeOf } from '../support/ruletest';

const SUMMARY = '(summary, to be verified against the official text)';

const OFFENCES = `
offence fr-only { law FR { cite: "Code pénal"  max-penalty: 5 years } }
offence fr-and-us {
  law FR { cite: "Code pénal"  max-penalty: 5 years }
  law US { cite: "18 U.S.C. 1343"  max-penalty: 20 years }
}
offence no-law { conduct: "Fraud" }
person doe { name: "John Example" }
`;

const req = (
  name: string,
  kind: string,
  to: string,
  offences: string,
  status = 'not-engaged "Criminal in both"',
  marker = '',
  basis = '',
) => `
request ${name} ${kind} {
  to: ${to}${basis ? `\n  ${basis}` : ''}
  offences: [${offences}]
  grounds {
    dual-criminality: ${status}${marker ? `   #! ${marker}` : ''}
  }
}
`;

describe('CR104 dual-criminality-unsupported', () => {
  it('fires on the dual-criminality entry, with the offence as related information', () => {
    const { ws, findings } = expectRule(
      'CR104',
      `${OFFENCES}${req('MLA-1', 'mutual-assistance', 'US', 'fr-and-us, fr-only', undefined, 'CR104', 'basis: budapest art 27')}`,
    );
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [15, 5, 'dual-criminality: not-engaged "Criminal in both"']);
    assert.equal(
      f.message,
      'Dual criminality is assessed as not engaged, but offence fr-only has no law for the requested party US (CETS 185 Art. 25(5)).',
    );
    assert.deepEqual(
      f.related.map((r) => placeOf(ws, r).text),
      ['fr-only'],
    );
  });

  it('one finding naming every offence without a law there', () => {
    const { findings } = expectRule(
      'CR104',
      `${OFFENCES}${req('MLA-2', 'mutual-assistance', 'US', 'fr-only, no-law, fr-and-us', undefined, 'CR104')}`,
    );
    assert.match(findings[0]!.finding.message, /offences fr-only and no-law have no law for the requested party US/);
    assert.equal(findings[0]!.finding.related.length, 2);
  });

  it('in every kind of request that assesses dual criminality', () => {
    expectRule(
      'CR104',
      `${OFFENCES}
${req('EXT-1', 'extradition', 'US', 'fr-only', undefined, 'CR104')}
${req('PRES-1', 'preservation', 'US', 'no-law', undefined, 'CR104')}
${req('TD-1', 'traffic-disclosure', 'US', 'no-law', undefined, 'CR104')}`,
    );
  });

  it('the requested party of `to: provider … in XX`', () => {
    expectRule(
      'CR104',
      `${OFFENCES}
${req('MLA-3', 'mutual-assistance', 'provider "Example Mail Inc." in US', 'fr-only', undefined, 'CR104')}
${req('MLA-4', 'mutual-assistance', 'provider "Example Mail Inc." in FR', 'fr-only')}`,
    );
  });

  describe('what it cites: dual criminality under the governing instrument', () => {
    const cite = (kind: string, basis: string, extra = '', parties = '') => {
      const { findings } = findingsOf(
        'CR104',
        `${OFFENCES}${parties}${req('R-1', kind, 'US', 'fr-only', undefined, '', `${basis}${extra ? `\n  ${extra}` : ''}`)}`,
      );
      assert.equal(findings.length, 1, `${kind} ${basis}`);
      return /\((.*)\)\.$/.exec(findings[0]!.finding.message)![1];
    };

    it('mutual assistance: Budapest Art. 25(5) wherever Budapest applies; ETS 30 Art. 5(1)(a) for a search or seizure; UNCC Art. 35', () => {
      assert.equal(cite('mutual-assistance', 'basis: budapest art 25'), 'CETS 185 Art. 25(5)');
      assert.equal(cite('mutual-assistance', 'basis: [ets30, budapest art 25]', 'measure: testimony'), 'CETS 185 Art. 25(5)');
      assert.equal(
        cite('mutual-assistance', 'basis: ets30', 'measure: search-seizure'),
        'where the law of the requested party provides for it',
        'no declaration under ETS 30 Art. 5(1)',
      );
      assert.equal(
        cite('mutual-assistance', 'basis: ets30', 'measure: search-seizure', 'party US { reservations: [ets30 art 5(1)(a)] }\n'),
        'ETS 30 Art. 5(1)(a)',
      );
      assert.equal(cite('mutual-assistance', 'basis: uncc'), `UNCC Art. 35 ${SUMMARY}`);
    });

    it('extradition: ETS 24 Art. 2(1), UNCC Art. 37, Budapest Art. 24(1)(a)', () => {
      assert.equal(cite('extradition', 'basis: ets24'), `ETS 24 Art. 2(1) ${SUMMARY}`);
      assert.equal(cite('extradition', 'basis: uncc'), `UNCC Art. 37 ${SUMMARY}`);
      assert.equal(cite('extradition', 'basis: budapest art 24'), 'CETS 185 Art. 24(1)(a)');
    });

    it('preservation: Budapest Art. 29(4)', () => {
      assert.equal(cite('preservation', ''), 'CETS 185 Art. 29(4)');
    });

    it('a treaty: the applicable treaty; reciprocity or no basis: the law of the requested party — never an instrument that does not apply', () => {
      assert.equal(
        cite('extradition', 'basis: treaty "Extradition Treaty FR-US"'),
        'where the applicable treaty (Extradition Treaty FR-US) provides for it',
      );
      assert.equal(cite('mutual-assistance', 'basis: reciprocity'), 'where the law of the requested party provides for it');
      assert.equal(cite('mutual-assistance', ''), 'where the law of the requested party provides for it');
      assert.equal(
        cite('extradition', 'basis: [ets24, budapest art 24]', '', 'party US { instruments: [] }\n'),
        'where the law of the requested party provides for it',
      );
      assert.equal(
        cite('extradition', 'basis: [ets24, budapest art 24]', '', 'party US { instruments: [budapest] }\n'),
        'CETS 185 Art. 24(1)(a)',
      );
    });
  });

  describe('must not fire', () => {
    it('when every offence has a law for the requested party', () => {
      expectRule(
        'CR104',
        `${OFFENCES}${req('MLA-5', 'mutual-assistance', 'US', 'fr-and-us')}${req('MLA-6', 'mutual-assistance', 'FR', 'fr-only, fr-and-us')}`,
      );
    });

    it('when dual-criminality is engaged, unassessed, or not listed', () => {
      expectRule(
        'CR104',
        `${OFFENCES}
${req('MLA-7', 'mutual-assistance', 'US', 'fr-only', 'engaged "Not criminal in the US"')}
${req('MLA-8', 'mutual-assistance', 'US', 'fr-only', 'unassessed')}
request MLA-9 mutual-assistance {
  to: US
  offences: [fr-only]
  grounds { political-offence: not-engaged "Profit-driven" }
}
`,
      );
    });

    it('when there is no requested party, or it is unusable', () => {
      expectRule(
        'CR104',
        `${OFFENCES}
${req('MLA-10', 'mutual-assistance', 'provider "Example Mail Inc."', 'fr-only')}
${req('MLA-11', 'mutual-assistance', 'us', 'fr-only')}
${req('MLA-12', 'mutual-assistance', 'provider "Example Mail Inc." in us', 'fr-only')}
request MLA-13 mutual-assistance {
  offences: [fr-only]
  grounds { dual-criminality: not-engaged "Criminal in both" }
}
`,
      );
    });

    it('when an offence cannot be judged: unresolved, of the wrong sort, or with a law block of an unusable party', () => {
      expectRule(
        'CR104',
        `${OFFENCES}
offence lower-case-law {
  law FR { cite: "Code pénal" }
  law us { cite: "18 U.S.C. 1343" }
}
${req('MLA-14', 'mutual-assistance', 'US', 'no-such-offence, doe, lower-case-law')}`,
      );
    });

    it('when the status itself is unusable', () => {
      expectRule('CR104', `${OFFENCES}${req('MLA-15', 'mutual-assistance', 'US', 'fr-only', 'not-enganged "Criminal in both"')}`);
    });
  });

  it("cross-file: the offence's laws in another file, and adding the law there withdraws the finding", () => {
    const { ws } = expectRule('CR104', {
      'offences.coop': 'offence fraud {\n  law FR { cite: "Code pénal" }\n}\n',
      'request.coop': req('MLA-16', 'mutual-assistance', 'US', 'fraud', undefined, 'CR104'),
    });
    ws.set('file:///ws/offences.coop', 'offence fraud {\n  law FR { cite: "Code pénal" }\n  law US { cite: "18 U.S.C. 1343" }\n}\n');
    assert.deepEqual(
      ws.findings('file:///ws/request.coop').filter((f) => f.rule === 'CR104'),
      [],
    );
  });

  it('a complete mutual-assistance request with an unsupported assessment has exactly that finding', () => {
    const { all } = expectExactly(`
party FR { name: "France"  instruments: [budapest, ets30] }
party US { name: "United States"  instruments: [budapest] }
offence fraud {
  conduct: "Selling fake concert tickets online"
  category: budapest art 8
  law FR { cite: "Code pénal, escroquerie"  max-penalty: 5 years }
}
request MLA-17 mutual-assistance {
  measure: testimony
  from: FR
  to: US
  basis: budapest art 27
  authority: "Parquet de Paris"
  purpose: "Hear the ticket platform's fraud officer"
  offences: [fraud]
  facts: "Tickets were sold through a platform in California"
  grounds {
    dual-criminality: not-engaged "Fraud in both States"   #! CR104
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: not-engaged "No protected characteristic"
  }
}
`);
    assert.match(all[0]!.finding.message, /\(CETS 185 Art\. 25\(5\)\)\.$/);
  });
});
