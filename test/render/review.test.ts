// What a practitioner's review of the letters found, kept fixed: the enclosures of an extradition
// request are credited to ETS 24 Art. 12(2) only where ETS 24 governs, never to a bilateral treaty
// whose text CoopSpec does not hold; the offences table lists the laws of the two parties of the
// request, not a third State's; the memo counts one open finding in the singular; a provisional
// arrest states ETS 24 Art. 16's documents and periods only where ETS 24 governs, and asks for the
// arrest without stating one.

import assert from 'node:assert/strict';
import { combineSettings } from '../../server/src/language/config';
import { Workspace } from '../../server/src/language/workspace';
import { buildLetter, buildMemo, requestFindings, type Letter } from '../../server/src/render';
import { TODAY } from './support';

function workspace(text: string): Workspace {
  const settings = combineSettings(undefined, {}, TODAY);
  const ws = new Workspace(() => settings);
  ws.set('file:///w/requests.coop', text);
  return ws;
}

const request = (ws: Workspace, name: string) => ws.named(name).find((d) => d.keyword === 'request')!;
const text = (letter: Letter) =>
  letter.sections.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'para' ? [b.text, ...(b.items ?? [])] : b.rows.flat()))).join('\n');

const PARTIES = `
party US { name: "United States" }
party GB { name: "United Kingdom" instruments: [budapest, ets24] }
party DE { name: "Germany" instruments: [budapest, ets24] }
party NO { name: "Norway" instruments: [budapest, ets24] }
person doe { name: "John Doe" nationality: US }
offence fraud {
  conduct: "Wire fraud"
  law US { cite: "18 U.S.C. 1343" max-penalty: 20 years }
  law GB { cite: "Fraud Act 2006 s. 1" max-penalty: 10 years }
  law DE { cite: "StGB 263" max-penalty: 5 years }
  law NO { cite: "Straffeloven 371" max-penalty: 6 years }
}
`;

const extradition = (name: string, from: string, to: string, basis: string) => `
request ${name} extradition {
  from: ${from}
  to: ${to}
  basis: ${basis}
  authority: "Department of Justice"
  person: doe
  offences: [fraud]
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
}
`;

/** The grounds an ETS 24 extradition must assess, assessed. */
const GROUNDS = ['dual-criminality', 'political-offence', 'military-offence', 'persecution', 'human-rights', 'nationality']
  .map((g) => `    ${g}: not-engaged "Assessed"\n`)
  .join('');

describe("render: the review's findings on letters", () => {
  it('enclosures: ETS 24 Art. 12(2) where ETS 24 governs; no instrument named under a bilateral treaty', () => {
    const ws = workspace(
      `${PARTIES}${extradition('EXT-ETS', 'DE', 'GB', 'ets24')}${extradition('EXT-TREATY', 'US', 'GB', 'treaty "Extradition Treaty (2003)"')}`,
    );
    const enclosures = (name: string) => buildLetter(ws, request(ws, name), { lang: 'en' }).sections.find((s) => s.id === 'enclosures');
    const ets = enclosures('EXT-ETS');
    const treaty = enclosures('EXT-TREATY');
    assert.ok(ets && treaty, 'both letters list their enclosures');
    assert.match(
      text({ ...buildLetter(ws, request(ws, 'EXT-ETS'), { lang: 'en' }), sections: [ets] }),
      /ETS 24 Art\. 12\(2\)|Art\. 12\(2\)/,
    );
    const treatyText = text({ ...buildLetter(ws, request(ws, 'EXT-TREATY'), { lang: 'en' }), sections: [treaty] });
    assert.doesNotMatch(treatyText, /Extradition Treaty \(2003\)|applicable treaty|ETS 24/);
    assert.match(treatyText, /warrant/i, 'the documents are still listed');
  });

  it('the offences table lists the laws of the requesting and the requested party only', () => {
    const ws = workspace(`${PARTIES}${extradition('EXT-ETS', 'DE', 'GB', 'ets24')}`);
    const offences = buildLetter(ws, request(ws, 'EXT-ETS'), { lang: 'en' }).sections.find((s) => s.id === 'offences')!;
    const table = offences.blocks.find((b) => b.t === 'table');
    assert.ok(table && table.t === 'table');
    assert.deepEqual(
      table.rows.map((r) => r[1]),
      ['United Kingdom', 'Germany'],
    );
  });

  it('the memo counts one open finding in the singular, and more in the plural', () => {
    // No specialty undertaking: one CR204 on the request (and nothing else).
    const one = workspace(
      `${PARTIES}${extradition('EXT-ETS', 'DE', 'GB', 'ets24').replace('  specialty: undertaken\n', `  grounds {\n${GROUNDS}  }\n`)}`,
    );
    const count = (ws: Workspace) => requestFindings(ws, request(ws, 'EXT-ETS')).length;
    const findingsLine = (ws: Workspace) =>
      text(buildMemo(ws, request(ws, 'EXT-ETS'), { lang: 'en' }))
        .split('\n')
        .find((l) => /open finding/.test(l));
    const two = workspace(`${PARTIES}${extradition('EXT-ETS', 'DE', 'GB', 'ets24').replace('  specialty: undertaken\n', '')}`);
    assert.ok(count(two) >= 2, `two or more findings: ${count(two)}`);
    assert.match(findingsLine(two) ?? '', new RegExp(`^${count(two)} open findings on `));
    assert.equal(
      count(one),
      1,
      `the first workspace has exactly one finding: ${requestFindings(one, request(one, 'EXT-ETS'))
        .map((f) => f.rule)
        .join(', ')}`,
    );
    assert.match(findingsLine(one) ?? '', /^1 open finding on /);
  });

  it('a preservation names a custodian that holds several of its data once (Art. 29(2)(d))', () => {
    const ws = workspace(`${PARTIES}
offence intrusion { conduct: "Access"  law DE { cite: "StGB 202a" max-penalty: 3 years }  law NO { cite: "Straffeloven 204" max-penalty: 2 years } }
data account { description: "The account"  custodian: provider "Example Cloud" in DE  relevance: "Used in the attack" }
data logins { description: "Its logins"  custodian: provider "Example Cloud" in DE  relevance: "Who used it" }
request PRES-1 preservation {
  from: NO
  to: DE
  basis: budapest art 29
  authority: "24/7 point of contact"
  offences: [intrusion]
  facts: "An intrusion"
  data: [account, logins]
  necessity: "The provider deletes logs"
  follow-up: mutual-assistance
}
`);
    const point = text(buildLetter(ws, request(ws, 'PRES-1'), { lang: 'en' }))
      .split('\n')
      .filter((l) => l.startsWith('(d) '));
    assert.equal(point.length, 1, point.join('\n'));
    assert.equal(point[0]!.split('Example Cloud').length - 1, 1, point[0]);
  });

  describe('provisional arrest: ETS 24 Art. 16 only where ETS 24 governs', () => {
    const arrest = (name: string, from: string, to: string, basis: string) => `
request ${name} provisional-arrest {
  from: ${from}
  to: ${to}
  basis: ${basis}
  authority: "Prosecutor"
  person: doe
  offences: [fraud]
  arrested: 2026-11-20
}
`;
    const ws = workspace(
      `${PARTIES}${arrest('PA-ETS', 'DE', 'GB', 'ets24')}${arrest('PA-TREATY', 'US', 'GB', 'treaty "Extradition Treaty (2003)"')}${arrest('PA-BUDAPEST', 'NO', 'DE', 'budapest art 24')}`,
    );
    const urgency = (name: string) => {
      const letter = buildLetter(ws, request(ws, name), { lang: 'en' });
      return text({ ...letter, sections: letter.sections.filter((s) => s.id === 'urgency') });
    };

    it('under ETS 24: the documents of Art. 12(2)(a) exist, and the 18 and 40 days, cited', () => {
      assert.equal(
        urgency('PA-ETS'),
        [
          'One of the documents mentioned in Article 12, paragraph 2 (a), exists, and it is intended to send a request for extradition (ETS 24 Art. 16(2)).',
          'Provisional arrest may be terminated if, within a period of 18 days after arrest, the requested Party has not received the request for extradition and the documents mentioned in Article 12; it shall not, in any event, exceed 40 days from the date of such arrest (ETS 24 Art. 16(4)).',
        ].join('\n'),
      );
    });

    for (const name of ['PA-TREATY', 'PA-BUDAPEST']) {
      it(`${name === 'PA-TREATY' ? 'under a bilateral treaty' : 'under the Budapest Convention'}: only that the extradition request will follow`, () => {
        assert.equal(urgency(name), 'A request for extradition will follow.');
      });
    }

    it('the letter asks for the arrest and does not say the person was arrested', () => {
      for (const name of ['PA-ETS', 'PA-TREATY', 'PA-BUDAPEST']) {
        const letter = text(buildLetter(ws, request(ws, name), { lang: 'en' }));
        assert.match(letter, /requests the provisional arrest of John Doe/);
        assert.doesNotMatch(letter, /was arrested|20 November 2026/);
      }
    });
  });
});
