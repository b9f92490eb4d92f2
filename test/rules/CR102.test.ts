// CR102 impermissible-refusal-ground: a ground listed that the instrument does not let the
// requested State invoke — the complete list: fiscal-offence where an offence of the request is in
// Budapest Arts 2–11 (25(4)); dual-criminality in a preservation request outside the 29(4) case
// (29(3)); any ground but political-offence and essential-interests in a traffic-disclosure
// request (30(2)). Points at the ground's entry (fix: remove the line).

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, firstSafeFix, placeOf } from '../support/ruletest';

const OFFENCES = `
offence inside { conduct: "Computer-related forgery"  category: budapest art 7 }
offence inside-9-1 { conduct: "Distributing abuse material"  category: budapest art 9(1) }
offence no-category { conduct: "Tax evasion" }
offence art-13 { conduct: "Sanctions"  category: budapest art 13 }
offence bad-category { conduct: "Fraud"  category: budapest art 7(2) }
person doe { name: "John Example" }
`;

describe('CR102 impermissible-refusal-ground', () => {
  describe('fiscal-offence where an offence of the request is in Budapest Arts 2–11 (25(4))', () => {
    it('fires on the fiscal-offence entry, whatever its status', () => {
      const { ws, findings } = expectRule('CR102', `${OFFENCES}
request MLA-1 mutual-assistance {
  offences: [inside]
  grounds {
    fiscal-offence: engaged "Seen as a tax matter"   #! CR102
  }
}
request MLA-2 mutual-assistance {
  offences: [no-category, inside-9-1]
  grounds {
    fiscal-offence: not-engaged "Not a tax matter"   #! CR102
  }
}
request EXT-1 extradition {
  offences: [inside]
  grounds {
    fiscal-offence: unassessed                       #! CR102
  }
}
`);
      const p = placeOf(ws, findings[0]!.finding);
      assert.deepEqual([p.line, p.column, p.text], [12, 5, 'fiscal-offence: engaged "Seen as a tax matter"']);
      assert.match(findings[0]!.finding.message, /may not invoke "fiscal-offence" here: offence inside is in Budapest Arts 2–11.*\(CETS 185 Art\. 25\(4\)\)/);
    });

    it('is silent when no offence is inside Arts 2–11, or when that cannot be decided', () => {
      expectRule('CR102', `${OFFENCES}
request MLA-3 mutual-assistance {
  offences: [no-category, art-13]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
request MLA-4 mutual-assistance {
  offences: [bad-category]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
request MLA-5 mutual-assistance {
  offences: [no-such-offence, doe]
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
request MLA-6 mutual-assistance {
  grounds { fiscal-offence: engaged "Seen as a tax matter" }
}
`);
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
      const { findings } = expectRule('CR102', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
party ES { name: "Spain" }
${pres('PRES-1', 'ES', 'no-category', 'CR102')}
${pres('PRES-2', 'IT', 'no-category', 'CR102')}
${pres('PRES-3', 'AT', 'inside', 'CR102')}
${pres('PRES-4', 'AT', 'inside-9-1', 'CR102')}
${pres('PRES-5', 'provider "Nube Iberica SL"', 'no-category', 'CR102')}
`);
      assert.match(findings[0]!.finding.message, /\(CETS 185 Art\. 29\(3\)\)/);
    });

    it('is silent in the 29(4) case: reservation and an offence outside Arts 2–11', () => {
      expectRule('CR102', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-6', 'AT', 'no-category')}
${pres('PRES-7', 'AT', 'inside, art-13')}
${pres('PRES-8', 'provider "Alpen Hosting GmbH" in AT', 'no-category')}
`);
    });

    it('is silent when the 29(4) case cannot be decided', () => {
      expectRule('CR102', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
party DE { reservations: [budapest art 29(44)] }
${pres('PRES-9', 'AT', 'no-such-offence')}
${pres('PRES-10', 'AT', 'doe')}
${pres('PRES-11', 'AT', 'bad-category')}
${pres('PRES-12', 'at', 'inside')}
${pres('PRES-13', 'DE', 'inside')}
`);
    });

    it('dual-criminality is permitted in the other kinds of request', () => {
      expectRule('CR102', `
request EXT-2 extradition { grounds { dual-criminality: not-engaged "Both" } }
request MLA-7 mutual-assistance { grounds { dual-criminality: not-engaged "Both" } }
`);
    });
  });

  describe('traffic-disclosure: any ground but political-offence and essential-interests (30(2))', () => {
    it('fires on every other ground, once each', () => {
      const { findings } = expectRule('CR102', `${OFFENCES}
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
`);
      assert.match(findings[0]!.finding.message, /may only be withheld for a political offence or to protect essential interests \(CETS 185 Art\. 30\(2\)\)/);
    });

    it('is silent on political-offence and essential-interests', () => {
      expectRule('CR102', `
request TD-2 traffic-disclosure {
  grounds {
    political-offence: engaged "Political"
    essential-interests: unassessed
  }
}
`);
    });
  });

  it('nothing else is impermissible: every ground in extradition and mutual-assistance requests', () => {
    expectRule('CR102', `${OFFENCES}
request EXT-3 extradition {
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
request MLA-8 mutual-assistance {
  measure: testimony
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
`);
  });

  it('cross-file: the offence inside Arts 2–11 declared in another file', () => {
    expectRule('CR102', {
      'offences.coop': 'offence forgery {\n  category: budapest art 7\n}\n',
      'request.coop': 'request MLA-9 mutual-assistance {\n  offences: [forgery]\n  grounds {\n    fiscal-offence: engaged "Tax"   #! CR102\n  }\n}\n',
    });
  });

  describe('fix: remove the line', () => {
    it('removes the entry with its line; the finding is gone and the text parses', () => {
      const files = { 'main.coop': `
offence forgery { category: budapest art 7 }
request MLA-10 mutual-assistance {
  offences: [forgery]
  grounds {
    dual-criminality: not-engaged "Both"
    fiscal-offence: engaged "Tax"   # anticipated
    persecution: not-engaged "None"
  }
}
` };
      const f = findingsOf('CR102', files).findings[0]!;
      const fix = firstSafeFix(f);
      assert.equal(fix.title, 'Remove "fiscal-offence"');
      const after = applyAndRelint(files, fix);
      assert.equal(count(after.all, 'CR102'), 0);
      assert.equal(after.files['main.coop'], files['main.coop'].replace('    fiscal-offence: engaged "Tax"   # anticipated\n', ''));
    });

    it('removes an entry that shares its line with others', () => {
      const files = { 'main.coop': 'request TD-3 traffic-disclosure {\n  grounds { political-offence: not-engaged "No"; persecution: engaged "Yes"; essential-interests: not-engaged "No" }\n}\n' };
      const f = findingsOf('CR102', files).findings[0]!;
      const after = applyAndRelint(files, firstSafeFix(f));
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
