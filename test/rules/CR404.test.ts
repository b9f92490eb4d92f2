// CR404 interception-offence-not-serious: interception where no offence carries at least the
// threshold (Settings.interceptionThresholdYears, default 4 years) under the law of the REQUESTED
// party, which executes it (version 2: Budapest 21(1) "serious offences to be determined by
// domestic law", 34); silent when the requested party is unknown; the finding points at the
// `measure` value, and cites Art. 21(1) or UNCC Art. 46 where they govern, else the requested
// party's law.

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
function interception(offences: string, marker = '', opts: { measure?: string; to?: string; decls?: string } = {}): string {
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
  from: IT
${opts.to ?? '  to: CH\n'}  basis: budapest art 34
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

/** Offence declarations with CH (requested party) penalties as given, and 10 years in IT. */
function penalties(...list: string[]): string {
  return list
    .map(
      (p, i) =>
        `offence o${i + 1} {\n  conduct: "Conduct number ${i + 1} of the sender"\n  law IT { cite: "Criminal Code"  max-penalty: 10 years }\n  law CH { cite: "Criminal Code"  max-penalty: ${p} }\n}\n`,
    )
    .join('\n');
}

const threshold = (years: number): Settings => ({ ...DEFAULT_SETTINGS, interceptionThresholdYears: years });

describe('CR404 interception-offence-not-serious', () => {
  it('a complete workspace intercepting for an offence of 3 years in CH (1 in IT) has exactly that finding, at the measure value', () => {
    const l = expectExactly(interception('[threats]', '   #! CR404'));
    const [f] = l.findings;
    assert.equal(where(l, f!), '31:12 interception');
    assert.equal(
      f!.finding.message,
      "Interception MLA-1: no offence of the request is shown to carry at least 4 years under the law of the requested party CH, which executes it; interception is reserved for serious offences as the executing State's domestic law determines them (CETS 185 Arts 34, 21(1)).",
    );
    assert.equal(f!.finding.severity, 'warning');
    assert.deepEqual(
      f!.finding.related.map((r) => r.message),
      ['offence threats'],
    );
  });

  it('is silent when an offence carries at least 4 years in the requested party', () => {
    expectExactly(interception('[extortion]'));
    expectRule(RULE, interception('[threats, extortion]'));
  });

  it('"at least": 4 years or 48 months is enough; 3 years, 47 months or 1460 days is not', () => {
    for (const p of ['4 years', '48 months', '1461 days', '5 years', 'life', 'death'])
      expectRule(RULE, interception('[o1]', '', { decls: penalties(p) }));
    for (const p of ['3 years', '47 months', '1400 days', '1 year'])
      expectRule(RULE, interception('[o1]', '   #! CR404', { decls: penalties(p) }));
  });

  it("only the requested party's law counts (version 2): it executes the interception", () => {
    // 10 years in IT (requesting), 1 in CH (requested): not serious enough in CH.
    const decls =
      'offence stalking {\n  conduct: "Following the journalist online"\n  law IT { cite: "Criminal Code"  max-penalty: 10 years }\n  law CH { cite: "Criminal Code"  max-penalty: 1 year }\n}\n';
    expectRule(RULE, interception('[stalking]', '   #! CR404', { decls }));
    // 1 year in IT, 10 in CH: serious in CH, whatever the requesting party's law says.
    const reverse =
      'offence stalking {\n  conduct: "Following the journalist online"\n  law IT { cite: "Criminal Code"  max-penalty: 1 year }\n  law CH { cite: "Criminal Code"  max-penalty: 10 years }\n}\n';
    expectRule(RULE, interception('[stalking]', '', { decls: reverse }));
  });

  it('an offence without a law or penalty for the requested party carries nothing stated', () => {
    const decls =
      'offence stalking {\n  conduct: "Following the journalist online"\n  law IT { cite: "Criminal Code"  max-penalty: 10 years }\n}\n\noffence harassment {\n  conduct: "Harassing the journalist"\n  law CH { cite: "Criminal Code" }\n}\n';
    const l = expectRule(RULE, interception('[stalking, harassment]', '   #! CR404', { decls }));
    // The message says for which offences no penalty is stated, rather than that they are not serious.
    assert.match(
      l.findings[0]!.finding.message,
      /under the law of the requested party CH \(no penalty is stated under its law for stalking and harassment\), which executes it;/,
    );
  });

  it('the requested party behind a provider is the party after its `in`', () => {
    const l = expectRule(RULE, interception('[threats]', '   #! CR404', { to: '  to: provider "ChatCo AG" in CH\n' }));
    assert.match(l.findings[0]!.finding.message, /requested party CH\b/);
    expectRule(RULE, interception('[extortion]', '', { to: '  to: provider "ChatCo AG" in CH\n' }));
  });

  it('without offences (absent or an empty list) no offence carries the threshold', () => {
    expectRule(RULE, interception('[]', '   #! CR404'));
    expectRule(RULE, interception('[]', '   #! CR404').replace('  offences: []\n', ''));
  });

  it('cannot decide, so stays silent: an unresolved offence, an unusable penalty or law block, an unusable requested party', () => {
    expectRule(RULE, interception('[threats, extortin]'));
    expectRule(RULE, interception('[o1]', '', { decls: penalties('ten years').replace('max-penalty: ten years', 'max-penalty: ten') }));
    expectRule(
      RULE,
      interception('[o1]', '', {
        decls: 'offence o1 {\n  conduct: "Threats"\n  law ch { cite: "Criminal Code"  max-penalty: 1 year }\n}\n',
      }),
    );
    expectRule(RULE, interception('[threats]', '', { to: '  to: Switzerland\n' }));
    expectRule(RULE, interception('[threats]', '', { to: '  to: provider "ChatCo AG" in ch\n' }));
    // An offences list that cannot be read (CR004 on the string in it) may name a serious offence.
    expectRule(RULE, interception('[threats, "Extortion"]'));
    expectRule(
      'CR004',
      interception('[threats, "Extortion"]').replace(
        '  offences: [threats, "Extortion"]\n',
        '  offences: [threats, "Extortion"]   #! CR004\n',
      ),
    );
    const text = interception('[threats, extortin]');
    assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR002'));
    assert.ok(
      lintTexts({ 'main.coop': interception('[threats]', '', { to: '  to: Switzerland\n' }) }).findings.some((f) => f.rule === 'CR004'),
    );
  });

  it('silent when the requested party is unknown: no `to`, or a provider without `in`', () => {
    expectRule(RULE, interception('[threats]', '', { to: '' }));
    expectRule(RULE, interception('[threats]', '', { to: '  to: provider "ChatCo AG"\n' }));
  });

  it('the requesting party does not matter: without `from` it still fires', () => {
    expectRule(RULE, interception('[threats]', '   #! CR404').replace('  from: IT\n', ''));
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
    for (const kind of [
      'extradition',
      'preservation',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
      'provisional-arrest',
    ]) {
      expectRule(RULE, `${OFFENCES}\nrequest R-1 ${kind} {\n  measure: interception\n  from: IT\n  to: CH\n  offences: [threats]\n}\n`);
    }
  });

  it('offences declared in another file', () => {
    const text = interception('[threats]', '   #! CR404', { decls: '' });
    expectRule(RULE, { 'offences.coop': OFFENCES, 'request.coop': text });
    expectRule(RULE, { 'offences.coop': OFFENCES, 'request.coop': interception('[extortion]', '', { decls: '' }) });
  });

  describe('the threshold is a setting (interceptionThresholdYears)', () => {
    it('a lower threshold makes a lesser offence serious enough', () => {
      expectRule(RULE, interception('[threats]'), threshold(3));
      expectRule(RULE, interception('[o1]', '', { decls: penalties('2 years') }), threshold(2));
      expectRule(RULE, interception('[o1]', '   #! CR404', { decls: penalties('2 years') }), threshold(2.5));
    });

    it('a higher threshold reports what the default accepts, and the message names it', () => {
      const [f] = expectRule(RULE, interception('[extortion]', '   #! CR404'), threshold(12)).findings;
      assert.match(f!.finding.message, /\b12 years\b/);
      expectRule(RULE, interception('[extortion]'), threshold(10));
    });
  });

  describe('the governing instrument', () => {
    const underBasis = (basis: string, ch = 'instruments: [budapest, ets30]'): string =>
      interception('[threats]', '   #! CR404')
        .replace('  name: "Italy"\n  instruments: [budapest, ets30]', '  name: "Italy"\n  instruments: [budapest, ets30, uncc]')
        .replace('  name: "Switzerland"\n  instruments: [budapest, ets30]', `  name: "Switzerland"\n  ${ch}`)
        .replace('  basis: budapest art 34\n', basis ? `  basis: ${basis}\n` : '');
    const BUDAPEST = /\(CETS 185 Arts 34, 21\(1\)\)\.$/;
    const UNCC = /\(UNCC Art\. 46 \(summary, to be verified against the official text\)\)\.$/;
    const LAW = /\(interception, where the law of the requested party provides for it\)\.$/;
    const cases: [string, string, string | undefined, RegExp][] = [
      ['Budapest Art. 34', 'budapest art 34', undefined, BUDAPEST],
      ['ETS 30 with Budapest Art. 34 (Budapest, which applies, is cited)', '[ets30, budapest art 34]', undefined, BUDAPEST],
      ['the UN Convention', 'uncc', 'instruments: [uncc]', UNCC],
      ['ETS 30 alone', 'ets30', undefined, LAW],
      ['Budapest, with CH bound by no instrument (instruments: [])', 'budapest art 34', 'instruments: []', LAW],
      ['reciprocity', 'reciprocity', undefined, LAW],
      ['no basis', '', undefined, LAW],
    ];
    for (const [what, basis, ch, cites] of cases) {
      it(`${what}: fires at the measure, under CH's law, citing ${cites === BUDAPEST ? 'Art. 21(1)' : cites === UNCC ? 'UNCC Art. 46' : 'the law of the requested party'}`, () => {
        const l = expectRule(RULE, underBasis(basis, ch));
        assert.equal(where(l, l.findings[0]!), '31:12 interception');
        assert.match(l.findings[0]!.finding.message, /under the law of the requested party CH, which executes it/);
        assert.match(l.findings[0]!.finding.message, cites);
        if (cites !== BUDAPEST) assert.doesNotMatch(l.findings[0]!.finding.message, /CETS 185/);
        if (cites !== UNCC) assert.doesNotMatch(l.findings[0]!.finding.message, /UNCC/);
      });
    }
  });
});
