// CR102 impermissible-refusal-ground: a ground listed that the instrument does not let the
// requested State invoke — the complete list: fiscal-offence in a mutual-assistance request where
// an offence of the request is in Budapest Arts 2–11 (25(4); ETS 99 Art. 1 where ETS 30 governs and
// ETS 99 applies); dual-criminality in a preservation request outside the 29(4) case (29(3));
// any ground but political-offence and essential-interests in a traffic-disclosure request
// (30(2)). Only where the instrument it rests on applies between the parties. Points at the
// ground's entry (quick fix, never applied in bulk: remove the line).

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, placeOf, suggestionTitles } from '../support/ruletest';

const SUMMARY = 'summary, to be verified against the official text';

const OFFENCES = `
offence inside { conduct: "Computer-related forgery"  category: budapest art 7 }
offence inside-9-1 { conduct: "Distributing abuse material"  category: budapest art 9(1) }
offence no-category { conduct: "Tax evasion" }
offence art-13 { conduct: "Sanctions"  category: budapest art 13 }
offence bad-category { conduct: "Fraud"  category: budapest art 7(2) }
person doe { name: "John Example" }
`;

describe('CR102 impermissible-refusal-ground', () => {
  describe('fiscal-offence in a mutual-assistance request where an offence is in Budapest Arts 2–11 (25(4))', () => {
    it('fires on the fiscal-offence entry, whatever its status', () => {
      const { ws, findings } = expectRule(
        'CR102',
        `${OFFENCES}
request MLA-1 mutual-assistance {
  basis: budapest art 27
  offences: [inside]
  grounds {
    fiscal-offence: engaged "Seen as a tax matter"   #! CR102
  }
}
request MLA-2 mutual-assistance {
  basis: budapest art 25
  offences: [no-category, inside-9-1]
  grounds {
    fiscal-offence: not-engaged "Not a tax matter"   #! CR102
  }
}
request MLA-2A mutual-assistance {
  basis: budapest
  offences: [inside]
  grounds {
    fiscal-offence: unassessed                       #! CR102
  }
}
`,
      );
      const p = placeOf(ws, findings[0]!.finding);
      assert.deepEqual([p.line, p.column, p.text], [13, 5, 'fiscal-offence: engaged "Seen as a tax matter"']);
      assert.equal(
        findings[0]!.finding.message,
        'The requested State may not invoke "fiscal-offence" here: offence inside is in Budapest Arts 2–11, for which assistance may not be refused solely as a fiscal offence (CETS 185 Art. 25(4)).',
      );
      assert.match(findings[1]!.finding.message, /offence inside-9-1 is in Budapest Arts 2–11/);
    });

    it('is silent when no offence is inside Arts 2–11, or when that cannot be decided', () => {
      expectRule(
        'CR102',
        `${OFFENCES}
request MLA-3 mutual-assistance {
  basis: budapest art 27
  offences: [no-category, art-13]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
request MLA-4 mutual-assistance {
  basis: budapest art 27
  offences: [bad-category]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
request MLA-5 mutual-assistance {
  basis: budapest art 27
  offences: [no-such-offence, doe]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
request MLA-6 mutual-assistance {
  basis: budapest art 27
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
`,
      );
    });

    it('only in a mutual-assistance request: an extradition may anticipate the fiscal ground', () => {
      expectRule(
        'CR102',
        `${OFFENCES}
request EXT-1 extradition {
  basis: [ets24, budapest art 24]
  offences: [inside]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
`,
      );
    });

    describe('the governing instrument', () => {
      const mla = (name: string, basis: string, marker = '') => `
request ${name} mutual-assistance {
  from: HU
  to: SK
  ${basis}
  offences: [inside]
  grounds {
    fiscal-offence: engaged "Seen as a tax matter"${marker ? `   #! ${marker}` : ''}
  }
}
`;
      it('ETS 30 governing, ETS 99 applying: ETS 99 Art. 1; with Budapest in the basis too, both', () => {
        const { findings } = expectRule(
          'CR102',
          `${OFFENCES}
${mla('MLA-7', 'basis: ets30', 'CR102')}
${mla('MLA-8', 'basis: [ets30, budapest art 25]', 'CR102')}`,
        );
        assert.match(findings[0]!.finding.message, /\(ETS 99 Art\. 1\)\.$/);
        assert.match(
          findings[1]!.finding.message,
          /\(CETS 185 Art\. 25\(4\)\); and between parties to ETS 99, assistance may not be refused solely because the requested party considers the offence a fiscal offence \(ETS 99 Art\. 1\)\.$/,
        );
      });

      it('ETS 30 governing without ETS 99 between the parties, and no Budapest: silent', () => {
        expectRule(
          'CR102',
          `${OFFENCES}
party SK { name: "Slovakia"  instruments: [ets30] }
${mla('MLA-9', 'basis: ets30')}`,
        );
      });

      it('a treaty with Budapest in the basis: Art. 25(4) applies between the parties and is cited', () => {
        const l = findingsOf(
          'CR102',
          `${OFFENCES}${mla('MLA-10', 'basis: [treaty "Mutual Legal Assistance Treaty HU-SK", budapest art 25]')}`,
        );
        assert.equal(l.findings.length, 1);
        assert.match(l.findings[0]!.finding.message, /\(CETS 185 Art\. 25\(4\)\)\.$/);
      });

      it('silent where no instrument that bars the ground applies: a treaty, the UN Convention, reciprocity, no basis', () => {
        expectRule(
          'CR102',
          `${OFFENCES}
${mla('MLA-11', 'basis: treaty "Mutual Legal Assistance Treaty HU-SK"')}
${mla('MLA-12', 'basis: uncc')}
${mla('MLA-13', 'basis: reciprocity')}
${mla('MLA-14', '')}`,
        );
      });

      it('silent where Budapest is in the basis but does not bind a party (`instruments: []` binds none)', () => {
        expectRule(
          'CR102',
          `${OFFENCES}
party SK { name: "Slovakia"  instruments: [] }
${mla('MLA-15', 'basis: budapest art 27')}
${mla('MLA-16', 'basis: [ets30, budapest art 25]')}`,
        );
      });
    });
  });

  describe('dual-criminality in a preservation request outside the 29(4) case (29(3))', () => {
    const pres = (name: string, to: string, offences: string, marker = '') => `
request ${name} preservation {
  to: ${to}
  offences: [${offences}]
  grounds {
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    dual-criminality: not-engaged "Criminal in both"${marker ? `   #! ${marker}` : ''}
  }
}
`;

    it('fires without the reservation, or when every offence is inside Arts 2–11', () => {
      const { findings } = expectRule(
        'CR102',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
party ES { name: "Spain" }
${pres('PRES-1', 'ES', 'no-category', 'CR102')}
${pres('PRES-2', 'IT', 'no-category', 'CR102')}
${pres('PRES-3', 'AT', 'inside', 'CR102')}
${pres('PRES-4', 'AT', 'inside-9-1', 'CR102')}
${pres('PRES-5', 'provider "Nube Iberica SL"', 'no-category', 'CR102')}
`,
      );
      assert.match(findings[0]!.finding.message, /\(CETS 185 Art\. 29\(3\)\) unless the requested party reserved Art\. 29\(4\)/);
    });

    it('under the UN Convention it cites Art. 42 (a summary); under a treaty, reciprocity, or a party bound by neither, it is silent', () => {
      const { findings } = expectRule(
        'CR102',
        `${OFFENCES}
${pres('PRES-1A', 'ES', 'no-category', 'CR102').replace('preservation {', 'preservation {\n  basis: uncc')}
${pres('PRES-1B', 'ES', 'no-category').replace('preservation {', 'preservation {\n  basis: treaty "Preservation Treaty"')}
${pres('PRES-1C', 'ES', 'no-category').replace('preservation {', 'preservation {\n  basis: reciprocity')}
${pres('PRES-1D', 'FI', 'no-category')}
party FI { name: "Finland"  instruments: [] }
`,
      );
      assert.match(findings[0]!.finding.message, new RegExp(`\\(UNCC Art\\. 42, ${SUMMARY}\\)\\.$`));
      assert.doesNotMatch(findings[0]!.finding.message, /CETS 185/);
    });

    it('is silent in the 29(4) case: reservation and an offence outside Arts 2–11', () => {
      expectRule(
        'CR102',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-6', 'AT', 'no-category')}
${pres('PRES-7', 'AT', 'inside, art-13')}
${pres('PRES-8', 'provider "Alpen Hosting GmbH" in AT', 'no-category')}
`,
      );
    });

    it('is silent when the 29(4) case cannot be decided', () => {
      expectRule(
        'CR102',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
party DE { reservations: [budapest art 29(44)] }
${pres('PRES-9', 'AT', 'no-such-offence')}
${pres('PRES-10', 'AT', 'doe')}
${pres('PRES-11', 'AT', 'bad-category')}
${pres('PRES-12', 'at', 'inside')}
${pres('PRES-13', 'DE', 'inside')}
`,
      );
    });

    it('dual-criminality is permitted in the other kinds of request', () => {
      expectRule(
        'CR102',
        `
request EXT-2 extradition { grounds { dual-criminality: not-engaged "Both" } }
request MLA-7 mutual-assistance { grounds { dual-criminality: not-engaged "Both" } }
`,
      );
    });
  });

  describe('traffic-disclosure: any ground but political-offence and essential-interests (30(2))', () => {
    it('fires on every other ground, once each', () => {
      const { findings } = expectRule(
        'CR102',
        `${OFFENCES}
request TD-1 traffic-disclosure {
  offences: [inside]
  grounds {
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    dual-criminality: not-engaged "Both"    #! CR102
    persecution: not-engaged "None"         #! CR102
    nationality: not-engaged "None"         #! CR102
    fiscal-offence: not-engaged "None"      #! CR102
    human-rights: not-engaged "None"        #! CR102
  }
}
`,
      );
      assert.match(
        findings[0]!.finding.message,
        /may only be withheld for a political offence or to protect essential interests \(CETS 185 Art\. 30\(2\)\)/,
      );
    });

    it('under the UN Convention it cites Art. 43 (a summary); under reciprocity or a treaty, silent', () => {
      const { findings } = expectRule(
        'CR102',
        `
request TD-1A traffic-disclosure {
  basis: uncc
  grounds { persecution: not-engaged "None" }   #! CR102
}
request TD-1B traffic-disclosure {
  basis: reciprocity
  grounds { persecution: not-engaged "None" }
}
request TD-1C traffic-disclosure {
  basis: treaty "Traffic Data Treaty"
  grounds { persecution: not-engaged "None" }
}
`,
      );
      assert.match(findings[0]!.finding.message, new RegExp(`\\(UNCC Art\\. 43, ${SUMMARY}\\)\\.$`));
    });

    it('is silent on political-offence and essential-interests', () => {
      expectRule(
        'CR102',
        `
request TD-2 traffic-disclosure {
  grounds {
    political-offence: engaged "Political"
    essential-interests: unassessed
  }
}
`,
      );
    });
  });

  it('nothing else is impermissible: every ground in extradition and mutual-assistance requests', () => {
    expectRule(
      'CR102',
      `${OFFENCES}
request EXT-3 extradition {
  basis: ets24
  offences: [inside]
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    persecution: not-engaged "No"
    nationality: not-engaged "No"
    essential-interests: not-engaged "No"
    fiscal-offence: not-engaged "No"
    human-rights: not-engaged "No"
  }
}
request MLA-17 mutual-assistance {
  measure: testimony
  basis: budapest art 27
  offences: [no-category]
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    persecution: not-engaged "No"
    nationality: not-engaged "No"
    essential-interests: not-engaged "No"
    fiscal-offence: not-engaged "No"
    human-rights: not-engaged "No"
  }
}
request PRES-14 preservation {
  grounds {
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
    human-rights: not-engaged "No"
  }
}
request R-1 extraditon {
  grounds { fiscal-offence: engaged "Unknown kind" }
}
`,
    );
  });

  it('cross-file: the offence inside Arts 2–11 declared in another file', () => {
    expectRule('CR102', {
      'offences.coop': 'offence forgery {\n  category: budapest art 7\n}\n',
      'request.coop':
        'request MLA-18 mutual-assistance {\n  basis: budapest art 27\n  offences: [forgery]\n  grounds {\n    fiscal-offence: engaged "Tax"   #! CR102\n  }\n}\n',
    });
  });

  describe('fix: remove the line — a quick fix, never applied in bulk (it takes a position)', () => {
    it('removes the entry with its line; the finding is gone and the text parses', () => {
      const files = {
        'main.coop': `
offence forgery { category: budapest art 7 }
request MLA-19 mutual-assistance {
  basis: budapest art 27
  offences: [forgery]
  grounds {
    dual-criminality: not-engaged "Both"
    fiscal-offence: engaged "Tax"   # anticipated
    persecution: not-engaged "None"
  }
}
`,
      };
      const f = findingsOf('CR102', files).findings[0]!;
      assert.deepEqual(suggestionTitles(f), ['Remove "fiscal-offence"']);
      assert.ok(
        f.finding.fixes.every((x) => !x.safe),
        'no safe fix',
      );
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR102'), 0);
      assert.equal(after.files['main.coop'], files['main.coop'].replace('    fiscal-offence: engaged "Tax"   # anticipated\n', ''));
    });

    it('removes an entry that shares its line with others', () => {
      const files = {
        'main.coop':
          'request TD-3 traffic-disclosure {\n  grounds { political-offence: not-engaged "No"; persecution: engaged "Yes"; essential-interests: not-engaged "No" }\n}\n',
      };
      const f = findingsOf('CR102', files).findings[0]!;
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR102'), 0);
      assert.doesNotMatch(after.files['main.coop']!, /persecution/);
      assert.equal(count(after.all, 'CR101'), 0, 'the other grounds are still there');
    });
  });

  it('a complete request that anticipates a fiscal-offence ground has exactly that finding', () => {
    expectExactly(`
party HU { name: "Hungary"  instruments: [budapest, ets30] }
party SK { name: "Slovakia"  instruments: [budapest, ets30] }
offence vat-carousel {
  conduct: "Using fabricated invoices to reclaim VAT"
  category: budapest art 7
  law HU { cite: "Criminal Code, computer-related forgery"  max-penalty: 5 years }
  law SK { cite: "Criminal Code, forgery"  max-penalty: 5 years }
}
request MLA-HU-5 mutual-assistance {
  measure: testimony
  from: HU
  to: SK
  basis: budapest art 27
  authority: "National Tax and Customs Administration"
  purpose: "Hear the marketplace's compliance officer"
  offences: [vat-carousel]
  facts: "Reclaimed VAT on invoices for goods never delivered"
  grounds {
    dual-criminality: not-engaged "Forgery in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: not-engaged "No protected characteristic"
    fiscal-offence: not-engaged "Anticipated by the drafter"   #! CR102
  }
}
`);
  });
});
