// CR101 missing-refusal-ground: a ground of the tables "Refusal grounds" (rules.md) is absent from
// `grounds` — the grounds of the request's kind, and in an extradition those the facts raise
// (death penalty, ne bis in idem, pending proceedings, lapse of time, place of commission,
// judgment in absentia). One finding per absent ground, at the request's name, citing what the
// ground rests on under the governing instrument (fix: insert the ground as `unassessed`, with
// that citation as a comment).

import assert from 'node:assert/strict';
import type { Settings } from '../../server/src/language/settings';
import { keys, markers } from '../support/lint';
import {
  applyAndRelint,
  asFiles,
  assertQuotesNoString,
  count,
  expectExactly,
  expectRule,
  findingsOf,
  firstSafeFix,
  placeOf,
  type Files,
  type Linted,
} from '../support/ruletest';

const TITLE = 'Extradition Treaty between Poland and Switzerland';
const SUMMARY = '(summary, to be verified against the official text)';

/** The bases a request may have, by the instrument that then governs an extradition between PL and CH. */
const EXT_BASES: Record<string, string> = {
  ets24: 'basis: ets24',
  treaty: `basis: treaty "${TITLE}"`,
  uncc: 'basis: uncc',
  budapest: 'basis: budapest art 24',
  reciprocity: 'basis: reciprocity',
  'no basis': '',
};

/**
 * expectRule for a workspace whose basis names a treaty: rules.md has the finding cite "the
 * applicable treaty (TITLE)", which quotes the treaty's title; every other string stays unquoted.
 */
function expectRuleCitingTreaty(rule: string, input: string | Files, settings?: Settings): Linted {
  const l = findingsOf(rule, input, settings);
  assert.deepEqual(
    keys(l.findings),
    markers(l.files).filter((k) => k.endsWith(` ${rule}`)),
  );
  const untitled = Object.fromEntries(Object.entries(asFiles(input)).map(([n, t]) => [n, t.replace(/treaty "[^"]*"/g, 'treaty ""')]));
  assertQuotesNoString(untitled, l.findings);
  return l;
}

interface Missing {
  ground: string;
  citation: string;
  raised?: string;
}

function parse(message: string): Missing {
  const m = /refusal ground "([a-z-]+)" \((.*)\)(?: — raised because (.*))?\.$/.exec(message);
  assert.ok(m, `not a CR101 message: ${message}`);
  return { ground: m[1]!, citation: m[2]!, ...(m[3] ? { raised: m[3] } : {}) };
}

function missing(text: string | Files, settings?: Settings): Missing[] {
  return findingsOf('CR101', text, settings)
    .findings.map((f) => parse(f.finding.message))
    .sort((a, b) => a.ground.localeCompare(b.ground));
}

function grounds(text: string | Files): string[] {
  return missing(text).map((m) => m.ground);
}

/** ground → citation */
function citations(text: string | Files): Record<string, string> {
  return Object.fromEntries(missing(text).map((m) => [m.ground, m.citation]));
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

/** The five grounds every extradition request assesses, all assessed. */
const EXTRADITION_GROUNDS = `
    dual-criminality: not-engaged "Criminal in both States"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Not a national of the requested party"
    human-rights: not-engaged "Ordinary remand conditions"`;

describe('CR101 missing-refusal-ground', () => {
  describe('extradition: dual-criminality, political-offence, persecution, nationality, human-rights', () => {
    it("one finding per absent ground, at the request's name", () => {
      const { ws, findings } = expectRule(
        'CR101',
        `
request EXT-1 extradition {                 #! CR101 CR101 CR101
  from: PL
  to: CH
  basis: ets24
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    nationality: not-engaged "Not a national"
  }
}
`,
      );
      assert.deepEqual(findings.map((f) => parse(f.finding.message).ground).sort(), ['human-rights', 'persecution', 'political-offence']);
      for (const f of findings) {
        const p = placeOf(ws, f.finding);
        assert.deepEqual([p.line, p.column, p.text], [2, 9, 'EXT-1']);
      }
      assert.equal(
        findings.find((f) => /"persecution"/.test(f.finding.message))!.finding.message,
        'Extradition request EXT-1 does not assess the refusal ground "persecution" (ETS 24 Art. 3(2)).',
      );
      assert.equal(
        findings.find((f) => /"human-rights"/.test(f.finding.message))!.finding.message,
        'Extradition request EXT-1 does not assess the refusal ground "human-rights" (ECHR Art. 3; ICCPR Art. 7).',
      );
    });

    it('no grounds block, or an empty one: all five', () => {
      const five = ['dual-criminality', 'human-rights', 'nationality', 'persecution', 'political-offence'];
      assert.deepEqual(grounds('request EXT-2 extradition { }'), five);
      assert.deepEqual(grounds('request EXT-3 extradition {\n  grounds { }\n}'), five);
    });

    it('human-rights is required in every extradition, whatever the basis and the facts', () => {
      for (const [name, basis] of Object.entries(EXT_BASES)) {
        const text = `request EXT-4 extradition {\n  from: PL\n  to: CH\n  ${basis}\n  grounds {${EXTRADITION_GROUNDS.replace(/\n {4}human-rights.*/, '')}\n  }\n}\n`;
        assert.deepEqual(missing(text), [{ ground: 'human-rights', citation: 'ECHR Art. 3; ICCPR Art. 7' }], name);
      }
    });

    it('an unassessed ground is present: CR107 reports it, not CR101', () => {
      const text = `
request EXT-5 extradition {
  grounds {
    dual-criminality: unassessed
    political-offence: unassessed "To be checked"
    persecution: engaged "Opposition figure"
    nationality: not-engaged
    human-rights: unassessed
  }
}
`;
      expectRule('CR101', text);
      assert.equal(count(findingsOf('CR107', text).all, 'CR107'), 3);
    });

    it('a ground whose status is misspelt is listed: CR004 on the status, not CR101', () => {
      const text = `
request EXT-6 extradition {
  grounds {${EXTRADITION_GROUNDS.replace('persecution: not-engaged', 'persecution: not-enganged')}
  }
}
`;
      expectRule('CR101', text);
      assert.equal(count(findingsOf('CR004', text).all, 'CR004'), 1);
    });

    it('a misspelt ground is not the ground: CR004 on it, and CR101 for the ground it meant', () => {
      const text = `
request EXT-7 extradition {                 #! CR101
  grounds {${EXTRADITION_GROUNDS.replace('persecution:', 'persecuton:')}
  }
}
`;
      expectRule('CR101', text);
      assert.deepEqual(grounds(text), ['persecution']);
    });
  });

  describe("what an extradition's finding cites: the governing instrument", () => {
    const of = (basis: string, parties = '') => citations(`${parties}\nrequest EXT-8 extradition {\n  from: PL\n  to: CH\n  ${basis}\n}\n`);
    const HUMAN = 'ECHR Art. 3; ICCPR Art. 7';

    it('ETS 24', () => {
      assert.deepEqual(of(EXT_BASES.ets24!), {
        'dual-criminality': `ETS 24 Art. 2(1) ${SUMMARY}`,
        'political-offence': 'ETS 24 Art. 3(1)',
        persecution: 'ETS 24 Art. 3(2)',
        nationality: 'ETS 24 Art. 6(1)(a)',
        'human-rights': HUMAN,
      });
    });

    it('a treaty "…": the applicable treaty, named by its title, and no article of another instrument', () => {
      const t = `where the applicable treaty (${TITLE}) provides for it`;
      assert.deepEqual(of(EXT_BASES.treaty!), {
        'dual-criminality': t,
        'political-offence': t,
        persecution: t,
        nationality: t,
        'human-rights': HUMAN,
      });
      const { findings } = expectRuleCitingTreaty(
        'CR101',
        `request EXT-9 extradition {                 #! CR101 CR101 CR101 CR101 CR101
  from: PL
  to: CH
  ${EXT_BASES.treaty}
}
`,
      );
      for (const f of findings) assert.doesNotMatch(f.finding.message, /ETS 24|CETS 185|UNCC/);
    });

    it('the UN Convention: Art. 37 (a summary) where it speaks to the ground, else the law of the requested party', () => {
      const a37 = `UNCC Art. 37 ${SUMMARY}`;
      assert.deepEqual(of(EXT_BASES.uncc!), {
        'dual-criminality': a37,
        'political-offence': 'where the law of the requested party provides for it',
        persecution: a37,
        nationality: a37,
        'human-rights': HUMAN,
      });
    });

    it('the Budapest Convention (Art. 24)', () => {
      assert.deepEqual(of(EXT_BASES.budapest!), {
        'dual-criminality': 'CETS 185 Art. 24(1)(a)',
        'political-offence': "the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
        persecution: "the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
        nationality: "the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
        'human-rights': HUMAN,
      });
    });

    it('reciprocity, or no basis: the law of the requested party', () => {
      const law = 'where the law of the requested party provides for it';
      for (const basis of [EXT_BASES.reciprocity!, EXT_BASES['no basis']!]) {
        assert.deepEqual(
          of(basis),
          { 'dual-criminality': law, 'political-offence': law, persecution: law, nationality: law, 'human-rights': HUMAN },
          basis,
        );
      }
    });

    it('a basis instrument that does not apply between the parties is never cited', () => {
      const law = 'where the law of the requested party provides for it';
      // CH is not bound by ETS 24: with ETS 24 alone nothing governs; with Budapest Art. 24 beside it, Budapest does.
      const notBound = 'party CH { name: "Switzerland"  instruments: [budapest] }';
      assert.deepEqual(of('basis: ets24', notBound), {
        'dual-criminality': law,
        'political-offence': law,
        persecution: law,
        nationality: law,
        'human-rights': HUMAN,
      });
      assert.equal(
        of('basis: [ets24, budapest art 24]', notBound)['nationality'],
        "the grounds of the requested party's law, which CETS 185 Art. 24(5) keeps",
      );
      // `instruments: []`: bound by none.
      const none = 'party PL { name: "Poland"  instruments: [] }';
      assert.deepEqual(of('basis: [ets24, budapest art 24, uncc]', none), {
        'dual-criminality': law,
        'political-offence': law,
        persecution: law,
        nationality: law,
        'human-rights': HUMAN,
      });
      // Listed by both: ETS 24 governs, first in the order of preference.
      const both = 'party PL { instruments: [budapest, ets24] }\nparty CH { instruments: [ets24, budapest] }';
      assert.equal(of('basis: [budapest art 24, ets24]', both)['nationality'], 'ETS 24 Art. 6(1)(a)');
    });
  });

  describe('grounds the facts raise in an extradition (rules.md, second table)', () => {
    const PEOPLE = `
person nowak { name: "Piotr Example"  nationality: PL }
person other { name: "Anna Example"  nationality: PL }
`;
    /** An extradition from PL to CH whose five base grounds are assessed. */
    const ext = (name: string, body: string, basis = 'basis: ets24', extraGrounds = '') => `
request ${name} extradition {
  from: PL
  to: CH
  ${basis}
  person: nowak
${body}
  grounds {${EXTRADITION_GROUNDS}${extraGrounds}
  }
}
`;
    const raised = (text: string) => grounds(text);

    describe("death-penalty: an offence punishable by death under the requesting party's law (ETS 24 Art. 11)", () => {
      it('raised', () => {
        const text = `${PEOPLE}
offence murder { conduct: "Contract killing"  law PL { max-penalty: death }  law CH { max-penalty: life } }
offence theft { conduct: "Theft"  law PL { max-penalty: 5 years } }
${ext('EXT-10', '  offences: [theft, murder]')}`;
        assert.deepEqual(missing(text), [
          {
            ground: 'death-penalty',
            citation: 'ETS 24 Art. 11',
            raised: "an offence of the request is punishable by death under the requesting party's law",
          },
        ]);
      });

      it("not raised: death under the requested party's law only, life, no requesting party, or assessed", () => {
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-ch { conduct: "Killing"  law PL { max-penalty: life }  law CH { max-penalty: death } }
${ext('EXT-11', '  offences: [o-ch]')}`),
          [],
        );
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-pl { conduct: "Killing"  law PL { max-penalty: death } }
request EXT-12 extradition {
  to: CH
  basis: ets24
  offences: [o-pl]
  grounds {${EXTRADITION_GROUNDS}
  }
}`),
          [],
        );
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-pl { conduct: "Killing"  law PL { max-penalty: death } }
${ext('EXT-13', '  offences: [o-pl]', undefined, '\n    death-penalty: not-engaged "Assurance given"')}`),
          [],
        );
      });

      it("not raised when it cannot be decided: the requesting party or the law block's party is unusable", () => {
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-pl { conduct: "Killing"  law PL { max-penalty: death } }
offence o-lower { conduct: "Killing"  law pl { max-penalty: death } }
request EXT-14 extradition {
  from: pl
  to: CH
  offences: [o-pl]
  grounds {${EXTRADITION_GROUNDS}
  }
}
${ext('EXT-15', '  offences: [o-lower]')}`),
          [],
        );
      });
    });

    describe('ne-bis-in-idem: a final judgment, or a decision not to prosecute, on the person and an offence (ETS 24 Art. 9)', () => {
      const offence = 'offence fraud { conduct: "Investment fraud" }\noffence theft { conduct: "Theft" }';
      const judgment = (party: string, outcome: string, final: string, person = 'nowak', offences = 'fraud') =>
        `judgment J-1 {\n  ${party ? `party: ${party}` : ''}\n  person: ${person}\n  offences: [${offences}]\n  outcome: ${outcome}\n  ${final ? `final: ${final}` : ''}\n}`;
      const req = (j: string) => `${PEOPLE}\n${offence}\n${j}\n${ext('EXT-16', '  offences: [theft, fraud]')}`;

      it("raised by the requested party's final judgment or decision not to prosecute, or a third party's final judgment", () => {
        for (const j of [
          judgment('CH', 'convicted', 'yes'),
          judgment('CH', 'acquitted', 'yes'),
          judgment('CH', 'not-prosecuted', ''),
          judgment('RO', 'acquitted', 'yes'),
          judgment('RO', 'convicted', 'yes'),
        ]) {
          assert.deepEqual(raised(req(j)), ['ne-bis-in-idem'], j);
        }
        assert.equal(missing(req(judgment('CH', 'convicted', 'yes')))[0]!.citation, 'ETS 24 Art. 9');
      });

      it("a final judgment whose State is not given is raised: it may be a third State's", () => {
        assert.deepEqual(raised(req(judgment('', 'acquitted', 'yes'))), ['ne-bis-in-idem']);
      });

      it("not raised: the requesting party's judgment, a third party's that is not final, another person or offence", () => {
        for (const j of [
          judgment('PL', 'convicted', 'yes'),
          judgment('RO', 'acquitted', 'no'),
          judgment('RO', 'convicted', ''),
          judgment('CH', 'convicted', 'yes', 'other'),
          judgment('CH', 'convicted', 'yes', 'nowak', 'no-such-offence'),
        ]) {
          assert.ok(!raised(req(j)).includes('ne-bis-in-idem'), j);
        }
      });

      it("not raised when the judgment's facts cannot be read (CR004 on them)", () => {
        for (const j of [judgment('CH', 'convicted', 'yess'), judgment('ch', 'convicted', 'yes'), judgment('CH', 'convictd', 'yes')]) {
          assert.deepEqual(raised(req(j)), [], j);
        }
      });
    });

    describe("pending-proceedings: the requested party's proceedings pending, or a judgment not final (ETS 24 Art. 8)", () => {
      const req = (party: string, outcome: string, final: string) => `${PEOPLE}
offence fraud { conduct: "Investment fraud" }
judgment J-2 {
  party: ${party}
  person: nowak
  offences: [fraud]
  outcome: ${outcome}${final ? `\n  final: ${final}` : ''}
}
${ext('EXT-17', '  offences: [fraud]')}`;

      it('raised', () => {
        for (const [party, outcome, final] of [
          ['CH', 'pending', ''],
          ['CH', 'convicted', 'no'],
          ['CH', 'acquitted', ''],
        ]) {
          assert.deepEqual(raised(req(party!, outcome!, final!)), ['pending-proceedings'], `${party} ${outcome} ${final}`);
        }
        assert.equal(missing(req('CH', 'pending', ''))[0]!.citation, 'ETS 24 Art. 8');
      });

      it("not raised: another State's proceedings; a final judgment or a decision not to prosecute raise ne bis in idem instead", () => {
        assert.deepEqual(raised(req('RO', 'pending', '')), []);
        assert.deepEqual(raised(req('PL', 'convicted', 'no')), []);
        assert.deepEqual(raised(req('CH', 'convicted', 'yes')), ['ne-bis-in-idem']);
        assert.deepEqual(raised(req('CH', 'not-prosecuted', '')), ['ne-bis-in-idem']);
      });
    });

    describe('lapse-of-time: an offence with `committed` and a `limitation` for either party (ETS 24 Art. 10)', () => {
      it("raised under the requesting or the requested party's law, whether or not the period has run", () => {
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-1 { committed: 2025-01-01  law PL { max-penalty: 5 years  limitation: 20 years } }
${ext('EXT-18', '  offences: [o-1]')}`),
          ['lapse-of-time'],
        );
        const text = `${PEOPLE}
offence o-2 { committed: 2005-01-01  law CH { max-penalty: 5 years  limitation: 10 years } }
${ext('EXT-19', '  offences: [o-2]')}`;
        assert.deepEqual(missing(text), [
          {
            ground: 'lapse-of-time',
            citation: 'ETS 24 Art. 10',
            raised: 'an offence has `committed` and a `limitation` in its law for either party',
          },
        ]);
      });

      it('not raised: no committed date, no limitation, or a limitation of a third State only', () => {
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-3 { law PL { limitation: 5 years } }
offence o-4 { committed: 2010-01-01  law PL { max-penalty: 5 years } }
offence o-5 { committed: 2010-01-01  law RO { limitation: 5 years } }
${ext('EXT-20', '  offences: [o-3, o-4, o-5]')}`),
          [],
        );
      });

      it('not raised when the committed date or the limitation cannot be read', () => {
        assert.deepEqual(
          raised(`${PEOPLE}
offence o-6 { committed: "January 2010"  law PL { limitation: 5 years } }
offence o-7 { committed: 2010-01-01  law PL { limitation: "five years" } }
${ext('EXT-21', '  offences: [o-6, o-7]')}`),
          [],
        );
      });
    });

    describe('place-of-commission: committed in the requested party, or outside the requesting party (ETS 24 Art. 7)', () => {
      const req = (places: string) => `${PEOPLE}
offence o-8 { conduct: "Intrusion"${places ? `  committed-in: ${places}` : ''} }
${ext('EXT-22', '  offences: [o-8]')}`;

      it('raised', () => {
        for (const places of ['[CH]', '[PL, CH]', '[RO]', 'RO']) assert.deepEqual(raised(req(places)), ['place-of-commission'], places);
        assert.equal(missing(req('[CH]'))[0]!.citation, 'ETS 24 Art. 7');
      });

      it('not raised: committed in the requesting party only, not given, or unusable', () => {
        for (const places of ['[PL]', '', '[]', '[ch]']) assert.deepEqual(raised(req(places)), [], places);
      });
    });

    describe('in-absentia: `for: sentence` and its judgment given in absentia (ETS 98 Art. 3)', () => {
      const req = (forWhat: string, inAbsentia: string, judgment = 'J-3') => `${PEOPLE}
offence o-9 { conduct: "Card fraud" }
judgment J-3 {
  party: PL
  person: nowak
  offences: [o-9]
  outcome: convicted
  final: yes${inAbsentia ? `\n  in-absentia: ${inAbsentia}` : ''}
}
${ext('EXT-23', `  offences: [o-9]${forWhat ? `\n  for: ${forWhat}` : ''}\n  judgment: ${judgment}`)}`;

      it('raised', () => {
        assert.deepEqual(missing(req('sentence', 'yes')), [
          {
            ground: 'in-absentia',
            citation: 'ETS 98 Art. 3; ECHR Art. 6(1)',
            raised: 'the request is `for: sentence` and its judgment was given `in-absentia: yes`',
          },
        ]);
      });

      it("not raised: for prosecution (or no `for`), a judgment given in the person's presence, or one that cannot be read", () => {
        assert.deepEqual(raised(req('prosecution', 'yes')), []);
        assert.deepEqual(raised(req('', 'yes')), []);
        assert.deepEqual(raised(req('sentence', 'no')), []);
        assert.deepEqual(raised(req('sentence', '')), []);
        assert.deepEqual(raised(req('sentence', 'yess')), []);
        assert.deepEqual(raised(req('sentnce', 'yes')), []);
        assert.deepEqual(raised(req('sentence', 'yes', 'no-such-judgment')), []);
      });
    });

    describe('what a raised ground cites: ETS 24 (and ETS 98) only where ETS 24 governs', () => {
      const all = (basis: string) => `${PEOPLE}
offence o-10 {
  conduct: "Extortion"
  committed: 2010-01-01
  committed-in: [CH]
  law PL { max-penalty: death  limitation: 5 years }
}
judgment J-4 { party: CH  person: nowak  offences: [o-10]  outcome: pending }
judgment J-5 { party: RO  person: nowak  offences: [o-10]  outcome: acquitted  final: yes }
judgment J-6 { party: PL  person: nowak  offences: [o-10]  outcome: convicted  final: yes  in-absentia: yes }
${ext('EXT-24', '  offences: [o-10]\n  for: sentence\n  judgment: J-6', basis)}`;
      const six = ['death-penalty', 'in-absentia', 'lapse-of-time', 'ne-bis-in-idem', 'pending-proceedings', 'place-of-commission'];

      it('ETS 24: its articles, and ETS 98 Art. 3 where ETS 98 applies between the parties', () => {
        assert.deepEqual(citations(all('basis: ets24')), {
          'death-penalty': 'ETS 24 Art. 11',
          'in-absentia': 'ETS 98 Art. 3; ECHR Art. 6(1)',
          'lapse-of-time': 'ETS 24 Art. 10',
          'ne-bis-in-idem': 'ETS 24 Art. 9',
          'pending-proceedings': 'ETS 24 Art. 8',
          'place-of-commission': 'ETS 24 Art. 7',
        });
        const noEts98 = `party CH { instruments: [ets24, ets86] }\n${all('basis: ets24')}`;
        assert.equal(citations(noEts98)['in-absentia'], 'where the law of the requested party provides for it; ECHR Art. 6(1)');
      });

      it('the same grounds are raised under every other basis, citing the treaty or the law of the requested party', () => {
        for (const [name, basis] of Object.entries(EXT_BASES)) {
          if (name === 'ets24') continue;
          const cites = citations(all(basis));
          assert.deepEqual(Object.keys(cites).sort(), six, name);
          const words =
            name === 'treaty'
              ? `where the applicable treaty (${TITLE}) provides for it`
              : 'where the law of the requested party provides for it';
          for (const g of six) assert.equal(cites[g], g === 'in-absentia' ? `${words}; ECHR Art. 6(1)` : words, `${name}: ${g}`);
        }
      });

      it('ETS 24 in the basis but not binding the requested party: not cited', () => {
        const cites = citations(`party CH { name: "Switzerland"  instruments: [] }\n${all('basis: ets24')}`);
        assert.deepEqual(Object.keys(cites).sort(), six);
        for (const c of Object.values(cites)) assert.doesNotMatch(c, /ETS 24|ETS 98/);
      });

      it('under a treaty, every finding names the treaty and no instrument', () => {
        const text = all(EXT_BASES.treaty!).replace(
          'request EXT-24 extradition {',
          'request EXT-24 extradition {   #! CR101 CR101 CR101 CR101 CR101 CR101',
        );
        const { findings } = expectRuleCitingTreaty('CR101', text);
        for (const f of findings) assert.doesNotMatch(f.finding.message, /ETS 24|ETS 98|CETS 185|UNCC/);
      });
    });
  });

  describe('mutual-assistance: dual-criminality, political-offence, essential-interests, persecution', () => {
    it('without a measure, or with one that is not real-time or property recovery, the four grounds', () => {
      assert.deepEqual(grounds('request MLA-1 mutual-assistance { }'), [
        'dual-criminality',
        'essential-interests',
        'persecution',
        'political-offence',
      ]);
      for (const m of ['stored-data', 'search-seizure', 'production', 'testimony']) {
        assert.deepEqual(
          grounds(`request MLA-2 mutual-assistance { measure: ${m} }`),
          ['dual-criminality', 'essential-interests', 'persecution', 'political-offence'],
          m,
        );
      }
    });

    for (const measure of ['real-time-traffic', 'interception', 'property-recovery']) {
      it(`with ${measure}: the four and human-rights`, () => {
        expectRule(
          'CR101',
          `
request MLA-3 mutual-assistance {           #! CR101
  measure: ${measure}
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
    persecution: not-engaged "No"
  }
}
`,
        );
        assert.deepEqual(grounds(`request MLA-4 mutual-assistance { measure: ${measure} }`), [
          'dual-criminality',
          'essential-interests',
          'human-rights',
          'persecution',
          'political-offence',
        ]);
      });
    }

    it('an unknown measure: human-rights cannot be decided and is not reported; the four still are', () => {
      const text = `
request MLA-5 mutual-assistance {           #! CR101 CR101 CR101 CR101
  measure: intercepton
}
`;
      expectRule('CR101', text);
      assert.deepEqual(grounds(text), ['dual-criminality', 'essential-interests', 'persecution', 'political-offence']);
    });

    it('fiscal-offence and nationality are not required of a mutual-assistance request', () => {
      expectRule(
        'CR101',
        `
request MLA-6 mutual-assistance {
  grounds {
    dual-criminality: not-engaged "Both"
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
    persecution: not-engaged "No"
  }
}
`,
      );
    });

    describe('what its finding cites', () => {
      const of = (basis: string, measure = 'interception', parties = '') =>
        citations(`${parties}\nrequest MLA-7 mutual-assistance {\n  from: PL\n  to: CH\n  measure: ${measure}\n  ${basis}\n}\n`);
      const PRIVACY = `ECHR Art. 8 and ICCPR Art. 17 (privacy; ${SUMMARY.slice(1)}`;

      it("Budapest governing (no treaty between the parties): Arts 25(5), 27(4), 15(1); persecution is the requested party's law, which Art. 25(4) keeps", () => {
        assert.deepEqual(of('basis: budapest art 27'), {
          'dual-criminality': 'CETS 185 Art. 25(5)',
          'political-offence': 'CETS 185 Art. 27(4)(a)',
          'essential-interests': 'CETS 185 Art. 27(4)(b)',
          persecution: "the grounds of the requested party's law, which CETS 185 Art. 25(4) keeps",
          'human-rights': `CETS 185 Art. 15(1); ${PRIVACY}`,
        });
      });

      it('ETS 30 governing: its Art. 2; Budapest Art. 25(5) for dual criminality where Budapest is in the basis, never Art. 27', () => {
        const alone = of('basis: ets30', 'testimony');
        assert.deepEqual(alone, {
          'dual-criminality': 'where the law of the requested party provides for it',
          'political-offence': 'ETS 30 Art. 2(a)',
          'essential-interests': 'ETS 30 Art. 2(b)',
          persecution: 'where the law of the requested party provides for it',
        });
        // Art. 5(1)(a) is a condition a party reserves by a declaration: cited only where the requested party made it.
        assert.equal(of('basis: ets30', 'search-seizure')['dual-criminality'], 'where the law of the requested party provides for it');
        assert.equal(
          of('basis: ets30', 'search-seizure', 'party CH { declarations: [ets30 art 5(1)(a)] }')['dual-criminality'],
          'ETS 30 Art. 5(1)(a)',
        );
        const both = of('basis: [ets30, budapest art 25]');
        assert.equal(both['dual-criminality'], 'CETS 185 Art. 25(5)');
        assert.equal(both['political-offence'], 'ETS 30 Art. 2(a)');
        assert.equal(both['essential-interests'], 'ETS 30 Art. 2(b)');
        for (const c of Object.values(both)) assert.doesNotMatch(c, /Art\. 27/);
      });

      it('the UN Convention governing: Art. 40 for persecution (a summary), never Budapest Art. 25(4)', () => {
        const cites = of('basis: uncc');
        assert.equal(cites['persecution'], `UNCC Art. 40 ${SUMMARY}`);
        assert.equal(cites['essential-interests'], `UNCC Art. 40 ${SUMMARY}`);
        assert.equal(cites['dual-criminality'], `UNCC Art. 35 ${SUMMARY}`);
        for (const c of Object.values(cites)) assert.doesNotMatch(c, /CETS 185/);
      });

      it('a treaty: the applicable treaty, even with Budapest in the basis (Art. 27 applies only where no treaty binds the parties)', () => {
        const t = `where the applicable treaty (${TITLE}) provides for it`;
        const cites = of(`basis: [treaty "${TITLE}", budapest art 25]`);
        assert.deepEqual(cites, {
          'dual-criminality': t,
          'political-offence': t,
          'essential-interests': t,
          persecution: t,
          'human-rights': `${t}; ${PRIVACY}`,
        });
      });

      it('reciprocity, or no basis: the law of the requested party', () => {
        const law = 'where the law of the requested party provides for it';
        for (const basis of ['basis: reciprocity', '']) {
          assert.deepEqual(
            of(basis),
            {
              'dual-criminality': law,
              'political-offence': law,
              'essential-interests': law,
              persecution: law,
              'human-rights': `${law}; ${PRIVACY}`,
            },
            basis,
          );
        }
      });

      it('property recovery: human rights rest on the protection of property, not on Budapest Art. 15', () => {
        assert.equal(
          of('basis: budapest art 25', 'property-recovery')['human-rights'],
          `ECHR Protocol No. 1 Art. 1 (protection of property; ${SUMMARY.slice(1)}`,
        );
      });

      it('Budapest in the basis but not binding a party: not cited', () => {
        const cites = of('basis: budapest art 27', 'interception', 'party CH { instruments: [ets30] }');
        for (const c of Object.values(cites)) assert.doesNotMatch(c, /CETS 185/);
      });
    });
  });

  describe('preservation: political-offence, essential-interests; dual-criminality in the 29(4) case', () => {
    it('political-offence and essential-interests are always required', () => {
      assert.deepEqual(grounds('request PRES-1 preservation { to: ES }'), ['essential-interests', 'political-offence']);
      assert.deepEqual(grounds('request PRES-2 preservation { }'), ['essential-interests', 'political-offence']);
    });

    it('cites Budapest Art. 29(5) (it governs a preservation without basis), or UNCC Art. 42 where that governs', () => {
      assert.deepEqual(citations('request PRES-2A preservation { to: ES }'), {
        'essential-interests': 'CETS 185 Art. 29(5)(b)',
        'political-offence': 'CETS 185 Art. 29(5)(a)',
      });
      assert.deepEqual(citations('request PRES-2B preservation { to: ES  basis: uncc }'), {
        'essential-interests': `UNCC Art. 42 ${SUMMARY}`,
        'political-offence': `UNCC Art. 42 ${SUMMARY}`,
      });
      assert.deepEqual(citations('request PRES-2C preservation { to: ES  basis: reciprocity }'), {
        'essential-interests': 'where the law of the requested party provides for it',
        'political-offence': 'where the law of the requested party provides for it',
      });
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
      assert.deepEqual(missing(text), [{ ground: 'dual-criminality', citation: 'CETS 185 Art. 29(4)' }]);
    });

    it('an offence whose category is outside Arts 2–11 (art 12, art 1, another instrument) is outside', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-4', 'AT', 'art-12', 'CR101')}
${pres('PRES-5', 'AT', 'art-1', 'CR101')}
${pres('PRES-6', 'AT', 'other-treaty', 'CR101')}
${pres('PRES-7', 'AT', 'inside, no-category', 'CR101')}`,
      );
    });

    it('every offence inside Arts 2–11 (budapest art 9(1) counts as Art. 9): not required', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-8', 'AT', 'inside')}
${pres('PRES-9', 'AT', 'inside-9-1')}
${pres('PRES-10', 'AT', 'inside, inside-9-1')}`,
      );
    });

    it('without the reservation, dual-criminality is not required, whatever the offences (another paragraph, article or instrument is not it)', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party ES { name: "Spain"  reservations: [budapest art 14(3)(a)] }
party PT { reservations: [budapest art 29] }
party FI { reservations: [budapest art 29(3), budapest art 22(4), uncc art 29(4), treaty "Bilateral treaty" art 29(4)] }
${pres('PRES-11', 'ES', 'no-category')}
${pres('PRES-12', 'PT', 'no-category')}
${pres('PRES-13', 'IT', 'no-category')}
${pres('PRES-41', 'FI', 'no-category')}`,
      );
    });

    it('the reservation among others in the list counts', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party AT { reservations: [budapest art 14(3)(a), budapest art 29(4), budapest art 22(2)] }
${pres('PRES-14', 'AT', 'no-category', 'CR101')}`,
      );
    });

    it('`to: provider … in XX` gives the requested party; a provider without `in` gives none', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-15', 'provider "Alpen Hosting GmbH" in AT', 'no-category', 'CR101')}
${pres('PRES-16', 'provider "Alpen Hosting GmbH"', 'no-category')}`,
      );
    });

    it('when the 29(4) case cannot be decided, dual-criminality is not reported', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
party DE { reservations: [budapest art 29(9)] }
offence bad-category { conduct: "Fraud"  category: budapest art 2(1) }
${pres('PRES-17', 'AT', 'no-such-offence')}
${pres('PRES-18', 'AT', 'doe')}
${pres('PRES-19', 'AT', 'bad-category')}
${pres('PRES-20', 'at', 'no-category')}
${pres('PRES-21', 'DE', 'no-category')}
${pres('PRES-22', 'provider "Alpen Hosting GmbH" in at', 'no-category')}`,
      );
    });

    it('…but an offence that is outside decides it, whatever the others', () => {
      expectRule(
        'CR101',
        `${OFFENCES}
party AT { reservations: [budapest art 29(4)] }
${pres('PRES-23', 'AT', 'no-such-offence, no-category', 'CR101')}`,
      );
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
    it('the two grounds, citing Art. 30(2)', () => {
      assert.deepEqual(citations('request TD-1 traffic-disclosure { }'), {
        'essential-interests': 'CETS 185 Art. 30(2)(b)',
        'political-offence': 'CETS 185 Art. 30(2)(a)',
      });
      expectRule(
        'CR101',
        `
request TD-2 traffic-disclosure {
  grounds {
    political-offence: not-engaged "No"
    essential-interests: not-engaged "No"
  }
}
`,
      );
    });
  });

  describe('no grounds are required of the other kinds', () => {
    for (const kind of ['provisional-arrest', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      it(kind, () => {
        expectRule('CR101', `request R-1 ${kind} {\n  from: PL\n  to: US\n  basis: ets24\n}\n`);
      });
    }
    it('a provisional arrest whose facts would raise grounds in an extradition raises none', () => {
      expectRule(
        'CR101',
        `
offence murder { committed: 2010-01-01  committed-in: [CH]  law PL { max-penalty: death  limitation: 5 years } }
request PA-1 provisional-arrest { from: PL  to: CH  basis: ets24  offences: [murder] }
`,
      );
    });
    it('nor of a request whose kind is unknown (CR004 reports it)', () => {
      expectRule('CR101', 'request R-2 extraditon {\n  to: US\n}\n');
    });
  });

  describe('fix: insert the ground as unassessed, with its citation as a comment', () => {
    it('into an existing grounds block: a safe fix; the finding is gone, CR107 takes over, the text parses', () => {
      const files = {
        'main.coop': `
request EXT-25 extradition {
  from: PL
  to: CH
  basis: ets24
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`,
      };
      const f = findingsOf('CR101', files).findings[0]!;
      const fix = firstSafeFix(f);
      assert.equal(fix.title, 'Add "nationality: unassessed" to grounds');
      assert.equal(fix.safe, true);
      const after = applyAndRelint(files, fix);
      assert.equal(count(after.all, 'CR101'), 0);
      assert.equal(count(after.all, 'CR107'), 1);
      assert.match(
        after.files['main.coop']!,
        /\n {4}human-rights: not-engaged "Ordinary remand conditions"\n {4}nationality: unassessed {2}# ETS 24 Art\. 6\(1\)\(a\)\n {2}\}\n/,
      );
    });

    it('creating the grounds block when there is none; every fix in turn leaves no CR101', () => {
      let files: Record<string, string> = {
        'main.coop': 'request MLA-8 mutual-assistance {\n  from: PL\n  to: CH\n  basis: budapest art 27\n  measure: interception\n}\n',
      };
      for (let i = 0; i < 5; i++) {
        const f = findingsOf('CR101', files).findings[0]!;
        files = applyAndRelint(files, firstSafeFix(f)).files;
      }
      assert.equal(count(findingsOf('CR101', files).all, 'CR101'), 0);
      assert.equal(count(findingsOf('CR107', files).all, 'CR107'), 5);
      const text = files['main.coop']!;
      assert.match(text, /\n {2}grounds \{\n/);
      assert.match(text, /\n {4}human-rights: unassessed {2}# CETS 185 Art\. 15\(1\); ECHR Art\. 8 and ICCPR Art\. 17 /);
      assert.match(
        text,
        /\n {4}persecution: unassessed {2}# the grounds of the requested party's law, which CETS 185 Art\. 25\(4\) keeps\n/,
      );
      assert.equal((text.match(/grounds \{/g) ?? []).length, 1, 'one grounds block');
    });

    it('into a one-line grounds block', () => {
      const files = { 'main.coop': 'request TD-3 traffic-disclosure {\n  grounds { political-offence: not-engaged "No" }\n}\n' };
      const f = findingsOf('CR101', files).findings[0]!;
      const after = applyAndRelint(files, firstSafeFix(f));
      assert.equal(count(after.all, 'CR101'), 0);
      assert.match(after.files['main.coop']!, /essential-interests: unassessed {2}# CETS 185 Art\. 30\(2\)\(b\)\n/);
    });

    it('a raised ground is inserted the same way', () => {
      const files = {
        'main.coop': `
offence murder { law PL { max-penalty: death } }
request EXT-26 extradition {
  from: PL
  to: CH
  basis: ets24
  offences: [murder]
  grounds {${EXTRADITION_GROUNDS}
  }
}
`,
      };
      const f = findingsOf('CR101', files).findings[0]!;
      const after = applyAndRelint(files, firstSafeFix(f));
      assert.equal(count(after.all, 'CR101'), 0);
      assert.match(after.files['main.coop']!, /\n {4}death-penalty: unassessed {2}# ETS 24 Art\. 11\n {2}\}\n/);
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
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`);
  });
});
