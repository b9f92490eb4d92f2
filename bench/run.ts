// npm run bench: generates the benchmark workspaces from examples/clean, measures the CLI and the
// language server, and writes docs/performance.md. Medians of several runs; nothing is asserted —
// the targets are reported beside the figures.
//   npm run bench -- --quick                smaller sizes and fewer runs (for trying changes)
//   npm run bench -- --baseline DIR         also measure the build in DIR (a clone of another
//                                           commit, built: DIR/dist/cli.js and DIR/dist/server.js),
//                                           in the same run, alternating with this build, and
//                                           report this build's figures as ratios of it

import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { generateBigFile, generateCopies } from './generate';
import { BenchClient } from './lsp';
import { crossFileWorkspace, NO_OFFENCES, OFFENCES } from '../test/support/crossfile';

const ROOT = join(__dirname, '..');
const WS = join(__dirname, 'workspaces');
const OUT = join(__dirname, 'out');
const quick = process.argv.includes('--quick');
const baselineArg = process.argv.indexOf('--baseline');
const BASELINE = baselineArg > 0 ? process.argv[baselineArg + 1] : undefined;
const SIZES = quick ? [100, 400] : [100, 1000, 4000, 5000];
const RUNS = quick ? 2 : 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/** Run `node [rss.cjs] script args`, return wall ms and peak RSS in MB. */
function timeNode(script: string, args: string[]): { ms: number; rssMb: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(__dirname, 'rss.cjs'), script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${script} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  const kb = Number(/maxrss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { ms, rssMb: kb / 1024 };
}

function measure(script: string, args: string[], runs = RUNS): { ms: number; rssMb: number } {
  const results = Array.from({ length: runs }, () => timeNode(script, args));
  return { ms: median(results.map((r) => r.ms)), rssMb: Math.max(...results.map((r) => r.rssMb)) };
}

/** A build that publishes as soon as it has analysed: its delay is 0 (older builds take no option). */
const NOW = { delay: 0 };

async function serverStartup(dir: string, openFile: string, root = ROOT): Promise<{ ms: number; rssMb: number }> {
  const client = new BenchClient(join(root, 'dist', 'server.js'));
  const uri = pathToFileURL(openFile).href;
  const t0 = performance.now();
  const first = client.nextDiagnostics(uri);
  await client.initialize(pathToFileURL(dir).href, NOW);
  client.open(uri, openFile);
  const p = await first;
  const ms = p.at - t0;
  const rssMb = client.peakRssKb() / 1024;
  await client.stop();
  return { ms, rssMb };
}

/**
 * Every file of a workspace checked and reported ("Lint workspace" answers once nothing is left to
 * report): how long from initialize, and the peak RSS then.
 */
async function serverChecked(dir: string, openFile: string): Promise<{ ms: number; rssMb: number }> {
  const client = new BenchClient(join(ROOT, 'dist', 'server.js'));
  const uri = pathToFileURL(openFile).href;
  const t0 = performance.now();
  const first = client.nextDiagnostics(uri);
  await client.initialize(pathToFileURL(dir).href, NOW);
  client.open(uri, openFile);
  await first;
  await client.conn.sendRequest('workspace/executeCommand', { command: 'coopspec.server.lintWorkspace', arguments: [] });
  const ms = performance.now() - t0;
  const rssMb = client.peakRssKb() / 1024;
  await client.stop();
  return { ms, rssMb };
}

/** The open file's first diagnostics with scope openFiles (the files not open are read, not checked): peak RSS. */
async function serverOpenFilesOnly(dir: string, openFile: string): Promise<{ rssMb: number }> {
  const client = new BenchClient(join(ROOT, 'dist', 'server.js'));
  const uri = pathToFileURL(openFile).href;
  const first = client.nextDiagnostics(uri);
  await client.initialize(pathToFileURL(dir).href, { delay: 0, scope: 'openFiles' });
  client.open(uri, openFile);
  await first;
  const rssMb = client.peakRssKb() / 1024;
  await client.stop();
  return { rssMb };
}

/**
 * Keystroke latency: one-character edits inside a string literal, each followed by fresh
 * diagnostics, with the server publishing as soon as it has analysed (delay 0): the cost of the
 * analysis itself.
 */
async function keystrokes(dir: string, file: string, edits: number, root = ROOT): Promise<{ p50: number; p95: number; rssMb: number }> {
  const client = new BenchClient(join(root, 'dist', 'server.js'));
  const uri = pathToFileURL(file).href;
  const initial = client.nextDiagnostics(uri);
  await client.initialize(pathToFileURL(dir).href, NOW);
  client.open(uri, file);
  await initial;
  const lines = readFileSync(file, 'utf8').split('\n');
  // Edit inside `title: "…"` strings spread over the file, so each edit re-parses one declaration.
  const targets = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\s*(title|facts|purpose): "/.test(l));
  const lat: number[] = [];
  let version = 1;
  for (let k = 0; k < edits; k++) {
    const t = targets[Math.floor((k * 7919) % targets.length)]!;
    const col = t.l.indexOf('"') + 1;
    const next = client.nextDiagnostics(uri);
    const start = performance.now();
    client.change(uri, ++version, t.i, col, k % 2 ? '' : 'x', k % 2 ? 1 : 0);
    const p = await next;
    lat.push(p.at - start);
    if (k % 2 === 0) {
      /* the next edit removes the character again */
    }
  }
  const rssMb = client.peakRssKb() / 1024;
  await client.stop();
  return { p50: percentile(lat, 50), p95: percentile(lat, 95), rssMb };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Keystrokes of a burst and the time between them (a quick typist: 60 ms a key). */
const BURST = 8;
const KEY_INTERVAL_MS = 60;

/**
 * Pause → fresh findings, with the server's defaults (it publishes once the typist pauses): bursts
 * of keystrokes typed into a string of the file, each measured from its last keystroke to the
 * publication of that version.
 */
async function pauses(dir: string, file: string, bursts: number): Promise<{ p50: number; p95: number; published: number }> {
  const client = new BenchClient(join(ROOT, 'dist', 'server.js'));
  const uri = pathToFileURL(file).href;
  const initial = client.nextDiagnostics(uri);
  await client.initialize(pathToFileURL(dir).href);
  client.open(uri, file);
  await initial;
  const lines = readFileSync(file, 'utf8').split('\n');
  const targets = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\s*(title|facts|purpose): "/.test(l));
  const lat: number[] = [];
  let version = 1,
    published = 0;
  const count = (): void => {
    published++;
  };
  for (let b = 0; b < bursts; b++) {
    const t = targets[Math.floor((b * 7919) % targets.length)]!;
    const col = t.l.indexOf('"') + 1;
    for (let k = 0; k < BURST; k++) {
      client.change(uri, ++version, t.i, col + k, 'x');
      if (k < BURST - 1) await sleep(KEY_INTERVAL_MS);
    }
    const last = performance.now();
    const typed = version;
    const p = await client.diagnosticsWhere(uri, (x) => {
      count();
      return (x.version ?? 0) >= typed;
    });
    lat.push(p.at - last);
    // Delete the burst again (one change) and let it be published, unmeasured.
    client.change(uri, ++version, t.i, col, '', BURST);
    const removed = version;
    await client.diagnosticsWhere(uri, (x) => {
      count();
      return (x.version ?? 0) >= removed;
    });
  }
  await client.stop();
  return { p50: percentile(lat, 50), p95: percentile(lat, 95), published };
}

/**
 * An edit in an open file → its consequence in a closed file, with the server's defaults: the
 * offence removed from an extradition request (open), the CR201 of the trial that charges it
 * (closed); and the edit undone → the trial cleared. Measured from the edit to the publication.
 */
async function crossFile(rounds: number): Promise<{ p50: number; p95: number }> {
  const dir = join(WS, 'cross-file');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { request, trial } = crossFileWorkspace(dir);
  const text = readFileSync(request, 'utf8');
  const at = text.indexOf(OFFENCES);
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - text.lastIndexOf('\n', at - 1) - 1;
  const client = new BenchClient(join(ROOT, 'dist', 'server.js'));
  const requestUri = pathToFileURL(request).href;
  const trialUri = pathToFileURL(trial).href;
  const initial = client.nextDiagnostics(requestUri);
  await client.initialize(pathToFileURL(dir).href);
  client.open(requestUri, request, text);
  await initial;
  const lat: number[] = [];
  let version = 1;
  for (let r = 0; r < rounds; r++) {
    const broken = client.diagnosticsWhere(trialUri, (p) => p.count > 0);
    let t0 = performance.now();
    client.change(requestUri, ++version, line, character, NO_OFFENCES, OFFENCES.length);
    lat.push((await broken).at - t0);
    const cleared = client.diagnosticsWhere(trialUri, (p) => p.count === 0);
    t0 = performance.now();
    client.change(requestUri, ++version, line, character, OFFENCES, NO_OFFENCES.length);
    lat.push((await cleared).at - t0);
  }
  await client.stop();
  return { p50: percentile(lat, 50), p95: percentile(lat, 95) };
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { stdio: 'inherit' });
  await esbuild.build({
    entryPoints: [join(__dirname, 'parse-only.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: join(OUT, 'parse-only.js'),
    logLevel: 'warning',
  });
  const cli = join(ROOT, 'dist', 'cli.js');

  console.log('generating workspaces …');
  const workspaces = SIZES.map((n) => ({ copies: n, ...generateCopies(join(WS, `copies-${n}`), n) }));
  const big = generateBigFile(join(WS, 'big-file'), 10000);

  // Sanity: the generated copies are a valid workspace with no findings.
  const check = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', workspaces[0]!.dir], { encoding: 'utf8' });
  const { summary } = JSON.parse(check.stdout) as { summary: { error: number; warning: number; info: number } };
  if (summary.error + summary.warning + summary.info !== 0)
    throw new Error(`the generated workspace has findings: ${JSON.stringify(summary)}`);

  const rows: string[] = [];
  const cliResults: { copies: number; lines: number; lint: number; floor: number; parse: number; rss: number }[] = [];
  for (const w of workspaces) {
    console.log(`CLI: ${w.copies} copies (${w.lines} lines) …`);
    const floor = measure(join(__dirname, 'floor.cjs'), [w.dir]);
    const parse = measure(join(OUT, 'parse-only.js'), [w.dir]);
    const lint = measure(cli, ['lint', '--format', 'json', w.dir]);
    cliResults.push({ copies: w.copies, lines: w.lines, lint: lint.ms, floor: floor.ms, parse: parse.ms, rss: lint.rssMb });
  }
  for (const r of cliResults) {
    rows.push(
      `| ${r.copies.toLocaleString('en')} | ${r.lines.toLocaleString('en')} | ${fmt(r.floor)} | ${fmt(r.parse)} | ${fmt(r.lint)} | ${Math.round(r.lines / (r.lint / 1000)).toLocaleString('en')} | ${(r.lint / r.floor).toFixed(1)}× | ${Math.round(r.rss)} MB |`,
    );
  }

  console.log('CLI: 10,000-line file …');
  const bigLint = measure(cli, ['lint', '--format', 'json', big.file]);
  const bigFloor = measure(join(__dirname, 'floor.cjs'), [big.file]);
  const bigParse = measure(join(OUT, 'parse-only.js'), [big.file]);

  const w1000 = workspaces.find((w) => w.copies === (quick ? 400 : 1000))!;
  const w5000 = workspaces[workspaces.length - 1]!;
  console.log('server: start-up …');
  const startups = [];
  for (let i = 0; i < RUNS; i++)
    startups.push(await serverStartup(w1000.dir, join(w1000.dir, 'copy-00000', 'ransomware-extradition.coop')));
  const startup = { ms: median(startups.map((s) => s.ms)), rssMb: Math.max(...startups.map((s) => s.rssMb)) };
  console.log('server: keystrokes in the 10,000-line file …');
  const kBig = await keystrokes(join(WS, 'big-file'), big.file, quick ? 20 : 60);
  console.log(`server: keystrokes in one file of the ${w5000.copies}-copy workspace …`);
  const kWs = await keystrokes(w5000.dir, join(w5000.dir, 'copy-00042', 'ransomware-extradition.coop'), quick ? 20 : 60);
  console.log('server: pause → fresh findings in the 10,000-line file …');
  const pause = await pauses(join(WS, 'big-file'), big.file, quick ? 10 : 40);
  console.log('server: an edit in an open file → the finding in a closed file …');
  const cross = await crossFile(quick ? 5 : 20);
  const memWs = await serverStartup(w5000.dir, join(w5000.dir, 'copy-00000', 'ransomware-extradition.coop'));
  console.log(`server: every file of the ${w5000.copies}-copy workspace checked, and with the open files only …`);
  const checked = await serverChecked(w5000.dir, join(w5000.dir, 'copy-00000', 'ransomware-extradition.coop'));
  const openOnly = await serverOpenFilesOnly(w5000.dir, join(w5000.dir, 'copy-00000', 'ransomware-extradition.coop'));
  const rssWs = Math.max(memWs.rssMb, kWs.rssMb, checked.rssMb);

  const r1000 = cliResults.find((r) => r.copies === (quick ? 400 : 1000))!;
  const r4000 = cliResults.find((r) => r.copies === 4000);
  const ratio = r1000.lint / r1000.floor;
  const scaling = r4000 ? r4000.lint / r1000.lint : undefined;
  const mark = (ok: boolean): string => (ok ? 'met' : '**missed**');

  const comparison = BASELINE ? await compareWithBaseline(BASELINE, cli, w1000, big) : '';

  const md = `# Performance

Measured by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}.${quick ? ' **Quick run (--quick): smaller sizes, fewer runs.**' : ''}
Workspaces are generated from \`examples/clean\` (every declared name suffixed per copy; party
declarations in the first copy only), so every copy is checked by every rule and the whole
workspace lints with no findings. Times are medians of ${RUNS} runs, wall clock, including Node's start-up.
The server publishes 300 ms after the typist's last keystroke; the keystroke and start-up figures
are measured with that delay set to 0 (the cost of the analysis), the pause figures with the
default: bursts of ${BURST} keystrokes ${KEY_INTERVAL_MS} ms apart, from the last keystroke to the publication.

## CLI: \`coopspec lint --format json DIR\`

The floor is a Node process that finds the same files, reads them and splits them into words;
"parse" finds, reads and parses them (chunks + peggy) without running any rule.

| copies | lines | floor | parse | lint | lines/s | lint ÷ floor | peak RSS |
|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

One file of ${big.lines.toLocaleString('en')} lines: floor ${fmt(bigFloor.ms)}, parse ${fmt(bigParse.ms)}, lint ${fmt(bigLint.ms)} (peak RSS ${Math.round(bigLint.rssMb)} MB).

## Language server (\`coopspec-language-server --stdio\`)

| measure | result |
|---|---:|
| \`initialize\` → first diagnostics, ${w1000.copies.toLocaleString('en')}-copy workspace (${w1000.lines.toLocaleString('en')} lines, every file read at start) | ${fmt(startup.ms)} |
| one-character \`didChange\` → fresh diagnostics, ${big.lines.toLocaleString('en')}-line file: p50 / p95 | ${fmt(kBig.p50)} / ${fmt(kBig.p95)} |
| one-character \`didChange\` → fresh diagnostics, one file of the ${w5000.copies.toLocaleString('en')}-copy workspace: p50 / p95 | ${fmt(kWs.p50)} / ${fmt(kWs.p95)} |
| the typist's pause → fresh findings, ${big.lines.toLocaleString('en')}-line file, default delay (300 ms): p50 / p95 | ${fmt(pause.p50)} / ${fmt(pause.p95)} |
| an edit in an open file → its finding in a closed file (or cleared), default delay: p50 / p95 | ${fmt(cross.p50)} / ${fmt(cross.p95)} |
| peak RSS, ${w1000.copies.toLocaleString('en')}-copy workspace | ${Math.round(startup.rssMb)} MB |
| \`initialize\` → every file of the ${w5000.copies.toLocaleString('en')}-copy workspace checked and reported | ${fmt(checked.ms)} |
| peak RSS, ${w5000.copies.toLocaleString('en')}-copy workspace (${w5000.lines.toLocaleString('en')} lines), every file checked | ${Math.round(rssWs)} MB |
| peak RSS, ${w5000.copies.toLocaleString('en')}-copy workspace, \`coopspec.diagnostics.scope: openFiles\` | ${Math.round(openOnly.rssMb)} MB |
| peak RSS, ${big.lines.toLocaleString('en')}-line file | ${Math.round(kBig.rssMb)} MB |

## Targets (issues 5 and 13)

| target | measured | |
|---|---:|---|
| CLI, ${w1000.copies.toLocaleString('en')} copies: lint ≤ 10 × floor | ${ratio.toFixed(1)}× | ${mark(ratio <= 10)} |
| CLI: 4 × the work (1,000 → 4,000 copies) ≤ 4.5 × the time | ${scaling ? `${scaling.toFixed(2)}×` : 'not measured in --quick'} | ${scaling ? mark(scaling <= 4.5) : ''} |
| server p95 keystroke → diagnostics, 10,000-line file < 50 ms | ${fmt(kBig.p95)} | ${mark(kBig.p95 < 50)} |
| server p95 keystroke → diagnostics, ${w5000.copies.toLocaleString('en')}-copy workspace < 100 ms | ${fmt(kWs.p95)} | ${mark(kWs.p95 < 100)} |
| server p95 pause → fresh findings, ${big.lines.toLocaleString('en')}-line file ≤ 500 ms (issue 13) | ${fmt(pause.p95)} | ${mark(pause.p95 <= 500)} |
| server p95 edit in an open file → finding in a closed file ≤ 1 s (issue 13) | ${fmt(cross.p95)} | ${mark(cross.p95 <= 1000)} |
| server first diagnostics, ${w1000.copies.toLocaleString('en')}-copy workspace ≤ 3 s | ${fmt(startup.ms)} | ${mark(startup.ms <= 3000)} |
| server RSS, ${w5000.copies.toLocaleString('en')}-copy workspace < 400 MB (every file checked) | ${Math.round(rssWs)} MB | ${mark(rssWs < 400)} |
${comparison}${NOTES}`;
  // A quick run is for trying a change: it does not replace the committed figures.
  writeFileSync(quick ? join(OUT, 'performance-quick.md') : join(ROOT, 'docs', 'performance.md'), md);
  console.log(md);
}

const NOTES = `
## What the profile shows

- **Parsing is most of the cost.** In the CLI on 1,000 copies, parsing (peggy, cold JIT) takes about
  half the time and the rules about a seventh; the rest is Node's start-up, reading files and
  writing the output. Warm, the parser reads about 190,000 lines a second.
- **The grammar is left-factored** (an entry's key and a word-led value are parsed once, strings and
  whitespace match runs) and has no packrat cache: with peggy's cache (\`--cache\`) the parser took
  four to five times as long on the 10,000-line file, since the grammar rarely tries the same rule
  twice at one place.
- **Locations are offsets** relative to each chunk; line and column are computed only when a host
  shows a finding.
- **Incremental analysis:** a keystroke re-parses only the chunk (declaration) it touches and
  re-runs only the rules of declarations whose inputs changed, in any file (the dependency keys of
  docs/architecture.md). That is why a keystroke in a 500,000-line workspace costs a few
  milliseconds.
- **Run-to-run variance is large on this machine.** Three consecutive runs of the same build on
  2026-11-27 gave first diagnostics of 3.16 s, 2.27 s and 2.01 s (the first over the 3 s target),
  CLI lint ÷ floor of 7.9×, 7.5× and 9.9× (the floor itself moves by a third between runs), and p95
  keystroke latencies of 20/21/15 ms (10,209-line file) and 7.5/6.0/5.1 ms (5,000 copies). The
  table above is the last of them; compare figures across runs, not within one.
- **Publishing waits for the pause.** A typed change restarts a 300 ms timer; the findings of the
  burst are published once, when it fires, for the last version, so the pause → findings figure is
  that delay plus the analysis. Files that are not open are reported too, and an edit shows in a
  closed file it affects in about the same time. At start-up the server checks every file of the
  workspace, 50 files a turn between edits: keystrokes made meanwhile wait for one such turn, which
  is what the keystroke figures of the 5,000-copy workspace show (they are measured during that
  sweep), and the workspace's rule results stay in memory (the peak RSS). With
  \`coopspec.diagnostics.scope: openFiles\` the server checks the open files only.
- **No worker threads:** the syntax tree of a chunk must come back to the main thread, and copying
  it (structured clone) costs 60 to 100% of parsing it; on two cores that leaves little to gain.
- **Linear-time rules:** every lookup goes through the name index. Three quadratic paths found with
  inputs built to expose them (sorting a name's declarations on every lookup, suggestions for a
  misspelt name computed per reference, a document's line break recounted per fix) were removed;
  \`test/reliability/properties.test.ts\` keeps them out.
`;

/**
 * This build against a baseline build, measured in the same run on the same workspaces, each
 * measure alternating between the two builds so that a change in the machine's load falls on both.
 */
async function compareWithBaseline(
  baseline: string,
  cli: string,
  w: { copies: number; dir: string; lines: number },
  big: { file: string; lines: number },
): Promise<string> {
  const baseCli = join(baseline, 'dist', 'cli.js');
  const label = spawnSync(process.execPath, [baseCli, '--version'], { encoding: 'utf8' }).stdout.trim() || baseline;
  const commit = spawnSync('git', ['-C', baseline, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const runs = quick ? 3 : 5;
  const pair = async <T>(what: string, f: (root: string) => Promise<T> | T): Promise<{ ours: T[]; theirs: T[] }> => {
    console.log(`baseline: ${what} …`);
    const ours: T[] = [],
      theirs: T[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await f(ROOT));
      theirs.push(await f(baseline));
    }
    return { ours, theirs };
  };
  const rows: { what: string; ours: number; theirs: number }[] = [];
  const lint = await pair(
    `CLI, ${w.copies} copies`,
    (root) => timeNode(root === ROOT ? cli : baseCli, ['lint', '--format', 'json', w.dir]).ms,
  );
  rows.push({
    what: `CLI lint, ${w.copies.toLocaleString('en')} copies (${w.lines.toLocaleString('en')} lines)`,
    ours: median(lint.ours),
    theirs: median(lint.theirs),
  });
  const bigLint = await pair(
    'CLI, the big file',
    (root) => timeNode(root === ROOT ? cli : baseCli, ['lint', '--format', 'json', big.file]).ms,
  );
  rows.push({
    what: `CLI lint, one ${big.lines.toLocaleString('en')}-line file`,
    ours: median(bigLint.ours),
    theirs: median(bigLint.theirs),
  });
  const start = await pair('server start-up', (root) =>
    serverStartup(w.dir, join(w.dir, 'copy-00000', 'ransomware-extradition.coop'), root),
  );
  rows.push({
    what: `server first diagnostics, ${w.copies.toLocaleString('en')} copies`,
    ours: median(start.ours.map((x) => x.ms)),
    theirs: median(start.theirs.map((x) => x.ms)),
  });
  const keys = await pair('server keystrokes', (root) => keystrokes(join(WS, 'big-file'), big.file, quick ? 20 : 40, root));
  rows.push({
    what: `server p50 keystroke → diagnostics, ${big.lines.toLocaleString('en')}-line file`,
    ours: median(keys.ours.map((x) => x.p50)),
    theirs: median(keys.theirs.map((x) => x.p50)),
  });
  rows.push({
    what: `server p95 keystroke → diagnostics, ${big.lines.toLocaleString('en')}-line file`,
    ours: median(keys.ours.map((x) => x.p95)),
    theirs: median(keys.theirs.map((x) => x.p95)),
  });
  rows.push({
    what: `server peak RSS, ${w.copies.toLocaleString('en')} copies (MB)`,
    ours: Math.max(...start.ours.map((x) => x.rssMb)),
    theirs: Math.max(...start.theirs.map((x) => x.rssMb)),
  });
  const cell = (r: { what: string; ours: number; theirs: number }): string =>
    r.what.endsWith('(MB)') ? `${Math.round(r.ours)} MB | ${Math.round(r.theirs)} MB` : `${fmt(r.ours)} | ${fmt(r.theirs)}`;
  return `
## Against the baseline ${commit ? `(commit ${commit}, ` : '('}${label})

Measured in the same run, alternating between the two builds on the same workspaces (medians of
${runs} runs each). The baseline build lints the same files; its rules are those of its own version.

| measure | this build | baseline | ratio |
|---|---:|---:|---:|
${rows.map((r) => `| ${r.what} | ${cell(r)} | ${(r.ours / r.theirs).toFixed(2)}× |`).join('\n')}
`;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`bench: ${(e as Error).message}`);
    process.exit(2);
  },
);
