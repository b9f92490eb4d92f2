import assert from 'node:assert/strict';
import { completion, type CompletionItem } from '../../server/src/language/services/completion';
import { expandSnippet } from '../../server/src/language/services/skeletons';
import { COMMON_REQUEST_KEYS, KINDS } from '../../server/src/language/law';
import { REQUEST_KINDS } from '../../server/src/language/words';
import { lintTexts } from '../support/lint';
import { Workspace } from '../../server/src/language/workspace';
import { withClock } from '../support/clock';
import { applyEdits, cursor, example, uriOf } from './support';

const DECLS = `case CASE-1 {
  title: "A case"
}
offence ransomware {
  category: budapest art 5
  law FR { cite: "x"  max-penalty: 5 years }
}
offence fraud {
  law FR { cite: "y"  max-penalty: 3 years }
}
person doe {
  nationality: RU
}
data mailbox {
  type: content
}
request EXT-1 extradition {
  from: FR
  to: US
}
request PRES-1 preservation {
  to: provider "Mail" in IE
}
party DE {
  name: "Germany"
}
`;

function complete(text: string, others: Record<string, string> = { 'decls.coop': DECLS }): CompletionItem[] {
  const c = cursor(text, others);
  return completion(c.ws, c.uri, c.offset);
}

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

/** Labels in the order a client shows them (by sortText, then label). */
const ordered = (items: CompletionItem[]): string[] =>
  [...items]
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label))
    .map((i) => i.label);

describe('services: completion', () => {
  describe('top level', () => {
    it('offers the declaration keywords, a skeleton of each declaration and of each request kind', () => {
      const items = complete('|');
      for (const k of ['case', 'party', 'offence', 'person', 'data', 'request', 'proceeding', 'consent', 'transfer']) {
        assert.ok(
          items.some((i) => i.label === k && i.kind === 'keyword'),
          k,
        );
      }
      for (const kind of REQUEST_KINDS.keys()) {
        assert.ok(
          items.some((i) => i.label === `request ${kind} { … }` && i.kind === 'snippet' && i.snippet),
          kind,
        );
      }
    });

    it('replaces the word being typed', () => {
      const c = cursor('req|');
      const item = completion(c.ws, c.uri, c.offset).find((i) => i.label === 'request')!;
      assert.deepEqual(item.replace, { start: 0, end: 3 });
    });

    it('offers request kinds after "request NAME "', () => {
      assert.deepEqual(labels(complete('request X |')), [...REQUEST_KINDS.keys()]);
      const c = cursor('request X pre| {\n}\n');
      const items = completion(c.ws, c.uri, c.offset);
      assert.deepEqual(labels(items), [...REQUEST_KINDS.keys()]);
      assert.equal(c.text.slice(items[0]!.replace!.start, items[0]!.replace!.end), 'pre');
    });

    it('offers nothing in a declaration name or after text that is not a keyword', () => {
      assert.deepEqual(complete('offence |'), []);
      assert.deepEqual(complete('"text" |'), []);
    });
  });

  describe('request skeletons', () => {
    const kinds = [...REQUEST_KINDS.keys()];
    for (const [name, others] of [
      ['an empty workspace', {}],
      ['the clean examples', example('clean')],
    ] as const) {
      for (const kind of kinds) {
        it(`${kind}, inserted as it is into ${name}, has no CR0xx finding but CR007 on its placeholders`, () => {
          const items = complete('|', others);
          const item = items.find((i) => i.label === `request ${kind} { … }`)!;
          const text = expandSnippet(item.insertText!);
          const { ws, findings } = lintTexts({ ...others, 'new.coop': text + '\n' });
          const own = findings.filter((f) => f.file === 'new.coop');
          assert.deepEqual(
            own.filter((f) => /^CR00/.test(f.rule) && f.rule !== 'CR007').map((f) => `${f.rule} ${f.finding.message}`),
            [],
          );
          // Every placeholder the skeleton leaves is reported, and nothing else is: the drafter sees what to write.
          const placeholders = own
            .filter((f) => f.rule === 'CR007')
            .map((f) => ws.document(f.finding.uri)!.text.slice(f.finding.start, f.finding.end));
          assert.deepEqual([...new Set(placeholders)], ['"…"']);
          assert.equal(placeholders.length, (text.match(/"…"/g) ?? []).length);
          // No name from elsewhere in the workspace is pre-filled (a reference is the placeholder until chosen).
          for (const name of ['CASE-2026-017', 'doe', 'ransomware', 'mailbox', 'FR', 'US', 'DE'])
            assert.doesNotMatch(text, new RegExp(`(: |in )\\[?${name}\\b`), name);
        });
      }
    }

    it('extradition: documents, specialty and its five grounds as unassessed', () => {
      const text = expandSnippet(complete('|', {}).find((i) => i.label === 'request extradition { … }')!.insertText!);
      assert.match(text, /documents: \[warrant, statement-of-offences, text-of-law, description-of-person\]/);
      assert.match(text, /specialty: undertaken/);
      for (const g of ['dual-criminality', 'political-offence', 'persecution', 'nationality', 'human-rights'])
        assert.match(text, new RegExp(`${g}: unassessed`));
      const { findings } = lintTexts({ 'new.coop': text + '\n' });
      assert.deepEqual(
        findings.filter((f) => ['CR101', 'CR204', 'CR303'].includes(f.rule)),
        [],
      );
    });

    it('preservation: the Art. 29(2)(a)–(f) entries and its grounds; with the examples, CR301 is silent', () => {
      const others = example('clean');
      const text = expandSnippet(complete('|', others).find((i) => i.label === 'request preservation { … }')!.insertText!);
      for (const key of ['authority', 'offences', 'facts', 'data', 'necessity', 'follow-up: mutual-assistance'])
        assert.ok(text.includes(`  ${key}`), key);
      assert.match(text, /political-offence: unassessed\n\s+essential-interests: unassessed/);
      const { findings } = lintTexts({ ...others, 'new.coop': text + '\n' });
      assert.deepEqual(
        findings.filter((f) => f.file === 'new.coop' && ['CR101', 'CR301'].includes(f.rule)),
        [],
      );
    });

    it('mutual-assistance: measure, authority, purpose, offences, facts, safeguards and grounds', () => {
      const text = expandSnippet(complete('|', {}).find((i) => i.label === 'request mutual-assistance { … }')!.insertText!);
      for (const key of [
        'measure: stored-data',
        'authority',
        'purpose',
        'offences',
        'facts',
        'safeguards {',
        'authorization: judicial',
        'grounds {',
      ]) {
        assert.ok(text.includes(key), key);
      }
      const { findings } = lintTexts({ 'new.coop': text + '\n' });
      assert.deepEqual(
        findings.filter((f) => ['CR101', 'CR401', 'CR402', 'CR403', 'CR405', 'CR406'].includes(f.rule)),
        [],
      );
    });

    it('gives a request a name not yet taken, and references declared names', () => {
      const items = complete('|', { 'a.coop': 'request EXT-1 extradition {\n}\nperson doe {\n}\n' });
      const text = expandSnippet(items.find((i) => i.label === 'request extradition { … }')!.insertText!);
      assert.match(text, /^request EXT-2 extradition \{/);
      // A declared name is offered as a choice, after the placeholder: never pre-filled.
      assert.match(text, /person: "…"/);
      assert.match(items.find((i) => i.label === 'request extradition { … }')!.insertText!, /person: \$\{\d+\|"…",doe\|\}/);
    });

    it('declaration skeletons have no CR0xx finding either', () => {
      const others = example('clean');
      for (const item of complete('|', others).filter((i) => i.kind === 'snippet' && !i.label.startsWith('request'))) {
        const text = expandSnippet(item.insertText!);
        const { findings } = lintTexts({ ...others, 'new.coop': text + '\n' });
        assert.deepEqual(
          findings.filter((f) => f.file === 'new.coop' && /^CR00/.test(f.rule) && f.rule !== 'CR007').map((f) => f.finding.message),
          [],
          item.label,
        );
        // No declared name nor party code of the examples is pre-filled: each is a choice after the placeholder.
        for (const name of ['CASE-2026-017', 'ivanov', 'ransomware', 'EXT-2026-001', 'FR', 'US']) {
          assert.doesNotMatch(text, new RegExp(`(: |in |law )\\[?${name}\\b`), `${item.label}: ${name}`);
        }
      }
    });
  });

  describe('keys', () => {
    it("offers the keys of the block not yet present, the kind's own keys first", () => {
      const items = complete('request P preservation {\n  authority: "x"\n  |\n}\n');
      const got = ordered(items);
      assert.ok(!got.includes('authority'));
      assert.deepEqual(got.slice(0, 6), ['case', 'from', 'to', 'basis', 'date', 'offences']);
      assert.ok(got.includes('grounds'));
      assert.ok(!got.includes('safeguards'), 'safeguards belong to a mutual-assistance request');
    });

    it("offers in a request exactly the keys of its kind (the law module's), no key of another kind", () => {
      for (const spec of KINDS.values()) {
        const got = labels(complete(`request R ${spec.kind} {\n  |\n}\n`)).sort();
        assert.deepEqual(got, [...new Set([...COMMON_REQUEST_KEYS, ...spec.keys])].sort(), spec.kind);
      }
      const extradition = labels(complete('request E extradition {\n  |\n}\n'));
      for (const k of ['emergency', 'risk', 'measure', 'safeguards', 'necessity', 'lawful-basis']) assert.ok(!extradition.includes(k), k);
      for (const k of ['specialty', 'documents', 'assurances', 'if-refused']) assert.ok(extradition.includes(k), k);
      const emergency = labels(complete('request E emergency-disclosure {\n  |\n}\n'));
      for (const k of ['emergency', 'risk', 'data-protection']) assert.ok(emergency.includes(k), k);
      for (const k of ['specialty', 'documents', 'assurances']) assert.ok(!emergency.includes(k), k);
    });

    it('offers every key of a request whose kind is not written yet', () => {
      const got = labels(complete('request R {\n  |\n}\n'));
      for (const k of ['emergency', 'specialty', 'measure', 'safeguards']) assert.ok(got.includes(k), k);
    });

    it('does not offer in a preservation the entries that ask for the data (CR302)', () => {
      const got = labels(complete('request P preservation {\n  |\n}\n'));
      for (const k of ['disclose', 'produce', 'measure']) assert.ok(!got.includes(k), k);
      assert.ok(labels(complete('request M mutual-assistance {\n  |\n}\n')).includes('measure'));
    });

    it('inserts "key: " with a snippet for the value, or the key alone before an existing ":"', () => {
      const items = complete('request M mutual-assistance {\n  meas|\n}\n');
      const measure = items.find((i) => i.label === 'measure')!;
      assert.equal(measure.snippet, true);
      assert.match(measure.insertText!, /^measure: \$\{1\|stored-data,search-seizure,/);
      const bare = complete('request M mutual-assistance {\n  meas|: production\n}\n').find((i) => i.label === 'measure')!;
      assert.equal(bare.insertText, 'measure');
      assert.ok(!bare.snippet);
    });

    it('offers the keys of nested blocks', () => {
      assert.deepEqual(labels(complete('request M mutual-assistance {\n  safeguards {\n    necessity: "x"\n    |\n  }\n}\n')), [
        'authorization',
        'proportionality',
        'duration',
        'scope',
        'notice',
        'redress',
      ]);
      assert.deepEqual(labels(complete('offence o {\n  law FR { cite: "x"  | }\n}\n')), ['max-penalty', 'limitation']);
      assert.ok(labels(complete('offence o {\n  law FR { cite: "x" }\n  |\n}\n')).includes('law'));
    });

    it('a grounds block snippet holds the grounds the request must assess', () => {
      const item = complete('request E extradition {\n  gro|\n}\n').find((i) => i.label === 'grounds')!;
      assert.match(
        expandSnippet(item.insertText!),
        /grounds \{\n  dual-criminality: unassessed\n  political-offence: unassessed\n  persecution: unassessed\n  nationality: unassessed\n  human-rights: unassessed\n\}/,
      );
    });
  });

  describe('grounds and statuses', () => {
    it('offers the grounds not yet assessed, those the request must assess first', () => {
      const got = ordered(complete('request E extradition {\n  grounds {\n    political-offence: not-engaged "x"\n    |\n  }\n}\n'));
      assert.deepEqual(got.slice(0, 3), ['dual-criminality', 'persecution', 'nationality']);
      assert.ok(!got.includes('political-offence'));
      assert.ok(got.includes('essential-interests'));
      const detail = (text: string, label: string): string | undefined => complete(text).find((i) => i.label === label)?.detail;
      assert.equal(
        detail('request E extradition {\n  grounds {\n    |\n  }\n}\n', 'nationality'),
        'refusal ground an extradition request must assess',
      );
      assert.equal(
        detail('request P preservation {\n  grounds {\n    |\n  }\n}\n', 'political-offence'),
        'refusal ground a preservation request must assess',
      );
    });

    it('does not offer grounds the requested State may not invoke (CR102)', () => {
      assert.deepEqual(labels(complete('request T traffic-disclosure {\n  grounds {\n    |\n  }\n}\n')), [
        'political-offence',
        'essential-interests',
      ]);
      const pres = labels(complete('request P preservation {\n  to: DE\n  grounds {\n    |\n  }\n}\n'));
      assert.ok(!pres.includes('dual-criminality'));
      // Budapest Art. 25(4) bars the fiscal ground for its offences where the Convention is in the basis.
      const fiscal = labels(
        complete('request M mutual-assistance {\n  basis: budapest art 27\n  offences: [ransomware]\n  grounds {\n    |\n  }\n}\n'),
      );
      assert.ok(!fiscal.includes('fiscal-offence'));
      assert.ok(
        labels(
          complete('request M mutual-assistance {\n  basis: budapest art 27\n  offences: [fraud]\n  grounds {\n    |\n  }\n}\n'),
        ).includes('fiscal-offence'),
      );
      assert.ok(
        labels(
          complete('request M mutual-assistance {\n  basis: reciprocity\n  offences: [ransomware]\n  grounds {\n    |\n  }\n}\n'),
        ).includes('fiscal-offence'),
        "under reciprocity the requested party's law decides",
      );
    });

    it('offers dual-criminality in a preservation in the Art. 29(4) case', () => {
      const party = 'party AT {\n  reservations: [budapest art 29(4)]\n}\n';
      const got = ordered(
        complete('request P preservation {\n  to: AT\n  offences: [fraud]\n  grounds {\n    |\n  }\n}\n', { 'decls.coop': DECLS + party }),
      );
      assert.deepEqual(got.slice(0, 3), ['political-offence', 'essential-interests', 'dual-criminality']);
    });

    it('offers the statuses after "GROUND:"', () => {
      assert.deepEqual(labels(complete('request E extradition {\n  grounds {\n    nationality: |\n  }\n}\n')), [
        'not-engaged',
        'engaged',
        'unassessed',
      ]);
    });
  });

  describe('values', () => {
    it('offers measures after "measure:"', () => {
      assert.deepEqual(labels(complete('request M mutual-assistance {\n  measure: |\n}\n')), [
        'stored-data',
        'search-seizure',
        'production',
        'real-time-traffic',
        'interception',
        'testimony',
        'property-recovery',
      ]);
    });

    it('offers declared names of the sort the key takes, not those already listed', () => {
      assert.deepEqual(labels(complete('request E extradition {\n  offences: [|]\n}\n')), ['fraud', 'ransomware']);
      assert.deepEqual(labels(complete('request E extradition {\n  offences: [ransomware, |]\n}\n')), ['fraud']);
      assert.deepEqual(labels(complete('request E extradition {\n  offences: [\n    ransomware,\n    |\n  ]\n}\n')), ['fraud']);
      assert.deepEqual(labels(complete('request E extradition {\n  person: |\n}\n')), ['doe']);
      assert.deepEqual(labels(complete('proceeding p {\n  surrender: |\n}\n')), ['EXT-1']);
      assert.deepEqual(labels(complete('request M mutual-assistance {\n  preserved-by: |\n}\n')), ['PRES-1']);
      assert.deepEqual(labels(complete('proceeding p {\n  evidence: [|]\n}\n')), ['EXT-1', 'PRES-1']);
    });

    it('a reference item names the declaration and where it is, without string contents', () => {
      const item = complete('request E extradition {\n  offences: [|]\n}\n').find((i) => i.label === 'ransomware')!;
      assert.equal(item.kind, 'reference');
      assert.equal(item.detail, 'offence ransomware — decls.coop:4');
      assert.doesNotMatch(item.documentation!, /"x"/);
    });

    it('offers party codes: declared parties first, then codes used in the workspace', () => {
      const got = ordered(complete('request E extradition {\n  from: |\n}\n'));
      assert.equal(got[0], 'DE');
      assert.deepEqual([...got].sort(), ['DE', 'FR', 'IE', 'RU', 'US']);
      assert.ok(labels(complete('person p {\n  nationality: |\n}\n')).includes('RU'));
      assert.ok(labels(complete('offence o {\n  law |\n}\n')).includes('FR'));
      assert.ok(labels(complete('request S subscriber-order {\n  to: provider "x" in |\n}\n')).includes('IE'));
      assert.ok(labels(complete('consent c {\n  permits-transfer-to: [FR, |]\n}\n')).includes('DE'));
      assert.ok(!labels(complete('consent c {\n  permits-transfer-to: [FR, |]\n}\n')).includes('FR'));
    });

    it('offers a provider for "to" and "custodian"', () => {
      assert.ok(labels(complete('request S subscriber-order {\n  to: |\n}\n')).includes('provider "…" in XX'));
      assert.deepEqual(labels(complete('data d {\n  custodian: |\n}\n')), ['provider "…" in XX']);
    });

    it("offers instruments and the kind's articles for basis, instruments for a party", () => {
      const basis = ordered(complete('request P preservation {\n  basis: |\n}\n'));
      assert.equal(basis[0], 'budapest art 29');
      for (const i of ['budapest', 'budapest-2ap', 'ets24', 'ets30', 'uncc', 'treaty "…"', 'reciprocity']) assert.ok(basis.includes(i), i);
      assert.deepEqual(labels(complete('party FR {\n  instruments: [budapest, |]\n}\n')), [
        'budapest-2ap',
        'ets24',
        'ets86',
        'ets98',
        'cets212',
        'ets30',
        'ets99',
        'uncc',
        'treaty "…"',
      ]);
    });

    it('offers article numbers with titles after "budapest art ", offences first for category', () => {
      const items = complete('offence o {\n  category: budapest art |\n}\n');
      assert.equal(items.length, 48);
      assert.deepEqual(ordered(items).slice(0, 10), ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
      assert.equal(items.find((i) => i.label === '5')!.detail, 'CETS 185 Art. 5 — System interference');
      assert.equal(complete('request E extradition {\n  basis: ets24 art |\n}\n').length, 32);
    });

    it('offers paragraphs and letters after "(", from the verbatim text', () => {
      assert.deepEqual(labels(complete('request P preservation {\n  basis: budapest art 29(|\n}\n')), ['1', '2', '3', '4', '5', '6', '7']);
      const letters = complete('request P preservation {\n  basis: budapest art 29(2)(|\n}\n');
      assert.deepEqual(labels(letters), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.match(letters[2]!.detail!, /^CETS 185 Art\. 29\(2\)\(c\): the stored computer data/);
      assert.deepEqual(complete('request S subscriber-order {\n  basis: budapest-2ap art 7(|\n}\n'), []);
    });

    it('offers the words of every word-typed key, and documents inside documents: [', () => {
      assert.deepEqual(labels(complete('data d {\n  type: |\n}\n')), ['subscriber', 'traffic', 'content']);
      assert.deepEqual(labels(complete('request E emergency-disclosure {\n  risk: |\n}\n')), ['life', 'safety', 'property', 'data']);
      assert.deepEqual(labels(complete('request E extradition {\n  documents: [warrant, |]\n}\n')), [
        'conviction',
        'statement-of-offences',
        'text-of-law',
        'description-of-person',
      ]);
      assert.deepEqual(labels(complete('judgment J {\n  outcome: |\n}\n')), ['convicted', 'acquitted', 'not-prosecuted', 'pending']);
      assert.deepEqual(labels(complete('judgment J {\n  final: |\n}\n')), ['yes', 'no']);
      const auth = complete('request M mutual-assistance {\n  safeguards {\n    authorization: |\n  }\n}\n');
      assert.deepEqual(labels(auth), ['judicial', 'independent']);
      assert.equal(auth[0]!.insertText, 'judicial "$1"');
      assert.deepEqual(labels(complete('request D direct-access {\n  lawful-basis: |\n}\n')), ['publicly-available', 'consent']);
    });

    it('offers durations that suit the key: penalties in years, safeguards in days', () => {
      assert.deepEqual(labels(complete('offence o {\n  law FR { max-penalty: | }\n}\n')), [
        '1 year',
        '5 years',
        '10 years',
        'life',
        'death',
      ]);
      assert.deepEqual(labels(complete('offence o {\n  law FR { limitation: | }\n}\n')), ['5 years', '10 years', '20 years']);
      assert.deepEqual(labels(complete('request M mutual-assistance {\n  safeguards {\n    duration: |\n  }\n}\n')), [
        '30 days',
        '6 months',
        '1 year',
      ]);
      const key = complete('offence o {\n  law FR { cite: "x"  max-p| }\n}\n').find((i) => i.label === 'max-penalty')!;
      assert.equal(expandSnippet(key.insertText!), 'max-penalty: 5 years');
    });

    it('offers duration units after a number, in a single-line block too', () => {
      assert.deepEqual(labels(complete('offence o {\n  law FR { cite: "x"  max-penalty: 5 |}\n}\n')), ['days', 'months', 'years']);
    });

    it('replaces the word being typed, to its end', () => {
      const c = cursor('request M mutual-assistance {\n  measure: inter|cepton\n}\n');
      const item = completion(c.ws, c.uri, c.offset)[0]!;
      assert.equal(c.text.slice(item.replace!.start, item.replace!.end), 'intercepton');
    });
  });

  describe('where nothing is offered', () => {
    it('inside a string or a text, closed or not', () => {
      assert.deepEqual(complete('request E extradition {\n  authority: "Min|istry"\n}\n'), []);
      assert.deepEqual(complete('request E extradition {\n  authority: "Min|\n}\n'), []);
      assert.deepEqual(complete('request E extradition {\n  facts: """first line\n  sec|ond"""\n}\n'), []);
      assert.deepEqual(complete('request E extradition {\n  grounds {\n    nationality: not-engaged "|"\n  }\n}\n'), []);
    });

    it('in an ordinary comment, and after a key that takes free text', () => {
      assert.deepEqual(complete('request E extradition {\n  # a note about |\n}\n'), []);
      assert.deepEqual(complete('request E extradition {\n  facts: |\n}\n'), []);
    });

    it('after a complete list', () => {
      assert.deepEqual(
        complete('request E extradition {\n  offences: [fraud] |\n}\n').filter((i) => i.kind !== 'key' && i.kind !== 'block'),
        [],
      );
    });
  });

  describe('suppression comments', () => {
    it('offers rule ids not yet named, and the directive itself', () => {
      const items = complete('# coopspec-disable-next-line CR306 |\n');
      assert.ok(labels(items).includes('CR405'));
      assert.ok(!labels(items).includes('CR306'));
      assert.deepEqual(labels(complete('# coop|\n')), ['coopspec-disable-next-line']);
      assert.deepEqual(complete('# coopspec-disable-next-line CR306 -- because |\n'), []);
    });

    it('an inserted rule id makes a working directive', () => {
      const c = cursor('# coopspec-disable-next-line CR30|\nrequest P preservation {\n  from: FR\n}\n', {});
      const item = completion(c.ws, c.uri, c.offset).find((i) => i.label === 'CR306')!;
      const text = applyEdits(c.text, [{ uri: c.uri, ...item.replace!, newText: item.label }]);
      assert.match(text, /^# coopspec-disable-next-line CR306\n/);
      const { findings } = lintTexts({ 'main.coop': text });
      assert.ok(!findings.some((f) => f.rule === 'CR306'));
    });
  });

  describe("a date is offered as today: the document's today setting, else the clock's day", () => {
    const dateAt = (ws: Workspace, text: string) => {
      const offset = text.indexOf('|');
      ws.set(uriOf('main.coop'), text.replace('|', ''));
      return completion(ws, uriOf('main.coop'), offset);
    };
    const TEXT = 'request R extradition {\n  date: |\n}\n';

    it('the today setting, as a value and in the key snippet', () => {
      const ws = new Workspace(() => ({ rules: {}, interceptionThresholdYears: 4, today: '2031-05-06' }));
      assert.deepEqual(
        dateAt(ws, TEXT).map((i) => [i.label, i.detail]),
        [['2031-05-06', 'today']],
      );
      const keys = dateAt(ws, 'request R extradition {\n  dat|\n}\n').find((i) => i.label === 'date')!;
      assert.equal(keys.insertText, 'date: ${1:2031-05-06}');
    });

    it("the clock's day without a setting", () => {
      const ws = new Workspace();
      assert.deepEqual(
        withClock('2030-02-03', () => dateAt(ws, TEXT)).map((i) => i.label),
        ['2030-02-03'],
      );
    });
  });
});
