// CR306 preservation-not-followed: a preservation request that no other request in the workspace
// names in `preserved-by` (Budapest 29(7)); an info at the preservation's name. Version 2: the
// message says the data are kept for not less than sixty days (never "only" sixty), and cites
// Art. 29(7) where Budapest governs (also with no basis), UNCC Art. 42 (summary) where the UN
// Convention does, otherwise the law of the requested party.

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR306';

const BASE = `party FR {
  name: "France"
  instruments: [budapest, ets30]
}

party US {
  name: "United States"
  instruments: [budapest]
}

offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}

data mailbox {
  type: content
  description: "Contents of the negotiation mailbox, January 2026"
  relevance: "The ransom was negotiated from this mailbox"
  custodian: provider "Example Mail Inc." in US
}
`;

const PRESERVATION = `request PRES-1 preservation {
  from: FR
  to: US
  basis: budapest art 29
  authority: "Office anti-cybercriminalité"
  offences: [ransomware]
  facts: "The ransom was negotiated from the mailbox in January 2026"
  data: [mailbox]
  necessity: "The provider deletes a closed mailbox after 30 days"
  follow-up: mutual-assistance
  grounds {
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Preserving one mailbox touches no essential interest"
  }
}
`;

/** The mutual-assistance request that relies on a preservation (a complete one). */
function followUp(preservedBy: string): string {
  return `request MLA-1 mutual-assistance {
  measure: stored-data
  from: FR
  to: US
  basis: budapest art 31
  authority: "Juge d'instruction, Paris"
  purpose: "Evidence of the ransom negotiation"
  offences: [ransomware]
  facts: "The mailbox holds the negotiation"
  data: [mailbox]
${preservedBy ? `  preserved-by: ${preservedBy}\n` : ''}  data-protection: "Used only in this case, kept until final judgment"
  safeguards {
    authorization: judicial "Commission rogatoire of 2 March 2026"
    necessity: "The messages exist only in this mailbox"
    proportionality: "One mailbox, one month"
    notice: deferred "Told when the investigation closes"
    redress: "Annulment application"
  }
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic is involved"
  }
}
`;
}

const marked = (text: string, name: string): string =>
  text.replace(`request ${name} preservation {`, `request ${name} preservation {   #! CR306`);

describe('CR306 preservation-not-followed', () => {
  it('a complete workspace whose preservation no request relies on has exactly that info, at the name', () => {
    const l = expectExactly(`${BASE}\n${marked(PRESERVATION, 'PRES-1')}\n${followUp('')}`);
    const [f] = l.findings;
    assert.equal(where(l, f!), '25:9 PRES-1');
    assert.equal(f!.finding.severity, 'info');
    assert.match(f!.finding.message, /PRES-1/);
    assert.match(f!.finding.message, /preserved-by/);
  });

  it('says the data are kept for not less than sixty days, to let the request to obtain them be made — never "only" sixty days', () => {
    const [f] = expectRule(RULE, `${BASE}\n${marked(PRESERVATION, 'PRES-1')}`).findings;
    assert.equal(
      f!.finding.message,
      'No request names preservation PRES-1 in "preserved-by": the requested party keeps the data for a period of not less than sixty days, to let the requesting party submit a request to obtain them (CETS 185 Art. 29(7)); write that request and name the preservation in its "preserved-by".',
    );
    assert.doesNotMatch(f!.finding.message, /\bonly\b/);
  });

  describe('the governing instrument', () => {
    const underBasis = (basis: string, us = 'instruments: [budapest]'): string =>
      `${BASE.replace('instruments: [budapest, ets30]', 'instruments: [budapest, ets30, uncc]').replace('instruments: [budapest]\n', `${us}\n`)}\n${marked(PRESERVATION, 'PRES-1').replace('  basis: budapest art 29\n', basis ? `  basis: ${basis}\n` : '')}`;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 29', 'budapest art 29', undefined, /\(CETS 185 Art\. 29\(7\)\)/],
      ['no basis (Budapest by default)', '', undefined, /\(CETS 185 Art\. 29\(7\)\)/],
      ['the UN Convention', 'uncc', 'instruments: [uncc]', /\(UNCC Art\. 42 \(summary, to be verified against the official text\)\)/],
      [
        'Budapest, with the US bound by no instrument (instruments: [])',
        'budapest art 29',
        'instruments: []',
        /no convention on preservation governs this request, so how long the data are kept depends on the law of the requested party or on the custodian/,
      ],
      [
        'the UN Convention, which the US is not bound by',
        'uncc',
        undefined,
        /no convention on preservation governs this request, so how long the data are kept depends on the law of the requested party or on the custodian/,
      ],
      [
        'reciprocity',
        'reciprocity',
        undefined,
        /no convention on preservation governs this request, so how long the data are kept depends on the law of the requested party or on the custodian/,
      ],
    ];
    for (const [what, basis, us, cites] of cases) {
      it(`${what}: the info cites ${cites.source.includes('CETS') ? 'Art. 29(7)' : cites.source.includes('UNCC') ? 'UNCC Art. 42' : 'the law of the requested party'} and no instrument that does not apply`, () => {
        const l = expectRule(RULE, underBasis(basis, us));
        const [f] = l.findings;
        assert.match(where(l, f!), / PRES-1$/);
        assert.match(f!.finding.message, cites);
        if (!cites.source.includes('CETS')) assert.doesNotMatch(f!.finding.message, /CETS 185/);
        if (!cites.source.includes('UNCC')) assert.doesNotMatch(f!.finding.message, /UNCC/);
      });
    }

    it('is silent once followed, under every instrument', () => {
      for (const [basis, us] of [
        ['uncc', 'instruments: [uncc]'],
        ['reciprocity', 'instruments: []'],
        ['', undefined],
      ] as const) {
        expectRule(RULE, `${underBasis(basis, us).replace('   #! CR306', '')}\n${followUp('PRES-1')}`);
      }
    });
  });

  it('is silent once a request names the preservation in preserved-by', () => {
    expectExactly(`${BASE}\n${PRESERVATION}\n${followUp('PRES-1')}`);
  });

  it('the request that relies on it may be in another file', () => {
    expectRule(RULE, { 'a.coop': `${BASE}\n${PRESERVATION}`, 'b.coop': followUp('PRES-1') });
    expectRule(RULE, { 'a.coop': `${BASE}\n${marked(PRESERVATION, 'PRES-1')}`, 'b.coop': followUp('') });
  });

  it('updates when the follow-up is added or removed in another file', () => {
    const { ws } = lintTexts({ 'a.coop': `${BASE}\n${PRESERVATION}`, 'b.coop': followUp('') });
    const count = (): number => ws.findings('file:///ws/a.coop').filter((f) => f.rule === RULE).length;
    assert.equal(count(), 1);
    ws.set('file:///ws/b.coop', followUp('PRES-1'));
    assert.equal(count(), 0);
    ws.delete('file:///ws/b.coop');
    assert.equal(count(), 1);
  });

  it('only the preservation named is followed: each preservation needs its own', () => {
    const second = PRESERVATION.replace('PRES-1', 'PRES-2');
    expectRule(RULE, `${BASE}\n${PRESERVATION}\n${marked(second, 'PRES-2')}\n${followUp('PRES-1')}`);
  });

  it('naming itself in preserved-by does not count: it must be another request', () => {
    const self = PRESERVATION.replace('  follow-up: mutual-assistance\n', '  follow-up: mutual-assistance\n  preserved-by: PRES-1\n');
    expectRule(RULE, `${BASE}\n${marked(self, 'PRES-1')}`);
  });

  it('any other request counts, whatever its kind', () => {
    const traffic = 'request TD-1 traffic-disclosure {\n  preserved-by: PRES-1\n}\n';
    expectRule(RULE, `${BASE}\n${PRESERVATION}\n${traffic}`);
  });

  it('a list in preserved-by is CR004, and the preservations it names are not reported again', () => {
    const second = PRESERVATION.replace('PRES-1', 'PRES-2');
    const third = PRESERVATION.replace('PRES-1', 'PRES-3');
    const both = 'request TD-1 traffic-disclosure {\n  preserved-by: [PRES-1, PRES-2]\n}\n';
    const { all } = expectRule(RULE, `${BASE}\n${PRESERVATION}\n${second}\n${marked(third, 'PRES-3')}\n${both}`);
    const cr004 = all.filter((f) => f.rule === 'CR004');
    assert.equal(cr004.length, 1, 'one CR004, on the list');
    assert.match(cr004[0]!.finding.message, /preserved-by/);
  });

  it('a preserved-by that names no preservation (CR002) may mean any preservation to the same party: silent on those', () => {
    const typo = 'request TD-1 traffic-disclosure {\n  to: US\n  preserved-by: PRES-01\n}\n';
    const elsewhere = PRESERVATION.replace('PRES-1', 'PRES-DE').replace(/to: \w\w/, 'to: DE');
    assert.notEqual(elsewhere, PRESERVATION.replace('PRES-1', 'PRES-DE'), 'the preservation goes to DE');
    expectRule(RULE, `${BASE}\n${PRESERVATION}\n${marked(elsewhere, 'PRES-DE')}\n${typo}`);
    const { ws } = lintTexts({ 'a.coop': `${BASE}\n${PRESERVATION}`, 'b.coop': typo });
    const count = (): number => ws.findings('file:///ws/a.coop').filter((f) => f.rule === RULE).length;
    assert.equal(count(), 0);
    ws.set('file:///ws/b.coop', typo.replace('PRES-01', 'PRES-1'));
    assert.equal(count(), 0, 'now named');
    ws.set('file:///ws/b.coop', '');
    assert.equal(count(), 1);
  });

  it('is silent on requests of other kinds that nothing relies on', () => {
    for (const kind of [
      'extradition',
      'mutual-assistance',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  it('fires on every preservation, however incomplete', () => {
    expectRule(RULE, 'request PRES-9 preservation {   #! CR306\n}\n');
  });
});
