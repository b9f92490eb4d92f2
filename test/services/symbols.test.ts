import assert from 'node:assert/strict';
import { documentSymbols, foldingRanges, workspaceSymbols, type DocSymbol } from '../../server/src/language/services/symbols';
import { example, uriOf, workspaceOf } from './support';

const TEXT = `# Notes on the file.
# A second line of notes.

offence ransomware {
  conduct: "Encrypting a hospital's systems"
  category: budapest art 5
  law FR { cite: "Code pénal"  max-penalty: 5 years }
  law US {
    cite: "18 U.S.C. 1030"
    max-penalty: 10 years
  }
}

request EXT-1 extradition {
  offences: [
    ransomware,
    fraud
  ]
  facts: """First line
  second line"""
  to: provider "Mail" in US
  grounds {
    nationality: not-engaged "Russian national"
  }
}

case C { title: "One line" }

# region Later
person p {
}
# endregion
`;

function tree(symbols: DocSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` (${s.detail})` : ''}`,
    ...tree(s.children, depth + 1),
  ]);
}

describe('services: symbols', () => {
  const ws = workspaceOf({ 'main.coop': TEXT, 'other.coop': 'offence fraud {\n}\nrequest MLA-1 mutual-assistance {\n}\n' });
  const uri = uriOf('main.coop');

  describe('document symbols', () => {
    it('lists declarations, each with its keyword, and their blocks; keys are not listed', () => {
      assert.deepEqual(tree(documentSymbols(ws, uri)), [
        'offence ransomware (offence · CETS 185 Art. 5)',
        '  block law FR (2 entries)',
        '  block law US (2 entries)',
        'request EXT-1 (extradition request)',
        '  block grounds (1 entry)',
        'case C (case)',
        'person p (person)',
      ]);
    });

    it('never shows the contents of a string', () => {
      const json = JSON.stringify(documentSymbols(ws, uri));
      for (const s of ['Encrypting', 'Code pénal', 'U.S.C', 'First line', 'Russian', 'Mail', 'One line']) assert.ok(!json.includes(s), s);
    });

    it('gives ranges that hold the selection, which is the name', () => {
      const check = (s: DocSymbol): void => {
        assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, s.name);
        s.children.forEach((c) => {
          assert.ok(s.start <= c.start && c.end <= s.end, `${c.name} in ${s.name}`);
          check(c);
        });
      };
      const symbols = documentSymbols(ws, uri);
      symbols.forEach(check);
      assert.equal(TEXT.slice(symbols[1]!.selectionStart, symbols[1]!.selectionEnd), 'EXT-1');
      assert.equal(TEXT.slice(symbols[1]!.start, symbols[1]!.start + 13), 'request EXT-1');
      assert.equal(TEXT[symbols[1]!.end - 1], '}');
    });

    it('is empty for a document with no declaration or not in the workspace', () => {
      assert.deepEqual(documentSymbols(workspaceOf({ 'a.coop': '# only a comment\n' }), uriOf('a.coop')), []);
      assert.deepEqual(documentSymbols(ws, uriOf('missing.coop')), []);
    });

    it('keeps the declarations of a file with a syntax error', () => {
      const names = documentSymbols(workspaceOf({ 'a.coop': example('flawed/syntax')['recovery.coop']! }), uriOf('a.coop')).map(
        (s) => s.name,
      );
      assert.deepEqual(names, ['alpha', 'gamma', 'beta', 'MLA-Z']);
    });
  });

  describe('workspace symbols', () => {
    it('matches names across files: exact, prefix, substring, then letters in order', () => {
      const got = workspaceSymbols(ws, 'ra').map((s) => `${s.name} ${s.uri.slice(11)}`);
      assert.deepEqual(got, ['ransomware main.coop', 'fraud other.coop']);
      assert.deepEqual(
        workspaceSymbols(ws, 'mla').map((s) => s.name),
        ['MLA-1'],
      );
      assert.deepEqual(
        workspaceSymbols(ws, 'rsmw').map((s) => s.name),
        ['ransomware'],
      );
      assert.deepEqual(workspaceSymbols(ws, 'zz'), []);
    });

    it('lists every declaration for an empty query, with kind and location of the name', () => {
      const all = workspaceSymbols(ws, '');
      assert.equal(all.length, 6);
      const ext = all.find((s) => s.name === 'EXT-1')!;
      assert.equal(ext.kind, 'request');
      assert.equal(ext.detail, 'extradition');
      assert.equal(TEXT.slice(ext.start, ext.end), 'EXT-1');
    });
  });

  describe('folding ranges', () => {
    const ranges = foldingRanges(ws, uri);
    const line = (needle: string): number => TEXT.slice(0, TEXT.indexOf(needle)).split('\n').length - 1;

    it('folds declarations and multi-line blocks, leaving the closing brace visible', () => {
      assert.ok(ranges.some((r) => r.startLine === line('offence ransomware') && r.endLine === line('request EXT-1') - 3));
      assert.ok(ranges.some((r) => r.startLine === line('law US') && r.endLine === line('max-penalty: 10')));
      assert.ok(ranges.some((r) => r.startLine === line('grounds {') && r.endLine === line('nationality:')));
    });

    it('folds multi-line lists and texts', () => {
      assert.ok(ranges.some((r) => r.startLine === line('offences: [') && r.endLine === line('    fraud')));
      assert.ok(ranges.some((r) => r.startLine === line('facts:') && r.endLine === line('  second line')));
    });

    it('folds runs of comment lines and regions', () => {
      assert.ok(ranges.some((r) => r.kind === 'comment' && r.startLine === 0 && r.endLine === 1));
      assert.ok(ranges.some((r) => r.kind === 'region' && r.startLine === line('# region') && r.endLine === line('# endregion')));
    });

    it('does not fold what fits on one line', () => {
      for (const needle of ['law FR', 'case C', 'person p']) {
        assert.ok(!ranges.some((r) => r.startLine === line(needle) && r.kind === undefined), needle);
      }
      for (const r of ranges) assert.ok(r.endLine > r.startLine);
    });
  });
});
