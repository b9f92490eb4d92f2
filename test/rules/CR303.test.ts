// CR303 extradition-documents-missing: an extradition request whose `documents` do not cover the
// warrant, the statement of offences, the text of the law and the description of the person (ETS 24
// Art. 12(2)); one finding at the request's name naming what is missing. Version 2: only where ETS
// 24 governs; with `for: sentence` the document of Art. 12(2)(a) is `conviction` (the enforceable
// conviction and sentence), not the warrant; listing documents says they are enclosed, so the fix
// is a quick fix (`safe: false`), never applied by fix-all.

import assert from 'node:assert/strict';
import { applyFixes, assertStyle, fixAll, styleVariants } from '../support/apply';
import { lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, suggestionTitles, where } from '../support/ruletest';

/** The quick fix that adds the missing documents (offered in the editor only). */
function quickFix(f: LineFinding) {
  assert.equal(f.finding.fixes.length, 1);
  const [fix] = f.finding.fixes;
  assert.equal(fix!.safe, false, 'listing a document says it is enclosed: never a safe fix');
  assert.deepEqual(suggestionTitles(f), [fix!.title]);
  return fix!;
}

const RULE = 'CR303';

const ALL_DOCUMENTS = 'documents: [warrant, statement-of-offences, text-of-law, description-of-person]';

/** A complete extradition workspace; `documents` replaces its documents line ('' leaves it out). */
function extradition(documents: string, header = ''): string {
  return `party FR {
  name: "France"
  instruments: [budapest, ets24, ets30]
}

party CH {
  name: "Switzerland"
  instruments: [budapest, ets24, ets30]
}

offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law CH { cite: "Criminal Code, data damage"  max-penalty: 5 years }
}

person ivanov {
  name: "Pavel Ivanov"
  nationality: RU
}

request EXT-1 extradition {${header}
  from: FR
  to: CH
  basis: ets24
  authority: "Ministère de la Justice"
  person: ivanov
  offences: [ransomware]
  facts: "Between 3 and 9 January 2026 the person encrypted the systems of a hospital"
${documents ? `  ${documents}\n` : ''}  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in CH"
    political-offence: not-engaged "Financially motivated extortion"
    persecution: not-engaged "No protected characteristic involved"
    nationality: not-engaged "Russian national; the requested party is CH"
    human-rights: not-engaged "Ordinary prison conditions in FR"
  }
}
`;
}

const missingIn = (f: LineFinding): string[] => [...f.finding.message.matchAll(/"([a-z-]+)"/g)].map((m) => m[1]!).sort();

describe('CR303 extradition-documents-missing', () => {
  it('a complete workspace with one document listed has exactly one finding, at the name, naming the three missing', () => {
    const l = expectExactly(extradition('documents: [warrant]', '    #! CR303'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '23:9 EXT-1');
    assert.deepEqual(missingIn(f!), ['description-of-person', 'statement-of-offences', 'text-of-law']);
    assert.match(f!.finding.message, /EXT-1/);
    assert.match(
      f!.finding.message,
      /^Extradition request EXT-1 does not list "statement-of-offences", "text-of-law" and "description-of-person" among its documents \(ETS 24 Art\. 12\(2\)\)\.$/,
    );
    assert.equal(f!.finding.severity, 'warning');
  });

  it('is silent when all four documents are listed, in any order', () => {
    expectExactly(extradition(ALL_DOCUMENTS));
    expectRule(RULE, extradition('documents: [description-of-person, text-of-law, warrant, statement-of-offences, warrant]'));
  });

  it('without documents: one finding naming all four', () => {
    const [f] = expectRule(RULE, extradition('', '  #! CR303')).findings;
    assert.deepEqual(missingIn(f!), ['description-of-person', 'statement-of-offences', 'text-of-law', 'warrant']);
  });

  it('an empty list is an absent entry', () => {
    const [f] = expectRule(RULE, extradition('documents: []', '  #! CR303')).findings;
    assert.equal(missingIn(f!).length, 4);
  });

  it('a single document written without brackets counts', () => {
    const [f] = expectRule(RULE, extradition('documents: warrant', '  #! CR303')).findings;
    assert.equal(missingIn(f!).length, 3);
  });

  it('a list holding an unknown document is present but unusable: CR004 only', () => {
    const text = extradition('documents: [warrant, pasport]');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('a misspelt key is not the key it resembles: the documents are absent', () => {
    const text = extradition(ALL_DOCUMENTS.replace('documents', 'document'), '  #! CR303');
    expectRule(RULE, text);
  });

  it('is silent on every other kind of request', () => {
    for (const kind of [
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n  documents: [warrant]\n}\n`);
      expectRule(RULE, `request R-1 ${kind} {\n}\n`);
    }
  });

  describe('quick fix (offered in the editor, never applied in bulk): add the missing documents', () => {
    const fixOnce = (documents: string): string => {
      const text = extradition(documents);
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [quickFix(f!)])['main.coop']!;
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      return fixed;
    };

    it('appends to the list', () => {
      assert.match(
        fixOnce('documents: [warrant, text-of-law]'),
        /\n {2}documents: \[warrant, text-of-law, statement-of-offences, description-of-person\]\n/,
      );
    });

    it('fills an empty list', () => {
      assert.match(fixOnce('documents: []'), /\n {2}documents: \[warrant, statement-of-offences, text-of-law, description-of-person\]\n/);
    });

    it('turns a single word into the list', () => {
      assert.match(
        fixOnce('documents: text-of-law'),
        /\n {2}documents: \[text-of-law, warrant, statement-of-offences, description-of-person\]\n/,
      );
    });

    it('fix-all and --fix add no document', () => {
      const text = extradition('documents: [warrant]');
      const { files, applied } = fixAll({ 'main.coop': text }, { rules: [RULE] });
      assert.equal(applied, 0);
      assert.equal(files['main.coop'], text);
    });

    it('inserts the entry with the article as a comment, in every style', () => {
      for (const variant of styleVariants(extradition(''))) {
        const [f] = findingsOf(RULE, variant.text).findings;
        const fixed = applyFixes({ 'main.coop': variant.text }, [quickFix(f!)])['main.coop']!;
        assert.deepEqual(findingsOf(RULE, fixed).findings, [], variant.name);
        assert.deepEqual(
          lintTexts({ 'main.coop': fixed }).findings.filter((x) => ['CR001', 'CR004', 'CR005'].includes(x.rule)),
          [],
          variant.name,
        );
        assertStyle(variant.text, fixed, variant.unit, variant.eol);
        assert.match(
          fixed,
          /documents: \[warrant, statement-of-offences, text-of-law, description-of-person\] {2}# ETS 24 Art\. 12\(2\)(\r?\n)/,
          variant.name,
        );
      }
    });

    it('for a sentence, adds the conviction, not a warrant', () => {
      const text = extradition('documents: [statement-of-offences]').replace('  basis: ets24\n', '  basis: ets24\n  for: sentence\n');
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [quickFix(f!)])['main.coop']!;
      assert.match(fixed, /\n {2}documents: \[statement-of-offences, conviction, text-of-law, description-of-person\]\n/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });
  });

  describe('the document of Art. 12(2)(a): the warrant to prosecute, the conviction to enforce a sentence', () => {
    const forSentence = (documents: string, marker = ''): string =>
      extradition(documents, marker).replace('  basis: ets24\n', '  basis: ets24\n  for: sentence\n');

    it('for: sentence needs the conviction: a warrant does not stand for it', () => {
      const [f] = expectRule(
        RULE,
        forSentence('documents: [warrant, statement-of-offences, text-of-law, description-of-person]', '  #! CR303'),
      ).findings;
      assert.deepEqual(missingIn(f!), ['conviction']);
      expectRule(RULE, forSentence('documents: [conviction, statement-of-offences, text-of-law, description-of-person]'));
      const [all] = expectRule(RULE, forSentence('', '  #! CR303')).findings;
      assert.deepEqual(missingIn(all!), ['conviction', 'description-of-person', 'statement-of-offences', 'text-of-law']);
    });

    it('for: prosecution, or no `for`, needs the warrant: a conviction does not stand for it', () => {
      const text = extradition('documents: [conviction, statement-of-offences, text-of-law, description-of-person]', '  #! CR303');
      assert.deepEqual(missingIn(expectRule(RULE, text).findings[0]!), ['warrant']);
      const prosecution = text.replace('  basis: ets24\n', '  basis: ets24\n  for: prosecution\n');
      assert.deepEqual(missingIn(expectRule(RULE, prosecution).findings[0]!), ['warrant']);
    });

    it('a `for` that is present but unusable keeps it silent (CR004 on the value)', () => {
      const text = extradition('', '').replace('  basis: ets24\n', '  basis: ets24\n  for: enforcement\n');
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    });
  });

  describe('the governing instrument: only where ETS 24 governs', () => {
    const underBasis = (basis: string, ch = 'instruments: [budapest, ets24, ets30]', marker = ''): string =>
      extradition('documents: [warrant]', marker)
        .replace('party CH {\n  name: "Switzerland"\n  instruments: [budapest, ets24, ets30]', `party CH {\n  name: "Switzerland"\n  ${ch}`)
        .replace(
          'party FR {\n  name: "France"\n  instruments: [budapest, ets24, ets30]',
          'party FR {\n  name: "France"\n  instruments: [budapest, ets24, ets30, uncc]',
        )
        .replace('  basis: ets24\n', basis ? `  basis: ${basis}\n` : '');
    for (const [what, basis] of [
      ['ETS 24', 'ets24'],
      ['an article of ETS 24', 'ets24 art 12'],
      ['ETS 24 listed after Budapest Art. 24 (ETS 24 is preferred)', '[budapest art 24, ets24]'],
    ] as const) {
      it(`fires under ${what}, citing ETS 24 Art. 12(2)`, () => {
        const l = expectRule(RULE, underBasis(basis, undefined, '  #! CR303'));
        assert.equal(where(l, l.findings[0]!), '23:9 EXT-1');
        assert.match(l.findings[0]!.finding.message, /\(ETS 24 Art\. 12\(2\)\)\.$/);
      });
    }
    const silent: [string, string, string | undefined][] = [
      ['Budapest Art. 24', 'budapest art 24', undefined],
      ['the UN Convention', 'uncc', 'instruments: [uncc]'],
      ['reciprocity', 'reciprocity', undefined],
      ['no basis', '', undefined],
      ['ETS 24, which CH is not bound by', 'ets24', 'instruments: [budapest]'],
      ['ETS 24, with CH bound by no instrument (instruments: [])', 'ets24', 'instruments: []'],
      [
        'ETS 24 and Budapest Art. 24, where CH is not bound by ETS 24 (Budapest governs)',
        '[ets24, budapest art 24]',
        'instruments: [budapest]',
      ],
      ["ETS 24, when CH's instruments cannot be read (CR004)", 'ets24', 'instruments: [budapest, ets2]'],
    ];
    for (const [what, basis, ch] of silent) {
      it(`is silent under ${what}`, () => {
        expectRule(RULE, underBasis(basis, ch));
      });
    }

    it('is silent under a treaty', () => {
      // Nothing is reported, so no message can quote the treaty's title.
      expectRule(RULE, underBasis('treaty "Bilateral Extradition Treaty of 2009"'));
      expectRule(RULE, underBasis('[treaty "Bilateral Extradition Treaty of 2009", budapest art 24]'));
    });
  });
});
