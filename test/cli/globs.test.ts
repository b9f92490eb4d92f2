// The glob syntax of quoted paths, as picomatch reads it with the CLI's options: only `*`, `**`,
// `?` and `[...]` are special (the help and README name no other); the rest of what picomatch would
// read is text of a name, as it was before picomatch read the globs.

import assert from 'node:assert/strict';
import { globRegex } from '../../server/src/cli/files';

const matches = (pattern: string, path: string): boolean => globRegex(pattern).test(path);

describe('cli: glob syntax', () => {
  it('a * or ? matches a name that starts with a dot, as a folder walk finds it', () => {
    assert.ok(matches('*.coop', '.draft.coop'));
    assert.ok(matches('**/*.coop', '.old/a.coop'));
    assert.ok(matches('?a.coop', '.a.coop'));
  });

  it('braces, extglobs, a leading ! and regex groups are characters of a name', () => {
    for (const literal of [
      '{a,b}.coop',
      'a{1,2}.coop',
      '+(a).coop',
      '@(a).coop',
      '!(a).coop',
      '!a.coop',
      '(a|b).coop',
      'a+b.coop',
      '$a.coop',
    ]) {
      assert.ok(matches(literal, literal), `${literal} matches itself`);
    }
    assert.ok(!matches('{a,b}.coop', 'a.coop'));
    assert.ok(!matches('a{1,2}.coop', 'aa.coop'));
    assert.ok(!matches('(a|b).coop', 'a.coop'));
    assert.ok(!matches('!a.coop', 'b.coop'), 'not a negation');
    assert.ok(matches('* (copy).coop', 'request (copy).coop'));
    assert.ok(matches('?(a).coop', 'x(a).coop') && !matches('?(a).coop', 'a.coop'), '? is one character, then (a)');
  });

  it('a backslash is a character of a name, not an escape', () => {
    assert.ok(matches('a\\*.coop', 'a\\b.coop'));
    assert.ok(!matches('a\\*.coop', 'a*.coop'));
  });

  it('[!...] and [^...] exclude; [...] may hold a ]', () => {
    assert.ok(matches('req-[^12].coop', 'req-3.coop') && !matches('req-[^12].coop', 'req-1.coop'));
    assert.ok(matches('[]a].coop', '].coop') && matches('[]a].coop', 'a.coop') && !matches('[]a].coop', 'b.coop'));
  });

  it('** is special as a whole folder name only (as in ESLint); elsewhere it is a *', () => {
    assert.ok(matches('x/**/*.coop', 'x/a.coop') && matches('x/**/*.coop', 'x/y/z/a.coop'));
    assert.ok(matches('x/**.coop', 'x/a.coop') && !matches('x/**.coop', 'x/y/a.coop'));
  });
});
