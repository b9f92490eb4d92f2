// CR503 conflict-of-laws: a request addressed to a provider seeks a data item whose `stored-in`
// party is neither the requesting party nor the provider's `in` party, and has no `conflicts`
// entry; at the request's name. A practice rule resting on no treaty article: its message says so
// and cites no instrument, whatever the basis (rules.md).

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { ruleById } from '../../server/src/language/rules/index';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR503';

function holder(storedIn: string, name = 'account-holder'): string {
  return `data ${name} {
  type: subscriber
  description: "Holder of the cloud account of Ms Keller"
  relevance: "The account stored the stolen customer database"
  custodian: provider "NimbusCloud Ltd" in IE
${storedIn ? `  stored-in: ${storedIn}\n` : ''}}
`;
}

function order(
  opts: { storedIn?: string; to?: string; from?: string; extra?: string; header?: string; kind?: string; data?: string } = {},
): string {
  return `${holder(opts.storedIn ?? 'US')}
request SUB-1 ${opts.kind ?? 'subscriber-order'} {${opts.header ?? ''}
${opts.from ?? '  from: DE\n'}  to: ${opts.to ?? 'provider "NimbusCloud Ltd" in IE'}
  basis: budapest-2ap art 7
  authority: "Staatsanwaltschaft Köln"  date: 2026-03-02  offences: [intrusion]
  data: ${opts.data ?? '[account-holder]'}
  data-protection: "Used only in this investigation; deleted after final judgment"
${opts.extra ? `  ${opts.extra}\n` : ''}}

offence intrusion { conduct: "Copying the customer database"  category: budapest art 2 }
`;
}

const CONFLICTS = 'conflicts: "If US law bars disclosure, the provider may say so and the request goes to the US"';

describe('CR503 conflict-of-laws', () => {
  it('a complete workspace with an order for data stored in a third State has exactly that finding, at the name', () => {
    const text = order({ header: '   #! CR503' });
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '9:9 SUB-1');
    assert.match(f!.finding.message, /SUB-1/);
    assert.match(f!.finding.message, /\bUS\b/);
    assert.match(f!.finding.message, /\baccount-holder\b/);
    assert.match(f!.finding.message, /"conflicts"/);
    assert.equal(
      f!.finding.message,
      'Request SUB-1 is addressed to a provider in IE for data stored in US (account-holder), and has no "conflicts" entry saying how a conflict with the law of US will be raised (a matter of practice, not of a treaty article: a provider should not have to break one State\'s law to obey another\'s).',
    );
    assert.equal(f!.finding.severity, 'warning');
    assert.deepEqual(
      f!.finding.related.map((r) => text.slice(r.start, r.end)),
      ['stored-in: US'],
    );
  });

  it('is silent with a conflicts entry, even one whose value is unusable', () => {
    expectExactly(order({ extra: CONFLICTS }));
    const text = order({ extra: 'conflicts: raise-with-us' });
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it("is silent when the data are stored in the requesting party, in the provider's party, or nowhere stated", () => {
    expectRule(RULE, order({ storedIn: 'DE' }));
    expectRule(RULE, order({ storedIn: 'IE' }));
    expectRule(RULE, order({ storedIn: '' }));
  });

  it('is silent when the request is addressed to a party, not a provider', () => {
    expectRule(RULE, order({ to: 'IE' }));
    expectRule(RULE, order({ to: 'US' }));
  });

  it("a provider without `in`: only the requesting party is the data's own", () => {
    expectRule(RULE, order({ to: 'provider "NimbusCloud Ltd"', header: '   #! CR503' }));
    expectRule(RULE, order({ to: 'provider "NimbusCloud Ltd"', storedIn: 'DE' }));
  });

  it("without `from`, the data stored outside the provider's party are in a third State", () => {
    expectRule(RULE, order({ from: '', header: '   #! CR503' }));
  });

  it('stays silent when `from`, `to` or `stored-in` is present but unusable', () => {
    for (const text of [
      order({ from: '  from: germany\n' }),
      order({ to: 'provider "NimbusCloud Ltd" in ie' }),
      order({ storedIn: 'usa' }),
    ]) {
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    }
  });

  it('one finding naming every third-State item and State; unresolved items are skipped', () => {
    const text = `${holder('JP', 'backups')}\n${holder('US', 'mirror')}\n${order({ header: '   #! CR503', data: '[account-holder, backups, mirror, nowhere]' })}`;
    const [f] = expectRule(RULE, text).findings;
    assert.match(f!.finding.message, /stored in US and JP \(account-holder, backups and mirror\)/);
    assert.equal(f!.finding.related.length, 3);
  });

  it('applies to any kind of request addressed to a provider', () => {
    for (const kind of ['emergency-disclosure', 'preservation', 'mutual-assistance', 'traffic-disclosure', 'direct-access']) {
      expectRule(RULE, order({ kind, header: '   #! CR503' }));
    }
  });

  it('data declared in another file', () => {
    const l = expectRule(RULE, { 'data.coop': holder('US'), 'order.coop': order({ header: '   #! CR503' }).slice(holder('US').length) });
    assert.equal(l.findings[0]!.finding.related[0]!.uri, 'file:///ws/data.coop');
  });

  it('says it is practice, and cites no instrument, whatever the basis', () => {
    for (const basis of ['budapest-2ap art 7', 'ets30', 'uncc', 'reciprocity', '']) {
      const text = order({ header: '   #! CR503' }).replace('  basis: budapest-2ap art 7\n', basis ? `  basis: ${basis}\n` : '');
      const l = expectRule(RULE, text);
      assert.equal(where(l, l.findings[0]!), '9:9 SUB-1', basis);
      assert.match(l.findings[0]!.finding.message, /a matter of practice, not of a treaty article/, basis);
      assert.doesNotMatch(l.findings[0]!.finding.message, /CETS|ETS \d|UNCC/, basis);
    }
  });

  it('rests on no article in the catalogue either', () => {
    assert.deepEqual(ruleById(RULE)!.meta.articles, []);
    assert.match(ruleById(RULE)!.meta.rationale, /practice/);
  });
});
