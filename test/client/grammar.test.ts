// The TextMate grammar (syntaxes/coopspec.tmLanguage.json), tokenized as VS Code does it, on the
// shipped examples and on snippets for what the examples do not show. Each check says which scope a
// token must have, and where a look-alike must not get it.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coopFiles, EXAMPLES, ROOT } from '../support/lint';
import { generateGrammar, GRAMMAR } from '../../scripts/gen-grammar';
import { show, tokenize, type Token } from './textmate';

/** The token of `text` on the 1-based `line` (the `nth` occurrence on that line). */
function tokenAt(tokens: Token[], line: number, text: string, nth = 0): Token {
  const found = tokens.filter((t) => t.line === line - 1 && t.text === text);
  const t = found[nth];
  if (!t) assert.fail(`no token ${JSON.stringify(text)} on line ${line}; tokens:\n${show(tokens.filter((x) => x.line === line - 1))}`);
  return t;
}

function expectScope(tokens: Token[], line: number, text: string, scope: string, nth = 0): void {
  const t = tokenAt(tokens, line, text, nth);
  assert.ok(t.scopes.includes(scope), `${JSON.stringify(text)} on line ${line} should be ${scope}; it has ${t.scopes.join(' ')}`);
}

function expectNotScope(tokens: Token[], line: number, text: string, scopePrefix: string, nth = 0): void {
  const t = tokenAt(tokens, line, text, nth);
  assert.ok(
    !t.scopes.some((s) => s.startsWith(scopePrefix)),
    `${JSON.stringify(text)} on line ${line} should not be ${scopePrefix}; it has ${t.scopes.join(' ')}`,
  );
}

describe('client: TextMate grammar', () => {
  it('is valid JSON with the scope name package.json contributes', () => {
    const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes/coopspec.tmLanguage.json'), 'utf8')) as { scopeName: string };
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { grammars: { language: string; scopeName: string; path: string }[] };
    };
    assert.equal(grammar.scopeName, 'source.coopspec');
    assert.deepEqual(
      pkg.contributes.grammars.map((g) => [g.language, g.scopeName, g.path]),
      [['coopspec', 'source.coopspec', './syntaxes/coopspec.tmLanguage.json']],
    );
  });

  it('scopes declarations, keys, references, words, articles and texts of the clean extradition example', async () => {
    const tokens = await tokenize(readFileSync(join(EXAMPLES, 'clean/ransomware-extradition.coop'), 'utf8'));
    expectScope(tokens, 1, '#', 'punctuation.definition.comment.coopspec');
    expectScope(tokens, 4, 'case', 'keyword.declaration.coopspec');
    expectScope(tokens, 4, 'CASE-2026-017', 'entity.name.type.coopspec');
    expectScope(tokens, 5, 'title', 'support.type.property-name.coopspec');
    expectScope(tokens, 5, ':', 'punctuation.separator.key-value.coopspec');
    expectScope(tokens, 5, 'Hospital ransomware, Lyon', 'string.quoted.double.coopspec');
    expectScope(tokens, 11, 'budapest', 'support.constant.instrument.coopspec');
    expectScope(tokens, 11, 'ets24', 'support.constant.instrument.coopspec');
    expectScope(tokens, 21, 'art', 'keyword.other.article.coopspec');
    expectScope(tokens, 21, '5', 'constant.numeric.article.coopspec');
    expectScope(tokens, 22, 'law', 'keyword.other.block.coopspec');
    expectScope(tokens, 22, 'FR', 'constant.other.party.coopspec');
    expectScope(tokens, 22, '5', 'constant.numeric.duration.coopspec');
    expectScope(tokens, 22, 'years', 'keyword.other.unit.coopspec');
    expectScope(tokens, 28, 'nationality', 'support.type.property-name.coopspec');
    expectScope(tokens, 28, 'RU', 'constant.other.party.coopspec');
    expectScope(tokens, 31, 'request', 'keyword.declaration.coopspec');
    expectScope(tokens, 31, 'EXT-2026-001', 'entity.name.type.coopspec');
    expectScope(tokens, 31, 'extradition', 'support.type.request-kind.coopspec');
    expectScope(tokens, 32, 'case', 'support.type.property-name.coopspec');
    expectScope(tokens, 32, 'CASE-2026-017', 'variable.other.reference.coopspec');
    expectScope(tokens, 37, 'person', 'support.type.property-name.coopspec');
    expectScope(tokens, 39, '"""', 'punctuation.definition.string.begin.coopspec');
    // The second line of a triple-quoted text is still text.
    expectScope(tokens, 40, '          and demanded 40 bitcoin for the key.', 'string.quoted.triple.coopspec');
    expectScope(tokens, 41, 'statement-of-offences', 'constant.language.coopspec');
    expectScope(tokens, 42, 'undertaken', 'constant.language.coopspec');
    expectScope(tokens, 43, 'grounds', 'keyword.other.block.coopspec');
    expectScope(tokens, 44, 'dual-criminality', 'support.constant.ground.coopspec');
    expectScope(tokens, 44, 'not-engaged', 'constant.language.status.coopspec');
    // In a grounds block, "nationality" is a ground; in a person (line 28) it is a key.
    expectScope(tokens, 47, 'nationality', 'support.constant.ground.coopspec');
    // A string's contents are never words of the language.
    expectNotScope(tokens, 44, 'Punishable in FR (5 years) and in the US (10 years)', 'constant');
    expectScope(tokens, 48, 'human-rights', 'support.constant.ground.coopspec');
    expectScope(tokens, 50, '}', 'punctuation.definition.block.end.coopspec');
    expectScope(tokens, 54, 'EXT-2026-001', 'variable.other.reference.coopspec');
  });

  it('colours the language of version 2: judgments, penalties, dates, assurances, other grounds, protocols', async () => {
    const text = [
      'judgment CH-2019-1 {',
      '  party: CH',
      '  outcome: not-prosecuted',
      '  final: yes',
      '}',
      'offence o {',
      '  committed: 2013-06-01',
      '  law US { max-penalty: death  limitation: 10 years }',
      '}',
      'request PA-1 provisional-arrest {',
      '  basis: [ets24, ets98 art 3, reciprocity]',
      '  grounds {',
      '    other "Forum bar (Extradition Act 2003 s. 83A)": not-engaged "x"',
      '    ne-bis-in-idem: engaged "y"',
      '  }',
      '}',
    ].join('\n');
    const tokens = await tokenize(text);
    expectScope(tokens, 1, 'judgment', 'keyword.declaration.coopspec');
    expectScope(tokens, 3, 'not-prosecuted', 'constant.language.coopspec');
    expectScope(tokens, 4, 'yes', 'constant.language.coopspec');
    expectScope(tokens, 7, '2013-06-01', 'constant.numeric.date.coopspec');
    expectScope(tokens, 8, 'death', 'constant.language.coopspec');
    expectScope(tokens, 10, 'provisional-arrest', 'support.type.request-kind.coopspec');
    expectScope(tokens, 11, 'ets98', 'support.constant.instrument.coopspec');
    expectScope(tokens, 11, 'reciprocity', 'constant.language.coopspec');
    expectScope(tokens, 13, 'other', 'support.constant.ground.coopspec');
    expectScope(tokens, 14, 'ne-bis-in-idem', 'support.constant.ground.coopspec');
  });

  it('is generated from the language: its word lists are those of vocabulary.ts and the law module (npm run docs)', () => {
    const current = readFileSync(GRAMMAR, 'utf8');
    assert.equal(generateGrammar(current), current, 'syntaxes/coopspec.tmLanguage.json is stale: run "npm run docs"');
  });

  it('keeps going after the syntax errors of flawed/syntax', async () => {
    const tokens = await tokenize(readFileSync(join(EXAMPLES, 'flawed/syntax/recovery.coop'), 'utf8'));
    expectScope(tokens, 10, '}', 'invalid.illegal.stray-brace.coopspec', 1);
    expectScope(tokens, 12, 'offence', 'keyword.declaration.coopspec');
    expectScope(tokens, 20, 'request', 'keyword.declaration.coopspec');
    expectScope(tokens, 20, 'mutual-assistance', 'support.type.request-kind.coopspec');
    expectScope(tokens, 21, 'measure', 'support.type.property-name.coopspec');
    // A misspelt word is not coloured as a word of the language.
    expectNotScope(tokens, 21, 'intercepton', 'constant.language');
  });

  it('scopes suppression comments, escapes, dates, providers, treaties, article parts and party codes', async () => {
    const text = [
      /* 1 */ 'request MLA-IT-3 mutual-assistance {   # a comment with "quotes" and CR101',
      /* 2 */ '  # coopspec-disable-next-line CR405 notice-missing -- notice handled by the court',
      /* 3 */ '  measure: interception',
      /* 4 */ '  basis: budapest-2ap art 7(2)(b)',
      /* 5 */ '  date: 2026-03-02',
      /* 6 */ '  to: provider "Example \\"Mail\\" Inc." in US',
      /* 7 */ '  reservations: [treaty "Bilateral \\\\ treaty" art 3(1), uncc art 12]',
      /* 8 */ '  authority: "unterminated',
      /* 9 */ '  from: IT',
      /* 10 */ '  safeguards {',
      /* 11 */ '    duration: 30 days;  notice: deferred "Until closure"',
      /* 12 */ '    authorization: judicial "Order"',
      /* 13 */ '  }',
      /* 14 */ '  risk: data',
      /* 15 */ '  facts: """Several lines',
      /* 16 */ 'still text: not a key { }',
      /* 17 */ '"""',
      /* 18 */ '}',
    ].join('\n');
    const tokens = await tokenize(text);
    // A party code inside a name is part of the name.
    expectScope(tokens, 1, 'MLA-IT-3', 'entity.name.type.coopspec');
    expectScope(tokens, 1, ' a comment with "quotes" and CR101', 'comment.line.number-sign.coopspec');
    expectNotScope(tokens, 1, ' a comment with "quotes" and CR101', 'constant.other.rule-id');
    expectScope(tokens, 2, 'coopspec-disable-next-line', 'keyword.control.directive.suppression.coopspec');
    expectScope(tokens, 2, 'CR405', 'constant.other.rule-id.coopspec');
    expectScope(tokens, 2, 'notice-missing', 'constant.other.rule-alias.coopspec');
    expectScope(tokens, 2, '--', 'punctuation.separator.reason.coopspec');
    expectScope(tokens, 2, ' notice handled by the court', 'comment.line.reason.coopspec');
    expectScope(tokens, 3, 'interception', 'constant.language.coopspec');
    expectScope(tokens, 4, 'budapest-2ap', 'support.constant.instrument.coopspec');
    expectScope(tokens, 4, '7', 'constant.numeric.article.coopspec');
    expectScope(tokens, 4, '(2)(b)', 'constant.numeric.article.part.coopspec');
    expectScope(tokens, 5, '2026-03-02', 'constant.numeric.date.coopspec');
    expectScope(tokens, 6, 'provider', 'keyword.other.provider.coopspec');
    expectScope(tokens, 6, '\\"', 'constant.character.escape.coopspec');
    expectScope(tokens, 6, 'in', 'keyword.other.in.coopspec');
    expectScope(tokens, 6, 'US', 'constant.other.party.coopspec');
    expectScope(tokens, 7, 'treaty', 'support.constant.instrument.treaty.coopspec');
    expectScope(tokens, 7, '\\\\', 'constant.character.escape.coopspec');
    expectScope(tokens, 7, '3', 'constant.numeric.article.coopspec');
    expectScope(tokens, 7, 'uncc', 'support.constant.instrument.coopspec');
    expectScope(tokens, 7, '12', 'constant.numeric.article.coopspec');
    // A missing quote costs one line: the next line is read as entries again.
    expectScope(tokens, 9, 'from', 'support.type.property-name.coopspec');
    expectScope(tokens, 9, 'IT', 'constant.other.party.coopspec');
    expectScope(tokens, 10, 'safeguards', 'keyword.other.block.coopspec');
    expectScope(tokens, 11, 'duration', 'support.type.property-name.coopspec');
    expectScope(tokens, 11, ';', 'punctuation.separator.entry.coopspec');
    expectScope(tokens, 11, 'notice', 'support.type.property-name.coopspec');
    expectScope(tokens, 11, 'deferred', 'constant.language.coopspec');
    expectScope(tokens, 12, 'judicial', 'constant.language.coopspec');
    expectScope(tokens, 14, 'data', 'constant.language.coopspec');
    expectScope(tokens, 16, 'still text: not a key { }', 'string.quoted.triple.coopspec');
    expectScope(tokens, 17, '"""', 'punctuation.definition.string.end.coopspec');
    expectScope(tokens, 18, '}', 'punctuation.definition.block.end.coopspec');
    expectNotScope(tokens, 18, '}', 'invalid');
  });

  it('closes an unclosed declaration at the next declaration header, as the parser does', async () => {
    const tokens = await tokenize(
      [
        'person doe {',
        '  name: "Doe"',
        '  law FR {',
        'offence fraud {',
        '  conduct: "x"',
        '}',
        'case C {',
        '  title: """open',
        'data d {',
        '  type: content',
        '}',
      ].join('\n'),
    );
    expectScope(tokens, 4, 'offence', 'keyword.declaration.coopspec');
    expectScope(tokens, 4, 'fraud', 'entity.name.type.coopspec');
    expectScope(tokens, 6, '}', 'punctuation.definition.block.end.coopspec');
    expectNotScope(tokens, 6, '}', 'invalid');
    // An unclosed triple-quoted text stops at the next declaration too.
    expectScope(tokens, 9, 'data', 'keyword.declaration.coopspec');
    expectScope(tokens, 10, 'type', 'support.type.property-name.coopspec');
  });

  it('tokenizes every example without leaving a declaration keyword at the start of a line unscoped', async () => {
    for (const file of coopFiles(EXAMPLES)) {
      const text = readFileSync(file, 'utf8');
      const tokens = await tokenize(text);
      text.split(/\r?\n/).forEach((line, i) => {
        const m = /^(case|party|offence|person|data|request|proceeding|consent|transfer) /.exec(line);
        if (m) expectScope(tokens, i + 1, m[1]!, 'keyword.declaration.coopspec');
      });
    }
  });
});
