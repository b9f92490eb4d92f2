// Findings, logs and every output format name declarations and rules, never string values
// (issue 6, item 5). Request files hold personal data of suspects and victims, and findings travel
// to CI logs and code-scanning services.
//
// Every folder of examples/, plus fixtures full of syntax errors (support/fixtures/privacy: strings
// left open, junk lines with quoted words, unknown keys with strings, strings where a word or a
// name belongs) and a BOM + CRLF file, are copied with the content of every string and text
// replaced by a unique marker (`SECRET<n>X`, support/redact.ts). No marker may then appear in:
//   - the CLI's output in every format, of lint, lint --fix-dry-run and lint --fix, stdout and stderr;
//   - the stdout and stderr of render, for every request, refused, as a draft and as a memo (the
//     letter goes to its file, and holds the strings: that is its purpose);
//   - the language server's published diagnostics (every field: message, related information,
//     code description, data with its fixes), its pulled reports (document and workspace), its
//     code action titles, its code lenses and their explanation, its window/logMessage and
//     window/showMessage notifications and its stderr; and it sends no $/logTrace.
// Hovers and completions are shown only to the user who has the file open: they may show content.
// The text --fix inserts (placeholders, the article's words as comments) is product text.
// Two exceptions, documented in README's Privacy section: the title of a treaty named in a basis
// (it names the law, and findings cite it: "the applicable treaty (TITLE)"), which the redaction
// leaves as it is; and the unified diff --fix-dry-run prints, which shows the lines of the files
// around each change, as any diff does, and is left out of the check below.

import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeAction, CodeLens, Command, Diagnostic } from 'vscode-languageserver-protocol';
import { LINT_FORMAT_NAMES } from '../../server/src/cli/formats/index';
import { FORMATS as RENDER_FORMATS } from '../../server/src/render/formats';
import { assertNoCrash, runCli, type Run } from '../cli/run';
import { ensureBuilt, FULL_CAPABILITIES, LspClient, uriOf } from '../lsp/client';
import { coopFiles, EXAMPLES, keys, lintTexts, readFolder } from '../support/lint';
import { makeWritable } from './support/files';
import { findMarkers, MarkerSource, redact } from './support/redact';

const FIXTURES = join(__dirname, 'support', 'fixtures', 'privacy');

/** The folders of the redacted workspace, each a workspace of its own as well. */
const FOLDERS = [
  'clean',
  ...readdirSync(join(EXAMPLES, 'flawed'))
    .sort()
    .map((f) => `flawed/${f}`),
  'errors',
  'encodings',
];

/** Where in an output a marker was found, for the failure message. */
function leaks(what: string, text: string): string[] {
  return findMarkers(text).map((m) => `${what} quotes ${m}: …${text.slice(Math.max(0, text.indexOf(m) - 80), text.indexOf(m) + 20)}…`);
}

function assertNoLeak(found: string[]): void {
  assert.deepEqual(found.slice(0, 10), [], `${found.length} outputs quote a string from the files`);
}

describe('reliability: outputs never quote string values', function () {
  this.timeout(300_000);
  let root: string;
  /** The original texts of the workspace, by path relative to it. */
  let originals: Record<string, string>;
  /** The redacted texts and their markers. */
  const redacted: Record<string, { text: string; markers: string[] }> = {};
  const ws = (): string => join(root, 'ws');

  before(function () {
    this.timeout(180_000);
    ensureBuilt();
    root = mkdtempSync(join(tmpdir(), 'coopspec-privacy-'));
    cpSync(join(EXAMPLES, 'clean'), join(ws(), 'clean'), { recursive: true });
    cpSync(join(EXAMPLES, 'flawed'), join(ws(), 'flawed'), { recursive: true });
    cpSync(FIXTURES, join(ws(), 'errors'), { recursive: true });
    // A byte order mark and CRLF line endings, around a flawed example and a fixture with open strings.
    mkdirSync(join(ws(), 'encodings'));
    for (const [name, from] of [
      ['extradition.coop', join(EXAMPLES, 'flawed', 'missing-grounds', 'extradition.coop')],
      ['open-strings.coop', join(FIXTURES, 'unterminated.coop')],
    ] as const) {
      writeFileSync(join(ws(), 'encodings', name), `\uFEFF${readFileSync(from, 'utf8').replace(/\r?\n/g, '\r\n')}`);
    }
    makeWritable(ws());
    originals = readFolder(ws());
    const source = new MarkerSource();
    for (const file of coopFiles(ws())) {
      const r = redact(readFileSync(file, 'utf8'), source);
      redacted[relative(ws(), file).split('\\').join('/')] = r;
      writeFileSync(file, r.text);
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('the copies hold a marker in place of every string, and parse as the originals do', () => {
    const files = Object.keys(originals).sort();
    assert.deepEqual(Object.keys(redacted).sort(), files);
    assert.ok(files.length >= 14, files.join(', '));
    for (const file of files) {
      const r = redacted[file]!;
      assert.ok(r.markers.length > 0, `${file}: no string replaced`);
      // Each marker is in the file once, and the file on disk is the redacted text.
      const onDisk = readFileSync(join(ws(), file), 'utf8');
      assert.equal(onDisk, r.text);
      assert.deepEqual(findMarkers(onDisk), r.markers);
      // Outside the strings, nothing changed; each marker follows an opening quote.
      assert.match(originals[file]!, outsideStrings(r.text), file);
      assert.equal(r.text.split(/(?<=")SECRET\d+X/).length, r.markers.length + 1, `${file}: a marker not right after a quote`);
    }
    // The grammar sees the same structure: every finding on the same line, but for the rules
    // that compare two strings (CR501: is the controller the custodian, by name?).
    // (CR007 too: a placeholder "…" is a string whose content the redaction replaces.)
    const lintAll = (texts: Record<string, string>) =>
      keys(lintTexts(texts).findings).filter((k) => !k.endsWith('CR501') && !k.endsWith('CR007'));
    for (const folder of FOLDERS) {
      const pick = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).filter(([f]) => f.startsWith(`${folder}/`)));
      const red = Object.fromEntries(Object.entries(redacted).map(([f, r]) => [f, r.text]));
      assert.deepEqual(lintAll(pick(red)), lintAll(pick(originals)), folder);
    }
    const total = Object.values(redacted).reduce((n, r) => n + r.markers.length, 0);
    assert.ok(total > 200, `only ${total} strings`);
  });

  /** Run the CLI in the redacted workspace, check nothing crashed, and return the outputs' leaks. */
  const lintLeaks = (args: string[], cwd = ws()): { run: Run; found: string[] } => {
    const run = runCli(args, { cwd });
    assertNoCrash(run);
    const what = `coopspec ${args.join(' ')}`;
    // The diff of --fix-dry-run shows the files' lines, by design: everything else on stderr is checked.
    const stderr = args.includes('--fix-dry-run') ? withoutDiffs(run.stderr) : run.stderr;
    if (args.includes('--fix-dry-run')) assert.match(run.stderr, /^@@ -\d+,\d+ \+\d+,\d+ @@$/m, `${what}: no diff printed`);
    return { run, found: [...leaks(`${what}: stdout`, run.stdout), ...leaks(`${what}: stderr`, stderr)] };
  };

  it('coopspec lint, in every format, on every folder and on the whole workspace', () => {
    const found: string[] = [];
    let findings = 0;
    for (const folder of [...FOLDERS, '.']) {
      for (const format of LINT_FORMAT_NAMES) {
        const { run, found: f } = lintLeaks(['lint', '--format', format, '--fail-severity', 'info', folder]);
        found.push(...f);
        assert.ok(run.code === 0 || run.code === 1, `${folder} ${format}: exit ${run.code}: ${run.stderr}`);
        if (format === 'json') findings += (JSON.parse(run.stdout) as { findings: unknown[] }).findings.length;
      }
    }
    assertNoLeak(found);
    // Not a vacuous pass: the runs reported findings of every kind the fixtures provoke.
    assert.ok(findings > 200, `only ${findings} findings`);
  });

  it('coopspec lint --fix-dry-run and --fix, in every format', () => {
    const found: string[] = [];
    for (const format of LINT_FORMAT_NAMES) {
      found.push(...lintLeaks(['lint', '--fix-dry-run', '--format', format, '.']).found);
      // --fix on a copy of the redacted workspace, one per format.
      const copy = join(root, `fix-${format}`);
      cpSync(ws(), copy, { recursive: true });
      const { run, found: f } = lintLeaks(['lint', '--fix', '--format', format, '.'], copy);
      found.push(...f);
      assert.match(run.stderr, /^fixed \d+ problems? in /m, `${format}: --fix fixed nothing`);
      assert.match(run.stderr, /syntax error/, `${format}: --fix said nothing of the files it left alone`);
      rmSync(copy, { recursive: true, force: true });
    }
    assertNoLeak(found);
  });

  it('coopspec render: stdout and stderr of every request, refused, as a draft in every format, and as a memo', () => {
    const found: string[] = [];
    const out = join(root, 'letters');
    mkdirSync(out, { recursive: true });
    let requests = 0,
      refused = 0,
      lettersWithStrings = 0;
    for (const folder of FOLDERS) {
      const names = new Set<string>();
      for (const [file, r] of Object.entries(redacted)) {
        if (!file.startsWith(`${folder}/`)) continue;
        for (const m of r.text.matchAll(/^request ([A-Za-z][\w.-]*)/gm)) names.add(m[1]!);
      }
      for (const name of names) {
        requests++;
        const runs = [
          ['render', folder, '--request', name, '--format', 'md', '--out', join(out, `${name}.md`), '--force'],
          ...RENDER_FORMATS.map((f) => [
            'render',
            folder,
            '--request',
            name,
            '--draft',
            '--format',
            f.name,
            '--out',
            join(out, `${name}.draft.${f.extension}`),
            '--force',
          ]),
          ['render', folder, '--request', name, '--memo', '--format', 'md', '--out', join(out, `${name}.memo.md`), '--force'],
        ];
        for (const args of runs) {
          const { run, found: f } = lintLeaks(args);
          found.push(...f);
          if (run.code === 1) refused++;
          else if (run.code !== 0) assert.fail(`coopspec ${args.join(' ')}: exit ${run.code}: ${run.stderr}`);
        }
        if (findMarkers(readFileSync(join(out, `${name}.draft.md`), 'utf8')).length > 0) lettersWithStrings++;
      }
    }
    assertNoLeak(found);
    // Not vacuous: requests were refused and rendered, and the letters hold the (redacted) strings.
    assert.ok(
      requests >= 20 && refused >= 5 && lettersWithStrings >= 15,
      `${requests} requests, ${refused} refused, ${lettersWithStrings} letters with strings`,
    );
  });

  it('the language server: diagnostics, code action titles, logs, messages and stderr; no $/logTrace', async () => {
    const found: string[] = [];
    let diagnosticsSeen = 0;
    let actionsSeen = 0;
    for (const folder of [...FOLDERS, '.']) {
      const dir = join(ws(), folder);
      const client = await LspClient.start(dir);
      try {
        const files = coopFiles(dir);
        const uris = files.map(uriOf);
        files.forEach((f, i) => client.open(uris[i]!, readFileSync(f, 'utf8')));
        for (const uri of uris) {
          const diagnostics = await client.diagnosticsForVersion(uri, 1);
          const lines = readFileSync(new URL(uri), 'utf8').split(/\r\n|\r|\n/).length;
          const wholeFile = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
          const requests = [
            ...diagnostics.map((d) => ({ range: d.range, context: { diagnostics: [d] } })),
            { range: wholeFile, context: { diagnostics } },
            { range: wholeFile, context: { diagnostics, only: ['source.fixAll.coopspec'] } },
            { range: wholeFile, context: { diagnostics: [], only: ['source'] } },
          ];
          for (const r of requests) {
            const actions = await client.request<(CodeAction | Command)[] | null>('textDocument/codeAction', {
              textDocument: { uri },
              ...r,
            });
            for (const a of actions ?? []) {
              actionsSeen++;
              found.push(...leaks(`${folder}: code action title`, a.title));
              if ('command' in a && a.command && typeof a.command === 'object')
                found.push(...leaks(`${folder}: code action command title`, a.command.title));
              if ('disabled' in a && a.disabled) found.push(...leaks(`${folder}: code action disabled reason`, a.disabled.reason));
              if ('diagnostics' in a) found.push(...leaks(`${folder}: code action diagnostics`, JSON.stringify(a.diagnostics ?? [])));
            }
          }
        }
      } finally {
        await client.stop();
      }
      // Every publication, of every file (open or read from disk), every field.
      for (const [uri, publications] of client.diagnostics) {
        for (const p of publications) {
          diagnosticsSeen += p.diagnostics.length;
          for (const d of p.diagnostics) found.push(...leaks(`${folder}: diagnostic ${String(d.code)} of ${uri}`, JSON.stringify(d)));
        }
      }
      found.push(...leaks(`${folder}: window/logMessage`, client.logs.join('\n')));
      found.push(...leaks(`${folder}: window/showMessage`, client.messages.map((m) => m.message).join('\n')));
      found.push(...leaks(`${folder}: stderr`, client.stderr));
      assert.deepEqual(client.traces, [], `${folder}: the server sent $/logTrace without being asked`);
      assert.ok(client.logs.length > 0, `${folder}: the server logged nothing, so its log was not checked`);
    }
    assertNoLeak(found);
    assert.ok(diagnosticsSeen > 200, `only ${diagnosticsSeen} diagnostics`);
    assert.ok(actionsSeen > 500, `only ${actionsSeen} code actions`);
  });

  it('the language server with pull diagnostics: document and workspace reports, code lenses, their explanation, "Lint workspace"', async () => {
    const found: string[] = [];
    const client = await LspClient.start(ws(), {
      capabilities: {
        ...FULL_CAPABILITIES,
        workspace: { ...FULL_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
        textDocument: { ...FULL_CAPABILITIES.textDocument, diagnostic: {} },
      },
    });
    let items = 0;
    try {
      const token = 'privacy-workspace';
      const source = new CancellationTokenSource();
      const pending = client.conn.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: token }, source.token);
      const files = coopFiles(ws());
      // Half the files open (pulled), the rest through the workspace channel.
      for (const f of files.filter((_f, i) => i % 2 === 0)) {
        const uri = uriOf(f);
        client.open(uri, readFileSync(f, 'utf8'));
        const report = await client.request<{ items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
        items += report.items?.length ?? 0;
        found.push(...leaks(`document report of ${uri}`, JSON.stringify(report)));
        const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        for (const l of lenses) {
          found.push(...leaks(`code lens of ${uri}`, JSON.stringify(l)));
          await client.request('workspace/executeCommand', { command: l.command!.command, arguments: l.command!.arguments });
        }
      }
      found.push(
        ...leaks(
          '"Lint workspace"',
          JSON.stringify(await client.request('workspace/executeCommand', { command: 'coopspec.server.lintWorkspace', arguments: [] })),
        ),
      );
      await client.until(() => client.progress.some((p) => (p as { token?: string }).token === token), 'the workspace report');
      const streamed = JSON.stringify(client.progress.filter((p) => (p as { token?: string }).token === token));
      items += (streamed.match(/"code":"CR\d{3}"/g) ?? []).length;
      found.push(...leaks('workspace report', streamed));
      source.cancel();
      await pending.then(
        () => undefined,
        () => undefined,
      );
    } finally {
      await client.stop();
    }
    found.push(...leaks('window/showMessage', client.messages.map((m) => m.message).join('\n')));
    found.push(...leaks('window/logMessage', client.logs.join('\n')));
    for (const publications of client.diagnostics.values())
      for (const p of publications) found.push(...leaks('diagnostic', JSON.stringify(p)));
    assertNoLeak(found);
    assert.ok(items > 200, `only ${items} diagnostics`);
    assert.ok(
      client.messages.some((m) => /checklist of/.test(m.message)),
      'the code lens explanations were sent',
    );
  });
});

/** stderr of --fix-dry-run without the unified diffs it prints (the `--- a/`…`+++ b/` header and its hunks). */
function withoutDiffs(stderr: string): string {
  const out: string[] = [];
  let inDiff = false;
  for (const line of stderr.split('\n')) {
    if (line.startsWith('--- a/')) inDiff = true;
    else if (inDiff && !/^(\+\+\+ b\/|@@ |[ +\\-])/.test(line)) inDiff = false;
    if (!inDiff) out.push(line);
  }
  return out.join('\n');
}

/** A pattern matching the original of a redacted text: its parts around the markers, in order, with anything between. */
function outsideStrings(redactedText: string): RegExp {
  const parts = redactedText.split(/SECRET\d+X[\r\n]*/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^]*?')}$`);
}
