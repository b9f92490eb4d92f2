// Runs the extension-host suite (suite/) inside code-server: VS Code's own extension host, served
// to Debian's Chromium driven by playwright-core. The workbench opens with the development payload
// VS Code uses for an Extension Development Host window (extensionDevelopmentPath and
// extensionTestsPath as vscode-remote URIs), so the extension is loaded from the repository and the
// suite runs in the extension host; suite/index.ts writes each test's outcome to a file.

import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SuiteResult {
  failures: number;
  results: { title: string; state: 'passed' | 'failed'; error?: string }[];
}

export interface CodeServerRun {
  codeServer: string;
  chromium: string;
  /** The repository: the extension under development (dist/ built). */
  extension: string;
  /** out/electron/index.js */
  tests: string;
  /** A folder copied as the workspace. */
  fixture: string;
  /** Where to keep the log and a screenshot when the run fails. */
  artifacts: string;
  timeoutMs: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* gone */
      }
      resolve();
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export async function runSuiteInCodeServer(run: CodeServerRun): Promise<SuiteResult> {
  const { chromium } = await import('playwright-core');
  const base = mkdtempSync(join(tmpdir(), 'coopspec-exthost-'));
  const userData = join(base, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off' }),
  );
  const workspace = join(base, 'workspace');
  cpSync(run.fixture, workspace, { recursive: true });
  const config = join(base, 'code-server.yaml');
  writeFileSync(config, '');
  const resultFile = join(base, 'result.json');
  const logFile = join(base, 'code-server.log');
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(
    run.codeServer,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      join(base, 'extensions'),
      '--config',
      config,
    ],
    {
      cwd: base,
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: join(base, 'xdg-config'),
        XDG_DATA_HOME: join(base, 'xdg-data'),
        COOPSPEC_EXTENSION_TESTS_RESULT: resultFile,
      },
    },
  );
  closeSync(log);
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  let ok = false;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, run.timeoutMs);
    browser = await chromium.launch({
      executablePath: run.chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage();
    const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(run.extension)],
      ['extensionTestsPath', remote(run.tests)],
    ]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const deadline = Date.now() + run.timeoutMs;
    while (!existsSync(resultFile)) {
      if (Date.now() > deadline) {
        await page.screenshot({ path: join(base, 'screenshot.png') }).catch(() => undefined);
        throw new Error(`the extension host tests did not finish within ${run.timeoutMs} ms`);
      }
      if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
      await sleep(500);
    }
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as SuiteResult;
    ok = result.failures === 0;
    if (!ok) await page.screenshot({ path: join(base, 'screenshot.png') }).catch(() => undefined);
    return result;
  } finally {
    await browser?.close().catch(() => undefined);
    await stop(child);
    if (!ok) {
      mkdirSync(run.artifacts, { recursive: true });
      for (const f of ['code-server.log', 'screenshot.png']) if (existsSync(join(base, f))) cpSync(join(base, f), join(run.artifacts, f));
    }
    rmSync(base, { recursive: true, force: true });
  }
}
