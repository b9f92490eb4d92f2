// coopspec: the command-line host of the engine.
//   coopspec lint [paths...] [options]     check (and --fix) files; formats in formats/index.ts
//   coopspec explain <topic>               a rule's page, an article's text, a word's meaning
//   coopspec rules                         the catalogue
//   coopspec render [paths...] --request NAME   the letter of request (docx, html, md)
// Exit codes: 0 success, 1 findings at or above the fail severity, 2 usage or input error — always
// with one line on stderr, never a stack trace.

import { existsSync } from 'node:fs';
import { VERSION } from '../language/product';
import { nearest } from '../language/util';
import { UsageError } from './args';
import { explainCommand, rulesCommand } from './explain';
import { EXPLAIN_HELP, LINT_HELP, MAIN_HELP, RENDER_HELP, RULES_HELP } from './help';
import { colourByDefault } from './colour';
import { LINT_OPTIONS, lintCommand, type Io } from './lint';
import { renderCommand } from './render';

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => number | Promise<number>> = {
  lint: lintCommand,
  explain: explainCommand,
  rules: rulesCommand,
  render: renderCommand,
};
const HELPS: Record<string, string> = { lint: LINT_HELP, explain: EXPLAIN_HELP, rules: RULES_HELP, render: RENDER_HELP };

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new UsageError('missing command; try "coopspec lint [paths...]" or "coopspec --help"');
    if (command === '-h' || command === '--help') {
      io.out(MAIN_HELP);
      return 0;
    }
    // As in ESLint, --version may stand anywhere before `--`: `coopspec lint --version`.
    const end = argv.indexOf('--');
    if ((end < 0 ? argv : argv.slice(0, end)).some((a) => a === '-v' || a === '--version')) {
      io.out(`${VERSION}\n`);
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        io.out(MAIN_HELP);
        return 0;
      }
      const help = HELPS[topic];
      if (!help) throw new UsageError(`no help for "${topic}": the commands are lint, explain, rules and render`);
      io.out(help);
      return 0;
    }
    const handler = COMMANDS[command];
    if (!handler) {
      if (command.startsWith('-')) {
        const name = command.split('=')[0]!;
        const known = LINT_OPTIONS.some((o) => `--${o.name}` === name || `-${o.short}` === name);
        throw new UsageError(
          known
            ? `${command} before a command; options follow it: "coopspec lint ${command} …"`
            : `unknown option ${command}; see "coopspec --help"`,
        );
      }
      const near = nearest(command, Object.keys(COMMANDS));
      if (near.length) throw new UsageError(`unknown command "${command}" (did you mean "${near[0]}"?)`);
      if (existsSync(command)) throw new UsageError(`unknown command "${command}"; to check it: coopspec lint ${command}`);
      throw new UsageError(`unknown command "${command}"; the commands are lint, explain, rules and render (see "coopspec --help")`);
    }
    return await handler(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`coopspec: ${e.message}\n`);
      return 2;
    }
    // A bug: still one line, still exit 2. COOPSPEC_DEBUG=1 shows the stack.
    const err = e as Error;
    io.err(`coopspec: internal error: ${err?.message ?? String(e)} (please report it)\n`);
    if (process.env.COOPSPEC_DEBUG) io.err(`${err?.stack ?? ''}\n`);
    return 2;
  }
}

function main(): void {
  // `coopspec lint | head`: a closed pipe ends the output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const io: Io = {
    cwd: process.cwd(),
    out: (t) => {
      process.stdout.write(t);
    },
    err: (t) => {
      process.stderr.write(t);
    },
    color: colourByDefault(process.env, process.stdout.isTTY === true),
  };
  void run(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}

main();
