// The model: each entry's value read according to its key (party codes, providers, lists and single
// values, articles, durations, dates, words), and the CR004/CR005 issues with their messages and
// suggestions. A value reported as an issue is present but unusable.

import assert from 'node:assert/strict';
import { block, has, refs, unusable, value, word, type DeclModel, type Issue } from '../../server/src/language/model';
import { buildModel } from '../../server/src/language/readModel';
import { parseChunk } from '../../server/src/language/parse';
import { GROUNDS, REQUEST_KINDS } from '../../server/src/language/words';

/** The model of the first declaration of a text that parses. */
function model(text: string): DeclModel {
  const unit = parseChunk(text);
  assert.deepEqual(
    unit.problems.map((p) => p.message),
    [],
    'the text parses',
  );
  return buildModel(unit.declarations[0]!, unit);
}

interface IssueView {
  rule: string;
  text: string;
  message: string;
  suggestions: string[];
}

/** The issues of a declaration: rule, the text they point at, message, suggested replacements. */
function issues(text: string): IssueView[] {
  const unit = parseChunk(text);
  const m = buildModel(unit.declarations[0]!, unit);
  return m.issues.map((i: Issue) => ({
    rule: i.rule,
    text: text.slice(i.span.start, i.span.end),
    message: i.message,
    suggestions: i.fixes.flatMap((f) => f.edits.map((e) => (e.op === 'replace' ? e.text : `<${e.op}>`))),
  }));
}

function oneIssue(text: string): IssueView {
  const list = issues(text);
  assert.equal(list.length, 1, `one issue expected: ${JSON.stringify(list)}`);
  return list[0]!;
}

describe('model', () => {
  describe('value shapes per key', () => {
    it('party codes: from, to, stored-in, nationality, permits-transfer-to, law blocks', () => {
      const r = model('request R mutual-assistance { from: FR  to: US }');
      assert.equal(value(r, 'from', 'party')?.code, 'FR');
      assert.equal(value(r, 'to', 'party')?.code, 'US');
      assert.equal(value(model('data d { stored-in: IE }'), 'stored-in', 'party')?.code, 'IE');
      assert.deepEqual(
        value(model('person p { nationality: RU }'), 'nationality', 'parties')?.items.map((i) => i.code),
        ['RU'],
      );
      assert.deepEqual(
        value(model('person p { nationality: [RU, UA] }'), 'nationality', 'parties')?.items.map((i) => i.code),
        ['RU', 'UA'],
      );
      assert.deepEqual(
        value(model('consent c { permits-transfer-to: [GB, IE] }'), 'permits-transfer-to', 'parties')?.items.map((i) => i.code),
        ['GB', 'IE'],
      );
      const o = model('offence o { law FR { cite: "Code" }  law US { cite: "USC" } }');
      assert.deepEqual(
        o.blocks.get('law')!.map((b) => b.party),
        ['FR', 'US'],
      );
    });

    it('IN (India) is a party code; the `in` of a provider is not', () => {
      const r = model('request R mutual-assistance { to: IN }');
      assert.equal(value(r, 'to', 'party')?.code, 'IN');
      const p = model('request R mutual-assistance { to: provider "Example Mail Inc." in IN }');
      assert.equal(value(p, 'to', 'provider')?.place?.code, 'IN');
    });

    it('providers: name (normalised for comparison) and the party after `in`, or none', () => {
      const withIn = value(model('request R mutual-assistance { to: provider "Example Mail Inc. " in US }'), 'to', 'provider')!;
      assert.equal(withIn.name, 'example mail inc.');
      assert.equal(withIn.place?.code, 'US');
      const without = value(model('request R mutual-assistance { to: provider "Example Mail Inc." }'), 'to', 'provider')!;
      assert.equal(without.place, undefined);
      const custodian = model('data d { custodian: provider "Example Mail Inc." in US }');
      assert.equal(value(custodian, 'custodian', 'provider')?.place?.code, 'US');
      assert.equal(value(model('data d { custodian: "The suspect\'s laptop" }'), 'custodian', 'text')?.node.value, "The suspect's laptop");
    });

    it('references: single for case, person, surrender, after, request, preserved-by; lists for the others', () => {
      const r = model('request R mutual-assistance { case: C-1  person: doe  offences: [a, b]  data: [d]  preserved-by: P-1 }');
      assert.equal(value(r, 'case', 'ref')?.name, 'C-1');
      assert.equal(value(r, 'person', 'ref')?.name, 'doe');
      assert.equal(value(r, 'preserved-by', 'ref')?.name, 'P-1');
      assert.deepEqual(
        refs(r, 'offences').map((x) => x.name),
        ['a', 'b'],
      );
      assert.ok(value(r, 'offences', 'refs')?.list, 'written as a list');
      assert.deepEqual(
        refs(r, 'data').map((x) => x.name),
        ['d'],
      );
      const p = model('proceeding P { surrender: E-1  charges: [a]  evidence: [M-1, M-2] }');
      assert.equal(value(p, 'surrender', 'ref')?.name, 'E-1');
      assert.deepEqual(
        refs(p, 'evidence').map((x) => x.name),
        ['M-1', 'M-2'],
      );
      const c = model('consent C { request: E-1  extends-to: [b]  permits-use-in: [C-2] }');
      assert.equal(value(c, 'request', 'ref')?.name, 'E-1');
      assert.deepEqual(
        refs(c, 'extends-to').map((x) => x.name),
        ['b'],
      );
      assert.equal(value(model('transfer T { person: doe  after: E-1  to: GB }'), 'after', 'ref')?.name, 'E-1');
    });

    it('a list key takes one name without brackets too; a single-name key does not take a list', () => {
      const r = model('request R mutual-assistance { offences: a }');
      assert.deepEqual(
        refs(r, 'offences').map((x) => x.name),
        ['a'],
      );
      assert.equal(value(r, 'offences', 'refs')?.list, undefined);
      const issue = oneIssue('request R mutual-assistance { case: [C-1] }');
      assert.equal(issue.message, '"case" takes one name, not a list.');
      assert.ok(unusable(model0('request R mutual-assistance { case: [C-1] }'), 'case'));
    });

    it('an empty list is an absent entry, not an unusable one', () => {
      const r = model('request R mutual-assistance { offences: []  data: [] }');
      assert.equal(has(r, 'offences'), false);
      assert.equal(unusable(r, 'offences'), false);
      assert.deepEqual(refs(r, 'offences'), []);
      assert.equal(has(model('person p { nationality: [] }'), 'nationality'), false);
    });

    it('words, word lists and qualified words', () => {
      const r = model(`request R mutual-assistance {
  measure: interception
  documents: [warrant, text-of-law]
  risk: life
  specialty: undertaken
  follow-up: mutual-assistance
  if-refused: prosecute
  safeguards { authorization: judicial "Order of 2 March"  notice: deferred "Until closing" }
}`);
      assert.equal(word(r, 'measure'), 'interception');
      assert.deepEqual(
        value(r, 'documents', 'words')?.items.map((i) => i.word),
        ['warrant', 'text-of-law'],
      );
      assert.equal(word(r, 'risk'), 'life');
      assert.equal(word(r, 'specialty'), 'undertaken');
      assert.equal(word(r, 'follow-up'), 'mutual-assistance');
      assert.equal(word(r, 'if-refused'), 'prosecute');
      const s = block(r, 'safeguards')!;
      const auth = value(s, 'authorization', 'word')!;
      assert.equal(auth.word, 'judicial');
      assert.equal(auth.text?.value, 'Order of 2 March');
      assert.equal(value(s, 'notice', 'word')?.word, 'deferred');
      assert.equal(word(model('data d { type: subscriber }'), 'type'), 'subscriber');
    });

    it('a qualified word takes a """text over several lines as well as a string', () => {
      const r = model(`request R mutual-assistance {
  safeguards { authorization: judicial """Order of the JLD,
    2 March 2026"""  notice: deferred """Until the\n closing""" }
  grounds { dual-criminality: not-engaged """Punishable in FR
    and in US""" }
}`);
      const s = block(r, 'safeguards')!;
      assert.equal(value(s, 'authorization', 'word')?.text?.value, 'Order of the JLD,\n    2 March 2026');
      assert.equal(value(s, 'notice', 'word')?.word, 'deferred');
      assert.equal(block(r, 'grounds')!.grounds[0]?.status, 'not-engaged');
      const c = value(
        model('request R direct-access { lawful-basis: consent """The account holder,\n in writing""" }'),
        'lawful-basis',
        'word',
      )!;
      assert.equal(c.word, 'consent');
      assert.equal(c.text?.value, 'The account holder,\n in writing');
    });

    it('lawful-basis: publicly-available, or consent with the person named', () => {
      assert.equal(word(model('request R direct-access { lawful-basis: publicly-available }'), 'lawful-basis'), 'publicly-available');
      const c = value(model('request R direct-access { lawful-basis: consent "The account holder" }'), 'lawful-basis', 'word')!;
      assert.equal(c.word, 'consent');
      assert.equal(c.text?.value, 'The account holder');
    });

    it('articles: category, reservations, basis (instrument, article or treaty)', () => {
      const cat = value(model('offence o { category: budapest art 9(1) }'), 'category', 'article')!;
      assert.deepEqual(cat.item.ref, { instrument: 'budapest', number: 9, parts: ['1'] });
      const res = value(model('party AT { reservations: [budapest art 29(4), budapest art 14(3)(a)] }'), 'reservations', 'articles')!;
      assert.deepEqual(
        res.items.map((i) => i.ref),
        [
          { instrument: 'budapest', number: 29, parts: ['4'] },
          { instrument: 'budapest', number: 14, parts: ['3', 'a'] },
        ],
      );
      const one = (text: string) => value(model(text), 'basis', 'bases')!.items;
      const [inst] = one('request R extradition { basis: ets24 }');
      assert.deepEqual([inst!.instrument, !!inst!.treaty, inst!.article], ['ets24', false, undefined]);
      const [art] = one('request R extradition { basis: budapest art 24(1)(a) }');
      assert.deepEqual([art!.instrument, !!art!.treaty, art!.article?.ref?.parts], ['budapest', false, ['1', 'a']]);
      const [treaty] = one('request R extradition { basis: treaty "FR-US Extradition Treaty" }');
      assert.deepEqual([treaty!.instrument, !!treaty!.treaty], [undefined, true]);
      const [treatyArt] = one('request R extradition { basis: treaty "FR-US Extradition Treaty" art 4 }');
      assert.deepEqual([!!treatyArt!.treaty, treatyArt!.article?.ref], [true, undefined]);
      const list = one('request R extradition { basis: [ets24, ets98, budapest art 24, reciprocity] }');
      assert.deepEqual(
        list.map((i) => i.instrument ?? (i.reciprocity ? 'reciprocity' : '?')),
        ['ets24', 'ets98', 'budapest', 'reciprocity'],
      );
    });

    it('instruments: the five ids and treaties', () => {
      const v = value(
        model('party AT { instruments: [budapest, budapest-2ap, ets24, ets30, uncc, treaty "Bilateral"] }'),
        'instruments',
        'instruments',
      )!;
      assert.deepEqual(
        v.items.map((i) => i.id ?? 'treaty'),
        ['budapest', 'budapest-2ap', 'ets24', 'ets30', 'uncc', 'treaty'],
      );
    });

    it('durations in years', () => {
      const years = (d: string) =>
        value(model(`offence o { law FR { max-penalty: ${d} } }`).blocks.get('law')![0]!, 'max-penalty', 'penalty')!.years;
      assert.equal(years('5 years'), 5);
      assert.equal(years('1 year'), 1);
      assert.equal(years('6 months'), 0.5);
      assert.equal(years('1 month'), 1 / 12);
      assert.equal(years('30 days'), 30 / 365);
      assert.equal(years('365 days'), 1);
      assert.equal(
        value(
          model('request R mutual-assistance { safeguards { duration: 30 days } }').blocks.get('safeguards')![0]!,
          'duration',
          'duration',
        )?.years,
        30 / 365,
      );
      // life and death are above every threshold of years, and say which they are.
      for (const word of ['life', 'death'] as const) {
        const p = value(model(`offence o { law FR { max-penalty: ${word} } }`).blocks.get('law')![0]!, 'max-penalty', 'penalty')!;
        assert.deepEqual([p.years, p.word], [Number.POSITIVE_INFINITY, word]);
      }
      assert.equal(
        oneIssue('offence o { law FR { max-penalty: lfe } }').message,
        '"max-penalty" takes a duration (5 years), life or death, not "lfe" (did you mean "life"?).',
      );
      const limitation = value(model('offence o { law FR { limitation: 10 years } }').blocks.get('law')![0]!, 'limitation', 'duration')!;
      assert.deepEqual([limitation.amount, limitation.unit], [10, 'year']);
    });

    it('dates carry their day number; a date that does not exist is CR004', () => {
      const d = value(model('offence o { committed: 2024-02-29 }'), 'committed', 'date')!;
      assert.deepEqual([d.iso, d.day], ['2024-02-29', Date.UTC(2024, 1, 29) / 86400000]);
      assert.equal(oneIssue('offence o { committed: 2026-02-29 }').message, '"committed" takes a valid date: 2026-02-29 does not exist.');
    });

    it('a placeholder string stands for any value not written yet: no CR004, the value is unusable', () => {
      for (const text of [
        'request R extradition { for: "…" }',
        'request R extradition { offences: "" }',
        'offence o { law FR { max-penalty: "..." } }',
      ]) {
        const m = model0(text);
        assert.deepEqual(m.issues, [], text);
      }
      assert.ok(unusable(model0('request R extradition { for: "…" }'), 'for'));
    });

    it('grounds: other "Name" is a ground of the requested party\'s law; a name in quotes on any other key is CR004', () => {
      const g = model0(
        'request R extradition { grounds { other "Forum bar (Extradition Act 2003 s. 83A)": not-engaged "Conduct in FR" } }',
      ).blocks.get('grounds')![0]!.grounds;
      assert.deepEqual(
        g.map((x) => [x.ground, x.status, x.label?.value]),
        [['other', 'not-engaged', 'Forum bar (Extradition Act 2003 s. 83A)']],
      );
      assert.match(oneIssue('request R extradition { grounds { other: not-engaged } }').message, /named in quotes/);
      assert.match(
        oneIssue('request R extradition { grounds { nationality "x": not-engaged } }').message,
        /Only "other" takes a name in quotes/,
      );
      assert.match(oneIssue('request R extradition { to "x": FR }').message, /Only "other" in a grounds block takes a name in quotes/);
    });

    it('instruments: echr and iccpr are cited only, not listed as instruments a party is bound by', () => {
      assert.match(oneIssue('party AT { instruments: [budapest, echr] }').message, /echr is not an instrument of co-operation/);
      assert.deepEqual(
        model0('request R extradition { basis: [echr art 3] }').issues,
        [],
        'as a basis they are read, and CR305 reports them',
      );
    });

    it('dates: calendar dates only', () => {
      assert.ok(value(model('request R extradition { date: 2024-02-29 }'), 'date', 'date'));
      assert.equal(oneIssue('request R extradition { date: 2026-02-29 }').message, '"date" takes a valid date: 2026-02-29 does not exist.');
      assert.equal(oneIssue('request R extradition { date: 2026-13-01 }').rule, 'CR004');
      assert.equal(oneIssue('request R extradition { date: "2 March 2026" }').message, '"date" takes a date (YYYY-MM-DD), not a string.');
    });

    it('grounds: each known ground with its status, in order; unknown grounds left out', () => {
      const r = model(`request R extradition {
  grounds {
    nationality: not-engaged "Not a national"
    persecution: engaged
    politcal-offence: not-engaged
    dual-criminality: unassessed
    human-rights: not-enganged
  }
}`);
      const g = block(r, 'grounds')!.grounds;
      assert.deepEqual(
        g.map((x) => [x.ground, x.status]),
        [
          ['nationality', 'not-engaged'],
          ['persecution', 'engaged'],
          ['dual-criminality', 'unassessed'],
          ['human-rights', undefined],
        ],
      );
    });

    it('the first of two entries with the same key is the one read', () => {
      assert.equal(value(model('request R extradition { to: FR  to: US }'), 'to', 'party')?.code, 'FR');
    });

    it('the request kind, when the language has it', () => {
      assert.equal(model('request R preservation { }').kind, 'preservation');
      assert.equal(model0('request R preservaton { }').kind, undefined);
      assert.equal(model0('request R { }').kind, undefined);
    });
  });

  describe('CR004 messages and suggestions', () => {
    it("a key not in the block's row, with the nearest keys", () => {
      assert.deepEqual(oneIssue('request R mutual-assistance { mesure: interception }'), {
        rule: 'CR004',
        text: 'mesure',
        message: '"mesure" is not a key of request R (did you mean "measure"?).',
        suggestions: ['measure'],
      });
      assert.deepEqual(oneIssue('offence o { law FR { max-penalt: 5 years } }'), {
        rule: 'CR004',
        text: 'max-penalt',
        message: '"max-penalt" is not a key of the law FR block (did you mean "max-penalty"?).',
        suggestions: ['max-penalty'],
      });
      assert.deepEqual(oneIssue('person p { colour: blue }'), {
        rule: 'CR004',
        text: 'colour',
        message: '"colour" is not a key of person p.',
        suggestions: [],
      });
    });

    it('blocks written as fields and fields as blocks', () => {
      assert.equal(oneIssue('offence o { law: FR }').message, '"law" is a block in offence o: write "law XX { … }".');
      assert.equal(
        oneIssue('request R extradition { grounds: none }').message,
        '"grounds" is a block in request R: write "grounds { … }".',
      );
      assert.equal(
        oneIssue('request R extradition { facts { } }').message,
        '"facts" takes a value in request R: write "facts: …", not a block.',
      );
    });

    it('request kinds', () => {
      assert.deepEqual(oneIssue('request R extraditon { }'), {
        rule: 'CR004',
        text: 'extraditon',
        message:
          'Unknown request kind "extraditon" (did you mean "extradition"?); the kinds are extradition, mutual-assistance, preservation, traffic-disclosure, emergency-disclosure, subscriber-order, direct-access or provisional-arrest.',
        suggestions: ['extradition'],
      });
      assert.equal(oneIssue('request R { }').text, 'R');
      assert.equal(oneIssue('offence o extradition { }').message, 'Only a request has a kind; remove "extradition" from offence o.');
    });

    it('measures, grounds, statuses and words, with the nearest valid ones', () => {
      assert.deepEqual(oneIssue('request R mutual-assistance { measure: intercepton }').suggestions, ['interception']);
      assert.deepEqual(oneIssue('request R mutual-assistance { grounds { fiscal-offense: engaged } }').suggestions, ['fiscal-offence']);
      assert.deepEqual(oneIssue('request R mutual-assistance { grounds { persecution: unasessed } }').suggestions, ['unassessed']);
      assert.deepEqual(oneIssue('data d { type: contents }').suggestions, ['content']);
      assert.deepEqual(oneIssue('request R extradition { documents: [warrant, warant] }').suggestions, ['warrant']);
      assert.deepEqual(oneIssue('party AT { instruments: [budapset] }').suggestions, ['budapest']);
      assert.match(
        oneIssue('request R mutual-assistance { grounds { persecution: maybe } }').message,
        /^Unknown status "maybe"; a ground is not-engaged, engaged or unassessed\.$/,
      );
    });

    it('party codes in lower case suggest the capitals; other words are not party codes', () => {
      assert.deepEqual(oneIssue('request R extradition { to: us }'), {
        rule: 'CR004',
        text: 'us',
        message: 'Party codes are two capital letters: "US".',
        suggestions: ['US'],
      });
      assert.equal(
        oneIssue('request R extradition { to: France }').message,
        '"to" takes a party code (two capital letters, e.g. FR), not the word "France".',
      );
      assert.equal(
        oneIssue('party France { }').message,
        'A party is named by its ISO 3166-1 alpha-2 code in capitals (FR, US), not "France".',
      );
      assert.equal(oneIssue('offence o { law fr { } }').message, '"law" takes a party code (two capital letters, e.g. FR).');
    });

    it('qualified words need their string; lawful-basis words that take none', () => {
      assert.equal(
        oneIssue('request R mutual-assistance { safeguards { notice: deferred } }').message,
        '"deferred" needs its reason: write deferred "…".',
      );
      assert.equal(
        oneIssue('request R direct-access { lawful-basis: consent }').message,
        'Name the person who consented: write consent "…".',
      );
      assert.equal(
        oneIssue('request R direct-access { lawful-basis: publicly-available "Open web" }').message,
        '"publicly-available" takes no string.',
      );
    });

    it('messages describe a misplaced string, never quote it', () => {
      const list = issues(
        'request R extradition { from: "Secret Requesting Office"  offences: ["Secret Offence Name"]  measure: "Secret Measure" }',
      );
      assert.equal(list.length, 3);
      for (const i of list) assert.doesNotMatch(i.message, /Secret/);
      assert.deepEqual(
        list.map((i) => i.message),
        [
          '"from" takes a party code (two capital letters, e.g. FR), not a string.',
          '"offences" takes names of declarations, not a string.',
          '"measure" takes one of stored-data, search-seizure, production, real-time-traffic, interception, testimony or property-recovery, not a string.',
        ],
      );
    });

    describe('a value the key cannot take: what the key takes, and what it was given', () => {
      // The lists the messages give, from the vocabulary: "a, b or c"; the ground of the requested
      // party's own law is written with its name in quotes, and comes last.
      const kinds = [...REQUEST_KINDS.keys()];
      const KINDS = `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`;
      const GROUND_LIST = `${[...GROUNDS.keys()].filter((g) => g !== 'other').join(', ')} or other "…"`;
      // [the declaration, the text the issue points at, its message]: a row per type of value, and
      // each shape a value can have in the message's "not …".
      const rows: [string, string, string][] = [
        [
          'request R extradition { authority: ransomware }',
          'ransomware',
          '"authority" takes a string in double quotes, not the word "ransomware".',
        ],
        [
          'request R extradition { authority: deferred "x" }',
          'deferred "x"',
          '"authority" takes a string in double quotes, not a word followed by a string.',
        ],
        ['request R extradition { authority: treaty "X" }', 'treaty "X"', '"authority" takes a string in double quotes, not a treaty.'],
        [
          'request R extradition { authority: budapest art 5 }',
          'budapest art 5',
          '"authority" takes a string in double quotes, not an article.',
        ],
        ['request R extradition { authority: [a] }', '[a]', '"authority" takes a string in double quotes, not a list.'],
        [
          'request R extradition { authority: provider "X" in US }',
          'provider "X" in US',
          '"authority" takes a string in double quotes, not a provider.',
        ],
        [
          'request R preservation { to: 2026-01-01 }',
          '2026-01-01',
          '"to" takes a party code (FR) or a provider (provider "Name" in US), not a date.',
        ],
        ['request R extradition { to: FRA }', 'FRA', '"to" takes a party code (two capital letters, e.g. FR), not the word "FRA".'],
        ['person p { nationality: [FR, "x"] }', '"x"', '"nationality" takes a party code (two capital letters, e.g. FR), not a string.'],
        ['data d { custodian: 5 years }', '5 years', '"custodian" takes a provider (provider "Name" in US) or a string, not a duration.'],
        ['request R extradition { case: [c1] }', '[c1]', '"case" takes one name, not a list.'],
        ['request R extradition { person: "p" }', '"p"', '"person" takes the name of a declaration, not a string.'],
        ['request R extradition { offences: [5 years] }', '5 years', '"offences" takes names of declarations, not a duration.'],
        [
          'request R mutual-assistance { measure: budapest art 5 }',
          'budapest art 5',
          '"measure" takes one of stored-data, search-seizure, production, real-time-traffic, interception, testimony or property-recovery, not an article.',
        ],
        [
          'request R extradition { documents: [2026-01-01] }',
          '2026-01-01',
          '"documents" takes a list of warrant, conviction, statement-of-offences, text-of-law or description-of-person, not a date.',
        ],
        [
          'request R mutual-assistance { safeguards { notice: 5 years } }',
          '5 years',
          '"notice" takes given, deferred or not-required followed by a string, not a duration.',
        ],
        [
          'request R direct-access { lawful-basis: 2026-01-01 }',
          '2026-01-01',
          '"lawful-basis" takes publicly-available or consent "…", not a date.',
        ],
        ['offence o { category: 5 years }', '5 years', '"category" takes an article (budapest art 5), not a duration.'],
        [
          'party AT { reservations: [5 years] }',
          '5 years',
          '"reservations" takes a list of articles ([budapest art 29(4)]), not a duration.',
        ],
        [
          'party AT { instruments: [provider "X" in US] }',
          'provider "X" in US',
          '"instruments" takes a list of instruments ([budapest, ets24]), not a provider.',
        ],
        ['request R extradition { date: budapest }', 'budapest', '"date" takes a date (YYYY-MM-DD), not the word "budapest".'],
        [
          'request R mutual-assistance { safeguards { duration: "x" } }',
          '"x"',
          '"duration" takes a duration (5 years, 6 months, 30 days), not a string.',
        ],
        ['offence o { law FR { max-penalty: "x" } }', '"x"', '"max-penalty" takes a duration (5 years), life or death, not a string.'],
        [
          'offence o { law FR { max-penalty: forever } }',
          'forever',
          '"max-penalty" takes a duration (5 years), life or death, not "forever".',
        ],
        [
          'request R extradition { basis: [budapest, 5 years] }',
          '5 years',
          '"basis" takes an instrument (budapest), an article (budapest art 29), treaty "Title" or reciprocity, not a duration.',
        ],
        [
          'request R extradition { grounds { persecution: "x" } }',
          '"x"',
          'A ground takes a status: not-engaged, engaged or unassessed, optionally followed by a reason in quotes.',
        ],
        [
          'request R extradition { grounds { persecution { } } }',
          'persecution',
          'A ground takes a status: write "persecution: not-engaged \\"reason\\"".',
        ],
        [
          'request R extradition { grounds { persecutoin: engaged "x" } }',
          'persecutoin',
          `Unknown refusal ground "persecutoin" (did you mean "persecution"?); the grounds are ${GROUND_LIST}.`,
        ],
        ['offence o { law { } }', 'law', '"law" takes a party: write "law FR { … }".'],
        // Words the key does not have, and a kind missing.
        ['request R { }', 'R', `Request R has no kind: write "request R KIND {" with KIND one of ${KINDS}.`],
        [
          'party AT { instruments: [budapset] }',
          'budapset',
          'Unknown instrument "budapset" (did you mean "budapest"?); expected budapest, budapest-2ap, ets24, ets86, ets98, cets212, ets30, ets99, uncc or treaty "Title".',
        ],
        [
          'request R extradition { basis: recprocity }',
          'recprocity',
          'Unknown instrument "recprocity" (did you mean "reciprocity"?); expected budapest, budapest-2ap, ets24, ets86, ets98, cets212, ets30, ets99, uncc, reciprocity or treaty "Title".',
        ],
        ['request R extradition { to: fra }', 'fra', '"to" takes a party code (two capital letters, e.g. FR), not the word "fra".'],
        [
          'offence o { law FR { max-penalty: Life } }',
          'Life',
          '"max-penalty" takes a duration (5 years), life or death, not the word "Life".',
        ],
        [
          'request R mutual-assistance { safeguards { notice: givn } }',
          'givn',
          'Unknown notice "givn" (did you mean "given"?); expected given, deferred or not-required.',
        ],
        [
          'request R direct-access { lawful-basis: publik }',
          'publik',
          'Unknown lawful basis "publik"; expected publicly-available or consent.',
        ],
        [
          'request R direct-access { lawful-basis: publik "x" }',
          'publik',
          'Unknown lawful basis "publik"; expected publicly-available or consent.',
        ],
        [
          'request R extradition { grounds { persecutoin { } } }',
          'persecutoin',
          `Unknown refusal ground "persecutoin" (did you mean "persecution"?); the grounds are ${GROUND_LIST}.`,
        ],
        ['request R mutual-assistance { safeguards X { } }', 'X', '"safeguards" takes no name: write "safeguards { … }".'],
        ['person p { colour { } }', 'colour', '"colour" is not a key of person p.'],
      ];
      for (const [text, at, message] of rows) {
        it(text, () => {
          const i = oneIssue(text);
          assert.deepEqual([i.rule, i.text, i.message], ['CR004', at, message]);
        });
      }

      it('an unknown ground with an unknown status: both are reported', () => {
        assert.equal([...GROUNDS.keys()].at(-1), 'other', 'the message lists other "…" last');
        assert.deepEqual(
          issues('request R extradition { grounds { persecutoin: maybe } }').map((i) => [i.text, i.message]),
          [
            ['persecutoin', `Unknown refusal ground "persecutoin" (did you mean "persecution"?); the grounds are ${GROUND_LIST}.`],
            ['maybe', 'Unknown status "maybe"; a ground is not-engaged, engaged or unassessed.'],
          ],
        );
      });
    });

    it('a kind on a declaration that is not a request: the fix removes it, with the space before it', () => {
      const text = 'offence o extradition { }';
      const unit = parseChunk(text);
      const [i] = buildModel(unit.declarations[0]!, unit).issues;
      assert.deepEqual(
        i!.fixes.map((f) => [
          f.title,
          f.safe,
          f.edits.map((e) => (e.op === 'replace' ? [text.slice(e.span.start, e.span.end), e.text] : e.op)),
        ]),
        [['Remove "extradition"', false, [[' extradition', '']]]],
      );
    });

    it('a placeholder stands for a value not written yet: no CR004, and a text key keeps it as its text', () => {
      assert.deepEqual(issues('request R extradition { offences: ["…"]  person: "…"  date: "" }'), []);
      const m = model('request R extradition { authority: "…"  offences: ["…"] }');
      assert.equal(value(m, 'authority', 'text')?.node.value, '…');
      assert.equal(value(m, 'offences', 'refs'), undefined);
    });

    it('CR005 issues come from the model too, with the reason', () => {
      assert.deepEqual(oneIssue('offence o { category: budapest art 29(9) }'), {
        rule: 'CR005',
        text: 'budapest art 29(9)',
        message: 'Unknown article: CETS 185 Art. 29 has no (9): it has (1)–(7).',
        suggestions: [],
      });
      assert.equal(oneIssue('offence o { category: ets24 art 33 }').message, 'Unknown article: ETS 24 has Articles 1–32.');
      assert.equal(
        oneIssue('offence o { category: ets24 art 10(5) }').message,
        'Unknown article: ETS 24 Art. 10 has no (5): it has (1)–(4).',
      );
      assert.equal(oneIssue('offence o { category: echr art 60 }').message, 'Unknown article: ECHR has Articles 1–59.');
      assert.deepEqual(model0('offence o { category: ets98 art 99 }').issues, [], 'protocol article numbers are not checked');
      assert.equal(
        oneIssue('offence o { category: budapest art 29(2)(g) }').message,
        'Unknown article: CETS 185 Art. 29(2) has no (g): it has (a)–(f).',
      );
    });

    it('a list with one item it cannot read is unusable as a whole, not read as its other items', () => {
      const cases: [string, string, Parameters<typeof value>[2]][] = [
        ['person p { nationality: [FR, "x"] }', 'nationality', 'parties'],
        ['request R extradition { documents: [warrant, 2026-01-01] }', 'documents', 'words'],
        ['party AT { reservations: [budapest art 29(4), 5 years] }', 'reservations', 'articles'],
        ['party AT { instruments: [budapest, budapset] }', 'instruments', 'instruments'],
        ['party AT { instruments: [budapest, echr] }', 'instruments', 'instruments'],
        ['party AT { instruments: [budapest, provider "X" in US] }', 'instruments', 'instruments'],
      ];
      for (const [text, key, t] of cases) {
        const m = model0(text);
        assert.deepEqual([unusable(m, key), value(m, key, t)], [true, undefined], text);
        assert.equal(m.issues.length, 1, text);
      }
    });

    it('a single value stands for a one-item list (articles, instruments)', () => {
      const m = model('party AT { instruments: budapest  reservations: budapest art 29(4) }');
      assert.deepEqual(
        value(m, 'instruments', 'instruments')!.items.map((i) => i.id),
        ['budapest'],
      );
      assert.deepEqual(
        value(m, 'reservations', 'articles')!.items.map((a) => a.ref?.number),
        [29],
      );
    });

    it("text in a grounds block that does not parse is the parser's (CR001): the model reads the grounds around it", () => {
      const text = 'request R extradition {\n  grounds {\n    persecution: engaged "x"\n    %% !!\n  }\n}\n';
      const unit = parseChunk(text);
      const m = buildModel(unit.declarations[0]!, unit);
      assert.equal(unit.problems.length, 1);
      assert.deepEqual([m.issues, block(m, 'grounds')!.grounds.map((g) => [g.ground, g.status])], [[], [['persecution', 'engaged']]]);
    });

    it('reads an article of a treaty as a treaty item, an article of an instrument with its reference', () => {
      const articles = value(
        model('party AT { reservations: [treaty "Bilateral treaty" art 3, budapest art 29(4)] }'),
        'reservations',
        'articles',
      )!.items;
      assert.deepEqual(
        articles.map((a) => [a.treaty, a.valid, a.ref]),
        [
          [true, true, undefined],
          [false, true, { instrument: 'budapest', number: 29, parts: ['4'] }],
        ],
      );
      const instruments = value(model('party AT { instruments: [treaty "Bilateral treaty", ets24] }'), 'instruments', 'instruments')!.items;
      assert.deepEqual(
        instruments.map((i) => [i.treaty, i.id]),
        [
          [true, undefined],
          [false, 'ets24'],
        ],
      );
    });

    it('a present but unusable value is marked unusable, an absent one is not', () => {
      const r = model0('request R mutual-assistance { measure: intercepton  to: us }');
      assert.ok(unusable(r, 'measure') && unusable(r, 'to'));
      assert.ok(has(r, 'measure'));
      assert.equal(unusable(r, 'from'), false);
      assert.equal(has(r, 'from'), false);
    });
  });
});

/** The model of a text that may have issues (but parses). */
function model0(text: string): DeclModel {
  const unit = parseChunk(text);
  return buildModel(unit.declarations[0]!, unit);
}
