// CR107 unassessed-ground: a ground left `unassessed`. Points at the ground's entry.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, placeOf } from '../support/ruletest';

describe('CR107 unassessed-ground', () => {
  it('fires on each unassessed ground, at its entry, with or without a reason', () => {
    const { ws, findings } = expectRule(
      'CR107',
      `
request EXT-1 extradition {
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    political-offence: unassessed           #! CR107
    persecution: unassessed "Article 3(2) words inserted by a fix"   #! CR107
    nationality: engaged "National of the requested party"
  }
}
`,
    );
    const p = placeOf(ws, findings[0]!.finding);
    assert.deepEqual([p.line, p.column, p.text], [5, 5, 'political-offence: unassessed']);
    assert.equal(
      findings[0]!.finding.message,
      'The refusal ground "political-offence" of request EXT-1 is not assessed yet: state whether it is engaged, with the reason.',
    );
    // Version 2: an error, so that a fix inserting `unassessed` never turns a failing run green.
    assert.deepEqual([findings[0]!.finding.alias, findings[0]!.finding.severity], ['unassessed-ground', 'error']);
    assert.equal(findings[0]!.finding.fixes.length, 0);
  });

  it("the grounds of version 2, and a ground of the requested party's own law, named without quoting it", () => {
    const { findings } = expectRule(
      'CR107',
      `
request EXT-1A extradition {
  grounds {
    lapse-of-time: unassessed                           #! CR107
    place-of-commission: unassessed  # ETS 24 Art. 7    #! CR107
    other "Forum bar (Extradition Act 2003 s. 83A)": unassessed   #! CR107
  }
}
`,
    );
    assert.match(
      findings[2]!.finding.message,
      /^The refusal ground of the requested party's own law \("other"\) of request EXT-1A is not assessed yet/,
    );
  });

  it("what CR101's fix inserts is reported until the drafter assesses it", () => {
    const text = `
request EXT-1B extradition {
  from: PL
  to: CH
  basis: ets24
  grounds {
    nationality: unassessed  # ETS 24 Art. 6(1)(a)    #! CR107
  }
}
`;
    expectRule('CR107', text);
    expectRule(
      'CR107',
      text.replace('nationality: unassessed  # ETS 24 Art. 6(1)(a)    #! CR107', 'nationality: not-engaged "Polish national"'),
    );
  });

  it('in every kind of request', () => {
    expectRule(
      'CR107',
      `
request MLA-1 mutual-assistance { grounds { essential-interests: unassessed } }   #! CR107
request TD-1 traffic-disclosure { grounds { political-offence: unassessed } }   #! CR107
request SO-1 subscriber-order { grounds { human-rights: unassessed } }   #! CR107
`,
    );
  });

  describe('must not fire', () => {
    it('on assessed grounds', () => {
      expectRule(
        'CR107',
        `
request MLA-2 mutual-assistance {
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: engaged "Opposition"
  }
}
`,
      );
    });

    it('on an unknown ground or a misspelt status (CR004), or outside a grounds block', () => {
      expectRule(
        'CR107',
        `
request MLA-3 mutual-assistance {
  persecution: unassessed
  grounds {
    persecuton: unassessed
    political-offence: unasessed
    other "Forum bar": unasessed
  }
}
`,
      );
    });
  });

  it('a complete request with one unassessed ground has exactly that finding', () => {
    expectExactly(`
party FR { name: "France"  instruments: [budapest, ets30] }
party BE { name: "Belgium"  instruments: [budapest, ets30] }
offence beta {
  conduct: "Selling access to hacked servers"
  category: budapest art 6
  law FR { cite: "Criminal Code, trafficking in hacking tools"  max-penalty: 5 years }
  law BE { cite: "Criminal Code, hacking tools"  max-penalty: 3 years }
}
request MLA-Z mutual-assistance {
  measure: testimony
  from: FR
  to: BE
  basis: budapest art 27
  authority: "Parquet de Paris"
  purpose: "Identify the buyers"
  offences: [beta]
  facts: "The seller advertised access to 300 servers"
  grounds {
    dual-criminality: not-engaged "Criminal in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: unassessed                 #! CR107
  }
}
`);
  });
});
