// CR302 preservation-seeks-disclosure: a preservation request that also asks for the data — an
// entry `disclose`, `produce` or `measure` — pointing at that entry. Version 2: removing an entry
// is the drafter's choice, so the fix that removes it is a quick fix (`safe: false`), never applied
// by fix-all; the finding cites Budapest Arts 29(1), 31 where Budapest governs (also with no
// basis), UNCC Arts 42, 44 (summary) where the UN Convention does, else the requested party's law.

import assert from 'node:assert/strict';
import { applyFixes, assertStyle, crlf, fixAll, styleVariants } from '../support/apply';
import { keys, lintTexts, type LineFinding } from '../support/lint';
import { expectExactly, expectRule, findingsOf, suggestionTitles, where } from '../support/ruletest';

/** The quick fix that removes the entry (offered in the editor only). */
function quickFix(f: LineFinding) {
  assert.equal(f.finding.fixes.length, 1);
  const [fix] = f.finding.fixes;
  assert.equal(fix!.safe, false, "removing an entry is the drafter's choice: never a safe fix");
  assert.deepEqual(suggestionTitles(f), [fix!.title]);
  return fix!;
}

const RULE = 'CR302';

const BASE = `party ES {
  name: "Spain"
  instruments: [budapest]
}

party AT {
  name: "Austria"
  instruments: [budapest]
}

offence intrusion {
  conduct: "Entering the customs network with stolen VPN credentials"
  category: budapest art 2
  law ES { cite: "Criminal Code, unauthorised access"  max-penalty: 2 years }
  law AT { cite: "Criminal Code, unlawful access"  max-penalty: 2 years }
}

data vpn-logs {
  type: traffic
  description: "Connection logs of the gateway, March 2026"
  relevance: "Show the logins with the stolen credentials"
  custodian: provider "Alpen Hosting GmbH" in AT
}
`;

function preservation(extra: string, header = ''): string {
  return `${BASE}
request PRES-1 preservation {${header}
  from: ES
  to: AT
  basis: budapest art 29
  authority: "Guardia Civil"
  offences: [intrusion]
  facts: "The credentials were used in March 2026"
  data: [vpn-logs]
  necessity: "The provider keeps the logs for 14 days"
  follow-up: mutual-assistance
${extra}
  grounds {
    political-offence: not-engaged "Organised smuggling for profit"
    essential-interests: not-engaged "Ordinary criminal evidence"
  }
}

request MLA-1 mutual-assistance {
  measure: testimony
  from: ES
  to: AT
  basis: budapest art 25
  authority: "Juzgado Central de Instrucción"
  purpose: "Hear the administrator of the gateway as a witness"
  offences: [intrusion]
  facts: "The credentials were used in March 2026"
  preserved-by: PRES-1
  grounds {
    dual-criminality: not-engaged "Unauthorised access is criminal in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
  }
}
`;
}

describe('CR302 preservation-seeks-disclosure', () => {
  it('a complete workspace whose preservation asks for disclosure has exactly that finding, at the entry', () => {
    const text = preservation('  disclose: "Send the logs to the Guardia Civil"   #! CR302');
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '35:3 disclose: "Send the logs to the Guardia Civil"');
    assert.match(f!.finding.message, /PRES-1/);
    assert.match(f!.finding.message, /"disclose"/);
    assert.match(f!.finding.message, /needs a mutual-assistance request \(CETS 185 Arts 29\(1\), 31\)\.$/);
    assert.equal(f!.finding.severity, 'error');
  });

  it('is silent on the fixed version', () => {
    expectExactly(preservation(''));
  });

  it('fires on `produce` and on `measure`, one finding per entry', () => {
    const l = expectRule(
      RULE,
      preservation('  produce: "The logs as CSV"  #! CR302\n  measure: stored-data  #! CR302\n  disclose: "All of it"  #! CR302'),
    );
    assert.deepEqual(
      l.findings.map((f) => where(l, f)),
      ['35:3 produce: "The logs as CSV"', '36:3 measure: stored-data', '37:3 disclose: "All of it"'],
    );
  });

  it('entries on one line: each finding covers its own entry', () => {
    const l = expectRule(RULE, preservation('  produce: "The logs"; disclose: "Now"   #! CR302 CR302'));
    assert.deepEqual(
      l.findings.map((f) => where(l, f)),
      ['35:3 produce: "The logs"', '35:24 disclose: "Now"'],
    );
  });

  it('a measure whose word is unknown is still an entry asking for more than preservation', () => {
    // The key is known (no CR004 on it), so the entry is there; only its value is CR004.
    const text = preservation('  measure: stored-dta   #! CR302');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 35));
  });

  it('a misspelt key is not the key it resembles: CR004, not CR302', () => {
    const text = preservation('  disclos: "Send the logs"');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' && f.line === 35));
  });

  it('is silent on requests of other kinds that ask for the data', () => {
    for (const kind of [
      'mutual-assistance',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
      'extradition',
    ]) {
      expectRule(RULE, `request R-1 ${kind} {\n  disclose: "The logs"\n  produce: "The logs"\n  measure: production\n}\n`);
    }
  });

  describe('quick fix (offered in the editor, never applied in bulk): remove the entry', () => {
    it("fix-all and --fix leave the entries: what the request asks for is the drafter's to decide", () => {
      const text = preservation('  produce: "The logs as CSV"\n  measure: stored-data\n  disclose: "All of it"');
      const { files, applied } = fixAll({ 'main.coop': text }, { rules: [RULE] });
      assert.equal(applied, 0);
      assert.equal(files['main.coop'], text);
    });

    it('removes the whole line, comment included, and the finding is gone', () => {
      const text = preservation('  disclose: "Send the logs to the Guardia Civil"   # asked by the prosecutor');
      const [f] = findingsOf(RULE, text).findings;
      assert.equal(quickFix(f!).title, 'Remove "disclose"');
      const fixed = applyFixes({ 'main.coop': text }, [quickFix(f!)])['main.coop']!;
      assert.equal(fixed, preservation('').replace('follow-up: mutual-assistance\n\n', 'follow-up: mutual-assistance\n'));
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('removes one entry of a line that holds two, keeping the other', () => {
      const text = preservation('  produce: "The logs"; disclose: "Now"');
      const l = findingsOf(RULE, text);
      const produce = l.findings.find((f) => f.finding.message.includes('"produce"'))!;
      const fixed = applyFixes({ 'main.coop': text }, [quickFix(produce)])['main.coop']!;
      assert.match(fixed, /\n {2}disclose: "Now"\n/);
      assert.equal(findingsOf(RULE, fixed).findings.length, 1);
    });

    it('the quick fixes together remove every such entry in every style and leave the text parsing', () => {
      const text = preservation('  produce: "The logs as CSV"\n  measure: stored-data\n  disclose: "All of it"');
      for (const variant of styleVariants(text)) {
        const before = findingsOf(RULE, variant.text).findings;
        assert.equal(before.length, 3, variant.name);
        const fixed = applyFixes({ 'main.coop': variant.text }, before.map(quickFix))['main.coop']!;
        assert.deepEqual(findingsOf(RULE, fixed).findings, [], variant.name);
        const malformed = (t: string) =>
          keys(lintTexts({ 'main.coop': t }).findings.filter((f) => ['CR001', 'CR004', 'CR005'].includes(f.rule)));
        assert.deepEqual(malformed(fixed), malformed(variant.text), variant.name);
        assertStyle(variant.text, fixed, variant.unit, variant.eol, false);
        assert.doesNotMatch(fixed, /produce|disclose|measure: stored-data/, variant.name);
      }
    });

    it('with CRLF line breaks, removes the line and its CRLF, leaving no stray line break', () => {
      const text = crlf(preservation('  disclose: "Send the logs"'));
      const [f] = findingsOf(RULE, text).findings;
      const fixed = applyFixes({ 'main.coop': text }, [quickFix(f!)])['main.coop']!;
      assert.equal(fixed, crlf(preservation('').replace('follow-up: mutual-assistance\n\n', 'follow-up: mutual-assistance\n')));
    });
  });

  describe('the governing instrument', () => {
    /** The complete preservation with a `disclose` entry, on `basis`, AT's instruments as given. */
    const underBasis = (basis: string, at = 'instruments: [budapest]'): string =>
      preservation('  disclose: "Send the logs"   #! CR302')
        .replace('party ES {\n  name: "Spain"\n  instruments: [budapest]', 'party ES {\n  name: "Spain"\n  instruments: [budapest, uncc]')
        .replace('party AT {\n  name: "Austria"\n  instruments: [budapest]', `party AT {\n  name: "Austria"\n  ${at}`)
        .replace('  basis: budapest art 29\n', basis ? `  basis: ${basis}\n` : '');
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 29', 'budapest art 29', undefined, /\(CETS 185 Arts 29\(1\), 31\)\.$/],
      ['no basis (Budapest by default)', '', undefined, /\(CETS 185 Arts 29\(1\), 31\)\.$/],
      [
        'the UN Convention',
        'uncc',
        'instruments: [budapest, uncc]',
        /\(UNCC Arts 42, 44 \(summary, to be verified against the official text\)\)\.$/,
      ],
      [
        'Budapest, with AT bound by no instrument (instruments: [])',
        'budapest art 29',
        'instruments: []',
        /\(the law of the requested party\)\.$/,
      ],
      ['the UN Convention, which AT is not bound by', 'uncc', undefined, /\(the law of the requested party\)\.$/],
      ['reciprocity', 'reciprocity', undefined, /\(the law of the requested party\)\.$/],
    ];
    for (const [what, basis, at, cites] of cases) {
      it(`${what}: fires at the entry, citing ${cites.source.includes('CETS') ? 'Budapest Arts 29(1), 31' : cites.source.includes('UNCC') ? 'UNCC Arts 42, 44' : "the requested party's law"} and no instrument that does not apply`, () => {
        const l = expectRule(RULE, underBasis(basis, at));
        const [f] = l.findings;
        assert.match(where(l, f!), /:3 disclose: "Send the logs"$/);
        assert.match(f!.finding.message, cites);
        if (!cites.source.includes('CETS')) assert.doesNotMatch(f!.finding.message, /CETS 185/);
        if (!cites.source.includes('UNCC')) assert.doesNotMatch(f!.finding.message, /UNCC/);
      });
    }
  });
});
