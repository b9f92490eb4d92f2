// CR404 interception-offence-not-serious: interception where no offence carries at least the
// threshold (Settings.interceptionThresholdYears, default 4 years) in the requesting party (Budapest
// 21(1)); the finding points at the `measure` value.

import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/language/settings';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR404';

const OFFENCES = `offence threats {
  conduct: "Sending threatening messages to a journalist"
  law IT { cite: "Criminal Code, threats"  max-penalty: 1 year }
  law CH { cite: "Criminal Code, threats"  max-penalty: 3 years }
}

offence extortion {
  conduct: "Threatening a journalist to obtain payment"
  law IT { cite: "Criminal Code, extortion"  max-penalty: 10 years }
  law CH { cite: "Criminal Code, extortion"  max-penalty: 10 years }
}
`;

/** A complete workspace with an interception request from IT to CH for `offences`. */
function interception(offences: string, marker = '', opts: { measure?: string; from?: string; decls?: string } = {}): string {
  return `party IT {
  name: "Italy"
  instruments: [budapest, ets30]
}

party CH {
  name: "Switzerland"
  instruments: [budapest, ets30]
}

${opts.decls ?? OFFENCES}
data chats {
  type: traffic
  description: "Traffic of the chat account vendetta77"
  relevance: "The threats are sent from this account"
  custodian: provider "ChatCo AG" in CH
}

request MLA-1 mutual-assistance {
  measure: ${opts.measure ?? 'interception'}${marker}
${opts.from ?? '  from: IT\n'}  to: CH
  basis: budapest art 34
  authority: "Procura della Repubblica di Milano"
  purpose: "Identify and stop the sender of the threats"
  offences: ${offences}
  facts: "Since May 2026 the journalist has received daily threats"
  data: [chats]
  data-protection: "Used only in this investigation"
  safeguards {
    authorization: judicial "Decree of the GIP of Milan, 2 June 2026"
    necessity: "The sender hides behind the chat service"
    proportionality: "One account"
    duration: 30 days
    scope: "Traffic of the account vendetta77 only"
    notice: deferred "Told when the investigation closes"
    redress: "Appeal to the Court of Cassation"
  }
  grounds {
    dual-criminality: not-engaged "Criminal in both States"
    political-offence: not-engaged "Personal vendetta"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic involved"
    human-rights: not-engaged "Targets only the sender's account"
  }
}
`;
}

/** Offence declarations with IT penalties as given. */
function penalties(...list: string[]): string {
  return list.map((p, i) => `offence o${i + 1} {\n  conduct: "Conduct number ${i + 1} of the sender"\n  law IT { cite: "Criminal Code"  max-penalty: ${p} }\n}\n`).join('\n');
}

const threshold = (years: number): Settings => ({ ...DEFAULT_SETTINGS, interceptionThresholdYears: years });

describe('CR404 interception-offence-not-serious', () => {
  it('a complete workspace intercepting for a 1-year offence has exactly that finding, at the measure value', () => {
    const l = expectExactly(interception('[threats]', '   #! CR404'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '31:12 interception');
    assert.match(f!.finding.message, /MLA-1/);
    assert.match(f!.finding.message, /\b4 years\b/);
    assert.match(f!.finding.message, /\bIT\b/);
    assert.equal(f!.finding.severity, 'warning');
    assert.deepEqual(f!.finding.related.map((r) => r.message), ['offence threats']);
  });

  it('is silent when an offence carries at least 4 years in the requesting party', () => {
    expectExactly(interception('[extortion]'));
    expectRule(RULE, interception('[threats, extortion]'));
  });

  it('"at least": 4 years or 48 months is enough; 3 years, 47 months or 1460 days is not', () => {
    for (const p of ['4 years', '48 months', '1461 days', '5 years']) expectRule(RULE, interception('[o1]', '', { decls: penalties(p) }));
    for (const p of ['3 years', '47 months', '1400 days', '1 year']) expectRule(RULE, interception('[o1]', '   #! CR404', { decls: penalties(p) }));
  });

  it('only the requesting party\'s law counts', () => {
    // threats: 1 year in IT, 3 in CH; with a CH penalty of 10 years it would still be the IT one that counts.
    const decls = 'offence stalking {\n  conduct: "Following the journalist online"\n  law IT { cite: "Criminal Code"  max-penalty: 1 year }\n  law CH { cite: "Criminal Code"  max-penalty: 10 years }\n}\n';
    expectRule(RULE, interception('[stalking]', '   #! CR404', { decls }));
  });

  it('an offence without a law or penalty for the requesting party carries nothing stated', () => {
    const decls = 'offence stalking {\n  conduct: "Following the journalist online"\n  law CH { cite: "Criminal Code"  max-penalty: 10 years }\n}\n\noffence harassment {\n  conduct: "Harassing the journalist"\n  law IT { cite: "Criminal Code" }\n}\n';
    expectRule(RULE, interception('[stalking, harassment]', '   #! CR404', { decls }));
  });

  it('without offences (absent or an empty list) no offence carries the threshold', () => {
    expectRule(RULE, interception('[]', '   #! CR404'));
    expectRule(RULE, interception('[]', '   #! CR404').replace('  offences: []\n', ''));
  });

  it('cannot decide, so stays silent: an unresolved offence, an unusable penalty, an unusable or absent requesting party', () => {
    expectRule(RULE, interception('[threats, extortin]'));
    expectRule(RULE, interception('[o1]', '', { decls: penalties('ten years').replace('max-penalty: ten years', 'max-penalty: ten') }));
    expectRule(RULE, interception('[threats]', '', { from: '  from: Italy\n' }));
    expectRule(RULE, interception('[threats]', '', { from: '' }));
    const text = interception('[threats, extortin]');
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR002'));
  });

  it('a serious offence decides even when another cannot be read', () => {
    expectRule(RULE, interception('[extortion, extortin]'));
  });

  it('only interception: real-time traffic data, other measures and an unknown measure stay silent', () => {
    for (const measure of ['real-time-traffic', 'stored-data', 'production', 'testimony', 'intercepton']) {
      expectRule(RULE, interception('[threats]', '', { measure }));
    }
  });

  it('no other kind of request is an interception', () => {
    for (const kind of ['extradition', 'preservation', 'traffic-disclosure', 'emergency-disclosure', 'subscriber-order', 'direct-access']) {
      expectRule(RULE, `${OFFENCES}\nrequest R-1 ${kind} {\n  measure: interception\n  from: IT\n  offences: [threats]\n}\n`);
    }
  });

  it('offences declared in another file', () => {
    const text = interception('[threats]', '   #! CR404', { decls: '' });
    expectRule(RULE, { 'offences.coop': OFFENCES, 'request.coop': text });
    expectRule(RULE, { 'offences.coop': OFFENCES, 'request.coop': interception('[extortion]', '', { decls: '' }) });
  });

  describe('the threshold is a setting (interceptionThresholdYears)', () => {
    it('a lower threshold makes a lesser offence serious enough', () => {
      expectRule(RULE, interception('[threats]'), threshold(1));
      expectRule(RULE, interception('[o1]', '', { decls: penalties('2 years') }), threshold(2));
      expectRule(RULE, interception('[o1]', '   #! CR404', { decls: penalties('2 years') }), threshold(2.5));
    });

    it('a higher threshold reports what the default accepts, and the message names it', () => {
      const [f] = expectRule(RULE, interception('[extortion]', '   #! CR404'), threshold(12)).findings;
      assert.match(f!.finding.message, /\b12 years\b/);
      expectRule(RULE, interception('[extortion]'), threshold(10));
    });
  });
});
