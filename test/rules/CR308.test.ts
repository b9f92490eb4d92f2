// CR308 subscriber-order-scope: a subscriber-order asks for data whose `type` is not
// `subscriber` (Second Protocol Art. 7); the finding points at the data item in `data`. Version 2:
// the finding cites the Second Protocol (summary) where it governs, otherwise the law of the
// requested party; the complete order carries the contents of Art. 7(3) (CR312).

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
  authority: "Staatsanwaltschaft Köln"  date: 2026-03-02  offences: [intrusion]
  data: ${data}${marker}
  data-protection: "Used only in this investigation"
}

offence intrusion { conduct: "Copying the customer database"  category: budapest art 2 }
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
    assert.match(
      f!.finding.message,
      /^Subscriber-order SUB-1 asks for data mails, which is content data: a direct order to a provider reaches subscriber information only \(CETS 224 Art\. 7 \(summary, to be verified against the official text\)\)\.$/,
    );
    assert.equal(f!.finding.severity, 'error');
    // No fix: which data to seek, and by which procedure, is the drafter's to decide.
    assert.deepEqual(f!.finding.fixes, []);
    // The data's `type` entry is the related place.
    assert.equal(text.slice(f!.finding.related[0]!.start, f!.finding.related[0]!.end), 'type: content');
  });

  it('is silent when every item is subscriber information', () => {
    expectExactly(order('[holder]'));
    expectRule(RULE, order('holder'));
  });

  it('one finding per item that is not subscriber information, each at its item', () => {
    const l = expectRule(RULE, order('[mails, holder, logins]', '   #! CR308 CR308'));
    assert.deepEqual(
      l.findings.map((f) => where(l, f)),
      ['27:10 mails', '27:25 logins'],
    );
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
    for (const kind of [
      'extradition',
      'mutual-assistance',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'direct-access',
    ]) {
      expectRule(RULE, `${DATA}\nrequest R-1 ${kind} {\n  data: [mails, logins]\n}\n`);
    }
  });

  describe('the governing instrument: the Second Protocol, or the law of the requested party', () => {
    const PROTOCOL = /\(CETS 224 Art\. 7 \(summary, to be verified against the official text\)\)\.$/;
    const LAW = /\(a subscriber order, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string, RegExp][] = [
      ['the Second Protocol, Art. 7', 'budapest-2ap art 7', 'instruments: [budapest, budapest-2ap]', PROTOCOL],
      ['the Second Protocol, which IE is not bound by', 'budapest-2ap art 7', 'instruments: [budapest]', LAW],
      ['the Second Protocol, with IE bound by no instrument (instruments: [])', 'budapest-2ap', 'instruments: []', LAW],
      ['the Budapest Convention (not an instrument for this kind of request)', 'budapest', 'instruments: [budapest, budapest-2ap]', LAW],
      ['no basis', '', 'instruments: [budapest, budapest-2ap]', LAW],
    ];
    for (const [what, basis, ie, cites] of cases) {
      it(`${what}: fires at the item, citing ${cites === PROTOCOL ? 'CETS 224 Art. 7 (summary)' : 'the law of the requested party'}`, () => {
        const text =
          order('[mails]', '   #! CR308').replace('  basis: budapest-2ap art 7\n', basis ? `  basis: ${basis}\n` : '') +
          `party DE { name: "Germany"  instruments: [budapest, budapest-2ap] }\nparty IE { name: "Ireland"  ${ie} }\n`;
        const l = expectRule(RULE, text);
        assert.match(where(l, l.findings[0]!), /:10 mails$/);
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites === LAW) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS 224|CETS 185/);
      });
    }
  });
});
