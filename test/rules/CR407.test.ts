// CR407 data-protection-missing: a mutual-assistance, traffic-disclosure, emergency-disclosure or
// subscriber-order request whose `data` include a subscriber or content item, without
// `data-protection`; at the request's name. The fix inserts a `data-protection` entry.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, safeFix } from '../support/apply';
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
  authority: "Staatsanwaltschaft Köln"
  data: ${data}
${protection ? `  ${protection}\n` : ''}}
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
    assert.match(f!.finding.message, /holder: subscriber/);
    assert.equal(f!.finding.severity, 'warning');
    assert.deepEqual(f!.finding.related.map((r) => text.slice(r.start, r.end)), ['holder']);
  });

  it('is silent on the fixed version', () => {
    expectExactly(order('[holder]', PROTECTION));
  });

  it('fires on each of the four kinds, for subscriber or content data', () => {
    for (const kind of ['mutual-assistance', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order']) {
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {   #! CR407\n  data: [mails]\n}\n`);
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {   #! CR407\n  data: [logins, holder]\n}\n`);
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {\n  data: [logins]\n}\n`);
    }
  });

  it('is silent on the other kinds, whatever data they seek', () => {
    for (const kind of ['extradition', 'preservation', 'direct-access']) {
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {\n  data: [holder, mails]\n}\n`);
    }
  });

  it('one finding per request, naming each personal data item once', () => {
    const [f] = expectRule(RULE, order('[mails, logins, holder, mails]', '', '   #! CR407')).findings;
    assert.match(f!.finding.message, /\(mails: content and holder: subscriber\)/);
    assert.equal(f!.finding.related.length, 2);
  });

  it('is silent when no item is known to be subscriber or content: no type, an unusable type, an unresolved name, no data', () => {
    const decls = 'data untyped {\n  description: "Something"\n}\n\ndata odd {\n  type: contents\n}\n';
    const text = `${decls}\n${order('[untyped, odd, nowhere, logins]', '')}`;
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
    it('inserts a placeholder with the Protocol\'s words labelled as a summary, and the finding is gone', () => {
      const text = order('[holder]', '');
      const fixed = applyFixes({ 'main.coop': text }, [safeFix(findingsOf(RULE, text).findings[0]!)!])['main.coop']!;
      assert.match(fixed, /\n {2}data-protection: "…" {2}# CETS 224 Art\. 14 \(summary, to be verified against the official text\)/);
      assert.deepEqual(findingsOf(RULE, fixed).findings, []);
    });

    it('fix-all in every style', () => {
      expectFixedInEveryStyle(RULE, order('[holder, mails]', ''));
    });
  });
});
