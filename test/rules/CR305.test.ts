// CR305 legal-basis: a request without `basis` (at its name); or a `basis` naming budapest,
// budapest-2ap, ets24, ets30 or uncc (alone or in an article) when a party declaration of the
// requesting or requested party has an `instruments` list that omits it (at the basis value) — one
// finding per request. Also: coopspec.json "instruments" (Settings.instruments). Version 2: the
// basis may be a list (one finding per request, at the first such value); the protocols ets86,
// ets98, cets212 and ets99 are instruments too; `instruments: []` says a party is bound by none;
// `echr` and `iccpr` are never a basis; `treaty "…"` and `reciprocity` are not checked.

import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/language/settings';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR305';

const PARTIES = `party DE {
  name: "Germany"
  instruments: [budapest, ets24, ets30]
}

party BR {
  name: "Brazil"
  instruments: [budapest]
}
`;

/** A complete extradition workspace from DE to BR with the given basis line ('' for none). */
function extradition(basis: string, header = '', parties = PARTIES): string {
  return `${parties}
offence defacement {
  conduct: "Replacing the home page of a ministry website"
  category: budapest art 4
  law DE { cite: "Criminal Code, data alteration"  max-penalty: 2 years }
  law BR { cite: "Penal Code, invasion of a computer device"  max-penalty: 2 years }
}

person silva {
  name: "Ana Silva"
  nationality: PT
}

request EXT-1 extradition {${header}
  from: DE
  to: BR
${basis ? `  ${basis}\n` : ''}  authority: "Bundesamt für Justiz"
  person: silva
  offences: [defacement]
  facts: "The home page was replaced on 1 May 2026"
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in both States"
    political-offence: not-engaged "Vandalism for notoriety"
    persecution: not-engaged "No protected characteristic involved"
    nationality: not-engaged "Portuguese national"
    human-rights: not-engaged "No known risk in DE prisons"
  }
}
`;
}

const settings = (instruments: Settings['instruments']): Settings => ({ ...DEFAULT_SETTINGS, instruments });

describe('CR305 legal-basis', () => {
  it('a complete workspace whose request states no basis has exactly that finding, at the name', () => {
    const l = expectExactly(extradition('', '   #! CR305'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '23:9 EXT-1');
    assert.equal(
      f!.finding.message,
      'Request EXT-1 states no legal basis ("basis": an instrument, an article, treaty "Title" or reciprocity).',
    );
    assert.equal(f!.finding.severity, 'warning');
  });

  it('is silent on a basis both parties are bound by: an instrument, an article, or a treaty', () => {
    expectExactly(extradition('basis: budapest art 24'));
    expectExactly(extradition('basis: budapest'));
    expectRule(RULE, extradition('basis: treaty "Extradition Treaty between Germany and Brazil"'));
    expectRule(RULE, extradition('basis: treaty "Extradition Treaty between Germany and Brazil" art 5'));
  });

  it('a basis the requested party is not bound by: at the basis value, with its instruments as related', () => {
    const text = extradition('basis: ets24   #! CR305');
    const l = expectRule(RULE, text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '26:10 ets24');
    assert.equal(
      f!.finding.message,
      'The basis of request EXT-1 names ets24 (ETS 24), by which BR is not bound according to its party declaration: it does not apply between the parties.',
    );
    assert.deepEqual(
      f!.finding.related.map((r) => r.message),
      ['instruments of BR'],
    );
    assert.equal(text.slice(f!.finding.related[0]!.start, f!.finding.related[0]!.end), 'instruments: [budapest]');
  });

  it('an article of that instrument is the same basis: the finding covers the whole article', () => {
    const l = expectRule(RULE, extradition('basis: ets24 art 12   #! CR305'));
    assert.equal(where(l, l.findings[0]!), '26:10 ets24 art 12');
  });

  it('a basis the requesting party is not bound by', () => {
    const parties = 'party DE {\n  instruments: [budapest]\n}\n\nparty BR {\n  instruments: [budapest, ets24]\n}\n';
    const l = expectRule(RULE, extradition('basis: ets24   #! CR305', '', parties));
    assert.equal(
      l.findings[0]!.finding.message,
      'The basis of request EXT-1 names ets24 (ETS 24), by which DE is not bound according to its party declaration: it does not apply between the parties.',
    );
  });

  it("both parties not bound: one finding naming both, each party's instruments as related", () => {
    const l = expectRule(RULE, extradition('basis: uncc   #! CR305'));
    const [f] = l.findings;
    assert.equal(
      f!.finding.message,
      'The basis of request EXT-1 names uncc (UNCC), by which DE and BR are not bound according to their party declaration: it does not apply between the parties.',
    );
    assert.deepEqual(
      f!.finding.related.map((r) => r.message),
      ['instruments of DE', 'instruments of BR'],
    );
  });

  it('the requested party behind a provider is the party after its `in`', () => {
    const req = (to: string): string => `${PARTIES.replace('[budapest, ets24, ets30]', '[budapest, budapest-2ap]')}
request SUB-1 subscriber-order {
  from: DE
  to: ${to}
  basis: budapest-2ap art 7   #! CR305
}
`;
    const l = expectRule(RULE, req('provider "Nuvem Ltda" in BR'));
    assert.match(l.findings[0]!.finding.message, /\bBR\b/);
    // Without `in` there is no requested party: only DE is checked, and DE is bound.
    expectRule(RULE, req('provider "Nuvem Ltda"').replace('   #! CR305', ''));
  });

  it('is not checked against a party declaration without instruments', () => {
    const bare = 'party DE {\n  name: "Germany"\n}\n\nparty BR {\n  name: "Brazil"\n}\n';
    expectRule(RULE, extradition('basis: ets24', '', bare));
  });

  it('`instruments: []` says the party is bound by none of the instruments: every instrument is reported', () => {
    const none = 'party DE {\n  name: "Germany"\n}\n\nparty BR {\n  name: "Brazil"\n  instruments: []\n}\n';
    for (const basis of ['ets24', 'budapest art 24', 'uncc', 'ets98']) {
      const text = extradition(`basis: ${basis}   #! CR305`, '', none);
      const l = expectRule(RULE, text);
      const [f] = l.findings;
      assert.equal(where(l, f!), `25:10 ${basis}`);
      assert.match(f!.finding.message, /\bBR\b/);
      assert.doesNotMatch(f!.finding.message, /\bDE\b/);
      assert.equal(text.slice(f!.finding.related[0]!.start, f!.finding.related[0]!.end), 'instruments: []');
    }
    // The requesting party too.
    const l = expectRule(RULE, extradition('basis: budapest   #! CR305', '', 'party DE {\n  instruments: []\n}\n'));
    assert.match(l.findings[0]!.finding.message, /\bDE\b/);
    // A treaty and reciprocity are not checked: CoopSpec cannot know a bilateral treaty's parties.
    expectRule(RULE, extradition('basis: treaty "Bilateral Extradition Treaty of 2009"', '', none));
    expectRule(RULE, extradition('basis: reciprocity', '', none));
    expectRule(RULE, extradition('basis: [reciprocity, treaty "Bilateral Extradition Treaty of 2009"]', '', none));
  });

  it('is not checked when no party declaration exists', () => {
    expectRule(RULE, extradition('basis: ets24', '', ''));
  });

  it('a basis that is itself CR005 or CR004 is not checked (present but unusable)', () => {
    for (const basis of ['basis: ets24 art 99', 'basis: ets42', 'basis: "ETS 24"', 'basis: echr art 99']) {
      const text = extradition(basis);
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR005' || f.rule === 'CR004'),
        basis,
      );
    }
  });

  it('a list holding such a value cannot be read as a whole: silent, even on the other values', () => {
    // The model reads a basis list only when every value is usable; the finding on the value is enough.
    for (const basis of ['basis: [ets24 art 99, uncc]', 'basis: [budapest art 24, ets42]']) {
      const text = extradition(basis);
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR005' || f.rule === 'CR004'),
        basis,
      );
    }
    expectRule(RULE, extradition('basis: [ets24 art 12, uncc]   #! CR305'));
  });

  describe('a list of bases', () => {
    it('is silent when every instrument of the list applies', () => {
      expectRule(RULE, extradition('basis: [budapest art 24, treaty "Bilateral Extradition Treaty of 2009", reciprocity]'));
      expectRule(RULE, extradition('basis: [budapest, budapest art 24]'));
    });

    it('one finding per request, at the first value that does not apply', () => {
      const l = expectRule(RULE, extradition('basis: [budapest art 24, ets24, uncc]   #! CR305'));
      assert.equal(where(l, l.findings[0]!), '26:28 ets24');
      const both = expectRule(RULE, extradition('basis: [uncc, ets24 art 12]   #! CR305'));
      assert.equal(where(both, both.findings[0]!), '26:11 uncc');
    });
  });

  describe('the protocols are instruments a party lists', () => {
    it('a protocol the parties list applies; one that a party omits does not', () => {
      const parties = PARTIES.replace('[budapest, ets24, ets30]', '[budapest, ets24, ets86, ets98, ets30, ets99]').replace(
        'instruments: [budapest]\n',
        'instruments: [budapest, ets24, ets98, ets99]\n',
      );
      expectRule(RULE, extradition('basis: [ets24, ets98]', '', parties));
      expectRule(RULE, extradition('basis: ets98 art 3', '', parties));
      for (const [protocol, notBound] of [
        ['ets86 art 2', 'ets86 \\(ETS 86\\), by which BR is'],
        ['cets212', 'cets212 \\(CETS 212\\), by which DE and BR are'],
      ]) {
        const l = expectRule(RULE, extradition(`basis: [ets24, ${protocol}]   #! CR305`, '', parties));
        assert.match(l.findings[0]!.finding.message, new RegExp(`names ${notBound} not bound`));
        assert.equal(where(l, l.findings[0]!), `26:18 ${protocol}`);
      }
    });

    it('ets99, the protocol to ETS 30, likewise on a mutual-assistance request', () => {
      const parties = PARTIES.replace('instruments: [budapest]\n', 'instruments: [budapest, ets30]\n');
      expectRule(RULE, `${parties}\nrequest MLA-1 mutual-assistance {\n  from: DE\n  to: BR\n  basis: [ets30, ets99]   #! CR305\n}\n`);
    });
  });

  describe('echr and iccpr are cited, never a basis', () => {
    for (const basis of ['echr', 'iccpr', 'echr art 8', 'iccpr art 17']) {
      it(`basis: ${basis} is reported at the value, whatever the parties' instruments`, () => {
        const l = expectRule(RULE, extradition(`basis: ${basis}   #! CR305`, '', ''));
        assert.equal(where(l, l.findings[0]!), `17:10 ${basis}`);
        assert.match(l.findings[0]!.finding.message, /not an instrument of co-operation/);
        assert.match(l.findings[0]!.finding.message, basis.startsWith('echr') ? /\bECHR\b/ : /\bICCPR\b/);
      });
    }

    it('in a list, beside a proper basis: one finding, at the first such value', () => {
      const l = expectRule(RULE, extradition('basis: [budapest art 24, echr art 3, iccpr art 7]   #! CR305'));
      assert.equal(where(l, l.findings[0]!), '26:28 echr art 3');
    });
  });

  it('an empty basis list is an absent entry: at the name', () => {
    const l = expectRule(RULE, extradition('basis: []', '   #! CR305'));
    assert.equal(where(l, l.findings[0]!), '23:9 EXT-1');
    assert.match(l.findings[0]!.finding.message, /states no legal basis/);
  });

  it('party instruments that are present but unusable keep it silent', () => {
    const parties = PARTIES.replace('instruments: [budapest]\n', 'instruments: [budapest, ets2]\n');
    expectRule(RULE, extradition('basis: ets24', '', parties));
  });

  it('applies to every kind of request', () => {
    for (const kind of [
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {  #! CR305\n}\n`);
      expectRule(RULE, `${PARTIES}\nrequest R-1 ${kind} {\n  to: BR\n  basis: ets30   #! CR305\n}\n`);
    }
  });

  it('a misspelt key is not the key it resembles: the basis is absent', () => {
    expectRule(RULE, extradition('basi: budapest art 24', '   #! CR305'));
  });

  describe('coopspec.json "instruments"', () => {
    it('a basis outside the instruments in use is reported at the basis value', () => {
      const s = settings(['budapest', 'ets30']);
      const l = expectRule(RULE, extradition('basis: ets24 art 12   #! CR305', '', ''), s);
      assert.equal(where(l, l.findings[0]!), '17:10 ets24 art 12');
      assert.equal(
        l.findings[0]!.finding.message,
        'The basis of request EXT-1 names ets24, which is not among the instruments in use in this workspace (coopspec.json "instruments": budapest, ets30).',
      );
    });

    it('"instruments": [] puts every instrument out of use, and the message says none is', () => {
      const l = expectRule(RULE, extradition('basis: budapest art 24   #! CR305', '', ''), settings([]));
      assert.equal(
        l.findings[0]!.finding.message,
        'The basis of request EXT-1 names budapest, which is not among the instruments in use in this workspace (coopspec.json "instruments": none).',
      );
    });

    it('a basis among them, a treaty, or no setting at all: silent', () => {
      expectRule(RULE, extradition('basis: ets24 art 12', '', ''), settings(['ets24']));
      expectRule(RULE, extradition('basis: treaty "Bilateral treaty"', '', ''), settings(['budapest']));
      expectRule(RULE, extradition('basis: ets24 art 12', '', ''), DEFAULT_SETTINGS);
    });

    it('still one finding per request when the parties are not bound either', () => {
      expectRule(RULE, extradition('basis: uncc   #! CR305'), settings(['budapest']));
    });
  });
});
