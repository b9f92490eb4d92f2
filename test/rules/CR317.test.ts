// CR317 basis-of-another-kind: a `basis` article that belongs to another kind of request — Budapest
// Art. 24 (extradition, provisional-arrest), Arts 25–28 (mutual-assistance, emergency-disclosure),
// 31, 33, 34 (mutual-assistance), 29 (preservation), 30 (traffic-disclosure), 32 (direct-access);
// Second Protocol Art. 7 (subscriber-order), Arts 9–10 (emergency-disclosure); any ETS 24 article
// (extradition, provisional-arrest); any ETS 30 article (mutual-assistance, emergency-disclosure).
// Articles outside this list are not checked. At the basis value; one finding per such value. The
// message names the article the basis gives (what is wrong), whatever binds the parties.

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR317';

/** A request of `kind` whose basis line is `basis`, marked when `fires`. */
const request = (kind: string, basis: string, fires = false): string =>
  `request R-1 ${kind} {\n  from: DE\n  to: AT\n  basis: ${basis}${fires ? '   #! CR317' : ''}\n}\n`;

/** Each article of the list, the kinds it belongs to, and a kind it does not. */
const TABLE: [string, string[], string[]][] = [
  ['budapest art 24', ['extradition', 'provisional-arrest'], ['mutual-assistance', 'preservation']],
  ['budapest art 24(7)', ['provisional-arrest', 'extradition'], ['direct-access']],
  ['budapest art 25', ['mutual-assistance', 'emergency-disclosure'], ['extradition', 'preservation']],
  ['budapest art 26', ['mutual-assistance', 'emergency-disclosure'], ['subscriber-order']],
  ['budapest art 27(4)', ['mutual-assistance', 'emergency-disclosure'], ['traffic-disclosure']],
  ['budapest art 28', ['mutual-assistance', 'emergency-disclosure'], ['provisional-arrest']],
  ['budapest art 31', ['mutual-assistance'], ['emergency-disclosure', 'preservation']],
  ['budapest art 33', ['mutual-assistance'], ['traffic-disclosure']],
  ['budapest art 34', ['mutual-assistance'], ['emergency-disclosure']],
  ['budapest art 29(2)', ['preservation'], ['extradition', 'mutual-assistance', 'traffic-disclosure']],
  ['budapest art 30', ['traffic-disclosure'], ['preservation']],
  ['budapest art 32(b)', ['direct-access'], ['mutual-assistance']],
  ['budapest-2ap art 7', ['subscriber-order'], ['emergency-disclosure', 'mutual-assistance']],
  ['budapest-2ap art 9', ['emergency-disclosure'], ['subscriber-order']],
  ['budapest-2ap art 10', ['emergency-disclosure'], ['mutual-assistance']],
  ['ets24 art 16', ['provisional-arrest', 'extradition'], ['mutual-assistance']],
  ['ets24 art 1', ['extradition'], ['preservation']],
  ['ets30 art 14', ['mutual-assistance', 'emergency-disclosure'], ['extradition', 'provisional-arrest']],
];

describe('CR317 basis-of-another-kind', () => {
  it('a complete workspace whose extradition rests on Budapest Art. 29(2) has exactly that finding, at the basis value', () => {
    const l = expectExactly(`party PL { name: "Poland"  instruments: [budapest] }
party DE { name: "Germany"  instruments: [budapest] }
offence intrusion {
  conduct: "Entering the customs network with stolen credentials"
  category: budapest art 2
  law PL { cite: "Criminal Code, unauthorised access"  max-penalty: 3 years }
  law DE { cite: "Criminal Code, data espionage"  max-penalty: 3 years }
}
person nowak { name: "Piotr Example"  nationality: UA }
request EXT-1 extradition {
  from: PL
  to: DE
  basis: [budapest art 24, budapest art 29(2)]   #! CR317
  authority: "Prokuratura Krajowa"
  person: nowak
  offences: [intrusion]
  facts: "The network was entered in March 2026"
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Unauthorised access is criminal in both States"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic involved"
    nationality: not-engaged "Ukrainian national"
    human-rights: not-engaged "No known risk in Polish prisons"
  }
}
`);
    const [f] = l.findings;
    assert.equal(where(l, f!), '13:28 budapest art 29(2)');
    assert.equal(f!.finding.message, 'The basis of extradition request EXT-1 is CETS 185 Art. 29, an article for preservation requests.');
    assert.equal(f!.finding.severity, 'warning');
    assert.deepEqual(f!.finding.fixes, []);
  });

  for (const [article, own, others] of TABLE) {
    describe(article, () => {
      for (const kind of own) {
        it(`belongs to ${kind}: silent`, () => {
          expectRule(RULE, request(kind, article));
        });
      }
      for (const kind of others) {
        it(`on ${kind}: fires at the value, naming the kinds it belongs to`, () => {
          const l = expectRule(RULE, request(kind, article, true));
          assert.equal(where(l, l.findings[0]!), `4:10 ${article}`);
          for (const k of own.map((o) => `${o} requests`))
            assert.ok(l.findings[0]!.finding.message.includes(k), `${k} in ${l.findings[0]!.finding.message}`);
          assert.match(l.findings[0]!.finding.message, new RegExp(`^The basis of ${kind} request R-1 is `));
        });
      }
    });
  }

  it('names every kind an article belongs to', () => {
    const [f] = expectRule(RULE, request('mutual-assistance', 'ets24 art 12', true)).findings;
    assert.equal(
      f!.finding.message,
      'The basis of mutual-assistance request R-1 is ETS 24 Art. 12, an article for extradition requests or provisional-arrest requests.',
    );
  });

  describe('not checked', () => {
    it("articles outside the list: Budapest 1, 23, 35, the Second Protocol's others, the UN Convention, the protocols to ETS 24, a treaty", () => {
      for (const basis of [
        'budapest art 23',
        'budapest art 35',
        'budapest art 1',
        'budapest-2ap art 14',
        'uncc art 40',
        'uncc art 37',
        'ets98 art 3',
        'ets86 art 2',
        'treaty "Bilateral Treaty on Mutual Legal Assistance" art 5',
      ]) {
        for (const kind of ['extradition', 'mutual-assistance', 'preservation']) expectRule(RULE, request(kind, basis));
      }
    });

    it("a bare instrument is not an article: `basis: ets24` on a mutual-assistance request is not CR317's", () => {
      for (const basis of ['ets24', 'ets30', 'budapest-2ap', 'budapest', 'uncc', 'reciprocity']) {
        for (const kind of ['extradition', 'mutual-assistance', 'preservation', 'subscriber-order']) expectRule(RULE, request(kind, basis));
      }
    });

    it('an article the instrument does not have (CR005), a basis that cannot be read, a request of unknown kind', () => {
      for (const text of [
        request('mutual-assistance', 'ets24 art 99'),
        request('mutual-assistance', '[budapest art 29, ets42]'),
        request('extraditon', 'budapest art 29'),
      ]) {
        expectRule(RULE, text);
        assert.ok(
          lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' || f.rule === 'CR005'),
          text,
        );
      }
      expectRule(RULE, 'request R-1 {\n  basis: budapest art 29\n}\n');
    });
  });

  it('a list: one finding per value of another kind, each at its value', () => {
    const l = expectRule(
      RULE,
      request(
        'mutual-assistance',
        '[budapest art 27, budapest art 29, ets30 art 14, budapest-2ap art 7, treaty "Bilateral Treaty on Mutual Legal Assistance"]',
        true,
      ).replace('#! CR317', '#! CR317 CR317'),
    );
    assert.deepEqual(
      l.findings.map((f) => where(l, f)),
      ['4:28 budapest art 29', '4:59 budapest-2ap art 7'],
    );
  });

  it('names the basis as written, whether or not the instrument binds the parties (CR305 reports that)', () => {
    const text = `party AT { name: "Austria"  instruments: [] }\n${request('mutual-assistance', 'budapest art 29', true)}`;
    const [f] = expectRule(RULE, text).findings;
    assert.match(f!.finding.message, /is CETS 185 Art\. 29, an article for preservation requests\.$/);
    expectRule('CR305', text.replace('   #! CR317', '   #! CR305'));
  });
});
