// The output formats of `coopspec lint`, as a registry: its name, what it is for, and its writer.
// The help text, the choices of --format, README's table of formats (test/docs checks it) and the
// tests that run every format read this list, as render/formats.ts is the list of a letter's.

import type { LintResult } from '../report';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export interface LintFormat {
  name: string;
  /** What `coopspec lint --help` says of it, in brackets after its name, if anything. */
  note?: string;
  /** Who or what it is for, as README's table of formats says it (markdown). */
  description: string;
  /** The report. `color`: stdout takes colours (only stylish uses them). */
  write(result: LintResult, options: { color: boolean }): string;
}

export const LINT_FORMATS: readonly LintFormat[] = [
  {
    name: 'stylish',
    description: 'people: grouped by file, as ESLint prints',
    write: (result, { color }) => stylish(result, color),
  },
  {
    name: 'json',
    description: 'scripts: `summary`, `findings`, and `suppressedFindings` for what suppression comments hide',
    write: (result) => json(result),
  },
  {
    name: 'sarif',
    note: 'SARIF 2.1.0',
    description: 'code scanning: SARIF 2.1.0, every rule with its `helpUri`, paths relative to `%SRCROOT%`',
    write: (result) => sarif(result),
  },
  {
    name: 'github',
    note: 'workflow annotations',
    description: 'GitHub Actions: workflow annotations on a pull request',
    write: (result) => github(result),
  },
];

export const DEFAULT_LINT_FORMAT = 'stylish';

export const LINT_FORMAT_NAMES: readonly string[] = LINT_FORMATS.map((f) => f.name);

export function lintFormatByName(name: string): LintFormat | undefined {
  return LINT_FORMATS.find((f) => f.name === name);
}
