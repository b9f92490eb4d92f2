// util.ts: the word lists every message and letter uses ("a, b or c").

import assert from 'node:assert/strict';
import { andList, orList, wordList } from '../../server/src/language/util';
import { andWords } from '../../server/src/render/words';

describe('util: word lists', () => {
  it('join with commas and the conjunction before the last item', () => {
    assert.equal(orList(['a', 'b', 'c']), 'a, b or c');
    assert.equal(andList(['a', 'b']), 'a and b');
    assert.equal(orList(['a']), 'a');
    assert.equal(wordList(['x', 'y', 'z'], 'et'), 'x, y et z');
    assert.equal(andWords('fr', ['x', 'y']), 'x et y');
    assert.equal(andWords('en', ['x', 'y']), 'x and y');
  });

  it('say `none` (by default nothing) for an empty list', () => {
    assert.equal(orList([]), '');
    assert.equal(andList([]), '');
    assert.equal(orList([], 'something else'), 'something else');
    assert.equal(andWords('fr', []), '');
  });
});
