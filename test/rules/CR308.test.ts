// CR308 subscriber-order-scope: a subscriber-order asks for data whose `type` is not
// `subscriber` (Second Protocol Art. 7); the finding points at the data item in `data`.

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR308';

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

function order(data: string, marker = ''): string {
  return `${DATA}
request SUB-1 subscriber-order {
  from: DE
  to: provider "NimbusCloud Ltd" in IE
  basis: budapest-2ap art 7
  authority: "Staatsanwaltschaft Köln"
  data: ${data}${marker}
  data-protection: "Used only in this investigation"
}
`;
}

describe('CR308 subscriber-order-scope', () => {
  it('a complete workspace asking for content data has exactly that finding, at the item in `data`', () => {
    const text = order('[holder, mails]', '   #! CR308');
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '27:18 mails');
    assert.match(f!.finding.message, /SUB-1/);
    assert.match(f!.finding.message, /\bmails\b/);
    assert.match(f!.finding.message, /content/);
    assert.equal(f!.finding.severity, 'error');
    // The data's `type` entry is the related place.
    assert.equal(text.slice(f!.finding.related[0]!.start, f!.finding.related[0]!.end), 'type: content');
  });

  it('is silent when every item is subscriber information', () => {
    expectExactly(order('[holder]'));
    expectRule(RULE, order('holder'));
  });

  it('one finding per item that is not subscriber information, each at its item', () => {
    const l = expectRule(RULE, order('[mails, holder, logins]', '   #! CR308 CR308'));
    assert.deepEqual(l.findings.map((f) => where(l, f)), ['27:10 mails', '27:25 logins']);
    assert.match(l.findings[1]!.finding.message, /traffic/);
  });

  it('an item without a type is not subscriber information', () => {
    const text = `data unknown-kind {\n  description: "Something of the account"\n}\n\n${order('[unknown-kind]', '   #! CR308')}`;
    const l = expectRule(RULE, text);
    assert.match(l.findings[0]!.finding.message, /unknown-kind/);
  });

  it('stays silent on an item whose type is unusable or that does not resolve', () => {
    const text = `data odd {\n  type: subscribr\n}\n\n${order('[odd, nowhere]')}`;
    expectRule(RULE, text);
    const rules = lintTexts({ 'main.coop': text }).findings.map((f) => f.rule);
    assert.ok(rules.includes('CR004') && rules.includes('CR002'), rules.join(' '));
  });

  it('an empty data list asks for nothing', () => {
    expectRule(RULE, order('[]'));
  });

  it('data declared in another file', () => {
    const files = { 'data.coop': DATA, 'order.coop': order('[mails]', '   #! CR308').slice(DATA.length) };
    const l = expectRule(RULE, files);
    assert.equal(l.findings[0]!.finding.related[0]!.uri, 'file:///ws/data.coop');
  });

  it('is silent on every other kind of request asking for content', () => {
    for (const kind of ['extradition', 'mutual-assistance', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'direct-access']) {
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {\n  data: [mails, logins]\n}\n`);
    }
  });
});
