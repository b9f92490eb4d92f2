// The proof that the language server works for an editor nobody here wrote: Debian's Neovim
// (0.7.2), headless, starts `node dist/server.js --stdio` with vim.lsp.start_client
// (test/nvim/lsp.lua), opens a flawed example, and reports the diagnostics it holds and a hover on
// an article reference. The diagnostics must be exactly the CLI's findings, those of a file it never
// opened included (Neovim 0.7 has no pull diagnostics: the server pushes the workspace's), and the
// hover must show the article's text.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ARTICLE_24_WORDS,
  article24FromReference,
  cliFindings,
  copyExample,
  ensureBuilt,
  needOrSkip,
  plain,
  positionOf,
  ROOT,
  SERVER,
  which,
  type CliFinding,
} from '../e2e/support';
import { markers, readFolder } from '../support/lint';
import { HANG_MS } from '../support/hang';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  severity: number;
  message: string;
  source?: string;
  code?: string | number;
}

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  message: string;
  severity?: number;
  source?: string;
}

interface NvimResult {
  nvim: string;
  diagnostics: NvimDiagnostic[];
  published: LspDiagnostic[] | null;
  /** Files not open: the codes the server published and those Neovim holds. */
  closed: { uri: string; published: string[]; held: string[] }[];
  hover: { contents: unknown } | null;
  error: string | null;
}

const SEVERITY: Record<CliFinding['severity'], number> = { error: 1, warning: 2, info: 3 };

/** The text of LSP hover contents, whichever of its three shapes the server uses. */
function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String(contents.value);
  return '';
}

describe('Neovim (headless, vim.lsp.start_client) as a client of the language server', function () {
  this.timeout(HANG_MS + 60_000);

  const file = 'extradition.coop';
  let workspace = '';
  let result: NvimResult;
  let cli: CliFinding[];
  let text = '';

  before(function () {
    const nvim = which('nvim');
    needOrSkip(this, 'Neovim test', nvim ? [] : ['nvim (Debian package neovim) is not installed']);
    ensureBuilt();
    workspace = copyExample('flawed/missing-grounds', 'coopspec-nvim-');
    // A file nobody opens, with a finding of its own.
    mkdirSync(join(workspace, 'drafts'));
    writeFileSync(join(workspace, 'drafts', 'trial.coop'), 'proceeding trial {\n  charges: [undeclared]\n}\n');
    text = readFileSync(join(workspace, file), 'utf8');
    cli = cliFindings(workspace).filter((f) => f.path === file);

    const hover = positionOf(text, 'budapest art 24', 'budapest art '.length);
    const out = join(dirname(workspace), 'nvim-result.json');
    const run = spawnSync(nvim!, ['--headless', '--clean', '-n', '-c', `luafile ${join(ROOT, 'test', 'nvim', 'lsp.lua')}`], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: HANG_MS,
      env: {
        ...process.env,
        COOPSPEC_SERVER: SERVER,
        COOPSPEC_ROOT: workspace,
        COOPSPEC_FILE: join(workspace, file),
        COOPSPEC_HOVER_LINE: String(hover.line),
        COOPSPEC_HOVER_CHAR: String(hover.character),
        COOPSPEC_OUT: out,
        // Neovim's own waits (diagnostics, the hover) end well within the spawn's bound, so that a
        // server that never answers is reported by the script rather than killed silently.
        COOPSPEC_TIMEOUT_MS: String(HANG_MS / 2),
      },
    });
    if (!existsSync(out)) {
      throw new Error(
        `nvim wrote no result (exit ${run.status}, signal ${run.signal}): ${(run.stderr || run.stdout || '').trim().slice(0, 2000)}`,
      );
    }
    result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
  });

  after(function () {
    if (workspace) rmSync(dirname(workspace), { recursive: true, force: true });
  });

  it('runs the client to the end without an error', function () {
    assert.match(result.nvim, /^0\.\d+\.\d+$/);
    assert.equal(result.error, null, `the Neovim script failed: ${result.error}`);
  });

  it("holds exactly the CLI's findings: rule, line, column, severity and message", function () {
    const fromCli = cli.map((f) => `${f.line}:${f.column} ${f.rule} ${SEVERITY[f.severity]} ${f.message}`).sort();
    // Lines from what Neovim holds (vim.diagnostic, byte columns); columns from what the server sent
    // (UTF-16, as the CLI counts them).
    const held = result.diagnostics.map((d) => `${d.lnum + 1} ${String(d.code)} ${d.severity} ${d.message}`).sort();
    const sent = (result.published ?? [])
      .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.severity} ${d.message}`)
      .sort();
    assert.deepEqual(sent, fromCli);
    assert.deepEqual(held, cli.map((f) => `${f.line} ${f.rule} ${SEVERITY[f.severity]} ${f.message}`).sort());
    assert.ok(
      result.diagnostics.every((d) => d.source === 'coopspec'),
      'every diagnostic has source coopspec',
    );
  });

  it("shows the example's marked findings, and no others", function () {
    const expected = markers(readFolder(workspace))
      .map((m) => m.replace(/^[^:]*:/, ''))
      .sort();
    assert.deepEqual(
      expected,
      ['25 CR101', '25 CR101', '25 CR101', '25 CR106', '31 CR103', '36 CR107'],
      'the example in examples/ changed: update this test',
    );
    assert.deepEqual(result.diagnostics.map((d) => `${d.lnum + 1} ${String(d.code)}`).sort(), expected);
  });

  it('holds the findings of a file that is not open: the server reports the whole workspace', function () {
    const closed = result.closed.filter((c) => c.uri.endsWith('/drafts/trial.coop'));
    assert.equal(closed.length, 1, `the server published for: ${result.closed.map((c) => c.uri).join(', ')}`);
    assert.deepEqual(closed[0]!.published, ['CR002']);
    assert.deepEqual(closed[0]!.held, ['CR002'], 'Neovim holds them for the file it has not loaded');
  });

  it('hovers `budapest art 24` and shows the text of CETS 185 Art. 24', function () {
    article24FromReference();
    assert.ok(result.hover, 'the server answered the hover with no result');
    const shown = plain(hoverText(result.hover.contents));
    assert.match(shown, /Art(icle|\.) 24\b/, 'the hover names the article');
    assert.ok(shown.includes(ARTICLE_24_WORDS), `the hover shows the article's words; it shows: ${shown.slice(0, 300)}`);
  });
});
