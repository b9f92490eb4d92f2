// CR310 provisional-arrest-contents: a provisional-arrest request lacking one of ETS 24 Art. 16(2):
// `documents` naming `warrant` or `conviction` (that one of the documents of Art. 12(2)(a)
// exists), `offences`, and for each offence `committed` and `committed-in` (when and where), and
// `person` — one finding naming every missing element, at the request's name. The safe fix
// inserts placeholders (CR007 reports them) into the request and into the offences; which document
// exists is a fact, so a `documents` list without one is left to the drafter. The finding cites
// ETS 24 Art. 16(2) where ETS 24 governs, otherwise the applicable treaty or the requested
// party's law.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR310';

const OFFENCE = `offence card-fraud {
  conduct: "Using stolen card numbers in online shops"
  category: budapest art 8
  committed: 2026-02-01
  committed-in: [PL]
  law PL { cite: "Criminal Code, computer fraud"  max-penalty: 8 years }
  law DE { cite: "Criminal Code, computer fraud"  max-penalty: 5 years }
}
`;

const ENTRIES = `  person: zielinski
  offences: [card-fraud]
  facts: "Cards of 300 customers were used in February 2026"
  documents: [warrant]`;

const without = (...keys: string[]): string =>
  ENTRIES.split('\n')
    .filter((l) => !keys.some((k) => l.startsWith(`  ${k}:`)))
    .join('\n');

/** A complete workspace: PL asks DE to arrest a person provisionally; `entries` replaces its entries. */
function arrest(entries: string, marker = '', opts: { basis?: string; de?: string; offence?: string } = {}): string {
  return `party PL { name: "Poland"  instruments: [budapest, ets24, ets30, uncc] }
party DE { name: "Germany"  ${opts.de ?? 'instruments: [budapest, ets24, ets30, uncc]'} }

${opts.offence ?? OFFENCE}
person zielinski { name: "Jan Example"  nationality: PL }

request PA-1 provisional-arrest {${marker}
  from: PL
  to: DE
${opts.basis === '' ? '' : `  basis: ${opts.basis ?? 'ets24 art 16'}\n`}  authority: "Prokuratura Krajowa"
  date: 2026-03-02
${entries}
}
`;
}

/** What a finding says is missing, as the message lists it. */
const lacks = (message: string): string =>
  /lacks (.*) \((ETS 24 Art\. 16\(2\)|the contents of a request for provisional arrest under .*)\)\.$/.exec(message)![1]!;

describe('CR310 provisional-arrest-contents', () => {
  it("a complete workspace lacking the person has exactly that finding, at the request's name, citing ETS 24 Art. 16(2)", () => {
    const l = expectExactly(arrest(without('person'), '   #! CR310'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '15:9 PA-1');
    assert.equal(f!.finding.message, 'Provisional-arrest request PA-1 lacks "person" (the person sought) (ETS 24 Art. 16(2)).');
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the complete request, with a warrant or with a conviction', () => {
    expectExactly(arrest(ENTRIES));
    expectRule(RULE, arrest(ENTRIES.replace('[warrant]', '[conviction, statement-of-offences]')));
    expectRule(RULE, arrest(ENTRIES.replace('[warrant]', 'warrant')));
  });

  it('one finding naming every missing element', () => {
    const [f] = expectRule(RULE, arrest('  facts: "Cards were used"', '   #! CR310')).findings;
    assert.equal(
      lacks(f!.finding.message),
      '"documents" naming a warrant or a conviction (that a warrant of arrest or an enforceable conviction exists), "offences" and "person" (the person sought)',
    );
  });

  describe('documents: one of the documents of Art. 12(2)(a) must exist', () => {
    it('a list without a warrant or a conviction lacks it', () => {
      const [f] = expectRule(RULE, arrest(ENTRIES.replace('[warrant]', '[statement-of-offences, text-of-law]'), '   #! CR310')).findings;
      assert.match(lacks(f!.finding.message), /^"documents" naming a warrant or a conviction/);
    });

    it('an empty list is an absent entry', () => {
      const [f] = expectRule(RULE, arrest(ENTRIES.replace('[warrant]', '[]'), '   #! CR310')).findings;
      assert.match(lacks(f!.finding.message), /^"documents" naming a warrant or a conviction/);
    });

    it('a list that is present but unusable, or a placeholder, keeps that element silent (CR004, CR007)', () => {
      for (const [documents, rule] of [
        ['[warant]', 'CR004'],
        ['"…"', 'CR007'],
        ['[warrant, "…"]', 'CR007'],
      ] as const) {
        const text = arrest(ENTRIES.replace('[warrant]', documents));
        expectRule(RULE, text);
        assert.ok(
          lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === rule),
          documents,
        );
      }
    });

    it('a misspelt key is not the key it resembles', () => {
      const [f] = expectRule(RULE, arrest(ENTRIES.replace('documents:', 'document:'), '   #! CR310')).findings;
      assert.match(lacks(f!.finding.message), /^"documents"/);
    });
  });

  describe('offences, and when and where each was committed', () => {
    it('absent, or an empty list: "offences" is missing', () => {
      for (const entries of [without('offences'), ENTRIES.replace('[card-fraud]', '[]')]) {
        const [f] = expectRule(RULE, arrest(entries, '   #! CR310')).findings;
        assert.equal(lacks(f!.finding.message), '"offences"');
      }
    });

    it('each offence lacking committed or committed-in is named, with what it lacks', () => {
      const offences = `offence card-fraud {
  conduct: "Using stolen card numbers in online shops"
  committed: 2026-02-01
}

offence phishing {
  conduct: "Harvesting the card numbers"
}

offence skimming {
  conduct: "Copying cards at cash machines"
  committed-in: [PL, DE]
}
`;
      const [f] = expectRule(
        RULE,
        arrest(ENTRIES.replace('[card-fraud]', '[card-fraud, phishing, skimming, card-fraud]'), '   #! CR310', { offence: offences }),
      ).findings;
      assert.equal(
        lacks(f!.finding.message),
        '"committed-in" of offence card-fraud (when and where it was committed), "committed" and "committed-in" of offence phishing (when and where it was committed) and "committed" of offence skimming (when and where it was committed)',
      );
    });

    it('a date or place that is present but unusable counts as present', () => {
      const offence = OFFENCE.replace('committed: 2026-02-01', 'committed: 2026-02-30').replace('committed-in: [PL]', 'committed-in: [pl]');
      const text = arrest(ENTRIES, '', { offence });
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    });

    it('an offence that does not resolve (CR002) or is of the wrong sort (CR006) is not checked', () => {
      const text = arrest(ENTRIES.replace('[card-fraud]', '[card-fraud, card-frud, zielinski]'));
      expectRule(RULE, text);
      const rules = lintTexts({ 'main.coop': text }).findings.map((f) => f.rule);
      assert.ok(rules.includes('CR002') && rules.includes('CR006'), rules.join(' '));
    });
  });

  describe('person', () => {
    it('absent, or an empty list, or misspelt: missing', () => {
      for (const entries of [without('person'), ENTRIES.replace('person: zielinski', 'person: []'), ENTRIES.replace('person:', 'persn:')]) {
        const [f] = expectRule(RULE, arrest(entries, '   #! CR310')).findings;
        assert.equal(lacks(f!.finding.message), '"person" (the person sought)');
      }
    });

    it('present but unusable or unresolved: present (the finding on the value is enough)', () => {
      for (const person of ['"Jan Example"', 'zielinsky']) {
        const text = arrest(ENTRIES.replace('person: zielinski', `person: ${person}`));
        expectRule(RULE, text);
        assert.ok(
          lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' || f.rule === 'CR002'),
          person,
        );
      }
    });
  });

  it('is silent on every other kind of request, whatever it lacks', () => {
    for (const kind of [
      'extradition',
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
      'provisional-arest',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n  offences: [phishing]\n}\noffence phishing { conduct: "Harvesting" }\n`);
    }
  });

  describe('fix: insert placeholders, in the request and in its offences', () => {
    it('inserts every absent element as a placeholder with what it is; the finding is gone and CR007 reports each', () => {
      const offence = 'offence card-fraud {\n  conduct: "Using stolen card numbers in online shops"\n}\n';
      const text = arrest('  offences: [card-fraud]', '', { offence });
      const [f] = findingsOf(RULE, text).findings;
      const fix = safeFix(f!)!;
      assert.equal(fix.title, 'Add the missing contents to complete');
      const fixed = applyFixes({ 'main.coop': text }, [fix])['main.coop']!;
      assert.match(fixed, /\n {2}committed: "…" {2}# when \(YYYY-MM-DD\)\n {2}committed-in: "…" {2}# where \(party codes\)\n\}/);
      assert.match(fixed, /\n {2}documents: "…" {2}# warrant or conviction\n {2}person: "…" {2}# the person sought\n\}/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 4);
    });

    it('never names a document: a list without a warrant or conviction gets no fix of its own', () => {
      const text = arrest(ENTRIES.replace('[warrant]', '[statement-of-offences]'));
      const [f] = findingsOf(RULE, text).findings;
      assert.deepEqual(f!.finding.fixes, []);
      const both = arrest(without('person').replace('[warrant]', '[statement-of-offences]'));
      const fixed = applyFixes({ 'main.coop': both }, [safeFix(findingsOf(RULE, both).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}person: "…"/);
      assert.doesNotMatch(fixed, /warrant|conviction/);
      assert.equal(
        lacks(findingsOf(RULE, fixed).findings[0]!.finding.message),
        '"documents" naming a warrant or a conviction (that a warrant of arrest or an enforceable conviction exists)',
      );
    });

    it('entries written as empty lists are filled, not given a second entry that would not count', () => {
      const text = arrest(ENTRIES.replace('[card-fraud]', '[]').replace('[warrant]', '[]').replace('person: zielinski', 'person: []'));
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      for (const key of ['offences', 'documents', 'person']) assert.equal(fixed.match(new RegExp(`\\n {2}${key}:`, 'g'))!.length, 1, key);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(fixAll({ 'main.coop': text }, { rules: [RULE] }).passes, 1);
    });

    it('an offence declared in another file is completed there', () => {
      const files = {
        'offence.coop': 'offence card-fraud {\n  conduct: "Using stolen card numbers in online shops"\n  committed: 2026-02-01\n}\n',
        'arrest.coop': arrest(ENTRIES, '   #! CR310', { offence: '' }),
      };
      const [f] = expectRule(RULE, files).findings;
      assert.equal(f!.file, 'arrest.coop');
      const fixed = applyFixes(files, [safeFix(f!)!]);
      assert.equal(fixed['arrest.coop'], files['arrest.coop']);
      assert.match(fixed['offence.coop']!, /\n {2}committed-in: "…" {2}# where \(party codes\)\n\}/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style', () => {
      const offence = 'offence card-fraud {\n  conduct: "Using stolen card numbers in online shops"\n}\n';
      expectFixedInEveryStyle(RULE, arrest('  offences: [card-fraud]', '', { offence }));
      // One-line declarations in a document indented elsewhere.
      expectFixedInEveryStyle(
        RULE,
        'party PL {\n  name: "Poland"\n}\n\noffence card-fraud { conduct: "Card numbers" }\n\nrequest PA-9 provisional-arrest { offences: [card-fraud] }\n',
      );
    });
  });

  describe('the governing instrument: the rule applies whatever it is, and cites ETS 24 Art. 16(2) only where ETS 24 governs', () => {
    const ETS24 = /\(ETS 24 Art\. 16\(2\)\)\.$/;
    const LAW = /\(the contents of a request for provisional arrest, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['ETS 24 Art. 16', 'ets24 art 16', undefined, ETS24],
      ['ETS 24 with Budapest Art. 24', '[budapest art 24, ets24]', undefined, ETS24],
      ['Budapest Art. 24 (its Art. 24(7) leaves the contents to the parties)', 'budapest art 24', undefined, LAW],
      ['the UN Convention', 'uncc', undefined, LAW],
      ['ETS 24, which DE is not bound by', 'ets24 art 16', 'instruments: [budapest, ets30]', LAW],
      ['ETS 24, with DE bound by no instrument (instruments: [])', 'ets24', 'instruments: []', LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, de, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === ETS24 ? 'ETS 24 Art. 16(2)' : 'the law of the requested party'}`, () => {
        const l = expectRule(RULE, arrest(without('person'), '   #! CR310', { basis, de }));
        assert.equal(where(l, l.findings[0]!), '15:9 PA-1');
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /ETS 24|CETS 185|UNCC/);
      });
    }

    it('a treaty: fires, citing the applicable treaty and no convention', () => {
      // The treaty is named by its title (rules.md: "the applicable treaty (TITLE)"); no other string is quoted.
      const { findings } = expectRule(
        RULE,
        arrest(without('person'), '   #! CR310', { basis: 'treaty "Bilateral Extradition Treaty of 2009"' }),
      );
      assert.match(
        findings[0]!.finding.message,
        /\(the contents of a request for provisional arrest, where the applicable treaty \(.*\) provides for it\)\.$/,
      );
      assert.doesNotMatch(findings[0]!.finding.message, /ETS 24|CETS 185|UNCC/);
    });

    it('complete, it is silent under every instrument', () => {
      for (const basis of ['ets24', 'budapest art 24', 'uncc', 'reciprocity', '']) expectRule(RULE, arrest(ENTRIES, '', { basis }));
    });
  });
});
