// Command-line options: `--name value`, `--name=value`, `-x value`, flags, repeatable options and
// `--` to end the options. Every mistake is a UsageError with a one-line message.

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

/** Parse `argv` (after the command) against the command's options. */
export function parseOptions(argv: readonly string[], specs: readonly OptionSpec[], command: string): Parsed {
  const byName = new Map(specs.map((s) => [`--${s.name}`, s]));
  for (const s of specs) if (s.short) byName.set(`-${s.short}`, s);
  const options = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(flag);
    if (!spec) {
      const near = nearest(flag, [...byName.keys()].filter((k) => k.startsWith('--')));
      throw new UsageError(`unknown option ${flag}${near.length ? ` (did you mean ${orList(near)}?)` : ''}; see "coopspec ${command} --help"`);
    }
    const name = `--${spec.name}`;
    let value = '';
    if (spec.value) {
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-')) {
          throw new UsageError(`${name} needs a value (${spec.choices ? orList([...spec.choices]) : spec.value})`);
        }
        value = next;
        i++;
      }
      if (value === '') throw new UsageError(`${name} needs a value (${spec.choices ? orList([...spec.choices]) : spec.value})`);
      if (spec.choices && !spec.choices.includes(value)) {
        throw new UsageError(`${name} does not take "${value}": use ${orList([...spec.choices])}`);
      }
    } else if (eq > 0) {
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
