// The registry of lint formats (server/src/cli/formats/index.ts) is what the CLI offers: --help
// names every format, --format takes exactly them, and each has its golden output, so that a new
// format cannot escape the golden tests (output.test.ts's FORMAT_FILES names their files).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOptions, UsageError } from '../../server/src/cli/args';
import { DEFAULT_LINT_FORMAT, LINT_FORMAT_NAMES, LINT_FORMATS, lintFormatByName } from '../../server/src/cli/formats/index';
import { LINT_HELP } from '../../server/src/cli/help';
import { LINT_OPTIONS, lintCommand } from '../../server/src/cli/lint';
import { orList } from '../../server/src/language/util';
import { ROOT } from '../support/lint';
import { GOLDEN, stable } from './golden';

describe('cli: the registry of lint formats', () => {
  it('has unique names, a default among them, and says what each is for', () => {
    assert.equal(new Set(LINT_FORMAT_NAMES).size, LINT_FORMATS.length);
    assert.ok(lintFormatByName(DEFAULT_LINT_FORMAT));
    assert.equal(lintFormatByName('xml'), undefined);
    for (const f of LINT_FORMATS) assert.ok(f.description.trim(), `${f.name} has no description`);
  });

  it('--help names every format on the line of --format, the default marked', () => {
    const line = LINT_HELP.split('\n').find((l) => l.includes('--format <name>'))!;
    for (const f of LINT_FORMATS) assert.ok(line.includes(f.name), `--help does not name ${f.name}`);
    assert.ok(line.includes(`${DEFAULT_LINT_FORMAT} (default`));
  });

  it('--format takes every format and nothing else', () => {
    for (const name of LINT_FORMAT_NAMES)
      assert.equal(parseOptions(['--format', name], LINT_OPTIONS, 'lint').options.get('format')?.[0], name);
    assert.throws(
      () => parseOptions(['--format', 'xml'], LINT_OPTIONS, 'lint'),
      (e: unknown) => e instanceof UsageError && e.message === `--format does not take "xml": use ${orList(LINT_FORMAT_NAMES)}`,
    );
  });

  it('every format has golden output, which it writes (test/cli/golden/lint/clean.NAME…)', () => {
    const goldens = readdirSync(join(GOLDEN, 'lint'));
    for (const f of LINT_FORMATS) {
      const golden = goldens.find((n) => n === `clean.${f.name}` || n.startsWith(`clean.${f.name}.`));
      assert.ok(golden, `no golden output of --format ${f.name}: add it to FORMAT_FILES in test/cli/output.test.ts`);
      let out = '';
      const code = lintCommand(['--format', f.name, 'examples/clean'], {
        cwd: ROOT,
        out: (t) => {
          out += t;
        },
        err: (t) => assert.fail(t),
        color: false,
      });
      assert.equal(code, 0);
      assert.equal(stable(out), readFileSync(join(GOLDEN, 'lint', golden), 'utf8'), `--format ${f.name}`);
    }
  });
});
