// textDiff.ts: the edits between two texts (the formatter's line edits, the fix-all action's single
// edit) and the unified diff of --fix-dry-run.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextEdit } from '../../server/src/language/findings';
import { lineEdits, singleEdit, unifiedDiff } from '../../server/src/language/textDiff';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const lines = (text: string): string[] => text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];

/** Length of a longest common subsequence of two line lists. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    b.forEach((y, j) => cur.push(x === y ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!)));
    prev = cur;
  }
  return prev[b.length]!;
}

/** A text of a few short lines with any line breaks, so that lines repeat and differ by their break. */
const text = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', ''), fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 12 })
  .chain((ls) => fc.boolean().map((last) => ls.map(([l, eol], i) => (i === ls.length - 1 && !last ? l : l + eol)).join('')));

describe('textDiff: line edits', () => {
  it('turn any text into any other', () => {
    const pairs: [string, string][] = [
      ['a\nb\nc\n', 'a\nB\nc\n'],
      ['a\nb\nc\n', 'x\ny\n'],
      ['', 'a\n'],
      ['a\n', ''],
      ['a\r\nb\r\n', 'a\r\nc\r\nb\r\n'],
      ['1\n2\n3\n4\n5\n6\n', '0\n1\n3\n4\n4.5\n6\n7\n'],
    ];
    for (const [before, after] of pairs)
      assert.equal(applyEdits(before, lineEdits('u', before, after)), after, JSON.stringify([before, after]));
  });

  it('are whole lines, in order, and change no more lines than a longest common subsequence leaves', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edits = lineEdits('u', before, after);
        assert.equal(applyEdits(before, edits), after);
        const starts = new Set([
          0,
          ...lines(before).map(
            (_, i) =>
              lines(before)
                .slice(0, i + 1)
                .join('').length,
          ),
        ]);
        let last = -1;
        let changed = 0;
        for (const e of edits) {
          assert.equal(e.uri, 'u');
          assert.ok(e.start > last, 'sorted, apart');
          assert.ok(starts.has(e.start) && starts.has(e.end), 'at line boundaries');
          assert.ok(e.start < e.end || e.newText !== '', 'not empty');
          changed += lines(before.slice(e.start, e.end)).length + lines(e.newText).length;
          last = e.end;
        }
        const a = lines(before),
          b = lines(after);
        assert.equal(changed, a.length + b.length - 2 * lcs(a, b), 'a shortest edit script');
      }),
      { numRuns: 2000 },
    );
  });

  it('give one edit over the changed region when the texts differ too much for a diff', () => {
    const before = ['head', ...Array.from({ length: 1200 }, (_, i) => `old ${i}`), 'tail', ''].join('\n');
    const after = ['head', ...Array.from({ length: 1200 }, (_, i) => `new ${i}`), 'tail', ''].join('\n');
    const edits = lineEdits('u', before, after);
    assert.equal(edits.length, 1);
    assert.equal(edits[0]!.start, 'head\n'.length);
    assert.equal(before.length - edits[0]!.end, 'tail\n'.length);
    assert.equal(applyEdits(before, edits), after);
  });
});

describe('textDiff: a single edit', () => {
  it('is undefined for the same text, and keeps the common prefix and suffix', () => {
    assert.equal(singleEdit('abc', 'abc'), undefined);
    assert.deepEqual(singleEdit('a b c', 'a x c', 'u'), { uri: 'u', start: 2, end: 3, newText: 'x' });
  });

  it('never splits a surrogate pair or a CRLF', () => {
    assert.deepEqual(singleEdit('x\u{1F600}', 'x\u{1F601}'), { uri: '', start: 1, end: 3, newText: '\u{1F601}' });
    assert.deepEqual(singleEdit('a\r\n', 'a\n'), { uri: '', start: 1, end: 3, newText: '\n' });
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\u{1F600}', '\u{1F601}') }),
        fc.string({ unit: fc.constantFrom('a', '\r', '\n', '\u{1F600}', '\u{1F601}') }),
        (before, after) => {
          const e = singleEdit(before, after);
          if (!e) return assert.equal(before, after);
          assert.equal(applyEdits(before, [e]), after);
          for (const at of [e.start, e.end]) {
            const c = before.charCodeAt(at);
            assert.ok(!(c >= 0xdc00 && c <= 0xdfff), 'not inside a surrogate pair');
            assert.ok(!(before[at] === '\n' && before[at - 1] === '\r'), 'not inside a CRLF');
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('textDiff: a unified diff', () => {
  it('names the file a/ and b/ with forward slashes, with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', ''].join('\n');
    const after = before.replace('5\n', 'five\n');
    assert.equal(
      unifiedDiff('dir\\f.coop', before, after),
      ['--- a/dir/f.coop', '+++ b/dir/f.coop', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8', ''].join('\n'),
    );
  });
});
