// The words a fix writes in its comment (rules/fixkit.ts): an article's verbatim text, as one line,
// without the list punctuation that ends a point ("; and"), cut after a number of words.

import assert from 'node:assert/strict';
import { articleQuote, placeholderLine } from '../../server/src/language/rules/fixkit';

describe('fix comments: articleQuote and placeholderLine', () => {
  it('quotes a point of an article after its citation, without the "; and" or ";" that ends it in the list', () => {
    assert.equal(articleQuote('budapest art 29(2)(a)'), 'CETS 185 Art. 29(2)(a): the authority seeking the preservation');
    assert.equal(articleQuote('budapest art 29(2)(e)'), 'CETS 185 Art. 29(2)(e): the necessity of the preservation');
    // A full stop is the text's own: it stays.
    assert.equal(
      articleQuote('budapest art 29(2)(f)', 100),
      'CETS 185 Art. 29(2)(f): that the Party intends to submit a request for mutual assistance for the search or similar access, seizure or similar securing, or disclosure of the stored computer data.',
    );
  });

  it('cuts after maxWords words, with an ellipsis; a text of exactly maxWords words is whole', () => {
    // 29(2)(b) holds 20 words.
    const whole =
      'CETS 185 Art. 29(2)(b): the offence that is the subject of a criminal investigation or proceedings and a brief summary of the related facts';
    assert.equal(articleQuote('budapest art 29(2)(b)', 20), whole);
    assert.equal(articleQuote('budapest art 29(2)(b)', 19), `${whole.slice(0, -' facts'.length)} …`);
    assert.equal(articleQuote('budapest art 29(2)(b)', 5), 'CETS 185 Art. 29(2)(b): the offence that is the …');
  });

  it('writes a text over several lines as one line, one space between words', () => {
    // Art. 1 starts "For the purposes of this Convention:" and goes on after a blank line.
    assert.equal(articleQuote('budapest art 1', 7), 'CETS 185 Art. 1: For the purposes of this Convention: a) …');
  });

  it('gives the citation alone where the reference holds only a summary', () => {
    assert.equal(articleQuote('budapest-2ap art 7(3)(a)'), 'CETS 224 Art. 7(3)(a)');
  });

  it('refuses what is not an article reference', () => {
    assert.throws(() => articleQuote('the treaty'), /^Error: not an article reference: the treaty$/);
  });

  it('placeholderLine: the entry, then its comment on the same line, or the entry alone', () => {
    assert.equal(
      placeholderLine('necessity', '"…"', 'budapest art 29(2)(e)'),
      'necessity: "…"  # CETS 185 Art. 29(2)(e): the necessity of the preservation',
    );
    assert.equal(
      placeholderLine('retrial', '"…"', undefined, 'what is assured,\r\nby whom,\n\nwhen'),
      'retrial: "…"  # what is assured, by whom, when',
    );
    assert.equal(placeholderLine('facts', '"…"'), 'facts: "…"');
  });
});
