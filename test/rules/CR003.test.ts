// CR003 duplicate-declaration: the same keyword and name declared twice; the finding is on each
// later declaration (its name), with the first as related information.

import assert from 'node:assert/strict';
import { expectExactly, expectRule, placeOf } from '../support/ruletest';

describe('CR003 duplicate-declaration', () => {
  it('fires on the later declaration, at its name, with the first as related information', () => {
    const { ws, findings } = expectRule(
      'CR003',
      `
offence carding {
  conduct: "Selling card data"
}
offence carding {                           #! CR003
  conduct: "Declared a second time"
}
`,
    );
    const f = findings[0]!.finding;
    const place = placeOf(ws, f);
    assert.deepEqual([place.line, place.column, place.text], [5, 9, 'carding']);
    assert.equal(f.related.length, 1);
    const first = placeOf(ws, f.related[0]!);
    assert.deepEqual([first.line, first.text], [2, 'carding']);
    assert.match(f.related[0]!.message, /First declaration of offence carding/);
    assert.match(f.message, /^Offence carding is declared more than once/);
  });

  it('fires on each later declaration, each pointing back at the first', () => {
    const { ws, findings } = expectRule(
      'CR003',
      `
person doe { name: "John Example" }
person doe { name: "John Example Two" }     #! CR003
person doe { name: "John Example Three" }   #! CR003
`,
    );
    for (const f of findings) assert.equal(placeOf(ws, f.finding.related[0]!).line, 2);
  });

  it('across files: the first in workspace order is the original', () => {
    const { ws, findings } = expectRule('CR003', {
      'a.coop': 'case CASE-1 { title: "Forum takedown" }\n',
      'b.coop': 'case CASE-1 { title: "Forum takedown, again" }   #! CR003\n',
    });
    assert.equal(placeOf(ws, findings[0]!.finding.related[0]!).file, 'a.coop');
  });

  it('requests of different kinds under one name are still the same keyword and name', () => {
    expectRule(
      'CR003',
      `
request R-1 extradition { to: US }
request R-1 mutual-assistance { to: US }    #! CR003
`,
    );
  });

  it('judgment declarations (version 2) are declarations too', () => {
    expectRule(
      'CR003',
      `
judgment CH-2019-1 { party: CH  outcome: convicted }
judgment CH-2019-1 { party: CH  outcome: acquitted }   #! CR003
offence CH-2019-1 { conduct: "A different keyword: no finding" }
`,
    );
  });

  it('party declarations are declarations too', () => {
    expectRule(
      'CR003',
      `
party FR { name: "France" }
party FR { name: "France, again" }          #! CR003
`,
    );
  });

  describe('must not fire', () => {
    it('the same name under two keywords is fine (an offence and a case called fraud)', () => {
      expectRule(
        'CR003',
        `
offence fraud { conduct: "Online investment fraud" }
case fraud { title: "Investment fraud ring" }
person fraud { name: "Not A Real Name" }
`,
      );
    });

    it('names are case-sensitive', () => {
      expectRule(
        'CR003',
        `
offence Carding { conduct: "Selling card data" }
offence carding { conduct: "Selling card data, lower case" }
`,
      );
    });

    it('once the first declaration is removed, the second is the only one', () => {
      const { ws } = expectRule('CR003', {
        'a.coop': 'offence carding { conduct: "Selling card data" }\n',
        'b.coop': 'offence carding { conduct: "Selling card data" }   #! CR003\n',
      });
      ws.delete('file:///ws/a.coop');
      assert.deepEqual(
        ws.findings('file:///ws/b.coop').filter((f) => f.rule === 'CR003'),
        [],
      );
    });
  });

  it('a complete workspace with one duplicate has exactly that finding', () => {
    expectExactly(`
case CASE-2 { title: "Card shop" }
offence carding {
  conduct: "Selling stolen payment-card data on a forum"
  category: budapest art 8
  law PL { cite: "Criminal Code, computer fraud"  max-penalty: 8 years }
}
offence carding {                           #! CR003
  conduct: "Declared a second time by mistake"
}
`);
  });
});
