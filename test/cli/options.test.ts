// Reading the command line (args.ts, over util.parseArgs), in process: what parseArgs alone would
// read otherwise (a short option with its value attached, grouped flags, a value that looks like an
// option) is refused as the CLI always refused it; and each command's help names exactly its options.

import assert from 'node:assert/strict';
import { all, flag, parseOptions, single, UsageError } from '../../server/src/cli/args';
import { LINT_HELP, RENDER_HELP } from '../../server/src/cli/help';
import { LINT_OPTIONS } from '../../server/src/cli/lint';
import { RENDER_OPTIONS } from '../../server/src/cli/render';

const parse = (...argv: string[]) => parseOptions(argv, LINT_OPTIONS, 'lint');

function refused(argv: string[], message: string): void {
  assert.throws(
    () => parse(...argv),
    (e: unknown) => e instanceof UsageError && e.message === message,
    JSON.stringify(argv),
  );
}

describe('cli: options', () => {
  it('reads --name value, --name=value, -x value, flags, repeated options and positionals in order', () => {
    const p = parse('a.coop', '-f', 'json', '--rule', 'CR405=off', '--fix', '--rule=CR101=info', 'b', '-c', 'x.json', '-');
    assert.equal(single(p, 'format'), 'json');
    assert.deepEqual(all(p, 'rule'), ['CR405=off', 'CR101=info']);
    assert.equal(single(p, 'config'), 'x.json');
    assert.ok(flag(p, 'fix') && !flag(p, 'fix-dry-run'));
    assert.deepEqual(p.positionals, ['a.coop', 'b', '-'], '"-" is a path (refused later, as standard input)');
  });

  it('-- ends the options: what follows is a path, even --fix', () => {
    const p = parse('--fix', '--', '--format', '-x', 'a.coop');
    assert.deepEqual(p.positionals, ['--format', '-x', 'a.coop']);
    assert.ok(!p.options.has('format'));
  });

  it('a short option stands alone: -fjson, -f=json and grouped flags are unknown options', () => {
    refused(['-fjson'], 'unknown option -fjson; see "coopspec lint --help"');
    refused(['-f=json'], 'unknown option -f=json; see "coopspec lint --help"');
    refused(['-hc', 'x.json'], 'unknown option -hc; see "coopspec lint --help"');
  });

  it('a value that looks like an option, or an empty one, is a missing value', () => {
    refused(['--config', '--fix'], '--config needs a value (path of a coopspec.json)');
    refused(['-c', '--'], '--config needs a value (path of a coopspec.json)');
    refused(['--today='], '--today needs a value (YYYY-MM-DD)');
    refused(['--today', ''], '--today needs a value (YYYY-MM-DD)');
    assert.equal(single(parse('--config=-odd.json'), 'config'), '-odd.json', 'attached with =, it is a value');
    assert.equal(single(parse('-c', '-'), 'config'), '-');
  });

  it('the first mistake, in the order given, is the one reported', () => {
    refused(['--frmat', '-fjson'], 'unknown option --frmat (did you mean --format?); see "coopspec lint --help"');
    refused(['--fix=1', '--frmat'], '--fix takes no value');
    refused(['--format', 'xml', '--format', 'json'], '--format does not take "xml": use stylish, json, sarif or github');
  });

  it('a flag may be repeated; an option with a value only if it says so', () => {
    assert.ok(flag(parse('--fix', '--fix'), 'fix'));
    refused(['--today', '2026-01-01', '--today', '2026-01-02'], '--today is given twice');
  });

  for (const [command, help, options] of [
    ['lint', LINT_HELP, LINT_OPTIONS],
    ['render', RENDER_HELP, RENDER_OPTIONS],
  ] as const) {
    it(`coopspec ${command} --help names exactly the options ${command} reads`, () => {
      const named = new Set(help.match(/(?<![\w-])--[a-z][a-z-]*/g));
      assert.deepEqual([...named].sort(), options.map((o) => `--${o.name}`).sort());
      const shorts = new Set(help.match(/(?<![\w-])-[a-z](?=[, ])/g));
      assert.deepEqual([...shorts].sort(), options.flatMap((o) => (o.short ? [`-${o.short}`] : [])).sort());
    });
  }
});
