// CR112 in-absentia-retrial: an extradition request `for: sentence` whose `judgment` has
// `in-absentia: yes`, without an `assurances` entry `retrial` (ETS 98 Art. 3(1), where ETS 98
// applies between the parties; ECHR Art. 6(1)); silent when `grounds` assesses `in-absentia:
// not-engaged`. It rests on ETS 24 and its protocols alone: only where ETS 24 governs. At the
// request's name.

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

const BASE = `
person zielinski { name: "Marta Example"  nationality: PL }
offence card-fraud { conduct: "Using stolen card numbers"  law PL { max-penalty: 5 years }  law CH { max-penalty: 5 years } }
judgment PL-7 {
  party: PL
  person: zielinski
  offences: [card-fraud]
  outcome: convicted
  final: yes
  in-absentia: yes
}
judgment PL-8 {
  party: PL
  person: zielinski
  offences: [card-fraud]
  outcome: convicted
  final: yes
  in-absentia: no
}
judgment PL-9 {
  party: PL
  person: zielinski
  offences: [card-fraud]
  outcome: convicted
  final: yes
}
judgment PL-10 {
  party: PL
  person: zielinski
  offences: [card-fraud]
  outcome: convicted
  in-absentia: yess
}
`;

const ext = (name: string, marker = '', extra = '', basis = 'basis: ets24', judgment = 'PL-7', forWhat = 'sentence') => `
request ${name} extradition {${marker ? `   #! ${marker}` : ''}
  from: PL
  to: CH
  ${basis}
  person: zielinski
  for: ${forWhat}
  sentence: 2 years
  judgment: ${judgment}
  offences: [card-fraud]${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR112 in-absentia-retrial', () => {
  it("fires at the request's name, with the judgment's in-absentia entry as related information", () => {
    const { ws, findings } = expectRule('CR112', `${BASE}${ext('EXT-1', 'CR112')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [35, 9, 'EXT-1']);
    assert.equal(
      f.message,
      'Extradition request EXT-1 seeks to enforce judgment PL-7, given in absentia, and gives no assurance of a retrial which safeguards the rights of the defence: the requested party may refuse (ETS 98 Art. 3(1); ECHR Art. 6(1)).',
    );
    assert.deepEqual(
      f.related.map((r) => [placeOf(ws, r).line, placeOf(ws, r).text]),
      [[10, 'in-absentia: yes']],
    );
    assert.deepEqual([f.alias, f.severity], ['in-absentia-retrial', 'warning']);
  });

  it('fires whether in-absentia is assessed engaged, unassessed, or not listed', () => {
    expectRule(
      'CR112',
      `${BASE}
${ext('EXT-2', 'CR112', 'grounds { in-absentia: engaged "Summons not served" }')}
${ext('EXT-3', 'CR112', 'grounds { in-absentia: unassessed }')}
${ext('EXT-4', 'CR112', 'grounds { dual-criminality: not-engaged "Both" }')}`,
    );
  });

  describe('silences', () => {
    it("a retrial assurance (a placeholder is CR007's to report)", () => {
      expectRule(
        'CR112',
        `${BASE}
${ext('EXT-5', '', 'assurances { retrial: "Art. 540b of the Code of Criminal Procedure: a retrial on request" }')}
${ext('EXT-6', '', 'assurances { retrial: "…" }')}`,
      );
    });

    it('in-absentia assessed not engaged (the rights of the defence were respected), or its status unreadable', () => {
      expectRule(
        'CR112',
        `${BASE}
${ext('EXT-7', '', 'grounds { in-absentia: not-engaged "Represented by counsel of her choice" }')}
${ext('EXT-8', '', 'grounds { in-absentia: not-enganged "Represented by counsel" }')}`,
      );
    });

    it('for prosecution, or without `for`: there is no sentence to enforce', () => {
      expectRule(
        'CR112',
        `${BASE}
${ext('EXT-9', '', '', 'basis: ets24', 'PL-7', 'prosecution')}
request EXT-10 extradition { from: PL  to: CH  basis: ets24  person: zielinski  judgment: PL-7  offences: [card-fraud] }
`,
      );
    });

    it("a judgment given in the person's presence, or that does not say", () => {
      expectRule(
        'CR112',
        `${BASE}
${ext('EXT-11', '', '', 'basis: ets24', 'PL-8')}
${ext('EXT-12', '', '', 'basis: ets24', 'PL-9')}`,
      );
    });

    it('when a value it needs is present but unusable, or names nothing usable', () => {
      expectRule(
        'CR112',
        `${BASE}
${ext('EXT-13', '', '', 'basis: ets24', 'PL-10')}
${ext('EXT-14', '', '', 'basis: ets24', 'no-such-judgment')}
${ext('EXT-15', '', '', 'basis: ets24', 'zielinski')}
${ext('EXT-16', '', '', 'basis: ets24', 'PL-7', 'sentense')}
${ext('EXT-17', '', '', 'basis: ets24', '[PL-7]')}`,
      );
    });

    it('on other kinds of request', () => {
      expectRule(
        'CR112',
        `${BASE}
request PA-1 provisional-arrest { from: PL  to: CH  basis: ets24  person: zielinski  offences: [card-fraud] }
request MLA-1 mutual-assistance { from: PL  to: CH  basis: ets30  judgment: PL-7 }
`,
      );
    });
  });

  describe('only where ETS 24 governs; ETS 98 cited where it applies between the parties', () => {
    it('ETS 98 not applying: ECHR Art. 6(1) alone', () => {
      const { findings } = expectRule(
        'CR112',
        `party CH { name: "Switzerland"  instruments: [ets24, ets86] }\n${BASE}${ext('EXT-18', 'CR112')}`,
      );
      assert.match(findings[0]!.finding.message, /the requested party may refuse \(ECHR Art\. 6\(1\)\)\.$/);
      assert.doesNotMatch(findings[0]!.finding.message, /ETS 98/);
    });

    it('ETS 98 in the basis beside ETS 24, listed by both parties', () => {
      const { findings } = expectRule(
        'CR112',
        `party PL { instruments: [ets24, ets98] }\nparty CH { instruments: [ets24, ets98] }\n${BASE}${ext('EXT-19', 'CR112', '', 'basis: [ets24, ets98]')}`,
      );
      assert.match(findings[0]!.finding.message, /\(ETS 98 Art\. 3\(1\); ECHR Art\. 6\(1\)\)\.$/);
    });

    it('silent under a treaty, the UN Convention, Budapest, reciprocity, no basis, or ETS 24 not binding', () => {
      expectRule(
        'CR112',
        `${BASE}
${ext('EXT-20', '', '', 'basis: treaty "PL-CH Extradition Treaty"')}
${ext('EXT-21', '', '', 'basis: uncc')}
${ext('EXT-22', '', '', 'basis: budapest art 24')}
${ext('EXT-23', '', '', 'basis: reciprocity')}
${ext('EXT-24', '', '', '')}`,
      );
      expectRule('CR112', `party CH { instruments: [] }\n${BASE}${ext('EXT-25', '', '', 'basis: [ets24, ets98]')}`);
      expectRule('CR112', `party CH { instruments: [ets24, ets-98] }\n${BASE}${ext('EXT-26', '', '', 'basis: ets24')}`);
    });
  });

  it('cross-file: the judgment in another file; the related place is there', () => {
    const { ws, findings } = expectRule('CR112', {
      'judgments.coop': BASE,
      'request.coop': ext('EXT-27', 'CR112'),
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'judgments.coop');
  });

  describe('fix: a quick fix that adds the retrial assurance to complete, never applied in bulk', () => {
    it('inserts the assurance with a placeholder, which CR007 then reports', () => {
      const files = { 'main.coop': `${BASE}${ext('EXT-28')}` };
      const f = findingsOf('CR112', files).findings[0]!;
      assert.deepEqual(suggestionTitles(f), ['Add a retrial assurance to complete']);
      assert.ok(
        f.finding.fixes.every((x) => !x.safe),
        "the assurance is the requesting State's undertaking: no safe fix",
      );
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR112'), 0);
      assert.equal(count(after.all, 'CR007'), 1);
      assert.match(after.files['main.coop']!, /\n {2}assurances \{\n {4}retrial: "…" {2}# what is assured, by whom, when\n {2}\}\n\}\n$/);
    });
  });

  it('a complete request to enforce a sentence passed in absentia: CR112 and nothing else', () => {
    expectExactly(`
party PL { name: "Poland"  instruments: [budapest, ets24, ets98, ets30] }
party CH { name: "Switzerland"  instruments: [budapest, ets24, ets98, ets30] }
person zielinski { name: "Marta Example"  nationality: PL }
offence card-fraud {
  conduct: "Using stolen card numbers in web shops"
  category: budapest art 8
  law PL { cite: "Kodeks karny art. 287"  max-penalty: 5 years }
  law CH { cite: "StGB art. 147"  max-penalty: 5 years }
}
judgment PL-2024-7 {
  party: PL
  person: zielinski
  offences: [card-fraud]
  outcome: convicted
  date: 2024-09-12
  final: yes
  in-absentia: yes
}
request PL-EXT-5 extradition {              #! CR112
  from: PL
  to: CH
  basis: [ets24, ets98]
  authority: "Ministerstwo Sprawiedliwosci"
  person: zielinski
  for: sentence
  sentence: 2 years
  judgment: PL-2024-7
  offences: [card-fraud]
  documents: [conviction, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Computer fraud in CH"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Polish national"
    human-rights: not-engaged "Ordinary prison conditions"
    in-absentia: unassessed "Was the summons served?"   #! CR107
  }
}
`);
  });

  it('only an extradition request: a provisional arrest to enforce the same judgment is not checked', () => {
    expectRule('CR112', `${BASE}${ext('PA-1').replace('extradition {', 'provisional-arrest {')}`);
  });
});
