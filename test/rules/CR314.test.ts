// CR314 data-outside-requested-party: a preservation request, or a mutual-assistance request with
// measure `stored-data` or `search-seizure`, addressed to a party, seeks a data item whose
// `stored-in` is another party, and has no `conflicts` entry (Budapest Arts 29(1), 31(1): data
// located within the territory of the requested party); an info at the data item in `data`, the
// item's `stored-in` as related information. Where the Budapest Convention or the UN Convention
// governs, the message says the convention speaks of the requested party's territory; otherwise
// it says only that reaching the data is for the requested party's law (and the treaty's).

import assert from 'node:assert/strict';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, where } from '../support/ruletest';

const RULE = 'CR314';

const DECLARATIONS = `party FR {
  name: "France"
  instruments: [budapest, ets30, uncc]
}

party US {
  name: "United States"
  instruments: [budapest, uncc]
}

offence ransomware {
  conduct: "Encrypting the systems of a hospital and demanding payment"
  category: budapest art 5
  law FR { cite: "Criminal Code, obstruction of a data system"  max-penalty: 5 years }
  law US { cite: "Federal computer fraud statute"  max-penalty: 10 years }
}

data inbox {
  type: content
  description: "Contents of the negotiation mailbox"
  relevance: "The ransom was negotiated from this mailbox"
  custodian: provider "Example Mail Inc." in US
  stored-in: IE
}

data logs {
  type: traffic
  description: "Login records of the mailbox"
  relevance: "Show who negotiated"
  custodian: provider "Example Mail Inc." in US
  stored-in: US
}
`;

/** A complete preservation request from FR to the US for `data`; `extra` lines go after `data`. */
function preservation(data = '[inbox]', opts: { marker?: string; basis?: string; to?: string; extra?: string } = {}): string {
  return `request PRES-1 preservation {
  from: FR
  to: ${opts.to ?? 'US'}
${opts.basis === '' ? '' : `  basis: ${opts.basis ?? 'budapest art 29'}\n`}  authority: "Office anti-cybercriminalité"
  offences: [ransomware]
  facts: "The ransom was negotiated from the mailbox in January 2026"
  data: ${data}${opts.marker ? `   #! ${opts.marker}` : ''}
${opts.extra ? `  ${opts.extra}\n` : ''}  necessity: "The provider deletes a closed mailbox after 30 days"
  follow-up: mutual-assistance
  grounds {
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Preserving one mailbox touches no essential interest"
  }
}
`;
}

/** A complete mutual-assistance request from FR to the US with `measure` for `data`. */
function assistance(measure: string, data = '[inbox]', opts: { marker?: string; basis?: string; extra?: string } = {}): string {
  return `request MLA-1 mutual-assistance {
  measure: ${measure}
  from: FR
  to: US
${opts.basis === '' ? '' : `  basis: ${opts.basis ?? 'budapest art 31'}\n`}  authority: "Juge d'instruction, Paris"
  purpose: "Evidence of the ransom negotiation"
  offences: [ransomware]
  facts: "The mailbox holds the negotiation"
  data: ${data}${opts.marker ? `   #! ${opts.marker}` : ''}
${opts.extra ? `  ${opts.extra}\n` : ''}  preserved-by: PRES-1
  data-protection: "Used only in this case, kept until final judgment"
  safeguards {
    authorization: judicial "Commission rogatoire of 2 March 2026"
    necessity: "The messages exist only in this mailbox"
    proportionality: "One mailbox, one month"
    notice: deferred "Told when the investigation closes"
    redress: "Annulment application"
  }
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic is involved"
  }
}
`;
}

const CONFLICTS = 'conflicts: "If US law does not reach the copy in Ireland, a request goes to Ireland"';

describe('CR314 data-outside-requested-party', () => {
  it('a complete workspace preserving data stored in a third State has exactly that info, at the item in `data`', () => {
    const text = `${DECLARATIONS}\n${preservation('[inbox]', { marker: 'CR314' })}\n${assistance('stored-data', '[inbox]', { extra: CONFLICTS })}`;
    const l = expectExactly(text);
    const [f] = l.findings;
    assert.equal(where(l, f!), '41:10 inbox');
    assert.equal(
      f!.finding.message,
      'Request PRES-1 asks US for data inbox, stored in IE, and has no "conflicts" entry: the convention speaks of data located in the territory of the requested party (CETS 185 Art. 29(1)); whether US can reach data stored in IE is for its law, and IE may object.',
    );
    assert.equal(f!.finding.severity, 'info');
    assert.deepEqual(
      f!.finding.related.map((r) => text.slice(r.start, r.end)),
      ['stored-in: IE'],
    );
    assert.deepEqual(f!.finding.fixes, []);
  });

  it('is silent with a conflicts entry, even one that is unusable or a placeholder', () => {
    expectRule(RULE, `${DECLARATIONS}\n${preservation('[inbox]', { extra: CONFLICTS })}`);
    for (const conflicts of ['conflicts: ask-ireland', 'conflicts: "…"']) {
      const text = `${DECLARATIONS}\n${preservation('[inbox]', { extra: conflicts })}`;
      expectRule(RULE, text);
      assert.ok(
        lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004' || f.rule === 'CR007'),
        conflicts,
      );
    }
  });

  it('mutual assistance for stored data or a search and seizure: the same, citing Art. 31(1)', () => {
    for (const measure of ['stored-data', 'search-seizure']) {
      const l = expectRule(RULE, `${DECLARATIONS}\n${assistance(measure, '[inbox]', { marker: 'CR314' })}`);
      assert.equal(where(l, l.findings[0]!), '43:10 inbox');
      assert.match(l.findings[0]!.finding.message, /^Request MLA-1 asks US for data inbox, stored in IE, .* \(CETS 185 Art\. 31\(1\)\);/);
    }
  });

  it('is silent on other measures, an unknown measure and none: they do not seize stored data', () => {
    for (const measure of ['production', 'interception', 'real-time-traffic', 'testimony', 'property-recovery', 'stored-dta']) {
      expectRule(RULE, `${DECLARATIONS}\n${assistance(measure)}`);
    }
    expectRule(RULE, `${DECLARATIONS}\n${assistance('stored-data').replace('  measure: stored-data\n', '')}`);
  });

  it('is silent on every other kind of request', () => {
    for (const kind of [
      'extradition',
      'traffic-disclosure',
      'emergency-disclosure',
      'subscriber-order',
      'direct-access',
      'provisional-arrest',
    ]) {
      expectRule(RULE, `${DECLARATIONS}\nrequest R-1 ${kind} {\n  measure: stored-data\n  to: US\n  data: [inbox]\n}\n`);
    }
  });

  it('one finding per item stored elsewhere, each at its item; an item listed twice once; unresolved items skipped', () => {
    const second = `data backup {\n  type: content\n  description: "Backup of the mailbox"\n  custodian: provider "Example Mail Inc." in US\n  stored-in: JP\n}\n`;
    const l = expectRule(
      RULE,
      `${DECLARATIONS}${second}\n${preservation('[inbox, logs, backup, inbox, nowhere]', { marker: 'CR314 CR314' })}`,
    );
    assert.deepEqual(
      l.findings.map((f) => where(l, f).replace(/^\d+:/, '')),
      ['10 inbox', '23 backup'],
    );
    assert.match(l.findings[1]!.finding.message, /stored in JP\b.*JP may object/);
  });

  describe('must not fire', () => {
    it('when the data are stored in the requested party, or where they are stored is not stated', () => {
      expectRule(RULE, `${DECLARATIONS}\n${preservation('[logs]')}`);
      expectRule(RULE, `${DECLARATIONS.replace('  stored-in: IE\n', '')}\n${preservation('[inbox]')}`);
    });

    it("when the request goes to a provider (CR503's case) or to no one", () => {
      expectRule(RULE, `${DECLARATIONS}\n${preservation('[inbox]', { to: 'provider "Example Mail Inc." in US' })}`);
      expectRule(RULE, `${DECLARATIONS}\n${preservation('[inbox]').replace('  to: US\n', '')}`);
    });

    it('when `to` or `stored-in` is present but unusable (CR004)', () => {
      for (const text of [
        `${DECLARATIONS}\n${preservation('[inbox]', { to: 'us' })}`,
        `${DECLARATIONS.replace('stored-in: IE', 'stored-in: ireland')}\n${preservation('[inbox]')}`,
      ]) {
        expectRule(RULE, text);
        assert.ok(lintTexts({ 'main.coop': text }).findings.some((f) => f.rule === 'CR004'));
      }
    });
  });

  it('data declared in another file: the related place is there', () => {
    const l = expectRule(RULE, { 'data.coop': DECLARATIONS, 'request.coop': preservation('[inbox]', { marker: 'CR314' }) });
    assert.equal(l.findings[0]!.finding.related[0]!.uri, 'file:///ws/data.coop');
  });

  describe('the governing instrument', () => {
    const CONVENTION = 'the convention speaks of data located in the territory of the requested party';
    const cases: [string, () => string, RegExp, boolean][] = [
      [
        'a preservation under Budapest Art. 29',
        () => preservation('[inbox]', { marker: 'CR314' }),
        /\(CETS 185 Art\. 29\(1\)\); whether US can reach data stored in IE is for its law, and IE may object\.$/,
        true,
      ],
      [
        'a preservation with no basis (Budapest by default)',
        () => preservation('[inbox]', { marker: 'CR314', basis: '' }),
        /\(CETS 185 Art\. 29\(1\)\);/,
        true,
      ],
      [
        'a preservation under the UN Convention',
        () => preservation('[inbox]', { marker: 'CR314', basis: 'uncc' }),
        /\(UNCC Art\. 42 \(summary, to be verified against the official text\)\);/,
        true,
      ],
      [
        'a preservation on reciprocity',
        () => preservation('[inbox]', { marker: 'CR314', basis: 'reciprocity' }),
        /: whether US can reach data stored in IE is for its law \(the law of the requested party\), and IE may object\.$/,
        false,
      ],
      [
        'stored data under Budapest Art. 31',
        () => assistance('stored-data', '[inbox]', { marker: 'CR314' }),
        /\(CETS 185 Art\. 31\(1\)\);/,
        true,
      ],
      [
        'stored data under the UN Convention',
        () => assistance('search-seizure', '[inbox]', { marker: 'CR314', basis: 'uncc' }),
        /\(UNCC Art\. 44 \(summary, to be verified against the official text\)\);/,
        true,
      ],
      [
        'stored data under ETS 30 with Budapest Art. 31 (Budapest applies and is cited)',
        () => assistance('stored-data', '[inbox]', { marker: 'CR314', basis: '[ets30, budapest art 31]' }),
        /\(CETS 185 Art\. 31\(1\)\);/,
        true,
      ],
      [
        'stored data under ETS 30 alone (it does not speak of territory)',
        () => assistance('stored-data', '[inbox]', { marker: 'CR314', basis: 'ets30' }),
        /is for its law \(the law of the requested party\), and IE may object\.$/,
        false,
      ],
      [
        'stored data with no basis',
        () => assistance('stored-data', '[inbox]', { marker: 'CR314', basis: '' }),
        /is for its law \(the law of the requested party\), and IE may object\.$/,
        false,
      ],
    ];
    for (const [what, request, cites, convention] of cases) {
      it(`${what}: fires at the item; ${convention ? 'the convention is cited' : 'no convention is cited or invoked'}`, () => {
        const l = expectRule(RULE, `${DECLARATIONS}\n${request()}`);
        const [f] = l.findings;
        assert.match(where(l, f!), /:10 inbox$/);
        assert.match(f!.finding.message, cites);
        assert.equal(f!.finding.message.includes(CONVENTION), convention);
        if (!convention) assert.doesNotMatch(f!.finding.message, /CETS|UNCC|ETS 30/);
      });
    }

    it('Budapest with the US bound by no instrument (instruments: []): no convention', () => {
      const l = expectRule(
        RULE,
        `${DECLARATIONS.replace('instruments: [budapest, uncc]', 'instruments: []')}\n${preservation('[inbox]', { marker: 'CR314' })}`,
      );
      assert.doesNotMatch(l.findings[0]!.finding.message, /convention|CETS|UNCC/);
    });

    it("a treaty: the requested party's law and the applicable treaty, no convention", () => {
      // The treaty is named by its title (rules.md: "the applicable treaty (TITLE)"); no other string is quoted.
      const { findings } = expectRule(
        RULE,
        `${DECLARATIONS}\n${assistance('stored-data', '[inbox]', { marker: 'CR314', basis: 'treaty "Bilateral Mutual Legal Assistance Treaty of 1998"' })}`,
      );
      assert.match(
        findings[0]!.finding.message,
        /is for its law and the applicable treaty \(Bilateral Mutual Legal Assistance Treaty of 1998\), and IE may object\.$/,
      );
      assert.doesNotMatch(findings[0]!.finding.message, /convention|CETS|UNCC|ETS 30/);
    });
  });
});
