// CR407 data-protection-missing: a mutual-assistance, traffic-disclosure, emergency-disclosure or
// subscriber-order request whose `data` include a subscriber, traffic (version 2) or content item,
// without `data-protection`; at the request's name. The fix inserts a `data-protection` placeholder.
// The finding cites Second Protocol Art. 14 and UNCC Art. 36 (summaries) only where they are in the
// basis and apply between the parties; otherwise the data-protection law of the requested party.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from '../support/apply';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, findingsOf, where } from '../support/ruletest';

const RULE = 'CR407';

const DATA = `data holder {
  type: subscriber
  description: "Holder of the cloud account of Mr Jones"
  relevance: "The account stored the stolen database"
  custodian: provider "NimbusCloud Ltd" in IE
}

data mails {
  type: content
  description: "Mails of the account of Mr Jones"
  relevance: "The database was sent by mail"
  custodian: provider "NimbusCloud Ltd" in IE
}

data logins {
  type: traffic
  description: "Login times and addresses"
  relevance: "Locate the account holder"
  custodian: provider "NimbusCloud Ltd" in IE
}
`;

function order(data: string, protection: string, header = ''): string {
  return `${DATA}
request SUB-1 subscriber-order {${header}
  from: DE
  to: provider "NimbusCloud Ltd" in IE
  basis: budapest-2ap art 7
  authority: "Staatsanwaltschaft Köln"  date: 2026-03-02  offences: [intrusion]
  data: ${data}
${protection ? `  ${protection}\n` : ''}}

offence intrusion { conduct: "Copying the customer database"  category: budapest art 2 }
`;
}

const PROTECTION = 'data-protection: "Used only in this investigation; deleted after final judgment"';

describe('CR407 data-protection-missing', () => {
  it('a complete workspace with a subscriber-order without data-protection has exactly that finding, at the name', () => {
    const text = order('[holder]', '', '   #! CR407');
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '22:9 SUB-1');
    assert.match(f!.finding.message, /SUB-1/);
    assert.equal(
      f!.finding.message,
      'Request SUB-1 seeks personal data (holder: subscriber) and does not say how they will be protected ("data-protection"; CETS 224 Art. 14 — summary, to be verified against the official text).',
    );
    assert.equal(f!.finding.severity, 'warning');
    assert.deepEqual(
      f!.finding.related.map((r) => text.slice(r.start, r.end)),
      ['holder'],
    );
  });

  it('is silent on the fixed version', () => {
    expectExactly(order('[holder]', PROTECTION));
  });

  it('fires on each of the four kinds, for subscriber, traffic (version 2) or content data', () => {
    for (const kind of ['mutual-assistance', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order']) {
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {   #! CR407\n  data: [mails]\n}\n`);
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {   #! CR407\n  data: [holder]\n}\n`);
      const [traffic] = expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {   #! CR407\n  data: [logins]\n}\n`).findings;
      assert.match(traffic!.finding.message, /\(logins: traffic\)/);
    }
  });

  it('is silent on the other kinds, whatever data they seek', () => {
    for (const kind of ['extradition', 'preservation', 'direct-access', 'provisional-arrest', 'extraditon']) {
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {\n  data: [holder, mails, logins]\n}\n`);
    }
  });

  it('one finding per request, naming each personal data item once', () => {
    const text = order('[mails, logins, holder, mails]', '', '   #! CR407');
    const [f] = expectRule(RULE, text).findings;
    assert.match(f!.finding.message, /\(mails: content, logins: traffic and holder: subscriber\)/);
    assert.deepEqual(
      f!.finding.related.map((r) => text.slice(r.start, r.end)),
      ['mails', 'logins', 'holder'],
    );
  });

  it('is silent when no item is known to be personal data: no type, an unusable type, an unresolved name, no data', () => {
    const decls = 'data untyped {\n  description: "Something"\n}\n\ndata odd {\n  type: contents\n}\n';
    const text = `${decls}\n${order('[untyped, odd, nowhere]', '')}`;
    expectRule(RULE, text);
    const rules = lintTexts({ 'main.coop': text }).findings.map((f) => f.rule);
    assert.ok(rules.includes('CR004') && rules.includes('CR002'), rules.join(' '));
    expectRule(RULE, order('[]', ''));
    expectRule(RULE, order('[]', '').replace('  data: []\n', ''));
  });

  it('a data-protection entry that is present but unusable keeps it silent', () => {
    const text = order('[holder]', 'data-protection: strict');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('a misspelt key is not the key it resembles', () => {
    expectRule(RULE, order('[holder]', PROTECTION.replace('data-protection', 'data-protecton'), '   #! CR407'));
  });

  it('data declared in another file', () => {
    const l = expectRule(RULE, { 'data.coop': DATA, 'order.coop': order('[mails]', '', '   #! CR407').slice(DATA.length) });
    assert.equal(l.findings[0]!.finding.related[0]!.uri, 'file:///ws/data.coop');
  });

  describe('fix: insert data-protection', () => {
    it('inserts a placeholder with what to say as a comment, and the finding is gone (CR007 reports the placeholder)', () => {
      const text = order('[holder]', '');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(
        fixed,
        /\n {2}data-protection: "…" {2}# purpose and use limitation, retention, onward transfer only with authorisation\n\}/,
      );
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(findingsOf('CR007', fixed).findings.length, 1);
    });

    it('an entry written as an empty list is filled, not given a second entry that would not count', () => {
      const text = order('[holder]', 'data-protection: []', '   #! CR407');
      expectRule(RULE, text);
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.equal(fixed.match(/data-protection:/g)!.length, 1);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
      assert.equal(fixAll({ 'main.coop': text }, { rules: [RULE] }).passes, 1);
    });

    it('fix-all in every style', () => {
      expectFixedInEveryStyle(RULE, order('[holder, mails]', ''));
    });
  });

  describe('the governing instrument: the Protocol and the UN Convention are cited only where they are in the basis and apply', () => {
    /** A mutual-assistance request from DE to IE for the mails, on `basis`, IE's instruments as given. */
    const mla = (basis: string, ie = 'instruments: [budapest, budapest-2ap, ets30, uncc]'): string => `${DATA}
party DE { name: "Germany"  instruments: [budapest, budapest-2ap, ets30, uncc] }
party IE { name: "Ireland"  ${ie} }

request MLA-1 mutual-assistance {   #! CR407
  measure: stored-data
  from: DE
  to: IE
${basis ? `  basis: ${basis}\n` : ''}  data: [mails]
}
`;
    const PROTOCOL = /; CETS 224 Art\. 14 — summary, to be verified against the official text\)\.$/;
    const UNCC = /; UNCC Art\. 36 — summary, to be verified against the official text\)\.$/;
    const BOTH = /; CETS 224 Art\. 14; UNCC Art\. 36 — summaries, to be verified against the official text\)\.$/;
    const LAW = /; the data-protection law of the requested party\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 31 (no data-protection article)', 'budapest art 31', undefined, LAW],
      ['ETS 30', 'ets30', undefined, LAW],
      ['the UN Convention', 'uncc', undefined, UNCC],
      ['ETS 30 with the UN Convention in the basis (ETS 30 governs, UNCC Art. 36 applies)', '[ets30, uncc]', undefined, UNCC],
      ['Budapest with the Second Protocol in the basis', '[budapest art 31, budapest-2ap]', undefined, PROTOCOL],
      ['the Second Protocol and the UN Convention', '[budapest-2ap, uncc]', undefined, BOTH],
      ['the UN Convention, which IE is not bound by', 'uncc', 'instruments: [budapest, ets30]', LAW],
      [
        'the Second Protocol and the UN Convention, with IE bound by no instrument (instruments: [])',
        '[budapest-2ap, uncc]',
        'instruments: []',
        LAW,
      ],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, ie, cites] of cases) {
      it(`${what}: fires at the name, citing ${cites === LAW ? 'the data-protection law of the requested party' : cites === PROTOCOL ? 'CETS 224 Art. 14' : cites === UNCC ? 'UNCC Art. 36' : 'both'}`, () => {
        const l = expectRule(RULE, mla(basis, ie));
        assert.match(where(l, l.findings[0]!), / MLA-1$/);
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS|UNCC|ETS 30/);
      });
    }

    it("a subscriber-order under the Second Protocol that IE is not bound by: the requested party's law", () => {
      const text = `${order('[holder]', '', '   #! CR407')}party IE { name: "Ireland"  instruments: [budapest] }\n`;
      const [f] = expectRule(RULE, text).findings;
      assert.match(f!.finding.message, LAW);
    });
  });
});
