// CR105 ground-engaged: a ground is assessed `engaged` — the request is likely to be refused on
// it. Points at the ground's entry.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, placeOf } from '../support/ruletest';

describe('CR105 ground-engaged', () => {
  it('fires on each engaged ground, at its entry', () => {
    const { ws, findings } = expectRule(
      'CR105',
      `
request EXT-1 extradition {
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    political-offence: engaged "The person leads an opposition party"   #! CR105
    persecution: engaged                    #! CR105
    nationality: unassessed
  }
}
`,
    );
    const p = placeOf(ws, findings[0]!.finding);
    assert.deepEqual([p.line, p.column, p.text], [5, 5, 'political-offence: engaged "The person leads an opposition party"']);
    assert.match(
      findings[0]!.finding.message,
      /The refusal ground "political-offence" is assessed as engaged: request EXT-1 is likely to be refused on it\./,
    );
    assert.equal(findings[0]!.finding.fixes.length, 0);
    assert.deepEqual([findings[0]!.finding.alias, findings[0]!.finding.severity], ['ground-engaged', 'warning']);
  });

  it("the grounds of version 2, and a ground of the requested party's own law, named without quoting it", () => {
    const { findings } = expectRule(
      'CR105',
      `
request EXT-1A extradition {
  grounds {
    death-penalty: engaged "No assurance yet"          #! CR105
    in-absentia: engaged "Summons not served"           #! CR105
    other "Forum bar (Extradition Act 2003 s. 83A)": engaged "Conduct took place in the UK"   #! CR105
    military-offence: engaged "Desertion"               #! CR105
  }
}
`,
    );
    assert.match(
      findings[2]!.finding.message,
      /^The refusal ground of the requested party's own law \("other"\) is assessed as engaged: request EXT-1A is likely to be refused on it\.$/,
    );
  });

  it('whatever the basis: the finding cites no instrument', () => {
    for (const basis of [
      'basis: ets24',
      'basis: treaty "Extradition Treaty"',
      'basis: uncc',
      'basis: reciprocity',
      'basis: budapest art 24',
    ]) {
      const { findings } = expectRule(
        'CR105',
        `
request EXT-1B extradition {
  from: PL
  to: CH
  ${basis}
  grounds { nationality: engaged "Swiss national" }   #! CR105
}
`,
      );
      assert.doesNotMatch(findings[0]!.finding.message, /ETS|CETS|UNCC|treaty|law of/, basis);
    }
  });

  it('in every kind of request, and whether or not the ground is required there', () => {
    expectRule(
      'CR105',
      `
request MLA-1 mutual-assistance { grounds { essential-interests: engaged "State secrets" } }   #! CR105
request PRES-1 preservation { grounds { human-rights: engaged "Death penalty case" } }   #! CR105
request ES-1 emergency-disclosure { grounds { persecution: engaged "Ethnic minority" } }   #! CR105
`,
    );
  });

  describe('must not fire', () => {
    it('on not-engaged and unassessed grounds', () => {
      expectRule(
        'CR105',
        `
request MLA-2 mutual-assistance {
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged
    essential-interests: unassessed
    persecution: unassessed "Still to check"
  }
}
`,
      );
    });

    it('on an unknown ground or status: CR004 on it is enough', () => {
      expectRule(
        'CR105',
        `
request MLA-3 mutual-assistance {
  grounds {
    politcal-offence: engaged "Opposition"
    persecution: engagd "Minority"
    other "Forum bar": engagd "Conduct in the UK"
  }
}
`,
      );
    });

    it('on a key outside a grounds block', () => {
      expectRule(
        'CR105',
        `
request MLA-4 mutual-assistance {
  political-offence: engaged "Opposition"
}
`,
      );
    });
  });

  it('a complete request with one engaged ground has exactly that finding', () => {
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
    essential-interests: engaged "The servers belong to the Belgian army"   #! CR105
    persecution: not-engaged "No protected characteristic"
  }
}
`);
  });
});
