// CR106 nationality-without-prosecution: extradition of a national of the requested party without
// `if-refused: prosecute` (24(6)); silent when `grounds` assesses `nationality: not-engaged`; where
// ETS 24 governs it cites ETS 24 Art. 6(2). Points at the request's name (quick fix, never applied
// in bulk: insert the entry — asking for prosecution is the drafter's decision).

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

const SUMMARY = '(summary, to be verified against the official text)';

const PEOPLE = `
person silva { name: "Ana Example"  nationality: BR }
person dual { name: "Bo Example"  nationality: [PT, BR] }
person other { name: "Cy Example"  nationality: PT }
person stateless { name: "Di Example" }
person bad-code { name: "Ed Example"  nationality: br }
offence fraud { conduct: "Online fraud" }
`;

const ext = (name: string, to: string, person: string, extra = '', marker = '') => `
request ${name} extradition {${marker ? `                 #! ${marker}` : ''}
  to: ${to}
  person: ${person}${extra ? `\n  ${extra}` : ''}
}
`;

describe('CR106 nationality-without-prosecution', () => {
  it("fires at the request's name, with the person's nationality as related information", () => {
    const { ws, findings } = expectRule('CR106', `${PEOPLE}${ext('EXT-1', 'BR', 'silva', 'basis: budapest art 24', 'CR106')}`);
    const f = findings[0]!.finding;
    const p = placeOf(ws, f);
    assert.deepEqual([p.line, p.column, p.text], [9, 9, 'EXT-1']);
    assert.equal(
      f.message,
      'Person silva is a national of the requested party BR, and extradition request EXT-1 does not ask for the case to be submitted for prosecution there if extradition is refused on nationality (CETS 185 Art. 24(6)).',
    );
    assert.deepEqual(
      f.related.map((r) => placeOf(ws, r).text),
      ['nationality: BR'],
    );
    assert.deepEqual([f.alias, f.severity], ['nationality-without-prosecution', 'warning']);
  });

  describe('what it cites: the duty to prosecute under the governing instrument', () => {
    const cite = (basis: string, parties = '') => {
      const { findings } = findingsOf('CR106', `${PEOPLE}${parties}${ext('EXT-1A', 'BR', 'silva', `from: DE\n  ${basis}`)}`);
      assert.equal(findings.length, 1, basis);
      return /refused on nationality \((.*)\)\.$/.exec(findings[0]!.finding.message)![1];
    };

    it('ETS 24 Art. 6(2) where ETS 24 governs', () => {
      assert.equal(cite('basis: ets24'), 'ETS 24 Art. 6(2)');
      assert.equal(cite('basis: [budapest art 24, ets24]'), 'ETS 24 Art. 6(2)');
    });

    it('UNCC Art. 37 (a summary); Budapest Art. 24(6)', () => {
      assert.equal(cite('basis: uncc'), `UNCC Art. 37 ${SUMMARY}`);
      assert.equal(cite('basis: budapest art 24'), 'CETS 185 Art. 24(6)');
    });

    it('a treaty: the applicable treaty; reciprocity or no basis: the law of the requested party', () => {
      assert.equal(
        cite('basis: treaty "Extradition Treaty DE-BR"'),
        'aut dedere aut judicare, where the applicable treaty (Extradition Treaty DE-BR) provides for it',
      );
      assert.equal(cite('basis: reciprocity'), 'aut dedere aut judicare, where the law of the requested party provides for it');
      assert.equal(cite(''), 'aut dedere aut judicare, where the law of the requested party provides for it');
    });

    it('never ETS 24 when it does not bind the requested party', () => {
      assert.equal(cite('basis: [ets24, budapest art 24]', 'party BR { instruments: [budapest] }\n'), 'CETS 185 Art. 24(6)');
      assert.equal(
        cite('basis: ets24', 'party BR { instruments: [] }\n'),
        'aut dedere aut judicare, where the law of the requested party provides for it',
      );
    });
  });

  it("a national among several nationalities; a provider `in` the person's State", () => {
    expectRule(
      'CR106',
      `${PEOPLE}
${ext('EXT-2', 'BR', 'dual', '', 'CR106')}
${ext('EXT-3', 'PT', 'dual', '', 'CR106')}
${ext('EXT-4', 'provider "Hosting Ltda." in BR', 'silva', '', 'CR106')}`,
    );
  });

  it('a misspelt if-refused is absent', () => {
    expectRule('CR106', `${PEOPLE}${ext('EXT-5', 'BR', 'silva', 'if-refuse: prosecute', 'CR106')}`);
  });

  describe('must not fire', () => {
    it('with if-refused: prosecute', () => {
      expectRule('CR106', `${PEOPLE}${ext('EXT-6', 'BR', 'silva', 'if-refused: prosecute')}`);
    });

    it('when the person is not a national of the requested party, or has no nationality', () => {
      expectRule(
        'CR106',
        `${PEOPLE}
${ext('EXT-7', 'BR', 'other')}
${ext('EXT-8', 'BR', 'stateless')}
${ext('EXT-9', 'GB', 'dual')}`,
      );
    });

    it('when the grounds assess nationality as not engaged (the requested party extradites its nationals)', () => {
      expectRule(
        'CR106',
        `${PEOPLE}
${ext('EXT-6A', 'BR', 'silva', 'grounds { nationality: not-engaged "Brazil extradites its nationals under the treaty" }')}
${ext('EXT-6B', 'BR', 'silva', 'grounds { nationality: not-enganged "A misspelt status cannot be read" }')}`,
      );
    });

    it('…but it fires when nationality is engaged, unassessed, or not listed', () => {
      expectRule(
        'CR106',
        `${PEOPLE}
${ext('EXT-6C', 'BR', 'silva', 'grounds { nationality: engaged "Brazilian national" }', 'CR106')}
${ext('EXT-6D', 'BR', 'silva', 'grounds { nationality: unassessed }', 'CR106')}
${ext('EXT-6E', 'BR', 'silva', 'grounds { persecution: not-engaged "None" }', 'CR106')}`,
      );
    });

    it('when a value it needs is present but unusable, or the person cannot be found', () => {
      expectRule(
        'CR106',
        `${PEOPLE}
${ext('EXT-10', 'BR', 'silva', 'if-refused: prosecte')}
${ext('EXT-11', 'BR', 'bad-code')}
${ext('EXT-12', 'br', 'silva')}
${ext('EXT-13', 'provider "Hosting Ltda."', 'silva')}
${ext('EXT-14', 'BR', 'no-such-person')}
${ext('EXT-15', 'BR', 'fraud')}
${ext('EXT-16', 'BR', '[silva]')}`,
      );
    });

    it('on any other kind of request', () => {
      expectRule(
        'CR106',
        `${PEOPLE}
request MLA-1 mutual-assistance { to: BR  person: silva }
request T-1 extraditon { to: BR  person: silva }
`,
      );
    });
  });

  it('cross-file: the person in another file; the related place is there', () => {
    const { ws, findings } = expectRule('CR106', {
      'people.coop': 'person silva {\n  nationality: BR\n}\n',
      'request.coop': ext('EXT-17', 'BR', 'silva', '', 'CR106'),
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'people.coop');
  });

  it('fix: a quick fix, never applied in bulk, inserts "if-refused: prosecute"; the finding is gone and the text parses', () => {
    const files = { 'main.coop': `${PEOPLE}${ext('EXT-18', 'BR', 'silva')}` };
    const f = findingsOf('CR106', files).findings[0]!;
    assert.deepEqual(suggestionTitles(f), ['Add "if-refused: prosecute"']);
    assert.ok(
      f.finding.fixes.every((x) => !x.safe),
      'asking for prosecution is a position: no safe fix',
    );
    const after = applyAndRelint(files, f.finding.fixes[0]!);
    assert.equal(count(after.all, 'CR106'), 0);
    assert.match(after.files['main.coop']!, /\n {2}person: silva\n {2}if-refused: prosecute\n\}\n$/);
  });

  it('a complete request for a national of the requested party, nationality engaged: CR105 and CR106, nothing else', () => {
    expectExactly(`
case CASE-1 { title: "Ministry website defacement" }
party DE { name: "Germany"  instruments: [budapest, ets24, ets30] }
party BR { name: "Brazil"  instruments: [budapest] }
offence defacement {
  conduct: "Replacing the home page of a ministry website"
  category: budapest art 4
  law DE { cite: "Criminal Code, data alteration"  max-penalty: 2 years }
  law BR { cite: "Penal Code, invasion of a computer device"  max-penalty: 2 years }
}
person silva { name: "Ana Example"  nationality: BR }
request EXT-2026-002 extradition {          #! CR106
  case: CASE-1
  from: DE
  to: BR
  basis: budapest art 24
  authority: "Bundesamt für Justiz"
  person: silva
  offences: [defacement]
  facts: "Replaced the home page in March 2026"
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in both States"
    political-offence: not-engaged "No political aim"
    persecution: not-engaged "No protected characteristic"
    nationality: engaged "The Constitution of Brazil bars the extradition of its nationals"   #! CR105
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`);
  });
});
