// The declaration keywords are written once, in syntax.ts (DECLARATION_KEYWORDS). The chunk
// splitter and the parser's messages are built from that list; the peggy grammar, which cannot
// import it, is checked against it here, so a new keyword missed in one place fails.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceDocument } from '../../server/src/language/document';
import { chunkStarts } from '../../server/src/language/parse';
import { DECLARATION_KEYWORDS } from '../../server/src/language/syntax';
import { ROOT } from '../support/lint';

const grammar = readFileSync(join(ROOT, 'grammar', 'coopspec.peggy'), 'utf8');

describe('declaration keywords: one list', () => {
  it("the grammar's keyword set is the list of syntax.ts", () => {
    const set = /const KEYWORDS = new Set\(\[([^\]]*)\]\)/.exec(grammar);
    assert.ok(set, 'the grammar has no KEYWORDS set');
    assert.deepEqual(
      set[1]!.split(',').map((w) => w.trim().replace(/^'|'$/g, '')),
      [...DECLARATION_KEYWORDS],
    );
  });

  it("the grammar's name for a keyword lists every keyword", () => {
    const name = /^Keyword "a declaration keyword \(([^)]*)\)"/m.exec(grammar);
    assert.ok(name, 'the Keyword rule has no display name');
    assert.deepEqual(name[1]!.split(', '), [...DECLARATION_KEYWORDS]);
  });

  for (const keyword of DECLARATION_KEYWORDS) {
    it(`a line starting "${keyword} NAME {" starts a chunk, and a declaration parses there`, () => {
      const text = `case C-1 {\n}\n${keyword} X-1 {\n}\n`;
      assert.deepEqual(chunkStarts(text), [0, text.indexOf(`${keyword} X-1`)]);
      const doc = SourceDocument.parse('file:///k.coop', text);
      assert.deepEqual(
        doc.chunks.flatMap((u) => u.declarations.map((d) => d.keyword.text)),
        ['case', keyword],
      );
    });
  }

  it('a word that is not a keyword starts no chunk, and the message lists the keywords', () => {
    const text = 'case C-1 {\n}\nwarrant W-1 {\n}\n';
    assert.deepEqual(chunkStarts(text), [0]);
    const doc = SourceDocument.parse('file:///k.coop', text);
    const messages = doc.chunks.flatMap((u) => u.problems.map((p) => p.message));
    assert.ok(
      messages.some((m) =>
        m.includes(
          `expected a declaration (${DECLARATION_KEYWORDS.slice(0, -1).join(', ')} or ${DECLARATION_KEYWORDS.at(-1)} followed by a name and "{")`,
        ),
      ),
      messages.join('\n'),
    );
  });
});
