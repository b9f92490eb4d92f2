// CR202 use-beyond-purpose: a proceeding uses evidence from a request whose `case` is not the
// proceeding's `case`, and no consent for that request lists the proceeding's case in
// `permits-use-in` (Budapest 28(2)(b)); silent when either has no `case`. Points at the request in
// `evidence`. A consent counts only when its `from` is the request's requested party. Version 2:
// only where Budapest Art. 28 (governing instrument `budapest`: no treaty between the parties) or
// the UN Convention (Art. 40, summary) governs the request — mutual-assistance requests, whose
// table row names those articles; silent under ETS 30, a treaty, reciprocity or no basis.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFolder } from '../support/lint';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles, where } from '../support/ruletest';

const BASE = `
case CASE-1 { title: "Phishing" }
case CASE-2 { title: "Income tax" }
case CASE-3 { title: "Confiscation" }
offence phishing { conduct: "Harvesting banking credentials" }
request MLA-1 mutual-assistance {
  case: CASE-1
  to: RO  basis: budapest art 27
}
request MLA-2 mutual-assistance {
  case: CASE-2
  to: RO  basis: budapest art 27
}
request PRES-1 preservation { case: CASE-1  to: RO  basis: budapest art 29 }
request EXT-1 extradition { case: CASE-1  to: RO  basis: budapest art 24 }
request MLA-NO-CASE mutual-assistance { to: RO  basis: budapest art 27 }
`;

const use = (name: string, kase: string, evidence: string, marker = '') => `
proceeding ${name} {
  case: ${kase}
  evidence: [${evidence}]${marker ? `   #! ${marker}` : ''}
}
`;

describe('CR202 use-beyond-purpose', () => {
  it("fires at the request in evidence, with the request's case as related information", () => {
    const { ws, findings } = expectRule('CR202', `${BASE}${use('tax-1', 'CASE-2', 'MLA-2, MLA-1', 'CR202')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [20, 21, 'MLA-1']);
    assert.match(
      f.message,
      /Proceeding tax-1 \(case CASE-2\) uses evidence from request MLA-1, made in case CASE-1, and no consent for MLA-1 permits its use in CASE-2 \(CETS 185 Art\. 28\(2\)\(b\)\)/,
    );
    assert.deepEqual(
      f.related.map((r) => placeOf(ws, r).text),
      ['case: CASE-1'],
    );
  });

  it('one finding per mutual-assistance request used', () => {
    const l = expectRule(
      'CR202',
      `${BASE}
request MLA-5 mutual-assistance { case: CASE-3  to: RO  basis: budapest }
${use('tax-2', 'CASE-2', 'MLA-1, PRES-1, MLA-5, EXT-1', 'CR202 CR202')}`,
    );
    assert.deepEqual(
      l.findings.map((f) => where(l, f)),
      ['22:14 MLA-1', '22:29 MLA-5'],
    );
  });

  it('other kinds of request are not governed by Art. 28 or Art. 40: a preservation, a traffic disclosure, an extradition', () => {
    expectRule(
      'CR202',
      `${BASE}
request TD-1 traffic-disclosure { case: CASE-1  to: RO  basis: budapest art 30 }
request PRES-2 preservation { case: CASE-1  to: RO }
request EXT-2 extradition { case: CASE-1  to: RO  basis: uncc }
request SO-1 subscriber-order { case: CASE-1  to: provider "Exchange SRL" in RO  basis: budapest-2ap art 7 }
${use('tax-2', 'CASE-2', 'PRES-1, EXT-1, TD-1, PRES-2, EXT-2, SO-1')}`,
    );
  });

  describe('consents', () => {
    it('a consent of the requested party for that request, permitting use in the case, permits it', () => {
      expectRule(
        'CR202',
        `${BASE}
consent C-1 { from: RO  request: MLA-1  permits-use-in: [CASE-3, CASE-2] }
${use('tax-3', 'CASE-2', 'MLA-1')}`,
      );
    });

    it('a consent from another party, for another request, or for another case does not count', () => {
      expectRule(
        'CR202',
        `${BASE}
consent C-2 { from: NL  request: MLA-1  permits-use-in: [CASE-2] }
consent C-3 { from: RO  request: MLA-2  permits-use-in: [CASE-2] }
consent C-4 { from: RO  request: MLA-1  permits-use-in: [CASE-3] }
consent C-5 { from: RO  request: MLA-1  extends-to: [phishing] }
${use('tax-4', 'CASE-2', 'MLA-1', 'CR202')}`,
      );
    });

    it('with the request sent to a provider without `in`, no consent counts', () => {
      expectRule(
        'CR202',
        `${BASE}
request MLA-3 mutual-assistance { case: CASE-1  to: provider "Exchange SRL"  basis: budapest art 27 }
consent C-6 { from: RO  request: MLA-3  permits-use-in: [CASE-2] }
request MLA-4 mutual-assistance { case: CASE-1  to: provider "Exchange SRL" in RO  basis: budapest art 27 }
consent C-7 { from: RO  request: MLA-4  permits-use-in: [CASE-2] }
${use('tax-5', 'CASE-2', 'MLA-3, MLA-4', 'CR202')}`,
      );
    });
  });

  describe('must not fire', () => {
    it('when the cases are the same', () => {
      expectRule('CR202', `${BASE}${use('trial-1', 'CASE-1', 'MLA-1, PRES-1, EXT-1')}`);
    });

    it('when the proceeding or the request has no case', () => {
      expectRule(
        'CR202',
        `${BASE}
proceeding tax-6 { evidence: [MLA-1] }
${use('tax-7', 'CASE-2', 'MLA-NO-CASE')}`,
      );
    });

    it('when a case or the request cannot be resolved, or is of the wrong sort', () => {
      expectRule(
        'CR202',
        `${BASE}
request MLA-5 mutual-assistance { case: NO-SUCH-CASE  to: RO  basis: budapest art 27 }
request MLA-6 mutual-assistance { case: phishing  to: RO  basis: budapest art 27 }
${use('tax-8', 'NO-CASE-EITHER', 'MLA-1')}
${use('tax-9', 'phishing', 'MLA-1')}
${use('tax-10', 'CASE-2', 'MLA-5, MLA-6, NO-SUCH-REQUEST, phishing')}`,
      );
    });

    it('when a consent that may count cannot be read', () => {
      expectRule(
        'CR202',
        `${BASE}
request MLA-7 mutual-assistance { case: CASE-1  to: ro  basis: budapest art 27 }
consent C-8 { from: RO  request: MLA-7  permits-use-in: [CASE-2] }
consent C-9 { from: ro  request: MLA-1  permits-use-in: [CASE-2] }
request MLA-8 mutual-assistance { case: CASE-1  to: RO  basis: budapest art 27 }
consent C-11 { from: RO  request: MLA-8  permits-use-in: [CASE-2, "Another Case"] }
${use('tax-11', 'CASE-2', 'MLA-7, MLA-1, MLA-8')}`,
      );
    });

    it("when a counting consent's permits-use-in names what is not a case (CR002, CR006): it may be this case", () => {
      expectRule(
        'CR202',
        `${BASE}
consent C-12 { from: RO  request: MLA-1  permits-use-in: [CASE-02] }
consent C-13 { from: RO  request: MLA-2  permits-use-in: [phishing] }
${use('tax-12', 'CASE-3', 'MLA-1, MLA-2')}`,
      );
      expectRule(
        'CR202',
        `${BASE}
consent C-12 { from: RO  request: MLA-1  permits-use-in: [CASE-2] }
${use('tax-13', 'CASE-3', 'MLA-1', 'CR202')}`,
      );
    });
  });

  it('fixture cr2-consents: only the consents of the requested party for the request count, across files', () => {
    const files = readFolder(join(__dirname, 'fixtures', 'cr2-consents'));
    // The fixture's request names no basis, and nothing governs it: silent, marker or not.
    expectRule('CR202', { ...files, 'after.coop': files['after.coop']!.replace('   #! CR202', '') });
    // On Budapest Art. 27, Art. 28 governs it, and the consents decide.
    const based = files['extradition.coop']!.replace(
      '  to: provider "Exchange SRL" in RO\n',
      '  to: provider "Exchange SRL" in RO\n  basis: budapest art 27\n',
    );
    assert.notEqual(based, files['extradition.coop']);
    expectRule('CR202', { ...files, 'extradition.coop': based });
  });

  it('cross-file: request, consent and proceeding in three files; removing the consent brings the finding back', () => {
    const files = {
      'request.coop': `case CASE-1 { title: "Phishing" }\ncase CASE-2 { title: "Tax" }\nrequest MLA-9 mutual-assistance {\n  case: CASE-1\n  to: RO\n  basis: uncc\n}\n`,
      'consent.coop': 'consent C-12 {\n  from: RO\n  request: MLA-9\n  permits-use-in: [CASE-2]\n}\n',
      'proceeding.coop': use('tax-12', 'CASE-2', 'MLA-9'),
    };
    const { ws } = expectRule('CR202', files);
    ws.delete('file:///ws/consent.coop');
    const after = ws.findings('file:///ws/proceeding.coop').filter((f) => f.rule === 'CR202');
    assert.equal(after.length, 1);
    assert.equal(after[0]!.related[0]!.uri, 'file:///ws/request.coop');
    assert.match(after[0]!.message, /\(UNCC Art\. 40 \(summary, to be verified against the official text\)\)/);
  });

  it('fix (offered in the editor): remove the request from evidence', () => {
    const files = { 'main.coop': `${BASE}${use('tax-13', 'CASE-2', 'MLA-2, MLA-1')}` };
    const f = findingsOf('CR202', files).findings[0]!;
    assert.deepEqual(suggestionTitles(f), ['Remove "MLA-1" from evidence']);
    const after = applyAndRelint(files, f.finding.fixes[0]!);
    assert.equal(count(after.all, 'CR202'), 0);
    assert.match(after.files['main.coop']!, /evidence: \[MLA-2\]/);
  });

  describe('the governing instrument: only Budapest Art. 28 (no treaty between the parties) or UNCC Art. 40', () => {
    /** NL asks RO for evidence in CASE-1; a tax proceeding (CASE-2) uses it. */
    const underBasis = (
      basis: string,
      ro = 'instruments: [budapest, ets30, uncc]',
      marker = '',
    ): string => `party NL { name: "Netherlands"  instruments: [budapest, ets30, uncc] }
party RO { name: "Romania"  ${ro} }
case CASE-1 { title: "Phishing" }
case CASE-2 { title: "Income tax" }
request MLA-1 mutual-assistance {
  measure: testimony
  case: CASE-1
  from: NL
  to: RO
${basis ? `  basis: ${basis}\n` : ''}}
proceeding tax-1 {
  case: CASE-2
  evidence: [MLA-1]${marker ? `   #! ${marker}` : ''}
}
`;
    const ART28 = /\(CETS 185 Art\. 28\(2\)\(b\)\)\.$/;
    const ART40 = /\(UNCC Art\. 40 \(summary, to be verified against the official text\)\)\.$/;
    const fires: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 27', 'budapest art 27', undefined, ART28],
      ['the Budapest Convention', 'budapest', undefined, ART28],
      ['ETS 30 and Budapest, where RO is not bound by ETS 30', '[ets30, budapest art 27]', 'instruments: [budapest]', ART28],
      ['the UN Convention', 'uncc', undefined, ART40],
      ['the UN Convention before Budapest', '[budapest art 27, uncc]', undefined, ART40],
    ];
    for (const [what, basis, ro, cites] of fires) {
      it(`fires under ${what}, citing ${cites === ART28 ? 'Budapest Art. 28(2)(b)' : 'UNCC Art. 40'} and no other instrument`, () => {
        const l = expectRule('CR202', underBasis(basis, ro, 'CR202'));
        const [f] = l.findings;
        assert.equal(where(l, f!), `${basis ? 14 : 13}:14 MLA-1`);
        assert.match(f!.finding.message, cites);
        assert.doesNotMatch(f!.finding.message, cites === ART28 ? /UNCC|ETS 30/ : /CETS 185|ETS 30/);
      });
    }
    const silent: [string, string, string | undefined][] = [
      ['ETS 30', 'ets30', undefined],
      ['ETS 30 before Budapest in a list', '[budapest art 27, ets30]', undefined],
      ['reciprocity', 'reciprocity', undefined],
      ['no basis', '', undefined],
      ['Budapest, which RO is not bound by', 'budapest art 27', 'instruments: [ets30]'],
      ['Budapest, with RO bound by no instrument (instruments: [])', 'budapest art 27', 'instruments: []'],
      ['the UN Convention, which RO is not bound by', 'uncc', 'instruments: [budapest, ets30]'],
      ["Budapest, when RO's instruments cannot be read (CR004)", 'budapest art 27', 'instruments: [budapest, ets3]'],
    ];
    for (const [what, basis, ro] of silent) {
      it(`is silent under ${what}`, () => {
        expectRule('CR202', underBasis(basis, ro));
      });
    }

    it('is silent under a treaty, and under a treaty listed before Budapest (the treaty governs)', () => {
      expectRule('CR202', underBasis('treaty "Bilateral Mutual Legal Assistance Treaty of 1998"'));
      expectRule('CR202', underBasis('[budapest art 27, treaty "Bilateral Mutual Legal Assistance Treaty of 1998"]'));
    });

    it('a consent of RO permitting the use silences it under the UN Convention too', () => {
      expectRule('CR202', `${underBasis('uncc')}consent C-1 { from: RO  request: MLA-1  permits-use-in: [CASE-2] }\n`);
    });
  });

  it('a complete workspace where a tax case uses evidence of a phishing case has exactly that finding', () => {
    expectExactly(`
case CASE-NL-1 { title: "Bank phishing campaign" }
case CASE-NL-2 { title: "Income tax of the same person" }
party NL { name: "Netherlands"  instruments: [budapest, ets24, ets30] }
party RO { name: "Romania"  instruments: [budapest, ets24, ets30] }
offence phishing {
  conduct: "Harvesting online-banking credentials with cloned bank sites"
  category: budapest art 8
  law NL { cite: "Criminal Code, computer fraud"  max-penalty: 6 years }
  law RO { cite: "Criminal Code, computer fraud"  max-penalty: 12 years }
}
request MLA-NL-9 mutual-assistance {
  measure: testimony
  case: CASE-NL-1
  from: NL
  to: RO
  basis: budapest art 27
  authority: "Public Prosecution Service, Amsterdam"
  purpose: "Hear the exchange's compliance officer"
  offences: [phishing]
  facts: "Stolen funds were cashed out through an account at the exchange"
  grounds {
    dual-criminality: not-engaged "Computer fraud in both States"
    political-offence: not-engaged "Profit-driven fraud"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
  }
}
consent C-NL-1 { from: NL  request: MLA-NL-9  permits-use-in: [CASE-NL-2] }
proceeding tax-popescu {
  case: CASE-NL-2
  evidence: [MLA-NL-9]                      #! CR202
}
`);
  });
});
