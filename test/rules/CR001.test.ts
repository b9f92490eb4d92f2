// CR001 syntax-error: one finding for each run of unparsable text; a run ends at the next entry,
// at the `}` that closes its block, or at the next line that starts, in its first column, a
// declaration; the declaration holding the slip keeps its other entries.

import assert from 'node:assert/strict';
import { value } from '../../server/src/language/model';
import { lintTexts } from '../support/lint';
import { expectExactly, expectRule, placeOf } from '../support/ruletest';

describe('CR001 syntax-error', () => {
  describe('one finding per run of unparsable text', () => {
    it('a slip in an entry is one finding, and the run ends at the next entry', () => {
      const { ws, findings } = expectRule(
        'CR001',
        `
person p-one {
  name "Ada Quill Example"                  #! CR001
  nationality: FR
}
`,
      );
      const person = ws.declarations()[0]!;
      assert.equal(value(person.model, 'nationality', 'parties')?.items[0]?.code, 'FR', 'the entry after the slip is read');
      // Since version 2 a key may carry a quoted label (`other "Forum bar": not-engaged`), so
      // `name "…"` reads as a labelled key and parsing fails where its ":" should be: right
      // after the string and its spaces, at what stands there (here the marker comment), not on the whole line.
      const place = placeOf(ws, findings[0]!.finding);
      assert.deepEqual([place.line, place.column], [3, 45]);
      assert.equal(findings[0]!.finding.message, 'Syntax error: expected ":" after "name", found a comment.');
    });

    it('a key with a string but no ":" says what stands where the ":" should be', () => {
      // No comment after the slip, so the markers are not used: the lines are checked directly.
      const at = (text: string) =>
        lintTexts({ 'a.coop': text })
          .findings.filter((f) => f.rule === 'CR001')
          .map((f) => [f.line, text.slice(f.finding.start, f.finding.end), f.finding.message]);
      assert.deepEqual(at('person p {\n  name "Ada Quill"\n  nationality: FR\n}\n'), [
        [2, '\n', 'Syntax error: expected ":" after "name", found the end of the line.'],
      ]);
      assert.deepEqual(at('person p {\n  name "Ada Quill" FR\n}\n'), [[2, 'FR', 'Syntax error: expected ":" after "name", found a word.']]);
    });

    it('several tokens on one line, and unparsable lines in a row, are one run', () => {
      expectRule(
        'CR001',
        `
offence o-two {
  conduct: "Selling access to servers"
  this is not an entry at all               #! CR001
  nor ) is ( this
  and neither = this
  category: budapest art 6
}
`,
      );
    });

    it('two slips separated by an entry are two findings', () => {
      const { ws } = expectRule(
        'CR001',
        `
offence o-three {
  = first                                   #! CR001
  conduct: "Selling access to servers"
  = second                                  #! CR001
  category: budapest art 6
}
`,
      );
      const o = ws.declarations()[0]!;
      assert.ok(o.model.fields.has('conduct') && o.model.fields.has('category'));
    });

    it('a run ends at the } that closes its block: the next declaration is untouched', () => {
      const { ws } = expectRule(
        'CR001',
        `
person p-four { some ) junk here }          #! CR001
person p-five { name: "Bea Example" }
`,
      );
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-four', 'p-five'],
      );
      // The block was closed by that }: no "not closed" finding.
    });

    it("a run in a nested block ends at that block's }", () => {
      const { ws } = expectRule(
        'CR001',
        `
offence o-six {
  law FR { cite: "Code pénal" ) oops ( max-penalty: 5 years }   #! CR001
  category: budapest art 8
}
`,
      );
      const o = ws.declarations()[0]!;
      const law = o.model.blocks.get('law')![0]!;
      assert.equal(value(law, 'max-penalty', 'penalty')?.years, 5, 'the entry after the slip in the block is read');
      assert.ok(o.model.fields.has('category'));
    });

    it('a run ends at an entry on the same line, or after a ;', () => {
      const { ws } = expectRule(
        'CR001',
        `
person p-same-line {
  ) ( name: "Cy Example"                    #! CR001
  nationality FR; name: "Cy Example"        #! CR001
}
`,
      );
      const p = ws.declarations()[0]!;
      assert.ok(p.model.fields.has('name'));
    });

    it("a missing value and an unclosed list end at the next line's entry", () => {
      const { ws } = expectRule(
        'CR001',
        `
request R-2 extradition {
  from:                                     #! CR001
  to: US
  offences: [phishing, fraud                #! CR001
  specialty: undertaken
}
`,
      );
      const r = ws.declarations()[0]!;
      assert.ok(r.model.fields.has('to') && r.model.fields.has('specialty'));
    });

    it('an unterminated string costs one line', () => {
      const { ws, findings } = expectRule(
        'CR001',
        `
person p-seven {
  name: "Ada Unterminated                   #! CR001
  nationality: FR
}
`,
      );
      assert.ok(ws.declarations()[0]!.model.fields.has('nationality'));
      assert.ok(!findings[0]!.finding.message.includes('Ada Unterminated'));
      assert.match(findings[0]!.finding.message, /closing quote/);
    });
    it("an unterminated string in a one-line block: the line's } still closes the block, and the next line is read", () => {
      const { ws } = expectExactly(`
offence o-one-line {
  conduct: "Encrypting servers"
  category: budapest art 5
  law FR { cite: "Code pénal  max-penalty: 5 years }   #! CR001
  law US { cite: "18 U.S.C. 1030"  max-penalty: 10 years }
}
person p-one-line { name: "Ada; nationality: FR }   #! CR001
person p-after { name: "Bea Example" }
`);
      const o = ws.declarations()[0]!;
      assert.deepEqual(
        o.model.blocks.get('law')!.map((law) => law.party),
        ['FR', 'US'],
        'both law blocks are read',
      );
      assert.equal(value(o.model.blocks.get('law')![1]!, 'max-penalty', 'penalty')?.years, 10);
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['o-one-line', 'p-one-line', 'p-after'],
      );
    });

    it('an unterminated string ending in } on a line that opened no block leaves the block open', () => {
      const { ws } = expectExactly(`
person p-brace {
  name: "Ada {unclosed}                     #! CR001
  nationality: FR
}
`);
      assert.ok(ws.declarations()[0]!.model.fields.has('nationality'), 'the } belongs to the string: the block goes on');
    });

    it('braces beyond those the line opened stay in the string', () => {
      const { ws } = expectExactly(`
person p-extra { name: "Ada }}              #! CR001
person p-next { name: "Bea Example" }
`);
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-extra', 'p-next'],
      );
    });
  });

  describe('a run ends at the next line that starts a declaration in its first column', () => {
    it('an unclosed block is one finding at its {, and the next declaration is read', () => {
      const text = `
person p-eight {                            #! CR001
  name: "Cy Example"
  ) ) )                                     #! CR001
offence o-nine {
  conduct: "Selling access to servers"
  colour: blue
}
`;
      const { ws, findings } = expectRule('CR001', text);
      const unclosed = findings.find((f) => /not closed/.test(f.finding.message))!;
      const place = placeOf(ws, unclosed.finding);
      assert.deepEqual([place.line, place.column, place.text], [2, 16, '{']);
      assert.match(unclosed.finding.message, /person p-eight is not closed/);
      // The offence after it is parsed and checked: its unknown key is reported (CR004).
      expectRule('CR004', text.replace('colour: blue', 'colour: blue                              #! CR004'));
    });

    it('an unclosed nested block leaves the declaration unclosed, not the next one', () => {
      const { ws } = expectRule(
        'CR001',
        `
offence o-ten {                             #! CR001
  law FR { cite: "Code pénal"
}
person p-eleven {
  name: "Di Example"
}
`,
      );
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['o-ten', 'p-eleven'],
      );
    });

    it('an unclosed block at the end of the file', () => {
      expectRule(
        'CR001',
        `
person p-twelve {
  name: "Ed Example"
}

offence o-thirteen {                        #! CR001
  conduct: "Selling access to servers"
`,
      );
    });

    it('an unclosed """text stops at the next declaration line', () => {
      const { ws } = expectRule(
        'CR001',
        `
request R-1 mutual-assistance {             #! CR001
  facts: """The facts begin here            #! CR001
and go on over lines
offence o-fourteen {
  conduct: "Selling access to servers"
}
`,
      );
      assert.ok(ws.declarations().some((d) => d.name === 'o-fourteen' && d.model.fields.has('conduct')));
    });

    it('an indented declaration keyword inside a block is an entry, not a new declaration', () => {
      // Only a line that starts a declaration in its first column ends a block.
      expectRule(
        'CR001',
        `
person p-fifteen {
  name: "Flo Example"
  offence o-sixteen {
  }
}
`,
      );
    });
  });

  describe('top-level junk', () => {
    it('text between declarations is one finding, up to the next declaration', () => {
      const { ws } = expectRule(
        'CR001',
        `
this is not a declaration                   #! CR001
and neither is this
person p-seventeen { name: "Gus Example" }
}}                                          #! CR001
person p-eighteen { name: "Hal Example" }
`,
      );
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-seventeen', 'p-eighteen'],
      );
    });

    it('junk stops at an indented declaration too', () => {
      const { ws } = expectRule(
        'CR001',
        `
"Some Stray Words" here                     #! CR001
  person p-nineteen { name: "Ivy Example" }
`,
      );
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-nineteen'],
      );
    });

    it('a declaration without a name, or with a bad header, is junk up to the next declaration', () => {
      expectRule(
        'CR001',
        `
person {                                    #! CR001
  name: "Jo Example"
}
person p-twenty { name: "Kai Example" }
`,
      );
    });

    it('brackets nested deeper than the language needs are reported, not parsed', () => {
      const deep = `person p-deep {\n  name: ${'['.repeat(100)}${']'.repeat(100)}   #! CR001\n}\n`;
      expectRule('CR001', deep);
    });
  });

  describe('messages', () => {
    it('never quote string contents, only say what was found', () => {
      // expectRule checks every message against every string of the text.
      const { findings } = expectRule(
        'CR001',
        `
person p-21 {
  name "Zoe Private Person"                 #! CR001
  nationality: FR
  nationality FR "Secret Reason Text"       #! CR001
  nationality: FR
  = "Another Private Text"                  #! CR001
}
"Top Level Private Text" junk               #! CR001
`,
      );
      for (const f of findings) assert.match(f.finding.message, /^Syntax error: /);
    });
  });

  describe('a value on the line after its key', () => {
    it("is CR001, and the message says the value starts on the key's line", () => {
      const { findings } = expectRule(
        'CR001',
        `
offence o-next-line {
  conduct: # a note                         #! CR001
    "Selling access"
}
offence o-next-line-2 {
  conduct:                                  #! CR001
    "Selling access"
}
`,
      );
      assert.match(
        findings[0]!.finding.message,
        /expected a value after "conduct", found a comment: a value starts on the line of its key\.$/,
      );
      assert.match(findings[1]!.finding.message, /found a comment: a value starts on the line of its key\.$/);
      const bare = lintTexts({ 'a.coop': 'offence o {\n  conduct:\n    "Selling access"\n}\n' }).findings.filter((f) => f.rule === 'CR001');
      assert.deepEqual(
        bare.map((f) => f.line),
        [2],
      );
      assert.match(
        bare[0]!.finding.message,
        /expected a value after "conduct", found the end of the line: a value starts on the line of its key\.$/,
      );
    });
  });

  describe('a declaration keeps its other entries', () => {
    it('a complete request with one slip: only the slip is reported', () => {
      // Without the entries after the slip, CR101, CR204 and CR303 (ETS 24 governs) would fire.
      expectExactly(`
case CASE-1 { title: "Server intrusion" }
party FR { name: "France"  instruments: [budapest, ets24, ets30] }
party US { name: "United States"  instruments: [budapest, ets24] }

offence intrusion {
  conduct: "Entering a hospital network without right"
  category: budapest art 2
  law FR { cite: "Code pénal art. 323-1"  max-penalty: 3 years }
  law US { cite: "18 U.S.C. 1030"  max-penalty: 5 years }
}

person suspect { name: "Lee Example"  nationality: RU }

request EXT-1 extradition {
  case: CASE-1
  from: FR
  to: US
  basis: ets24
  authority: "Ministère de la Justice"
  person: suspect
  offences: [intrusion]
  facts: "Entered the hospital network in January"
  this line is a slip "with a string"       #! CR001
  documents: [warrant, statement-of-offences, text-of-law, description-of-person]
  specialty: undertaken
  grounds {
    dual-criminality: not-engaged "Punishable in both"
    political-offence: not-engaged "Profit-driven"
    persecution: not-engaged "No protected characteristic"
    nationality: not-engaged "Not a national of the requested party"
    human-rights: not-engaged "Ordinary remand conditions"
  }
}
`);
    });

    it('a } too many inside a declaration is the slip: the entries after it are still read', () => {
      const { ws, findings } = expectRule(
        'CR001',
        `
person p-stray {
  name: "Ada Example"
  nationality: FR }                         #! CR001
  name-at-birth: "Ada Example"
}
person p-next { name: "Bea Example" }
`,
      );
      const p = ws.declarations()[0]!;
      assert.ok(p.model.fields.has('nationality'));
      assert.equal(p.model.issues.length, 1, 'the entry after the slip is read (and name-at-birth is CR004 in person)');
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-stray', 'p-next'],
      );
      assert.match(findings[0]!.finding.message, /this "}" closes nothing: the entries after it still belong to person p-stray/);
      const place = placeOf(ws, findings[0]!.finding);
      assert.deepEqual([place.line, place.column, place.text], [4, 19, '}']);
    });

    it('a } after a nested block: the request keeps its entries, so no rule reports them missing', () => {
      expectRule(
        'CR304',
        `
request MLA-1 mutual-assistance {
  measure: testimony
  grounds { dual-criminality: not-engaged "a"
  }}
  authority: "Parquet de Paris"; purpose: "Hear a witness"; offences: [o-1]; facts: "A witness saw it"
}
offence o-1 { conduct: "Intrusion" }
`,
      );
    });

    it('a lone } after a closed declaration is the slip, where it stands', () => {
      const { ws, findings } = expectRule(
        'CR001',
        `
person p-closed { name: "Ada Example" }
}                                           #! CR001
# a comment } and "a string }" do not count
person p-after { name: "Bea Example" }
`,
      );
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-closed', 'p-after'],
      );
      assert.match(findings[0]!.finding.message, /expected a declaration/);
    });

    it('a misspelt declaration after a closed one is one run of junk; the closed one is not blamed', () => {
      const { ws } = expectExactly(`
person p-closed {
  name: "Ada Example"
}
Person p-capital {                          #! CR001
  name: "Bea Example"
}
consent C-1 {
  from: DE
}
request R-1 mutual assistance {             #! CR001
  measure: testimony
}
`);
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-closed', 'C-1'],
      );
      assert.deepEqual([...ws.declarations()[0]!.model.fields.keys()], ['name']);
      assert.deepEqual([...ws.declarations()[1]!.model.fields.keys()], ['from']);
    });

    it('an indented declaration after a closed one is still a declaration, not entries of the first', () => {
      const { ws } = expectRule(
        'CR001',
        `
person p-first { name: "Ada Example" }
  person p-indented { name: "Bea Example" }
`,
      );
      assert.deepEqual(
        ws.declarations().map((d) => d.name),
        ['p-first', 'p-indented'],
      );
    });
  });
});
