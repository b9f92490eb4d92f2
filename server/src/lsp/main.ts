// coopspec-language-server: the language server's entry point (bundled to dist/server.js).
//   coopspec-language-server --stdio        for any editor (Neovim, Helix, Emacs, ...)
//   coopspec-language-server --node-ipc     for the VS Code client
// Only these two transports: a socket would be a network connection, and CoopSpec opens none.

import { VERSION } from '../language/product';
import { describeError } from './guard';
import { startServer } from './server';
import { createServerConnection } from './transport';

const HELP = `Usage: coopspec-language-server --stdio | --node-ipc

The CoopSpec language server (Language Server Protocol): diagnostics, quick fixes
and fix-all, hover, completion, navigation, rename, outline and formatting for
CoopSpec request files (*.coop).

Options:
  --stdio                   talk LSP over standard input and output
  --node-ipc                talk LSP over Node's IPC channel (the VS Code client)
  --clientProcessId <pid>   exit when that process ends
  -h, --help                show this help
  -v, --version             show the version

initializationOptions (all optional):
  { "docsBaseUrl": "<where the rule pages CRnnn.md are>",
    "diagnostics": { "scope": "workspace" | "openFiles", "delay": <ms, default 300> } }
Settings (workspace/configuration), over initializationOptions:
  coopspec.rules         e.g. { "CR404": "warning", "notice-missing": "off" }
  coopspec.today         "YYYY-MM-DD"
  coopspec.diagnostics   { "scope": "workspace" | "openFiles", "delay": 300 }
Diagnostics cover every *.coop file of the workspace (scope "workspace"), pushed, or
pulled (textDocument/diagnostic, workspace/diagnostic) where the client supports it;
they are published once typing pauses for "delay" ms. Commands (workspace/executeCommand):
  coopspec.server.lintWorkspace   report every file, whatever the scope; answers the counts
`;

function fail(message: string): never {
  process.stderr.write(`coopspec-language-server: ${message}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let transport: '--stdio' | '--node-ipc' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') {
      process.stdout.write(HELP);
      return;
    }
    if (a === '-v' || a === '--version') {
      process.stdout.write(`${VERSION}\n`);
      return;
    }
    if (a === '--stdio' || a === '--node-ipc') {
      if (transport && transport !== a) fail(`choose one of --stdio and --node-ipc`);
      transport = a;
    } else if (a === '--clientProcessId') {
      if (!/^\d+$/.test(argv[++i] ?? '')) fail('--clientProcessId needs a process id');
    } else if (a.startsWith('--clientProcessId=')) {
      if (!/^\d+$/.test(a.slice('--clientProcessId='.length))) fail('--clientProcessId needs a process id');
    } else if (a === '--socket' || a.startsWith('--socket=') || a === '--pipe' || a.startsWith('--pipe=')) {
      fail(`${a.split('=')[0]} is not supported: use --stdio or --node-ipc`);
    } else {
      fail(`unknown option ${a}; try --help`);
    }
  }
  if (!transport) fail('choose a transport: --stdio or --node-ipc (see --help)');
  if (transport === '--node-ipc' && typeof process.send !== 'function')
    fail('--node-ipc needs a parent process with an IPC channel; use --stdio');

  // Messages from the client are checked before the library sees them (transport.ts).
  const connection = createServerConnection(transport);
  const report =
    (what: string) =>
    (e: unknown): void => {
      try {
        connection.console.error(`CoopSpec: ${what}: ${describeError(e)}`);
      } catch {
        // The connection is gone: nothing to tell.
      }
    };
  process.on('uncaughtException', report('uncaught exception'));
  process.on('unhandledRejection', report('unhandled rejection'));
  startServer(connection);
}

main(process.argv.slice(2));
