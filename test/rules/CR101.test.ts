// CR101 missing-refusal-ground: a ground of the table "Refusal grounds" (rules.md) is absent from
// `grounds` — one finding per absent ground, at the request's name (fix: insert the ground as
// `unassessed` with the article's words as its reason).

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, firstSafeFix, placeOf } from '../support/ruletest';

/** The ground named in a CR101 message. */
function groundOf(message: string): string {
  return /refusal ground "([a-z-]+)"/.exec(message)![1]!;
}

function grounds(rule: string, text: string): string[] {
  return findingsOf(rule, text).findings.map((f) => groundOf(f.finding.message)).sort();
}

const OFFENCES = `
offence inside { conduct: "Unauthorised access"  category: budapest art 2 }
offence inside-9-1 { conduct: "Distributing abuse material"  category: budapest art 9(1) }
offence no-category { conduct: "Cigarette smuggling" }
offence art-12 { conduct: "Corporate liability"  category: budapest art 12 }
offence art-1 { conduct: "Definitions only"  category: budapest art 1 }
offence other-treaty { conduct: "Political offence"  category: ets24 art 3 }
person doe { name: "John Example" }
`;

const PRESERVATION_GROUNDS = `
  grounds {
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
  }`;

describe('CR101 missing-refusal-ground', () => {
  describe('extradition: dual-criminality, political-offence, persecution, nationality', () => {
    it('one finding per absent ground, at the request\'s name', () => {
      const { ws, findings } = expectRule('CR101', `
request EXT-1 extradition {                 #! CR101 CR101
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    nationality: not-engaged "Not a national"
  }
}
`);
      assert.deepEqual(findings.map((f) => groundOf(f.finding.message)).sort(), ['persecution', 'political-offence']);
      for (const f of findings) {
        const p = placeOf(ws, f.finding);
        assert.deepEqual([p.line, p.column, p.text], [2, 9, 'EXT-1']);
      }
      assert.match(findings.find((f) => /persecution/.test(f.finding.message))!.finding.message,
        /extradition request EXT-1 does not assess the refusal ground "persecution" \(ETS 24 Art\. 3\(2\)\)/);
    });

    it('no grounds block, or an empty one: all four', () => {
      assert.deepEqual(grounds('CR101', 'request EXT-2 extradition { }'), ['dual-criminality', 'nationality', 'persecution', 'political-offence']);
      assert.deepEqual(grounds('CR101', 'request EXT-3 extradition {\n  grounds { }\n}'), ['dual-criminality', 'nationality', 'persecution', 'political-offence']);
    });

    it('an unassessed ground is present: CR107 reports it, not CR101', () => {
      const text = `
request EXT-4 extradition {
  grounds {
    dual-criminality: unassessed
    political-offence: unassessed "To be checked"
    persecution: engaged "Opposition figure"
    nationality: not-engaged
  }
}
`;
      expectRule('CR101', text);
      assert.equal(count(findingsOf('CR107', text).all, 'CR107'), 2);
    });
  });

  describe('mutual-assistance: dual-criminality, political-offence, essential-interests, persecution', () => {
    it('without a measure, or with a non-real-time one, the four grounds', () => {
      assert.deepEqual(grounds('CR101', 'request MLA-1 mutual-assistance { }'), ['dual-criminality', 'essential-interests', 'persecution', 'political-offence']);
      for (const m of ['stored-data', 'search-seizure', 'production', 'testimony', 'property-recovery']) {
        assert.deepEqual(grounds('CR101', `request MLA-2 mutual-assistance { measure: ${m} }`), ['dual-criminality', 'essential-interests', 'persecution', 'political-offence'], m);
      }
    });

    for (const measure of ['real-time-traffic', 'interception']) {
      it(`with ${measure}: the four and human-rights`, () => {
        expectRule('CR101', `
request MLA-3 mutual-assistance {           #! CR101
  measure: ${measure}
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
    persecution: not-engaged "No"
  }
}
`);
        assert.deepEqual(grounds('CR101', `request MLA-4 mutual-assistance { measure: ${measure} }`),
          ['dual-criminality', 'essential-interests', 'human-rights', 'persecution', 'political-offence']);
      });
    }

    it('an unknown measure: human-rights cannot be decided and is not reported; the four still are', () => {
      const text = `
request MLA-5 mutual-assistance {           #! CR101 CR101 CR101 CR101
  measure: intercepton
}
`;
      expectRule('CR101', text);
      assert.deepEqual(grounds('CR101', text), ['dual-criminality', 'essential-interests', 'persecution', 'political-offence']);
    });

    it('fiscal-offence and nationality are not required of a mutual-assistance request', () => {
      expectRule('CR101', `
request MLA-6 mutual-assistance {
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
    persecution: not-engaged "No"
  }
}
`);
    });
  });

  describe('preservation: political-offence, essential-interests; dual-criminality in the 29(4) case', () => {
    it('political-offence and essential-interests are always required', () => {
      assert.deepEqual(grounds('CR101', 'request PRES-1 preservation { to: ES }'), ['essential-interests', 'political-offence']);
      assert.deepEqual(grounds('CR101', 'request PRES-2 preservation { }'), ['essential-interests', 'political-offence']);
    });

    const pres = (name: string, to: string, offences: string, marker = '') => `
request ${name} preservation {${marker ? `               #! ${marker}` : ''}
  to: ${to}
  offences: [${offences}]${PRESERVATION_GROUNDS}
}
`;

    it('requested party with the 29(4) reservation and an offence without category: dual-criminality required', () => {
      const text = `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-3', 'AT', 'no-category', 'CR101')}`;
      expectRule('CR101', text);
      assert.deepEqual(grounds('CR101', text), ['dual-criminality']);
      assert.match(findingsOf('CR101', text).findings[0]!.finding.message, /\(CETS 185 Art\. 29\(4\)\)/);
    });

    it('an offence whose category is outside Arts 2–11 (art 12, art 1, another instrument) is outside', () => {
      expectRule('CR101', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-4', 'AT', 'art-12', 'CR101')}
${pres('PRES-5', 'AT', 'art-1', 'CR101')}
${pres('PRES-6', 'AT', 'other-treaty', 'CR101')}
${pres('PRES-7', 'AT', 'inside, no-category', 'CR101')}`);
    });

    it('every offence inside Arts 2–11 (budapest art 9(1) counts as Art. 9): not required', () => {
      expectRule('CR101', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-8', 'AT', 'inside')}
${pres('PRES-9', 'AT', 'inside-9-1')}
${pres('PRES-10', 'AT', 'inside, inside-9-1')}`);
    });

    it('without the reservation, dual-criminality is not required, whatever the offences', () => {
      expectRule('CR101', `${OFFENCES}
party ES { name: "Spain"  reservations: [budapest art 14(3)(a)] }
party PT { reservations: [budapest art 29] }
${pres('PRES-11', 'ES', 'no-category')}
${pres('PRES-12', 'PT', 'no-category')}
${pres('PRES-13', 'IT', 'no-category')}`);
    });

    it('the reservation among others in the list counts', () => {
      expectRule('CR101', `${OFFENCES}
party AT { reservations: [budapest art 14(3)(a), budapest art 29(4), budapest art 22(2)] }
${pres('PRES-14', 'AT', 'no-category', 'CR101')}`);
    });

    it('`to: provider … in XX` gives the requested party; a provider without `in` gives none', () => {
      expectRule('CR101', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-15', 'provider "Alpen Hosting GmbH" in AT', 'no-category', 'CR101')}
${pres('PRES-16', 'provider "Alpen Hosting GmbH"', 'no-category')}`);
    });

    it('when the 29(4) case cannot be decided, dual-criminality is not reported', () => {
      expectRule('CR101', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
party DE { reservations: [budapest art 29(9)] }
offence bad-category { conduct: "Fraud"  category: budapest art 2(1) }
${pres('PRES-17', 'AT', 'no-such-offence')}
${pres('PRES-18', 'AT', 'doe')}
${pres('PRES-19', 'AT', 'bad-category')}
${pres('PRES-20', 'at', 'no-category')}
${pres('PRES-21', 'DE', 'no-category')}
${pres('PRES-22', 'provider "Alpen Hosting GmbH" in at', 'no-category')}`);
    });

    it('…but an offence that is outside decides it, whatever the others', () => {
      expectRule('CR101', `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-23', 'AT', 'no-such-offence, no-category', 'CR101')}`);
    });

    it('cross-file: the reservation, the offence and the request in three files', () => {
      const files = {
        'parties.coop': 'party AT {\n  reservations: [budapest art 29(4)]\n}\n',
        'offences.coop': 'offence smuggling { conduct: "Cigarette smuggling" }\n',
        'requests.coop': pres('PRES-24', 'AT', 'smuggling', 'CR101'),
      };
      const { ws } = expectRule('CR101', files);
      // Withdrawing the reservation withdraws the finding.
      ws.set('file:///ws/parties.coop', 'party AT {\n  reservations: []\n}\n');
      assert.equal(ws.findings('file:///ws/requests.coop').filter((f) => f.rule === 'CR101').length, 0);
    });
  });

  describe('traffic-disclosure: political-offence and essential-interests only', () => {
    it('the two grounds', () => {
      assert.deepEqual(grounds('CR101', 'request TD-1 traffic-disclosure { }'), ['essential-interests', 'political-offence']);
      expectRule('CR101', `
request TD-2 traffic-disclosure {
  grounds {
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
  }
}
`);
    });
  });

  describe('no grounds are required of the other kinds', () => {
    for (const kind of ['emergency-disclosure', 'subscriber-order', 'direct-access']) {
      it(kind, () => {
        expectRule('CR101', `request R-1 ${kind} {\n  to: US\n}\n`);
      });
    }
    it('nor of a request whose kind is unknown (CR004 reports it)', () => {
      expectRule('CR101', 'request R-2 extraditon {\n  to: US\n}\n');
    });
  });

  describe('fix: insert the ground as unassessed, with the article\'s words as its reason', () => {
    it('into an existing grounds block: the finding is gone, CR107 takes over, the text parses', () => {
      const files = { 'main.coop': `
request EXT-5 extradition {
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
  }
}
` };
      const f = findingsOf('CR101', files).findings[0]!;
      const fix = firstSafeFix(f);
      assert.equal(fix.title, 'Add "nationality: unassessed" to grounds');
      const after = applyAndRelint(files, fix);
      assert.equal(count(after.all, 'CR101'), 0);
      assert.equal(count(after.all, 'CR107'), 1);
      assert.match(after.files['main.coop']!,
        /\n {4}persecution: not-engaged "No protected characteristic"\n {4}nationality: unassessed "ETS 24 Art\. 6\(1\)\(a\): A Contracting Party shall have the right to refuse extradition of its nationals\."\n {2}\}\n/);
    });

    it('creating the grounds block when there is none; every fix in turn leaves no CR101', () => {
      let files: Record<string, string> = { 'main.coop': 'request MLA-7 mutual-assistance {\n  measure: interception\n}\n' };
      for (let i = 0; i < 5; i++) {
        const f = findingsOf('CR101', files).findings[0]!;
        files = applyAndRelint(files, firstSafeFix(f)).files;
      }
      assert.equal(count(findingsOf('CR101', files).all, 'CR101'), 0);
      const text = files['main.coop']!;
      assert.match(text, /\n {2}grounds \{\n/);
      assert.match(text, /human-rights: unassessed "CETS 185 Art\. 15\(1\): Each Party shall ensure/);
      assert.equal((text.match(/grounds \{/g) ?? []).length, 1, 'one grounds block');
    });

    it('into a one-line grounds block', () => {
      const files = { 'main.coop': 'request TD-3 traffic-disclosure {\n  grounds { political-offence: not-engaged "No" }\n}\n' };
      const f = findingsOf('CR101', files).findings[0]!;
      const after = applyAndRelint(files, firstSafeFix(f));
      assert.equal(count(after.all, 'CR101'), 0);
      assert.match(after.files['main.coop']!, /essential-interests: unassessed "CETS 185 Art\. 30\(2\)\(b\): /);
    });
  });

  it('a complete extradition request that leaves one ground out has exactly that finding', () => {
    expectExactly(`
case CASE-1 { title: "Hospital ransomware" }
party FR { name: "France"  instruments: [budapest, ets24, ets30] }
party US { name: "United States"  instruments: [budapest] }
offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}
person ivanov { name: "Pavel Example"  nationality: RU }
request EXT-2026-001 extradition {          #! CR101
  case: CASE-1
  from: FR
  to: US
  basis: budapest art 24
  authority: "Ministère de la Justice"
  person: ivanov
  offences: [ransomware]
  facts: "Encrypted the hospital's systems in January 2026"
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    persecution: not-engaged "No protected characteristic"
  }
}
`);
  });
});
