// language-configuration.json: the patterns VS Code applies while typing, checked against lines a
// user writes. VS Code compiles these strings as JavaScript regular expressions, as done here.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/lint';

interface LanguageConfiguration {
  comments: { lineComment: string };
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string; notIn?: string[] }[];
  surroundingPairs: [string, string][];
  folding: { markers: { start: string; end: string } };
  indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
  wordPattern: string;
}

const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** The words VS Code would see in a line (double-click, word-based completion, rename's default). */
function words(line: string): string[] {
  return [...line.matchAll(new RegExp(config.wordPattern, 'g'))].map((m) => m[0]);
}

describe('client: language configuration', () => {
  it('is the file package.json names for the language', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { languages: { id: string; extensions: string[]; configuration: string }[] };
    };
    const lang = pkg.contributes.languages.find((l) => l.id === 'coopspec');
    assert.ok(lang, 'no coopspec language contributed');
    assert.deepEqual(lang.extensions, ['.coop']);
    assert.equal(lang.configuration, './language-configuration.json');
  });

  it('comments with #, pairs braces, brackets, parentheses and quotes', () => {
    assert.equal(config.comments.lineComment, '#');
    assert.deepEqual(config.brackets, [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ]);
    const quote = config.autoClosingPairs.find((p) => p.open === '"');
    assert.ok(quote, 'quotes are not auto-closed');
    assert.deepEqual(quote.notIn?.sort(), ['comment', 'string']);
    assert.ok(
      config.autoClosingPairs.some((p) => p.open === '"""' && p.close === '"""'),
      'triple-quoted texts are not auto-closed',
    );
    assert.ok(config.surroundingPairs.some(([a, b]) => a === '"' && b === '"'));
  });

  it('takes a whole name, party code, alias or date as one word', () => {
    assert.deepEqual(words('request EXT-2026-001 extradition {'), ['request', 'EXT-2026-001', 'extradition']);
    assert.deepEqual(words('  basis: budapest-2ap art 7(2)(b)'), ['basis', 'budapest-2ap', 'art', '7', '2', 'b']);
    assert.deepEqual(words('  surrender: v1.2_final.x, date: 2026-03-02'), ['surrender', 'v1.2_final.x', 'date', '2026-03-02']);
    assert.deepEqual(words('# coopspec-disable-next-line CR405 notice-missing -- reason.'), [
      'coopspec-disable-next-line',
      'CR405',
      'notice-missing',
      'reason',
    ]);
    // A sentence's final full stop or a list's comma is not part of the word before it.
    assert.deepEqual(words('[ransomware, fraud]'), ['ransomware', 'fraud']);
    assert.deepEqual(words('"Ends with doe."'), ['Ends', 'with', 'doe']);
  });

  it('indents after an opening brace and outdents on a closing one', () => {
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    for (const line of ['request EXT-1 extradition {', '  grounds {', '  law FR {   # French law', '  safeguards {  ']) {
      assert.ok(increase.test(line), `should indent after ${JSON.stringify(line)}`);
    }
    for (const line of ['  law FR { cite: "x"  max-penalty: 5 years }', '  title: "a { in a string"', '# a {', '  name: "Doe" # {', '}']) {
      assert.ok(!increase.test(line), `should not indent after ${JSON.stringify(line)}`);
    }
    assert.ok(decrease.test('  }'));
    assert.ok(decrease.test('}'));
    assert.ok(!decrease.test('  title: "}"'));
  });

  it('folds # region / # endregion', () => {
    assert.ok(new RegExp(config.folding.markers.start).test('  # region requests to the US'));
    assert.ok(new RegExp(config.folding.markers.end).test('# endregion'));
    assert.ok(!new RegExp(config.folding.markers.start).test('  # regional office'));
  });
});
