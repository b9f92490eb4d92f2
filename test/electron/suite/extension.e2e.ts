// Extension host tests (run inside VS Code by test/client/electron.test.ts): the extension
// activates on a .coop file, the language server's diagnostics match the example's `#!` markers,
// hovering an article shows its text, and the CR101 quick fix inserts the ground and clears the
// finding; "Lint workspace" has the server report every file, once, and "Explain rule" opens a
// rule's page; new files indent by two spaces. The workspace is a copy of
// examples/flawed/missing-grounds.

import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseArticleRef, renderArticle } from '../../../server/src/language/articles';
import { GROUNDS } from '../../../server/src/language/words';

const EXTENSION_ID = 'coopspec.coopspec';

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 10 * 60_000,
  state?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}${state ? `; ${state()}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function coopDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'coopspec');
}

/** `line RULE` (1-based) for every `#! CRnnn` marker of the text. */
function markers(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /#!\s*((?:CR\d{3}\s*)+)$/.exec(line);
    if (m) for (const id of m[1]!.trim().split(/\s+/)) out.push(`${i + 1} ${id}`);
  });
  return out.sort();
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('CoopSpec in VS Code', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace folder is not open');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'extradition.coop'));
    await vscode.window.showTextDocument(doc);
  });

  it('activates on opening a .coop file', async () => {
    assert.equal(doc.languageId, 'coopspec');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    await waitFor('the extension to activate', () => ext.isActive);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(
      commands.includes('coopspec.lintWorkspace') &&
        commands.includes('coopspec.explainRule') &&
        commands.includes('coopspec.showChecklist'),
    );
  });

  it('shows exactly the findings the example marks, each linked to its rule page', async () => {
    const want = markers(doc.getText());
    assert.ok(want.length > 0, 'the example has no markers');
    const got = await waitFor('diagnostics', () => {
      const d = coopDiagnostics(doc.uri);
      return d.length >= want.length ? d : undefined;
    });
    assert.deepEqual(got.map((d) => `${d.range.start.line + 1} ${ruleOf(d)}`).sort(), want);
    for (const d of got) {
      assert.ok(typeof d.code === 'object', 'the code has a link to the rule page');
      // The link runs "Explain rule", which renders the page shipped in the extension (offline).
      assert.equal(d.code.target.scheme, 'command');
      assert.equal(d.code.target.path, 'coopspec.explainRule');
      assert.deepEqual(JSON.parse(decodeURIComponent(d.code.target.query)), [ruleOf(d)]);
    }
  });

  it('shows the text of an article on hover', async () => {
    const line = doc
      .getText()
      .split(/\r?\n/)
      .findIndex((l) => /basis:\s*budapest art 24\b/.test(l));
    assert.ok(line >= 0, 'the example has no "basis: budapest art 24"');
    const character = doc.lineAt(line).text.indexOf('art 24') + 4;
    const hovers = await waitFor('a hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        new vscode.Position(line, character),
      );
      return h.length ? h : undefined;
    });
    const text = hoverText(hovers);
    const article = renderArticle(parseArticleRef('budapest art 24')!);
    assert.ok(text.includes(article.citation), `the hover does not cite ${article.citation}:\n${text}`);
    assert.ok(text.length > article.citation.length + 100, `the hover shows no article text:\n${text}`);
  });

  it('"CoopSpec: Lint workspace" has the server report the workspace: every finding once, no task', async function () {
    this.timeout(90_000);
    let tasks = 0;
    const started = vscode.tasks.onDidStartTask(() => {
      tasks++;
    });
    try {
      const counts = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number; infos: number }>(
        'coopspec.lintWorkspace',
      );
      assert.ok(counts && counts.files >= 1, `the server's counts: ${JSON.stringify(counts)}`);
      const want = markers(doc.getText());
      const all = vscode.languages.getDiagnostics(doc.uri);
      assert.deepEqual(all.map((d) => `${d.range.start.line + 1} ${ruleOf(d)}`).sort(), want, 'each finding once, from the server alone');
      assert.ok(all.every((d) => d.source === 'coopspec'));
      assert.equal(counts.errors + counts.warnings + counts.infos, want.length);
      assert.equal(tasks, 0, 'no task ran');
    } finally {
      started.dispose();
    }
  });

  it('the "coopspec" lint task runs the CLI in a terminal, ends with exit code 0 and adds no problem beside the server\'s', async function () {
    this.timeout(90_000);
    const [task] = await vscode.tasks.fetchTasks({ type: 'coopspec' });
    assert.ok(task, 'no coopspec task is provided');
    assert.deepEqual(task.problemMatchers, [], 'no problem matcher: the server lists the findings');
    const args = (task.execution as vscode.ProcessExecution).args;
    assert.ok(args.includes('--exit-zero'), args.join(' '));
    const before = vscode.languages.getDiagnostics(doc.uri).length;
    let exitCode: number | undefined;
    const ended = vscode.tasks.onDidEndTaskProcess((e) => {
      if (e.execution.task.definition.type === 'coopspec') exitCode = e.exitCode;
    });
    try {
      await vscode.tasks.executeTask(task);
      await waitFor('the task to end', () => exitCode !== undefined, 60_000);
      assert.equal(exitCode, 0, 'findings do not make the task fail');
      assert.equal(vscode.languages.getDiagnostics(doc.uri).length, before, 'nothing listed twice');
    } finally {
      ended.dispose();
    }
  });

  it('indents CoopSpec files by two spaces, as every example does', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'coopspec' });
    assert.equal(editor.get('tabSize'), 2);
    assert.equal(editor.get('insertSpaces'), true);
  });

  it('"CoopSpec: Explain rule" opens the rule\'s page in the Markdown preview', async () => {
    await vscode.commands.executeCommand('coopspec.explainRule', 'missing-refusal-ground');
    await waitFor('the preview of CR101.md', () =>
      vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label.includes('CR101.md'))),
    );
  });

  it('applies the CR101 quick fix: the missing ground is inserted and its finding disappears', async () => {
    const before = await waitFor('CR101 findings', () => {
      const d = coopDiagnostics(doc.uri).filter((x) => ruleOf(x) === 'CR101');
      return d.length ? d : undefined;
    });
    const target = before[0]!;
    const ground = [...GROUNDS.keys()].find((g) => target.message.includes(`"${g}"`));
    assert.ok(ground, `the CR101 message names no ground: ${target.message}`);
    // The API command returns actions without their diagnostics: the fix is the one naming the ground.
    // Ask until it is offered: the editor passes the diagnostics it holds for the range at that
    // moment, and while they are being republished it may hold none.
    let offered: string[] = [];
    const fix = await waitFor(
      `a quick fix inserting ${ground}`,
      async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          target.range,
          vscode.CodeActionKind.QuickFix.value,
        );
        offered = actions.map((a) => a.title);
        return actions.find((a) => a.edit && a.title.includes(ground) && !/^disable/i.test(a.title));
      },
      30_000,
      () => `offered: ${offered.join('; ')}`,
    );
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
    assert.match(doc.getText(), new RegExp(`\\b${ground}:\\s*unassessed\\b`));
    await waitFor(
      'the finding to disappear',
      () => {
        const after = coopDiagnostics(doc.uri).filter((x) => ruleOf(x) === 'CR101');
        return after.length === before.length - 1 && !after.some((d) => d.message === target.message);
      },
      30_000,
      () =>
        `CR101 now: ${coopDiagnostics(doc.uri)
          .filter((x) => ruleOf(x) === 'CR101')
          .map((d) => d.message)
          .join(' | ')}`,
    );
  });
});
