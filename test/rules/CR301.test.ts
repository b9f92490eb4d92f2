// CR301 preservation-element-missing: a preservation request lacks one of Budapest 29(2)(a)–(f);
// one finding per missing entry, and for (c) and (d) per data item lacking it, at the request's name.
// Version 2: each finding cites the governing instrument — Budapest Art. 29(2) with its letter
// (also with no basis), UNCC Art. 42 (summary), or the law of the requested party — and the fix
// inserts a placeholder with the citation and the letter's words as a comment.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { asFiles, assertQuotesNoString, expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR301';

/** `line:column text` of a finding of a linted case. */
const PARTIES = `party ES {
  name: "Spain"
  instruments: [budapest, ets24, ets30]
}

party AT {
  name: "Austria"
  instruments: [budapest, ets24, ets30]
}

offence intrusion {
  conduct: "Entering the customs network with stolen VPN credentials"
  category: budapest art 2
  law ES { cite: "Criminal Code, unauthorised access"  max-penalty: 2 years }
  law AT { cite: "Criminal Code, unlawful access"  max-penalty: 2 years }
}
`;

const VPN_LOGS = `data vpn-logs {
  type: traffic
  description: "Connection logs of the gateway of Señora Ibáñez, March 2026"
  relevance: "Show the logins with the stolen credentials"
  custodian: provider "Alpen Hosting GmbH" in AT
}
`;

/** A complete preservation request; `extra` lines are added before its grounds. */
function preservation(name: string, entries: string, marker = ''): string {
  return `request ${name} preservation {${marker}
  from: ES
  to: AT
  basis: budapest art 29
${entries}
  grounds {
    political-offence: not-engaged "Organised smuggling for profit"
    essential-interests: not-engaged "Ordinary criminal evidence"
  }
}
`;
}

const ALL = `  authority: "Guardia Civil, Unidad Central Operativa"
  offences: [intrusion]
  facts: "The credentials were used in March 2026"
  data: [vpn-logs]
  necessity: "The provider keeps the logs for 14 days"
  follow-up: mutual-assistance`;

const without = (key: string): string =>
  ALL.split('\n')
    .filter((l) => !l.startsWith(`  ${key}:`))
    .join('\n');

describe('CR301 preservation-element-missing', () => {
  it('a complete workspace with one element missing has exactly that finding (and the info of CR306)', () => {
    const text = `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', without('necessity'), '    #! CR301 CR306')}`;
    const l = expectExactly(text);
    const [f] = l.findings.filter((x) => x.rule === RULE);
    assert.equal(where(l, f!), '25:9 PRES-1');
    assert.match(f!.finding.message, /PRES-1/);
    assert.match(f!.finding.message, /"necessity"/);
    assert.match(f!.finding.message, /29\(2\)\(e\)/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version: every element of 29(2)(a)–(f) present', () => {
    expectRule(RULE, `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', ALL)}`);
  });

  for (const [key, letter] of [
    ['authority', 'a'],
    ['offences', 'b'],
    ['facts', 'b'],
    ['data', 'c'],
    ['necessity', 'e'],
    ['follow-up', 'f'],
  ] as const) {
    it(`reports a missing "${key}" as 29(2)(${letter})`, () => {
      const text = `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', without(key), '  #! CR301')}`;
      const [f] = expectRule(RULE, text).findings;
      assert.ok(f!.finding.message.includes(`"${key}"`) && f!.finding.message.includes(`29(2)(${letter})`), f!.finding.message);
    });
  }

  it('an empty request gets one finding per missing entry, each naming its letter', () => {
    const text = 'request PRES-9 preservation {   #! CR301 CR301 CR301 CR301 CR301 CR301\n}\n';
    const l = expectRule(RULE, text);
    const found = l.findings;
    assert.deepEqual(
      found
        .map((f) =>
          /^Preservation request PRES-9 lacks "([a-z-]+)": [A-Za-z ,]+ \(CETS 185 Art\. 29\(2\)\(([a-f])\)\)\.$/
            .exec(f.finding.message)
            ?.slice(1)
            .join(' '),
        )
        .sort(),
      ['authority a', 'data c', 'facts b', 'follow-up f', 'necessity e', 'offences b'],
    );
    for (const f of found) assert.equal(where(l, f), '1:9 PRES-9');
  });

  it('an empty list is an absent entry', () => {
    const entries = ALL.replace('offences: [intrusion]', 'offences: []').replace('data: [vpn-logs]', 'data: [ ]');
    const found = expectRule(RULE, `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', entries, ' #! CR301 CR301')}`).findings;
    assert.deepEqual(found.map((f) => /"([a-z-]+)"/.exec(f.finding.message)![1]).sort(), ['data', 'offences']);
  });

  it("request-level necessity is 29(2)(e)'s: a necessity in safeguards does not count", () => {
    const entries = `${without('necessity')}
  safeguards {
    necessity: "The provider keeps the logs for 14 days"
  }`;
    const [f] = expectRule(RULE, `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', entries, ' #! CR301')}`).findings;
    assert.match(f!.finding.message, /"necessity"/);
  });

  it('a misspelt key is not the key it resembles: the element is absent', () => {
    const entries = without('necessity') + '\n  necesity: "The provider keeps the logs for 14 days"';
    const text = `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', entries, ' #! CR301')}`;
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('present-but-unusable values keep it silent (the finding on the value is enough)', () => {
    const entries = ALL.replace('follow-up: mutual-assistance', 'follow-up: mutual-asistance')
      .replace('authority: "Guardia Civil, Unidad Central Operativa"', 'authority: guardia-civil')
      .replace('data: [vpn-logs]', 'data: [vpn-logs, undeclared-logs]');
    const text = `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', entries)}`;
    expectRule(RULE, text);
    const rules = lintTexts({ 'main.coop': text }).findings.map((f) => f.rule);
    assert.ok(rules.includes('CR004') && rules.includes('CR002'), rules.join(' '));
  });

  it('a data entry that is not a list of names is present: no (c) finding', () => {
    expectRule(RULE, `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', ALL.replace('data: [vpn-logs]', 'data: "the logs"'))}`);
  });

  it('(c) and (d): one finding per data item lacking relevance or custodian', () => {
    const text = `${PARTIES}
data bare-files {
  type: content
  description: "Files in the shared folder"
}

data half-files {
  type: content
  description: "Files in the second folder"
  relevance: "Uploaded with the stolen credentials"
}

${VPN_LOGS}
${preservation('PRES-1', ALL.replace('data: [vpn-logs]', 'data: [bare-files, vpn-logs, half-files]'), '  #! CR301 CR301 CR301')}`;
    const l = expectRule(RULE, text);
    const found = l.findings;
    const said = found
      .map((f) =>
        /data ([a-z-]+), which has no "([a-z]+)": [a-z ,]+ \(CETS 185 Art\. 29\(2\)\(([cd])\)\)\.$/
          .exec(f.finding.message)!
          .slice(1)
          .join(' '),
      )
      .sort();
    assert.deepEqual(said, ['bare-files custodian d', 'bare-files relevance c', 'half-files custodian d']);
    for (const f of found) assert.match(where(l, f), / PRES-1$/);
    // Each fix says which entry it adds to which data declaration.
    assert.deepEqual(found.map((f) => f.finding.fixes.map((x) => x.title)).sort(), [
      ['Add "custodian" to data bare-files'],
      ['Add "custodian" to data half-files'],
      ['Add "relevance" to data bare-files'],
    ]);
    // The data declaration is the related place.
    const bare = found.find((f) => f.finding.message.includes('bare-files'))!;
    const [rel] = bare.finding.related;
    assert.equal(text.slice(rel!.start, rel!.end), 'bare-files');
  });

  it('a data item listed twice is reported once', () => {
    const text = `${PARTIES}
data bare-files {
  type: content
}

${preservation('PRES-1', ALL.replace('data: [vpn-logs]', 'data: [bare-files, bare-files]'), '  #! CR301 CR301')}`;
    expectRule(RULE, text);
  });

  it("data declared in another file: the finding is on the request, the related place and the fix in the data's file", () => {
    const files = {
      'data.coop': 'data remote-files {\n  type: content\n  relevance: "Uploaded with the stolen credentials"\n}\n',
      'request.coop': `${PARTIES}\n${preservation('PRES-1', ALL.replace('data: [vpn-logs]', 'data: [remote-files]'), '  #! CR301')}`,
    };
    const [f] = expectRule(RULE, files).findings;
    assert.equal(f!.file, 'request.coop');
    assert.equal(f!.finding.related[0]!.uri, 'file:///ws/data.coop');
    const fix = safeFix(f!)!;
    assert.ok(fix.edits.every((e) => e.uri === 'file:///ws/data.coop'));
    const fixed = applyFixes(files, [fix]);
    assert.equal(fixed['request.coop'], files['request.coop']);
    assert.match(
      fixed['data.coop']!,
      /\n {2}custodian: "…" {2}# CETS 185 Art\. 29\(2\)\(d\): any available information identifying the custodian/,
    );
    assert.deepEqual(findingsOf(RULE, fixed).findings, []);
  });

  it('is silent on every other kind of request, whatever it lacks', () => {
    for (const kind of [
      'extradition',
      'mutual-assistance',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
    ]) {
      expectRule(RULE, `${VPN_LOGS}\nrequest R-1 ${kind} {\n  data: [vpn-logs]\n}\n`);
    }
    // ...and on a request whose kind is unknown (CR004).
    expectRule(RULE, 'request R-1 preservaton {\n}\n');
  });

  it('messages name declarations and keys, never the contents of a string', () => {
    const text = `${PARTIES}\ndata bare-files {\n  description: "Files of Señora Ibáñez"\n}\n\n${preservation('PRES-1', ALL.replace('data: [vpn-logs]', 'data: [bare-files]').replace(/ {2}necessity: .*\n/, ''))}`;
    const found = findingsOf(RULE, text).findings;
    assert.equal(found.length, 3);
    assertQuotesNoString(asFiles(text), found);
  });

  describe("fix: insert the entry with a placeholder and the letter's words", () => {
    it("each finding's fix removes that finding and no other", () => {
      const text = 'data bare-files {\n  type: content\n}\n\nrequest PRES-9 preservation {\n  data: [bare-files]\n}\n';
      const found = findingsOf(RULE, text).findings;
      assert.equal(found.length, 7);
      for (const f of found) {
        const fixed = applyFixes({ 'main.coop': text }, [safeFix(f)!]);
        const after = findingsOf(RULE, fixed).findings;
        assert.equal(after.length, found.length - 1, f.finding.message);
        assert.ok(!after.some((a) => a.finding.message === f.finding.message), f.finding.message);
      }
    });

    it('inserts a placeholder with the words of 29(2)(e) as a comment', () => {
      const text = `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', without('necessity'))}`;
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
      assert.match(fixed, /\n {2}necessity: "…" {2}# CETS 185 Art\. 29\(2\)\(e\): the necessity of the preservation\n/);
    });

    it('fix-all leaves no CR301, still parses, and follows the indentation and line breaks', () => {
      const text = `${PARTIES}\ndata bare-files {\n  type: content\n}\n\n${preservation('PRES-1', '  facts: "The credentials were used in March 2026"\n  data: [bare-files]')}`;
      const fixed = expectFixedInEveryStyle(RULE, text)['main.coop']!;
      for (const key of ['authority', 'offences', 'necessity', 'follow-up', 'relevance', 'custodian'])
        assert.match(fixed, new RegExp(`\\n {2}${key}: `));
    });

    it('fix-all on an empty one-line request and a one-line data declaration, in a document indented elsewhere', () => {
      expectFixedInEveryStyle(
        RULE,
        `${PARTIES}\ndata bare-files { type: content }\n\nrequest PRES-9 preservation { data: [bare-files] }\n`,
      );
    });

    it('inserts nothing but the placeholder and a comment: the value is for the drafter to write (CR007 reports it)', () => {
      const text = 'data bare-files {\n  type: content\n}\n\nrequest PRES-9 preservation {\n  data: [bare-files]\n}\n';
      const found = findingsOf(RULE, text).findings;
      for (const f of found) {
        const fix = safeFix(f)!;
        assert.equal(fix.edits.length, 1);
        assert.match(fix.edits[0]!.newText, /^\n? {2}[a-z-]+: "…" {2}# CETS 185 Art\. 29\(2\)\([a-f]\): [^\n"]+\n$/, fix.edits[0]!.newText);
      }
      const fixed = fixAll({ 'main.coop': text }, { rules: [RULE] }).files;
      assert.equal(lintTexts(fixed).findings.filter((f) => f.rule === 'CR007').length, 7);
    });

    it('an entry written as an empty list is filled with the placeholder, not given a second entry that would not count', () => {
      const entries = ALL.replace('offences: [intrusion]', 'offences: []').replace('data: [vpn-logs]', 'data: [ ]');
      const text = `${PARTIES}\n${VPN_LOGS}\n${preservation('PRES-1', entries)}`;
      const offences = findingsOf(RULE, text).findings.find((f) => f.finding.message.includes('"offences"'))!;
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(offences)!])['main.coop']!;
      assert.equal(fixed.match(/offences:/g)!.length, 1);
      assert.match(fixed, /\n {2}offences: "…"\n/);
      // fix-all ends, in one pass, with no CR301 left.
      const all = fixAll({ 'main.coop': text }, { rules: [RULE] });
      assert.equal(all.passes, 1);
      assert.deepEqual(findingsOf(RULE, all.files).findings, []);
      expectFixedInEveryStyle(RULE, text);
    });
  });

  describe('the governing instrument: Budapest Art. 29(2) (also with no basis), UNCC Art. 42, or the law of the requested party', () => {
    /** The complete preservation from ES (bound by Budapest and the UN Convention) without `necessity`, on `basis` ('' for none), AT's instruments as given. */
    const underBasis = (basis: string, at = 'instruments: [budapest, ets24, ets30]'): string =>
      `${PARTIES.replace('instruments: [budapest, ets24, ets30]\n}\n\noffence', `${at}\n}\n\noffence`).replace('instruments: [budapest, ets24, ets30]', 'instruments: [budapest, ets24, ets30, uncc]')}\n${VPN_LOGS}\n${preservation('PRES-1', without('necessity'), '  #! CR301').replace('  basis: budapest art 29\n', basis ? `  basis: ${basis}\n` : '')}`;
    const BUDAPEST = /lacks "necessity": the necessity of the preservation \(CETS 185 Art\. 29\(2\)\(e\)\)\.$/;
    const UNCC =
      /lacks "necessity": the necessity of the preservation \(UNCC Art\. 42 \(summary, to be verified against the official text\)\)\.$/;
    const LAW =
      /lacks "necessity": the necessity of the preservation \(the contents of a preservation request, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 29', 'budapest art 29', undefined, BUDAPEST],
      ['no basis (Budapest governs a preservation request by default)', '', undefined, BUDAPEST],
      ['Budapest before the UN Convention', '[uncc, budapest art 29]', 'instruments: [budapest, uncc]', BUDAPEST],
      ['the UN Convention', 'uncc', 'instruments: [budapest, uncc]', UNCC],
      ['the UN Convention, where AT is not bound by Budapest', '[budapest art 29, uncc]', 'instruments: [uncc]', UNCC],
      ['Budapest, with AT bound by no instrument (instruments: [])', 'budapest art 29', 'instruments: []', LAW],
      ['no basis, with AT bound by no instrument', '', 'instruments: []', LAW],
      ['the UN Convention, which AT is not bound by', 'uncc', undefined, LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
    ];
    for (const [what, basis, at, cites] of cases) {
      it(`${what}: fires at the name, and cites ${cites === BUDAPEST ? 'Art. 29(2)(e)' : cites === UNCC ? 'UNCC Art. 42' : "the requested party's law"}`, () => {
        const l = expectRule(RULE, underBasis(basis, at));
        const [f] = l.findings;
        assert.match(where(l, f!), / PRES-1$/);
        assert.match(f!.finding.message, cites);
        if (cites !== BUDAPEST) assert.doesNotMatch(f!.finding.message, /CETS 185/);
        if (cites !== UNCC) assert.doesNotMatch(f!.finding.message, /UNCC/);
        // The fix's comment cites what the finding cites, with the letter's words.
        const fixed = applyFixes({ 'main.coop': underBasis(basis, at) }, [safeFix(f!)!])['main.coop']!;
        const comment = /\n {2}necessity: "…" {2}# (.*)\n/.exec(fixed)![1]!;
        assert.equal(
          comment,
          `${/\((CETS 185 Art\. 29\(2\)\(e\)|UNCC Art\. 42 \(summary, to be verified against the official text\)|the contents of a preservation request, where the law of the requested party provides for it)\)\.$/.exec(f!.finding.message)![1]}: the necessity of the preservation`,
        );
      });
    }

    it('data items lacking (c) and (d) are cited the same way under the UN Convention', () => {
      const text = underBasis('uncc', 'instruments: [uncc]')
        .replace('custodian: provider "Alpen Hosting GmbH" in AT\n', '')
        .replace('  #! CR301', '  #! CR301 CR301');
      const l = expectRule(RULE, text);
      const custodian = l.findings.find((f) => f.finding.message.includes('"custodian"'))!;
      assert.match(
        custodian.finding.message,
        /data vpn-logs, which has no "custodian": .* \(UNCC Art\. 42 \(summary, to be verified against the official text\)\)\.$/,
      );
    });

    it('is silent under every instrument once complete', () => {
      for (const [basis, at] of [
        ['budapest art 29', undefined],
        ['', undefined],
        ['uncc', 'instruments: [uncc]'],
        ['reciprocity', 'instruments: []'],
      ] as const) {
        expectRule(
          RULE,
          underBasis(basis, at)
            .replace('  #! CR301', '')
            .replace(
              '  follow-up: mutual-assistance',
              '  necessity: "The provider keeps the logs for 14 days"\n  follow-up: mutual-assistance',
            ),
        );
      }
    });
  });
});
