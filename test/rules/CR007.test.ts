// CR007 placeholder-left: a string that is empty or only a placeholder — `""`, `"…"` or `"..."`,
// spaces aside — anywhere in a declaration: the drafter has not written it yet. Points at the
// string. The fixes insert such placeholders; as an error, CR007 keeps `--fix` from turning a run
// green.

import assert from 'node:assert/strict';
import { applyAndRelint, count, expectExactly, expectRule, findingsOf, firstSafeFix, placeOf, suggestionTitles } from '../support/ruletest';

describe('CR007 placeholder-left', () => {
  it('fires at the string, an error, naming the declaration and never what the string holds', () => {
    const { ws, findings } = expectRule(
      'CR007',
      `
request MLA-1 mutual-assistance {
  authority: "…"                            #! CR007
  facts: ""                                 #! CR007
}
`,
    );
    const p = placeOf(ws, findings[0]!.finding);
    assert.deepEqual([p.line, p.column, p.endLine, p.endColumn, p.text], [3, 14, 3, 17, '"…"']);
    assert.equal(
      findings[0]!.finding.message,
      'Request MLA-1 has a placeholder in "authority" where the drafter has still to write the text.',
    );
    assert.equal(
      findings[1]!.finding.message,
      'Request MLA-1 has an empty string in "facts" where the drafter has still to write the text.',
    );
    // In a block, the key is named with its block.
    const nested = expectRule(
      'CR007',
      'request MLA-2 mutual-assistance {\n  safeguards {\n    necessity: "…"  #! CR007\n  }\n}\noffence o {\n  law FR { cite: "" }  #! CR007\n}\n',
    );
    assert.deepEqual(
      nested.findings.map((f) => f.finding.message),
      [
        'Request MLA-2 has a placeholder in "safeguards › necessity" where the drafter has still to write the text.',
        'Offence o has an empty string in "law FR › cite" where the drafter has still to write the text.',
      ],
    );
    assert.equal(placeOf(ws, findings[1]!.finding).text, '""');
    assert.deepEqual([findings[0]!.finding.alias, findings[0]!.finding.severity], ['placeholder-left', 'error']);
    assert.deepEqual(findings[0]!.finding.fixes, [], 'only the drafter can write the text');
  });

  it('the placeholders: "", "…", "...", with any spaces around them, in "…" or """…"""', () => {
    const { findings: marked } = expectRule(
      'CR007',
      `
case CASE-1 {
  title: "   "                              #! CR007
  authority: "  …  "                        #! CR007
}
person p-1 {
  name: " ... "                             #! CR007
}
offence o-1 {
  conduct: """ … """                        #! CR007
}
`,
    );
    // Spaces alone are an empty string; an ellipsis, with or without spaces, a placeholder.
    assert.deepEqual(
      marked.map((f) => /has (an empty string|a placeholder) in/.exec(f.finding.message)?.[1]),
      ['an empty string', 'a placeholder', 'a placeholder', 'a placeholder'],
    );
    // A text over several lines with only spaces and line breaks: the finding is on its first
    // line, where no marker can stand (it would be inside the text).
    const text = 'offence o-2 {\n  conduct: """\n\n    …\n  """\n}\n';
    const { ws, findings } = findingsOf('CR007', text);
    assert.deepEqual(
      findings.map((f) => [f.line, placeOf(ws, f.finding).endLine]),
      [[2, 5]],
    );
  });

  it('is silent on strings that say something, even briefly or with an ellipsis inside', () => {
    expectRule(
      'CR007',
      `
case CASE-2 { title: "TBD"  authority: "N/A" }
person p-2 { name: "...." }
offence o-3 { conduct: "……"  law FR { cite: "Code pénal art. 323-1 …" } }
request MLA-2 mutual-assistance {
  authority: "Order of … 2026"
  facts: "-"
  purpose: "x"
}
`,
    );
  });

  describe('anywhere in a declaration', () => {
    it('in every kind of declaration that takes a string', () => {
      expectRule(
        'CR007',
        `
case CASE-3 { title: "" }                   #! CR007
party FR { name: "…"  central-authority: "Ministère de la Justice" }   #! CR007
offence o-4 { conduct: "..." }              #! CR007
person p-3 { name: "" }                     #! CR007
data d-1 { description: "…"  relevance: "Ransom notes" }   #! CR007
request EXT-1 extradition { facts: "" }     #! CR007
`,
      );
    });

    it('in nested blocks: law, grounds, safeguards, assurances', () => {
      expectRule(
        'CR007',
        `
offence o-5 {
  law FR { cite: ""  max-penalty: 5 years }   #! CR007
}
request EXT-2 extradition {
  assurances {
    death-penalty: "…"                      #! CR007
  }
  grounds {
    political-offence: not-engaged "…"      #! CR007
    persecution: not-engaged
  }
}
request MLA-3 mutual-assistance {
  safeguards {
    authorization: judicial "..."           #! CR007
    notice: deferred ""                     #! CR007
    necessity: "Only source"
  }
}
`,
      );
    });

    it("in every value that holds a string: a provider's name, a treaty's title (alone, with an article, in a list), a ground's label, a consent", () => {
      const { ws, findings } = expectRule(
        'CR007',
        `
data d-2 { custodian: provider "" in US }   #! CR007
request EXT-3 extradition {
  basis: [treaty "…" art 5, ets24]          #! CR007
  grounds {
    other "": not-engaged "Not relevant"    #! CR007
  }
}
request MLA-4 mutual-assistance {
  basis: treaty "..."                       #! CR007
}
request DA-1 direct-access {
  lawful-basis: consent "…"                 #! CR007
}
`,
      );
      assert.deepEqual(
        findings.map((f) => placeOf(ws, f.finding).text),
        ['""', '"…"', '""', '"..."', '"…"'],
      );
    });

    it('two placeholders in one entry are two findings', () => {
      expectRule(
        'CR007',
        `
request MLA-5 mutual-assistance {
  grounds { political-offence: not-engaged ""; essential-interests: engaged "…" }   #! CR007 CR007
}
`,
      );
    });

    it('under a key the language does not have too (CR004 on the key): the string is still unwritten', () => {
      const text = `
person p-4 {
  nickname: "…"                             #! CR004 CR007
}
`;
      expectRule('CR007', text);
      expectRule('CR004', text);
    });

    it('not in comments, and not in text that does not parse (CR001 on it is enough)', () => {
      const text = `
# authority: "…"
person p-5 {
  name: "Ada Example"  # ""
  this is junk "…"                          #! CR001
}
`;
      expectRule('CR007', text);
      expectRule('CR001', text);
    });

    it("cross-file: each file's placeholders are reported in that file", () => {
      const { findings } = expectRule('CR007', {
        'a.coop': 'person p-6 { name: "…" }   #! CR007\n',
        'b.coop': 'request MLA-6 mutual-assistance {\n  offences: [o-6]\n}\noffence o-6 { conduct: "" }   #! CR007\n',
      });
      assert.deepEqual(
        findings.map((f) => f.file),
        ['a.coop', 'b.coop'],
      );
    });
  });

  describe('the placeholders the fixes insert', () => {
    it('a safe fix that inserts "…" leaves a CR007 error, so fix-all never turns a run green', () => {
      const files = {
        'main.coop':
          'request MLA-7 mutual-assistance {\n  purpose: "Hear a witness"\n  offences: [o-7]\n  facts: "The witness saw the transfer"\n}\noffence o-7 { conduct: "Fraud" }\n',
      };
      assert.equal(count(findingsOf('CR007', files).all, 'CR007'), 0);
      const missingAuthority = findingsOf('CR304', files).findings.find((f) => /"authority"|authority/.test(f.finding.message))!;
      const after = applyAndRelint(files, firstSafeFix(missingAuthority));
      const placeholders = after.all.filter((f) => f.rule === 'CR007');
      assert.equal(placeholders.length, 1);
      assert.equal(placeholders[0]!.finding.severity, 'error');
      assert.equal(placeOf(after.ws, placeholders[0]!.finding).text, '"…"');
      // Written by the drafter, the finding is gone.
      const written = applyAndRelint(after.files, {
        title: 'write',
        safe: false,
        edits: [
          {
            uri: 'file:///ws/main.coop',
            start: placeholders[0]!.finding.start,
            end: placeholders[0]!.finding.end,
            newText: '"Parquet de Paris"',
          },
        ],
      });
      assert.equal(count(written.all, 'CR007'), 0);
    });

    it('a quick fix that inserts an assurance to complete leaves a CR007 error until it is written', () => {
      const files = {
        'main.coop':
          'offence murder { law US { max-penalty: death }  law DE { max-penalty: life } }\nrequest EXT-4 extradition {\n  from: US\n  to: DE\n  offences: [murder]\n}\n',
      };
      const f = findingsOf('CR108', files).findings[0]!;
      assert.deepEqual(suggestionTitles(f), ['Add a death-penalty assurance to complete']);
      const after = applyAndRelint(files, f.finding.fixes[0]!);
      assert.equal(count(after.all, 'CR108'), 0);
      assert.equal(count(after.all, 'CR007'), 1);
    });
  });

  it('a complete request with one placeholder left has exactly that finding', () => {
    expectExactly(`
party PL { name: "Poland"  instruments: [budapest, ets30] }
party LT { name: "Lithuania"  instruments: [budapest, ets30] }
offence carding {
  conduct: "Selling stolen payment-card data on a forum"
  category: budapest art 8
  law PL { cite: "Criminal Code, computer fraud"  max-penalty: 8 years }
  law LT { cite: "Criminal Code, fraud"  max-penalty: 8 years }
}
request MLA-PL-1 mutual-assistance {
  measure: testimony
  from: PL
  to: LT
  basis: budapest art 27
  authority: "Prokuratura Krajowa"
  purpose: "Hear the forum administrator as a witness"
  offences: [carding]
  facts: "…"                                #! CR007
  grounds {
    dual-criminality: not-engaged "Fraud in both States"
    political-offence: not-engaged "Profit-driven"
    essential-interests: not-engaged "Ordinary evidence"
    persecution: not-engaged "No protected characteristic"
  }
}
`);
  });
});
