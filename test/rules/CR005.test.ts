// CR005 unknown-article: an article reference to an article or paragraph the instrument does not
// have (`budapest art 29(9)`). Article ranges come from reference/instruments.md; paragraphs and
// letters are checked only where the reference has the text verbatim.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/lint';
import { expectExactly, expectRule, placeOf } from '../support/ruletest';

/** `| \`budapest\` | … | 1–48 | … |` rows of reference/instruments.md. */
function instrumentRanges(): { id: string; first: number; last: number }[] {
  const text = readFileSync(join(ROOT, 'reference', 'instruments.md'), 'utf8');
  const out: { id: string; first: number; last: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|[^|]*\|\s*(\d+)[–-](\d+)\s*\|/.exec(line);
    if (m) out.push({ id: m[1]!, first: Number(m[2]), last: Number(m[3]) });
  }
  return out;
}

describe('CR005 unknown-article', () => {
  it('fires on a paragraph the article does not have, pointing at the article', () => {
    const { ws, findings } = expectRule(
      'CR005',
      `
request MLA-1 mutual-assistance {
  basis: budapest art 29(9)                 #! CR005
}
`,
    );
    const p = placeOf(ws, findings[0]!.finding);
    assert.deepEqual([p.line, p.column, p.text], [3, 10, 'budapest art 29(9)']);
    assert.match(findings[0]!.finding.message, /CETS 185 Art\. 29 has no \(9\): it has \(1\)–\(7\)/);
  });

  describe('article ranges, per reference/instruments.md', () => {
    const ranges = instrumentRanges();

    it('instruments.md gives the range of the five conventions and of the two instruments cited only', () => {
      assert.deepEqual(
        ranges.map((r) => r.id),
        ['budapest', 'budapest-2ap', 'ets24', 'ets30', 'uncc', 'echr', 'iccpr'],
      );
      assert.deepEqual(
        ranges.find((r) => r.id === 'budapest'),
        { id: 'budapest', first: 1, last: 48 },
      );
      assert.deepEqual(
        ranges.find((r) => r.id === 'ets24'),
        { id: 'ets24', first: 1, last: 32 },
      );
    });

    it('the protocols (ets86, ets98, cets212, ets99) have no range: their article numbers are not checked', () => {
      expectRule(
        'CR005',
        `
party DE { reservations: [ets86 art 99, ets98 art 0, cets212 art 77, ets99 art 500] }
`,
      );
    });

    it('ETS 24 Art. 9 (as supplemented by ETS 86) and Art. 10 (as replaced by CETS 212) have four paragraphs', () => {
      expectRule(
        'CR005',
        `
party CH { reservations: [ets24 art 9(2), ets24 art 9(4), ets24 art 10(3), ets24 art 10(4)] }
party AT { reservations: [ets24 art 9(5)] }       #! CR005
party IT { reservations: [ets24 art 10(5)] }      #! CR005
`,
      );
    });

    for (const r of instrumentRanges()) {
      it(`${r.id}: articles ${r.first}–${r.last} exist, ${r.first - 1} and ${r.last + 1} do not`, () => {
        const { findings } = expectRule(
          'CR005',
          `
request R-${r.id} mutual-assistance {
  basis: ${r.id} art ${r.first - 1}                   #! CR005
}
request S-${r.id} mutual-assistance {
  basis: ${r.id} art ${r.first}
}
request T-${r.id} mutual-assistance {
  basis: ${r.id} art ${r.last}
}
request U-${r.id} mutual-assistance {
  basis: ${r.id} art ${r.last + 1}                    #! CR005
}
`,
        );
        assert.match(findings[1]!.finding.message, new RegExp(`has Articles ${r.first}–${r.last}`));
      });
    }
  });

  describe('paragraphs and letters, where the text is verbatim', () => {
    it('fires on a paragraph, letter or sub-item the verbatim text does not have', () => {
      expectRule(
        'CR005',
        `
party AT {
  reservations: [budapest art 29(4), budapest art 29(8)]   #! CR005
}
offence o-1 { category: budapest art 2(1) }   #! CR005
offence o-2 { category: budapest art 9(1)(f) }   #! CR005
request R-1 mutual-assistance {
  basis: budapest art 29(2)(g)              #! CR005
}
request R-2 extradition {
  basis: ets24 art 12(2)(d)                 #! CR005
}
request R-3 extradition {
  basis: ets24 art 6(3)                     #! CR005
}
request R-4 mutual-assistance {
  basis: ets30 art 14(1)(e)                 #! CR005
}
request R-5 mutual-assistance {
  basis: budapest art 1(c)(iii)             #! CR005
}
request R-6 mutual-assistance {
  basis: budapest art 1(e)                  #! CR005
}
`,
      );
    });

    it('is silent on every paragraph and letter the text has', () => {
      expectRule(
        'CR005',
        `
party AT { reservations: [budapest art 29(4), budapest art 14(3)(b)(ii), budapest art 6(3)] }
offence o-3 { category: budapest art 9(1) }
offence o-4 { category: budapest art 6(1)(a)(ii) }
request R-7 mutual-assistance { basis: budapest art 29(2)(f) }
request R-8 mutual-assistance { basis: budapest art 27(9)(e) }
request R-9 extradition { basis: ets24 art 12(2)(c) }
request R-10 extradition { basis: ets24 art 6(1)(c) }
request R-11 mutual-assistance { basis: ets30 art 14(1)(d) }
request R-12 mutual-assistance { basis: budapest art 1(c)(ii) }
request R-13 mutual-assistance { basis: budapest art 32(b) }
request R-14 mutual-assistance { basis: ets30 art 2(b) }
`,
      );
    });

    it('does not check paragraphs where the reference has a summary or no text', () => {
      expectRule(
        'CR005',
        `
request R-15 subscriber-order { basis: budapest-2ap art 7(99)(z) }
request R-16 mutual-assistance { basis: uncc art 40(15) }
request R-17 extradition { basis: ets24 art 2(9) }
request R-18 mutual-assistance { basis: budapest art 36(9) }
request R-19 mutual-assistance { basis: ets30 art 30(4) }
`,
      );
    });

    it('is silent on articles of a treaty the language does not know', () => {
      expectRule(
        'CR005',
        `
request R-20 mutual-assistance { basis: treaty "Bilateral Mutual Legal Assistance Treaty" art 500(9) }
`,
      );
    });
  });

  it('checks every place an article may stand: category, basis, reservations', () => {
    const { ws, findings } = expectRule('CR005', {
      'a.coop': 'offence o-5 { category: budapest art 49 }   #! CR005\n',
      'b.coop': 'party AT { reservations: [budapest art 42(3)] }   #! CR005\n',
      'c.coop': 'request R-21 preservation { basis: budapest art 29(2)(z) }   #! CR005\n',
    });
    assert.deepEqual(
      findings.map((f) => placeOf(ws, f.finding).text),
      ['budapest art 49', 'budapest art 42(3)', 'budapest art 29(2)(z)'],
    );
    for (const f of findings) assert.equal(f.finding.fixes.length, 0, 'CR005 has no fix');
  });

  it('an unknown instrument is CR004, not CR005', () => {
    const text = 'request R-22 mutual-assistance { basis: budapset art 29(9) }\n';
    expectRule('CR005', text);
    expectRule('CR004', text.replace('\n', '   #! CR004\n'));
  });

  it('a complete request citing a paragraph that does not exist has exactly that finding', () => {
    expectExactly(`
party PL { name: "Poland"  instruments: [budapest, ets30] }
party LT { name: "Lithuania"  instruments: [budapest, ets30] }
offence carding {
  conduct: "Selling stolen payment-card data on a forum"
  category: budapest art 8
  law PL { cite: "Criminal Code, computer fraud"  max-penalty: 8 years }
  law LT { cite: "Criminal Code, fraud"  max-penalty: 8 years }
}
request MLA-PL-1 mutual-assistance {
  measure: testimony
  from: PL
  to: LT
  basis: budapest art 25(6)                 #! CR005
  authority: "Prokuratura Krajowa"
  purpose: "Hear the forum administrator as a witness"
  offences: [carding]
  facts: "The forum was hosted in Vilnius"
  grounds {
    dual-criminality: not-engaged "Fraud in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: not-engaged "No protected characteristic"
  }
}
`);
  });
});
