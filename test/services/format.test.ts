import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceDocument } from '../../server/src/language/document';
import { format, formatText, treeKey } from '../../server/src/language/services/format';
import { coopFiles, EXAMPLES, keys, lintTexts } from '../support/lint';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { applyEdits, uriOf, workspaceOf } from './support';

const SPACES = { tabSize: 2, insertSpaces: true };

/** Format `text` through the service (edits applied), as an editor would. */
function formatted(text: string, options = SPACES): string {
  const ws = workspaceOf({ 'main.coop': text });
  return applyEdits(text, format(ws, uriOf('main.coop'), options));
}

const MESSY = `# header comment
# second line


case   C1{title:"A"   ;authority: "B"}
offence o1 {
conduct:"x"   # trailing
    category:   budapest   art 5


  law FR {cite: "a";max-penalty:5   years}
    law US {
  cite: "b"
        max-penalty: 10 years # ten
  }
}
# between decls
request R1   extradition   {
  offences: [o1,o1 ,  o1]
  documents: [ # the documents
    warrant,   # first
    text-of-law,
  ]
  facts: """multi
     line   
  text"""   # after text
  grounds {

    dual-criminality: not-engaged "x"


    # own line comment
    nationality: unassessed
  # before close
  }
}
  party FR { name: "France" }   
# trailing comment at end`;

const CANONICAL = `# header comment
# second line

case C1 { title: "A"  authority: "B" }

offence o1 {
  conduct: "x"   # trailing
  category: budapest art 5

  law FR { cite: "a"  max-penalty: 5 years }
  law US {
    cite: "b"
    max-penalty: 10 years # ten
  }
}

# between decls
request R1 extradition {
  offences: [o1, o1, o1]
  documents: [ # the documents
    warrant,   # first
    text-of-law
  ]
  facts: """multi
     line   
  text"""   # after text
  grounds {
    dual-criminality: not-engaged "x"

    # own line comment
    nationality: unassessed
    # before close
  }
}

party FR { name: "France" }

# trailing comment at end
`;

describe('services: format', () => {
  describe('every examples/ file', () => {
    for (const file of coopFiles(EXAMPLES)) {
      const name = relative(EXAMPLES, file);
      const text = readFileSync(file, 'utf8');
      const doc = SourceDocument.parse('file:///x.coop', text);
      if (doc.syntaxProblems.length) {
        it(`${name}: has a syntax error, so it is left alone`, () => {
          assert.equal(formatText(doc, SPACES), undefined);
          assert.equal(formatted(text), text);
        });
        continue;
      }
      it(`${name}: formatting keeps the tree and the findings, and is idempotent`, () => {
        const once = formatted(text);
        const after = SourceDocument.parse('file:///x.coop', once);
        assert.equal(treeKey(after), treeKey(doc));
        assert.equal(formatted(once), once);
        const before = lintTexts({ [name]: text })
          .findings.map((f) => `${f.rule} ${f.finding.message}`)
          .sort();
        const then = lintTexts({ [name]: once })
          .findings.map((f) => `${f.rule} ${f.finding.message}`)
          .sort();
        assert.deepEqual(then, before);
      });
    }

    it('the clean examples are already canonical', () => {
      for (const file of coopFiles(`${EXAMPLES}/clean`)) {
        const text = readFileSync(file, 'utf8');
        assert.equal(formatted(text), text, file);
      }
    });
  });

  describe('canonical layout', () => {
    it('indents, spaces, splits and joins as documented, keeping every comment where it is', () => {
      assert.equal(formatted(MESSY), CANONICAL);
      assert.equal(formatted(CANONICAL), CANONICAL);
      const doc = SourceDocument.parse('x', MESSY);
      assert.equal(treeKey(SourceDocument.parse('x', CANONICAL)), treeKey(doc));
    });

    it('puts entries of a multi-line block on their own lines', () => {
      assert.equal(
        formatted('request R extradition { from: FR\n  to: US; specialty: undertaken }\n'),
        'request R extradition {\n  from: FR\n  to: US\n  specialty: undertaken\n}\n',
      );
    });

    it('puts the items of a list written over several lines one per line', () => {
      assert.equal(
        formatted('proceeding p {\n  charges: [a, b,\n      c]\n}\n'),
        'proceeding p {\n  charges: [\n    a,\n    b,\n    c\n  ]\n}\n',
      );
      assert.equal(
        formatted('proceeding p {\n  charges: [ a ,b ]\n  evidence: [\n  ]\n}\n'),
        'proceeding p {\n  charges: [a, b]\n  evidence: []\n}\n',
      );
    });

    it('normalises values: articles, providers, durations, qualified words', () => {
      assert.equal(
        formatted('request R preservation {\n  basis:budapest   art 29(2)(c)\n  to: provider   "M"   in   US\n}\n'),
        'request R preservation {\n  basis: budapest art 29(2)(c)\n  to: provider "M" in US\n}\n',
      );
      assert.equal(
        formatted('request R mutual-assistance {\n  safeguards {\n    duration:  30   days\n    notice: deferred    "x"\n  }\n}\n'),
        'request R mutual-assistance {\n  safeguards {\n    duration: 30 days\n    notice: deferred "x"\n  }\n}\n',
      );
    });

    it("keeps the language of version 2: a ground of the requested party's law with its name, judgments, basis lists, penalties", () => {
      assert.equal(
        formatted(
          'request R extradition {\n  basis:[ets24 ,  ets98 art 3,reciprocity]\n  grounds {\n    other   "Forum bar (s. 83A)" :  not-engaged   "Conduct in FR"\n  }\n}\n',
        ),
        'request R extradition {\n  basis: [ets24, ets98 art 3, reciprocity]\n  grounds {\n    other "Forum bar (s. 83A)": not-engaged "Conduct in FR"\n  }\n}\n',
      );
      assert.equal(
        formatted(
          'judgment J {  party: CH ;outcome: pending\n    final: no }\noffence o { law US { max-penalty:death  limitation:  10 years } }\n',
        ),
        'judgment J {\n  party: CH\n  outcome: pending\n  final: no\n}\n\noffence o { law US { max-penalty: death  limitation: 10 years } }\n',
      );
    });

    it('never touches the inside of strings and texts', () => {
      const text = 'case c {\n  title: "  two  spaces ; # not a comment  "\n  authority: """a\n\n      b  """\n}\n';
      assert.equal(formatted(text), text);
    });

    it('uses tabs when asked, and the tab size given', () => {
      assert.equal(
        formatted('offence o {\nlaw FR {\ncite: "x"\n}\n}\n', { tabSize: 4, insertSpaces: false }),
        'offence o {\n\tlaw FR {\n\t\tcite: "x"\n\t}\n}\n',
      );
      assert.equal(formatted('offence o {\nconduct: "x"\n}\n', { tabSize: 4, insertSpaces: true }), 'offence o {\n    conduct: "x"\n}\n');
    });

    it('keeps CRLF line endings and a byte order mark', () => {
      const text = '\uFEFFcase c {\r\ntitle: "x"   \r\n}\r\ncase d {\r\n}';
      assert.equal(formatted(text), '\uFEFFcase c {\r\n  title: "x"\r\n}\r\n\r\ncase d {\r\n}\r\n');
    });

    it('keeps a suppression comment above the line it suppresses', () => {
      const text = 'request P preservation {\n      # coopspec-disable-next-line CR306\n        from: FR\n}\n';
      const out = formatted(text);
      assert.equal(out, 'request P preservation {\n  # coopspec-disable-next-line CR306\n  from: FR\n}\n');
      assert.deepEqual(
        keys(lintTexts({ 'a.coop': out }).findings).map((k) => k.split(' ')[1]),
        keys(lintTexts({ 'a.coop': text }).findings).map((k) => k.split(' ')[1]),
      );
    });

    it('formats an empty document or one of comments only', () => {
      assert.equal(formatted(''), '');
      assert.equal(formatted('\n\n  \n'), '');
      assert.equal(formatted('# a\n\n\n# b   '), '# a\n\n# b\n');
    });
  });

  describe('property: whatever the layout, the meaning stays', () => {
    const sources = coopFiles(EXAMPLES).map((f) => readFileSync(f, 'utf8'));
    const layout = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\n\n\n', ';', ' # note\n', '\n# note\n');

    it('formatting a text with layout inserted anywhere keeps its tree (or declines) and is idempotent', function () {
      this.timeout(120_000);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: sources.length - 1 }),
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), layout), { minLength: 1, maxLength: 12 }),
          (which, inserts) => {
            let text = sources[which]!;
            for (const [at, s] of inserts) {
              const i = Math.floor(at * text.length);
              text = text.slice(0, i) + s + text.slice(i);
            }
            const doc = SourceDocument.parse('file:///x.coop', text);
            const out = formatText(doc, SPACES);
            if (doc.syntaxProblems.length) return out === undefined;
            if (out === undefined) return false;
            return (
              treeKey(SourceDocument.parse('file:///x.coop', out)) === treeKey(doc) &&
              formatText(SourceDocument.parse('file:///x.coop', out), SPACES) === out
            );
          },
        ),
        { numRuns: 300, seed: 20260301 },
      );
    });
  });

  describe('edits', () => {
    it('returns no edit for a file with a syntax error, nor for a canonical one', () => {
      const ws = workspaceOf({ 'bad.coop': 'case   c {\n  title "x"\n}\n', 'good.coop': CANONICAL });
      assert.deepEqual(format(ws, uriOf('bad.coop'), SPACES), []);
      assert.deepEqual(format(ws, uriOf('good.coop'), SPACES), []);
      assert.deepEqual(format(ws, uriOf('missing.coop'), SPACES), []);
    });

    it('edits only the lines that change', () => {
      const text = `${CANONICAL}\ncase x {\ntitle: "t"\n}\n`;
      const ws = workspaceOf({ 'a.coop': text });
      const edits = format(ws, uriOf('a.coop'), SPACES);
      assert.equal(edits.length, 1);
      const doc = ws.document(uriOf('a.coop'))!;
      assert.equal(doc.lineText(doc.positionAt(edits[0]!.start).line), 'title: "t"');
      assert.equal(applyEdits(text, edits), `${CANONICAL}\ncase x {\n  title: "t"\n}\n`);
    });

    it("leaves the workspace's document as it was: its chunks keep their offsets", () => {
      const text = `${CANONICAL}\ncase x {\n      title: "t"\n}\n\ncase y {\n  title: "u"\n}\n`;
      const ws = workspaceOf({ 'a.coop': text });
      const uri = uriOf('a.coop');
      const doc = ws.document(uri)!;
      const bases = doc.chunks.map((u) => [u.base, u.uri]);
      const findings = JSON.stringify(ws.findings(uri));
      assert.equal(applyEdits(text, format(ws, uri, SPACES)), `${CANONICAL}\ncase x {\n  title: "t"\n}\n\ncase y {\n  title: "u"\n}\n`);
      assert.deepEqual(
        doc.chunks.map((u) => [u.base, u.uri]),
        bases,
      );
      assert.equal(ws.document(uri), doc);
      assert.equal(JSON.stringify(ws.findings(uri)), findings);
    });
  });
});
