// Command-line options: `--name value`, `--name=value`, `-x value`, flags, repeatable options and
// `--` to end the options. Every mistake is a UsageError with a one-line message.
//
// Node's util.parseArgs reads the arguments (non-strict, with tokens); the checks are ours, made on
// its tokens in the order of the arguments, so that the first mistake is the one reported and the
// messages are the CLI's own. Two readings of parseArgs are refused, as before: a short option
// stands alone (`-fjson` and `-hc` are unknown options, not `-f json` and `-h -c`), and a value
// that looks like an option (`--format --fix`) is a missing value.

import { parseArgs } from 'node:util';
import { nearest, orList } from '../language/util';

export class UsageError extends Error {}

export interface OptionSpec {
  name: string;
  short?: string;
  /** The option takes a value (named in messages). */
  value?: string;
  /** The values it accepts, when they are a fixed list. */
  choices?: readonly string[];
  /** May be given more than once; every value is kept. */
  repeat?: boolean;
}

export interface Parsed {
  /** Values of the options given, in order; flags map to `['']`. */
  options: Map<string, string[]>;
  positionals: string[];
}

/** How an argument is named in messages: `--name` of `--name=value`, any other argument whole. */
function shown(arg: string): string {
  const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
  return eq > 0 ? arg.slice(0, eq) : arg;
}

/** Parse `argv` (after the command) against the command's options. */
export function parseOptions(argv: readonly string[], specs: readonly OptionSpec[], command: string): Parsed {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const { tokens, positionals } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      specs.map((s) => [s.name, { type: s.value ? 'string' : 'boolean', ...(s.short ? { short: s.short } : {}) }] as const),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const arg = argv[token.index]!;
    const spec = byName.get(token.name);
    if (!spec || (!token.rawName.startsWith('--') && arg !== token.rawName)) {
      const flag = shown(arg);
      const near = nearest(
        flag,
        specs.map((s) => `--${s.name}`),
      );
      throw new UsageError(
        `unknown option ${flag}${near.length ? ` (did you mean ${orList(near)}?)` : ''}; see "coopspec ${command} --help"`,
      );
    }
    const name = `--${spec.name}`;
    let value = '';
    if (spec.value) {
      const needs = `${name} needs a value (${spec.choices ? orList(spec.choices) : spec.value})`;
      value = token.value ?? '';
      if (value === '' || (!token.inlineValue && value.startsWith('-') && value !== '-')) throw new UsageError(needs);
      if (spec.choices && !spec.choices.includes(value)) {
        throw new UsageError(`${name} does not take "${value}": use ${orList(spec.choices)}`);
      }
    } else if (token.inlineValue) {
      throw new UsageError(`${name} takes no value`);
    }
    const list = options.get(spec.name);
    if (list && !spec.repeat && spec.value) throw new UsageError(`${name} is given twice`);
    if (list) list.push(value);
    else options.set(spec.name, [value]);
  }
  return { options, positionals };
}

export function flag(p: Parsed, name: string): boolean {
  return p.options.has(name);
}

export function single(p: Parsed, name: string): string | undefined {
  return p.options.get(name)?.[0];
}

export function all(p: Parsed, name: string): string[] {
  return p.options.get(name) ?? [];
}
