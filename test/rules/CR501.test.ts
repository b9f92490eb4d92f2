// CR501 controller-first: a request seeks a data item whose `controller` is not its custodian and
// gives no `controller-risk` saying why the data cannot be sought from the controller first; an info
// at the request's name. Practice, resting on no treaty article: the message cites no instrument,
// whatever the basis.

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR501';

function invoices(custodian: string, controller: string, name = 'invoices'): string {
  return `data ${name} {
  type: content
  description: "Invoices stored in the company's cloud drive"
  relevance: "The forged invoices were issued from this drive"
${custodian ? `  custodian: ${custodian}\n` : ''}${controller ? `  controller: ${controller}\n` : ''}}
`;
}

const CLOUD = 'provider "Marketplace Cloud s.r.o." in SK';
const COMPANY = '"Alfa Trade Kft."';

function production(data: string, extra = '', header = ''): string {
  return `party HU {
  name: "Hungary"
  instruments: [budapest, ets30]
}

party SK {
  name: "Slovakia"
  instruments: [budapest, ets30]
}

offence invoice-fraud {
  conduct: "Issuing forged invoices to obtain VAT refunds"
  category: budapest art 7
  law HU { cite: "Criminal Code, forgery"  max-penalty: 5 years }
  law SK { cite: "Criminal Code, forgery"  max-penalty: 5 years }
}

${data}
request MLA-1 mutual-assistance {${header}
  measure: production
  from: HU
  to: SK
  basis: budapest art 31
  authority: "Chief Prosecutor's Office, Budapest"
  purpose: "Obtain the forged invoices"
  offences: [invoice-fraud]
  facts: "Forged invoices were issued in 2026"
  data: [invoices]
${extra ? `  ${extra}\n` : ''}  data-protection: "Used only in this case"
  safeguards {
    authorization: judicial "Order of the investigating judge"
    necessity: "The invoices exist only in the drive"
    proportionality: "One drive, one year"
    notice: deferred "Told when the investigation closes"
    redress: "Complaint to the court"
  }
  grounds {
    dual-criminality: not-engaged "Forgery is criminal in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
  }
}
`;
}

describe('CR501 controller-first', () => {
  it("a complete workspace seeking a controller's data from its provider has exactly that info, at the name", () => {
    const text = production(invoices(CLOUD, COMPANY), '', '   #! CR501');
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '26:9 MLA-1');
    assert.equal(
      f!.finding.message,
      'Request MLA-1 seeks data invoices from its custodian rather than its controller, and gives no "controller-risk" saying why the controller cannot be asked first.',
    );
    assert.equal(f!.finding.severity, 'info');
    assert.deepEqual(
      f!.finding.related.map((r) => text.slice(r.start, r.end)),
      [`controller: ${COMPANY}`],
    );
  });

  it('is silent with a controller-risk, even one whose value is unusable', () => {
    expectExactly(production(invoices(CLOUD, COMPANY), 'controller-risk: "The company\'s directors are suspects"'));
    const text = production(invoices(CLOUD, COMPANY), 'controller-risk: directors-suspected');
    expectRule(RULE, text);
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
  });

  it('is silent when the controller is the custodian (case and spaces aside), or when there is no controller', () => {
    expectRule(RULE, production(invoices(CLOUD, '"marketplace cloud S.R.O. "')));
    expectRule(RULE, production(invoices(COMPANY, COMPANY)));
    expectRule(RULE, production(invoices(COMPANY.replace(/^"(.*)"$/, '"  $1 "'), COMPANY)));
    expectRule(RULE, production(invoices(CLOUD, '')));
  });

  it('a controller and no custodian: the controller is not the custodian', () => {
    expectRule(RULE, production(invoices('', COMPANY), '', '   #! CR501'));
  });

  it('stays silent when the controller or the custodian is present but unusable', () => {
    for (const data of [
      invoices(CLOUD, 'alfa-trade'),
      invoices('marketplace-cloud', COMPANY),
      invoices('provider "Marketplace Cloud s.r.o." in sk', COMPANY),
    ]) {
      const text = production(data);
      expectRule(RULE, text);
      assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
    }
  });

  it('one finding naming every such data item once; silent on unresolved items', () => {
    const data = `${invoices(CLOUD, COMPANY)}\n${invoices(CLOUD, '"Beta Logistics Zrt."', 'ledgers')}`;
    const [f] = expectRule(
      RULE,
      production(data, '', '   #! CR501').replace('data: [invoices]', 'data: [invoices, ledgers, invoices, nowhere]'),
    ).findings;
    assert.equal(
      f!.finding.message,
      'Request MLA-1 seeks data invoices and ledgers from their custodian rather than their controller, and gives no "controller-risk" saying why the controller cannot be asked first.',
    );
    assert.deepEqual(
      f!.finding.related.map((r) => r.message),
      ['controller of data invoices', 'controller of data ledgers'],
    );
    expectRule(RULE, production(invoices(CLOUD, COMPANY)).replace('data: [invoices]', 'data: [nowhere]'));
  });

  it('applies to every kind of request', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `${invoices(CLOUD, COMPANY)}\nrequest R-1 ${kind} {   #! CR501\n  data: [invoices]\n}\n`);
    }
  });

  it('data declared in another file', () => {
    const l = expectRule(RULE, { 'data.coop': invoices(CLOUD, COMPANY), 'request.coop': production('', '', '   #! CR501') });
    assert.equal(l.findings[0]!.finding.related[0]!.uri, 'file:///ws/data.coop');
  });

  it('cites no instrument, whatever the basis', () => {
    for (const basis of ['budapest art 31', 'ets30', 'uncc', 'reciprocity', '']) {
      const text = production(invoices(CLOUD, COMPANY), '', '   #! CR501').replace(
        '  basis: budapest art 31\n',
        basis ? `  basis: ${basis}\n` : '',
      );
      const l = expectRule(RULE, text);
      assert.equal(where(l, l.findings[0]!), '26:9 MLA-1', basis);
      assert.doesNotMatch(l.findings[0]!.finding.message, /CETS|ETS \d|UNCC/, basis);
    }
  });
});
