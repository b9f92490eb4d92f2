import assert from 'node:assert/strict';
import type { Location } from '../../server/src/language/findings';
import { definition, prepareRename, references, rename } from '../../server/src/language/services/navigation';
import { keys, lintTexts } from '../support/lint';
import { applyWorkspaceEdits, cursorIn, example, offsetOf, uriOf, workspaceOf } from './support';

const OFFENCES = `offence fraud {
  law FR { cite: "x"  max-penalty: 5 years }
}

offence laundering {
  law FR { cite: "y"  max-penalty: 5 years }
}

party FR {
  name: "France"
}
`;

const CASES = `case fraud {
  title: "A case named like the offence"
}
`;

const REQUESTS = `request EXT-1 extradition {
  case: fraud
  from: FR
  to: provider "Mail" in US
  offences: [fraud, laundering]
}

proceeding trial {
  case: fraud
  surrender: EXT-1
  charges: [fraud]
}

consent C-1 {
  from: US
  request: EXT-1
  extends-to: [fraud]
}
`;

function files(marked: string, needle: string, delta = 0, n = 0): Record<string, string> {
  const all: Record<string, string> = { 'offences.coop': OFFENCES, 'cases.coop': CASES, 'requests.coop': REQUESTS };
  const text = all[marked]!;
  const i = offsetOf(text, needle, delta, n);
  return { ...all, [marked]: text.slice(0, i) + '|' + text.slice(i) };
}

/** "file:line:col text" for each location. */
function show(ws: ReturnType<typeof workspaceOf>, locs: Location[]): string[] {
  return locs.map((l) => {
    const doc = ws.document(l.uri)!;
    const p = doc.positionAt(l.start);
    return `${l.uri.slice('file:///ws/'.length)}:${p.line + 1}:${p.character + 1} ${doc.text.slice(l.start, l.end)}`;
  });
}

describe('services: navigation', () => {
  describe('definition', () => {
    it('goes from a reference to the declaration of the sort its key takes, across files', () => {
      const c = cursorIn(files('requests.coop', 'fraud, laundering', 2));
      assert.deepEqual(show(c.ws, definition(c.ws, c.uri, c.offset)), ['offences.coop:1:9 fraud']);
      const k = cursorIn(files('requests.coop', 'case: fraud', 8));
      assert.deepEqual(show(k.ws, definition(k.ws, k.uri, k.offset)), ['cases.coop:1:6 fraud']);
    });

    it('works with the cursor just after the name', () => {
      const c = cursorIn(files('requests.coop', 'laundering]', 10));
      assert.deepEqual(show(c.ws, definition(c.ws, c.uri, c.offset)), ['offences.coop:5:9 laundering']);
    });

    it('goes from a party code to its party declaration, in a field, after "in" or in law FR', () => {
      const from = cursorIn(files('requests.coop', 'from: FR', 6));
      assert.deepEqual(show(from.ws, definition(from.ws, from.uri, from.offset)), ['offences.coop:9:7 FR']);
      const law = cursorIn(files('offences.coop', 'law FR', 5));
      assert.deepEqual(show(law.ws, definition(law.ws, law.uri, law.offset)), ['offences.coop:9:7 FR']);
      const place = cursorIn(files('requests.coop', 'in US', 3));
      assert.deepEqual(definition(place.ws, place.uri, place.offset), [], 'US has no party declaration');
    });

    it('goes to a request of another kind when the key expects an extradition', () => {
      const ws = workspaceOf({ 'a.coop': 'request MLA-1 mutual-assistance {\n}\nproceeding p {\n  surrender: MLA-1\n}\n' });
      const text = ws.document(uriOf('a.coop'))!.text;
      assert.deepEqual(show(ws, definition(ws, uriOf('a.coop'), offsetOf(text, 'MLA-1\n}', 0))), ['a.coop:1:9 MLA-1']);
    });

    it('gives nothing for an unknown name, a word, a string or whitespace', () => {
      const ws = workspaceOf({
        'a.coop': 'request E extradition {\n  offences: [nothing]\n  specialty: undertaken\n  facts: "fraud"\n}\n',
      });
      const text = ws.document(uriOf('a.coop'))!.text;
      for (const needle of ['nothing', 'undertaken', 'fraud"', '  facts']) {
        assert.deepEqual(definition(ws, uriOf('a.coop'), offsetOf(text, needle, 1)), [], needle);
      }
    });
  });

  describe('references', () => {
    it('lists every use of an offence across files, not the case of the same name', () => {
      const c = cursorIn(files('offences.coop', 'fraud {', 1));
      assert.deepEqual(show(c.ws, references(c.ws, c.uri, c.offset, false)), [
        'requests.coop:5:14 fraud',
        'requests.coop:11:13 fraud',
        'requests.coop:17:16 fraud',
      ]);
      assert.deepEqual(show(c.ws, references(c.ws, c.uri, c.offset, true)), [
        'offences.coop:1:9 fraud',
        'requests.coop:5:14 fraud',
        'requests.coop:11:13 fraud',
        'requests.coop:17:16 fraud',
      ]);
    });

    it('from a use, finds the same uses; for the case, only the case keys', () => {
      const use = cursorIn(files('requests.coop', 'charges: [fraud', 11));
      assert.equal(references(use.ws, use.uri, use.offset, false).length, 3);
      const c = cursorIn(files('requests.coop', 'case: fraud', 7));
      assert.deepEqual(show(c.ws, references(c.ws, c.uri, c.offset, true)), [
        'cases.coop:1:6 fraud',
        'requests.coop:2:9 fraud',
        'requests.coop:9:9 fraud',
      ]);
    });

    it('for a party, every code: fields, law blocks, provider places', () => {
      const c = cursorIn(files('offences.coop', 'party FR', 7));
      assert.deepEqual(show(c.ws, references(c.ws, c.uri, c.offset, false)), [
        'offences.coop:2:7 FR',
        'offences.coop:6:7 FR',
        'requests.coop:3:9 FR',
      ]);
      const us = cursorIn(files('requests.coop', 'from: US', 7));
      assert.deepEqual(show(us.ws, references(us.ws, us.uri, us.offset, false)), ['requests.coop:4:26 US', 'requests.coop:15:9 US']);
    });

    it('gives nothing away from a name', () => {
      const c = cursorIn(files('requests.coop', 'offences:', 2));
      assert.deepEqual(references(c.ws, c.uri, c.offset, true), []);
    });
  });

  describe('rename', () => {
    it('prepares on a declared name or a use, with the name as placeholder', () => {
      const c = cursorIn(files('requests.coop', 'laundering', 3));
      const p = prepareRename(c.ws, c.uri, c.offset);
      assert.ok(!('error' in p));
      assert.equal(p.placeholder, 'laundering');
      assert.equal(c.text.slice(p.start, p.end), 'laundering');
    });

    it('renames a declaration and its uses of that sort across files, and the workspace lints the same', () => {
      const c = cursorIn(files('requests.coop', 'fraud, laundering', 1));
      const before = lintTexts({ 'offences.coop': OFFENCES, 'cases.coop': CASES, 'requests.coop': REQUESTS }).findings;
      const result = rename(c.ws, c.uri, c.offset, 'wire-fraud');
      assert.ok('edits' in result);
      assert.equal(result.edits.length, 4);
      const texts = applyWorkspaceEdits(c.ws, result.edits);
      assert.match(texts.get(uriOf('offences.coop'))!, /^offence wire-fraud \{/);
      const req = texts.get(uriOf('requests.coop'))!;
      assert.match(req, /case: fraud\n/);
      assert.match(req, /offences: \[wire-fraud, laundering\]/);
      assert.match(req, /charges: \[wire-fraud\]/);
      assert.match(req, /extends-to: \[wire-fraud\]/);
      const after = lintTexts({ 'offences.coop': texts.get(uriOf('offences.coop'))!, 'cases.coop': CASES, 'requests.coop': req }).findings;
      assert.deepEqual(keys(after), keys(before));
    });

    it('renames a request everywhere it is named, in every example file', () => {
      const ws = workspaceOf(example('clean'));
      const uri = uriOf('ransomware-extradition.coop');
      const text = ws.document(uri)!.text;
      const result = rename(ws, uri, offsetOf(text, 'EXT-2026-001', 1), 'EXT-2026-002');
      assert.ok('edits' in result);
      assert.equal(result.edits.length, 2);
      const texts = applyWorkspaceEdits(ws, result.edits);
      const files = { ...example('clean'), 'ransomware-extradition.coop': texts.get(uri)! };
      assert.deepEqual(keys(lintTexts(files).findings), []);
    });

    it('renames a party and every code of it', () => {
      const c = cursorIn(files('requests.coop', 'from: FR', 6));
      const result = rename(c.ws, c.uri, c.offset, 'BE');
      assert.ok('edits' in result);
      assert.equal(result.edits.length, 4);
    });

    it('refuses an invalid name or party code', () => {
      const c = cursorIn(files('offences.coop', 'fraud {', 1));
      for (const bad of ['', '1fraud', 'wire fraud', 'fraud!', 'frau"d']) {
        const r = rename(c.ws, c.uri, c.offset, bad);
        assert.ok('error' in r, bad);
        assert.match(r.error, /is not a valid name/);
      }
      const p = cursorIn(files('offences.coop', 'party FR', 7));
      for (const bad of ['fr', 'FRA', 'F1']) {
        const r = rename(p.ws, p.uri, p.offset, bad);
        assert.ok('error' in r, bad);
        assert.match(r.error, /not a party code/);
      }
    });

    it('refuses a name taken by a declaration of the same keyword, and allows one of another keyword', () => {
      const c = cursorIn(files('offences.coop', 'laundering {', 1));
      const taken = rename(c.ws, c.uri, c.offset, 'fraud');
      assert.ok('error' in taken);
      assert.match(taken.error, /already the name of offence fraud \(offences\.coop:1\)/);
      const k = cursorIn(files('cases.coop', 'case fraud', 6));
      const ok = rename(k.ws, k.uri, k.offset, 'laundering');
      assert.ok('edits' in ok);
      assert.equal(ok.edits.length, 3);
    });

    it('refuses where there is no declared name', () => {
      const undeclared = cursorIn({ 'a.coop': 'request E extradition {\n  offences: [nothi|ng]\n  to: US\n}\n' });
      const r = prepareRename(undeclared.ws, undeclared.uri, undeclared.offset);
      assert.ok('error' in r);
      assert.match(r.error, /No offence named "nothing" is declared/);
      const word = cursorIn({ 'a.coop': 'request E extradition {\n  specialty: undert|aken\n}\n' });
      assert.match((prepareRename(word.ws, word.uri, word.offset) as { error: string }).error, /Only a declared name can be renamed/);
      const code = cursorIn({ 'a.coop': 'request E extradition {\n  to: U|S\n}\n' });
      assert.match((rename(code.ws, code.uri, code.offset, 'GB') as { error: string }).error, /No "party US" is declared/);
    });

    it('renaming to the same name changes nothing', () => {
      const c = cursorIn(files('offences.coop', 'fraud {', 1));
      assert.deepEqual(rename(c.ws, c.uri, c.offset, 'fraud'), { edits: [] });
    });
  });

  describe('judgments (language version 2)', () => {
    const JUDGMENTS = `judgment CH-1 {
  party: CH
  person: doe
  offences: [fraud]
  outcome: convicted
  final: yes
}
`;
    const SENTENCE = `person doe {
  nationality: PL
}

request EXT-9 extradition {
  for: sentence
  judgment: CH-1
  person: doe
  offences: [fraud]
}
`;
    const all = (marked: string, needle: string, delta: number): Record<string, string> => {
      const texts: Record<string, string> = { 'offences.coop': OFFENCES, 'judgments.coop': JUDGMENTS, 'sentence.coop': SENTENCE };
      const text = texts[marked]!;
      const i = offsetOf(text, needle, delta);
      return { ...texts, [marked]: text.slice(0, i) + '|' + text.slice(i) };
    };

    it("go to definition from a request's judgment, and references of a judgment", () => {
      const use = cursorIn(all('sentence.coop', 'judgment: CH-1', 11));
      assert.deepEqual(show(use.ws, definition(use.ws, use.uri, use.offset)), ['judgments.coop:1:10 CH-1']);
      const decl = cursorIn(all('judgments.coop', 'CH-1 {', 1));
      assert.deepEqual(show(decl.ws, references(decl.ws, decl.uri, decl.offset, true)), [
        'judgments.coop:1:10 CH-1',
        'sentence.coop:7:13 CH-1',
      ]);
    });

    it("rename a judgment renames the request's reference to it, and a judgment's offences and person follow their declarations", () => {
      const decl = cursorIn(all('judgments.coop', 'CH-1 {', 1));
      const r = rename(decl.ws, decl.uri, decl.offset, 'CH-2019-117');
      assert.ok('edits' in r);
      const after = applyWorkspaceEdits(decl.ws, r.edits);
      assert.match(after.get(uriOf('judgments.coop'))!, /^judgment CH-2019-117 \{/);
      assert.match(after.get(uriOf('sentence.coop'))!, /judgment: CH-2019-117/);
      const offence = cursorIn(all('offences.coop', 'fraud {', 1));
      const ro = rename(offence.ws, offence.uri, offence.offset, 'wire-fraud');
      assert.ok('edits' in ro);
      const renamed = applyWorkspaceEdits(offence.ws, ro.edits);
      assert.match(renamed.get(uriOf('judgments.coop'))!, /offences: \[wire-fraud\]/);
      assert.match(renamed.get(uriOf('sentence.coop'))!, /offences: \[wire-fraud\]/);
    });
  });
});
