// Configuration and file watching over stdio: coopspec.json severities, a broken coopspec.json,
// the editor's coopspec.rules, and *.coop / coopspec.json files created, changed and deleted on disk.

import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EXAMPLES } from '../support/lint';
import { ensureBuilt, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

const CREATED = 1,
  CHANGED = 2,
  DELETED = 3;
const codes = (d: Diagnostic[]) => d.map((x) => String(x.code)).sort();
/**
 * Diagnostics of an open document once everything sent before has been handled: an edit that
 * changes nothing of meaning (a comment line) is sent, and its publication awaited.
 */
async function settle(client: LspClient, uri: string): Promise<Diagnostic[]> {
  const version = client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '#\n' }]);
  return client.diagnosticsForVersion(uri, version);
}
const severityOf = (d: Diagnostic[], code: string) => d.find((x) => x.code === code)?.severity;

describe('language server: coopspec.json', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  let uri: string;
  let configUri: string;

  beforeEach(() => {
    dir = tempWorkspace({ 'missing-grounds': join(EXAMPLES, 'flawed', 'missing-grounds') });
    uri = uriOf(join(dir, 'missing-grounds', 'extradition.coop'));
    configUri = uriOf(join(dir, 'coopspec.json'));
  });
  afterEach(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  const open = async (): Promise<Diagnostic[]> => {
    client.open(uri, readFileSync(join(dir, 'missing-grounds', 'extradition.coop'), 'utf8'));
    return client.diagnosticsOf(uri);
  };

  it('severities "off" and "warning" change the published diagnostics', async () => {
    writeFileSync(join(dir, 'coopspec.json'), JSON.stringify({ rules: { CR101: 'off', 'unassessed-ground': 'warning' } }));
    client = await LspClient.start(dir);
    const d = await open();
    assert.deepEqual(codes(d), ['CR103', 'CR106', 'CR107']);
    assert.equal(severityOf(d, 'CR107'), 2);
    assert.equal(client.published(configUri), 0, 'a valid coopspec.json gets no diagnostics');
  });

  it('a broken coopspec.json gets one diagnostic per mistake, each with a code of its own, without being open, and the defaults apply', async () => {
    writeFileSync(join(dir, 'coopspec.json'), '{\n  "rules": { "CR999": "off", "CR101": "loud" },\n  "colour": true\n}\n');
    client = await LspClient.start(dir);
    const config = await client.diagnosticsOf(configUri);
    assert.deepEqual(
      config.map((x) => [x.code, x.source, x.range.start.line]),
      [
        ['config-unknown-rule', 'coopspec', 1],
        ['config-severity', 'coopspec', 1],
        ['config-unknown-setting', 'coopspec', 2],
      ],
    );
    assert.ok(
      config.every((x) => x.codeDescription === undefined),
      'no rule page: these are not findings of a rule',
    );
    const d = await open();
    assert.deepEqual(codes(d), ['CR101', 'CR101', 'CR101', 'CR103', 'CR106', 'CR107']);
  });

  it('invalid JSON is a diagnostic, not a crash', async () => {
    writeFileSync(join(dir, 'coopspec.json'), '{ "rules": { "CR101": "off" ');
    client = await LspClient.start(dir);
    const config = await client.diagnosticsOf(configUri);
    assert.ok(config.length > 0 && config.every((x) => x.code === 'config-json'));
    assert.ok((await open()).length > 0);
  });

  it('to a client that checks coopspec.json against the JSON schema, reports only what the schema cannot: no mistake twice', async () => {
    writeFileSync(join(dir, 'coopspec.json'), '{\n  "rules": { "CR999": "off" },\n  "colour": true,\n  "today": "2026-02-30"\n}\n');
    client = await LspClient.start(dir, { initializationOptions: { configSchema: true } });
    const config = await client.diagnosticsOf(configUri);
    // The unknown rule and setting are the schema's (additionalProperties); a 30 February has the schema's form.
    assert.deepEqual(
      config.map((x) => [x.code, x.range.start.line]),
      [['config-date', 3]],
    );
    await client.stop();
    client = await LspClient.start(dir);
    assert.deepEqual(
      (await client.diagnosticsOf(configUri)).map((x) => x.code),
      ['config-unknown-rule', 'config-unknown-setting', 'config-date'],
    );
  });

  it('re-reads coopspec.json when it is created, changed or deleted on disk, and clears its diagnostics when fixed', async () => {
    client = await LspClient.start(dir);
    assert.equal((await open()).filter((x) => x.code === 'CR101').length, 3);

    let n = client.published(uri);
    writeFileSync(join(dir, 'coopspec.json'), JSON.stringify({ rules: { CR101: 'off' } }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: CREATED }] });
    assert.deepEqual(codes(await client.nextDiagnostics(uri, n, (d) => !d.some((x) => x.code === 'CR101'))), ['CR103', 'CR106', 'CR107']);

    n = client.published(uri);
    writeFileSync(join(dir, 'coopspec.json'), '{ "rules": { "CR101": "of" } }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: CHANGED }] });
    assert.equal(
      (await client.nextDiagnostics(uri, n, (d) => d.some((x) => x.code === 'CR101'))).filter((x) => x.code === 'CR101').length,
      3,
    );
    const broken = await client.diagnosticsOf(configUri);
    assert.deepEqual(
      broken.map((x) => x.code),
      ['config-severity'],
    );

    n = client.published(uri);
    const m = client.published(configUri);
    writeFileSync(join(dir, 'coopspec.json'), '{ "rules": { "CR101": "info" } }');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: CHANGED }] });
    assert.equal(severityOf(await client.nextDiagnostics(uri, n, (d) => severityOf(d, 'CR101') !== 1), 'CR101'), 3);
    assert.deepEqual(await client.nextDiagnostics(configUri, m), [], 'fixed: its diagnostics are cleared');

    n = client.published(uri);
    rmSync(join(dir, 'coopspec.json'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: DELETED }] });
    assert.equal(severityOf(await client.nextDiagnostics(uri, n, (d) => severityOf(d, 'CR101') !== 3), 'CR101'), 1);
  });

  it('the nearest coopspec.json applies to a file', async () => {
    writeFileSync(join(dir, 'coopspec.json'), JSON.stringify({ rules: { CR101: 'off' } }));
    writeFileSync(join(dir, 'missing-grounds', 'coopspec.json'), JSON.stringify({ rules: { CR103: 'off' } }));
    client = await LspClient.start(dir);
    assert.deepEqual(codes(await open()), ['CR101', 'CR101', 'CR101', 'CR106', 'CR107']);
  });
});

describe('language server: editor settings (coopspec.rules)', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  let uri: string;
  let rules: unknown;

  beforeEach(() => {
    dir = tempWorkspace({ 'missing-grounds': join(EXAMPLES, 'flawed', 'missing-grounds') });
    writeFileSync(join(dir, 'coopspec.json'), JSON.stringify({ rules: { CR103: 'warning' } }));
    uri = uriOf(join(dir, 'missing-grounds', 'extradition.coop'));
  });
  afterEach(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it("are fetched for the document's folder and override coopspec.json; a change is picked up", async () => {
    rules = { CR106: 'off', CR103: 'info' };
    client = await LspClient.start(dir, { settings: (_scope, section) => (section === 'coopspec.rules' ? rules : null) });
    client.open(uri, readFileSync(join(dir, 'missing-grounds', 'extradition.coop'), 'utf8'));
    const d = await client.diagnosticsOf(uri, (x) => !x.some((y) => y.code === 'CR106'));
    assert.deepEqual(codes(d), ['CR101', 'CR101', 'CR101', 'CR103', 'CR107']);
    assert.equal(severityOf(d, 'CR103'), 3);
    const scopes = client.configurationRequests.flatMap((r) => (r as { items: { scopeUri?: string }[] }).items.map((i) => i.scopeUri));
    assert.ok(scopes.includes(uriOf(join(dir, 'missing-grounds'))), JSON.stringify(scopes));

    const n = client.published(uri);
    rules = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const after = await client.nextDiagnostics(uri, n, (d) => d.some((x) => x.code === 'CR106'));
    assert.deepEqual(codes(after), ['CR101', 'CR101', 'CR101', 'CR103', 'CR106', 'CR107']);
    assert.equal(severityOf(after, 'CR103'), 2, 'coopspec.json applies again');
  });

  it('invalid settings are reported once with window/showMessage, and the rest applies', async () => {
    rules = { CR106: 'off', CR999: 'off', CR101: 'loud' };
    client = await LspClient.start(dir, { settings: () => rules });
    client.open(uri, readFileSync(join(dir, 'missing-grounds', 'extradition.coop'), 'utf8'));
    const d = await client.diagnosticsOf(uri, (x) => !x.some((y) => y.code === 'CR106'));
    assert.ok(d.some((x) => x.code === 'CR101'));
    await client.until(() => client.messages.length >= 2, 'two messages');
    // The same problems again, with one valid change: once that change shows, the answer has been
    // handled, and nothing may have been shown twice.
    rules = { CR106: 'off', CR999: 'off', CR101: 'loud', CR103: 'off' };
    const n = client.published(uri);
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.nextDiagnostics(uri, n, (x) => !x.some((y) => y.code === 'CR103'));
    const texts = client.messages.map((m) => m.message);
    assert.equal(new Set(texts).size, texts.length, JSON.stringify(texts));
    assert.ok(texts.some((t) => t.includes('CR999')) && texts.some((t) => t.includes('CR101')));
    assert.ok(client.messages.every((m) => m.type === 2));
  });

  it('clients without workspace/configuration send them with didChangeConfiguration', async () => {
    client = await LspClient.start(dir, { capabilities: {} });
    client.open(uri, readFileSync(join(dir, 'missing-grounds', 'extradition.coop'), 'utf8'));
    const d = await client.diagnosticsOf(uri);
    assert.ok(d.some((x) => x.code === 'CR106'));
    const n = client.published(uri);
    client.notify('workspace/didChangeConfiguration', { settings: { coopspec: { rules: { CR106: 'off' } } } });
    await client.nextDiagnostics(uri, n, (d) => !d.some((x) => x.code === 'CR106'));
  });
});

describe('language server: watched *.coop files', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  const offence = 'offence fraud {\n  conduct: "Card fraud"\n  category: budapest art 8\n}\n';
  const request =
    'request MLA-1 mutual-assistance {\n  measure: testimony\n  from: FR\n  to: BE\n  basis: budapest art 27\n  authority: "Parquet"\n  purpose: "Hear a witness"\n  offences: [fraud]\n  facts: "Cards were used"\n}\n';
  const cr002 = (d: Diagnostic[]) => d.filter((x) => x.code === 'CR002').length;

  before(async () => {
    dir = tempWorkspace({});
    writeFileSync(join(dir, 'request.coop'), request);
    mkdirSync(join(dir, 'node_modules', 'pkg'), { recursive: true });
    client = await LspClient.start(dir);
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it('a created file resolves references, a deleted one no longer does, a rename keeps them', async () => {
    const uri = uriOf(join(dir, 'request.coop'));
    client.open(uri, request);
    assert.equal(cr002(await client.diagnosticsOf(uri)), 1);

    let n = client.published(uri);
    writeFileSync(join(dir, 'offences.coop'), offence);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'offences.coop')), type: CREATED }] });
    assert.equal(cr002(await client.nextDiagnostics(uri, n, (d) => cr002(d) === 0)), 0);

    // A rename arrives as delete + create.
    n = client.published(uri);
    mkdirSync(join(dir, 'lib'));
    renameSync(join(dir, 'offences.coop'), join(dir, 'lib', 'offences.coop'));
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uriOf(join(dir, 'offences.coop')), type: DELETED },
        { uri: uriOf(join(dir, 'lib', 'offences.coop')), type: CREATED },
      ],
    });
    // Nothing changed for the request: either no publication, or one without CR002.
    assert.equal(cr002(await settle(client, uri)), 0);

    n = client.published(uri);
    rmSync(join(dir, 'lib'), { recursive: true });
    // Deleting a folder reports the folder only.
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(join(dir, 'lib')), type: DELETED }] });
    assert.equal(cr002(await client.nextDiagnostics(uri, n, (d) => cr002(d) === 1)), 1);
  });

  it("a file changed on disk is read again, unless it is open (the editor's text wins)", async () => {
    const uri = uriOf(join(dir, 'request.coop'));
    const offencesUri = uriOf(join(dir, 'offences.coop'));
    let n = client.published(uri);
    writeFileSync(join(dir, 'offences.coop'), 'offence fraud {\n  conduct: "x"\n}\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: offencesUri, type: CREATED }] });
    assert.equal(cr002(await client.nextDiagnostics(uri, n, (d) => cr002(d) === 0)), 0);

    // Open offences.coop with a text that renames the offence: the request breaks.
    n = client.published(uri);
    client.open(offencesUri, 'offence fraudulent {\n  conduct: "x"\n}\n');
    assert.equal(cr002(await client.nextDiagnostics(uri, n, (d) => cr002(d) === 1)), 1);
    // A change on disk of the open file is ignored...
    writeFileSync(join(dir, 'offences.coop'), 'offence fraud {\n  conduct: "y"\n}\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: offencesUri, type: CHANGED }] });
    assert.equal(cr002(await settle(client, uri)), 1);
    // ...until it is closed: then the disk text applies.
    n = client.published(uri);
    client.close(offencesUri);
    assert.equal(cr002(await client.nextDiagnostics(uri, n, (d) => cr002(d) === 0)), 0);
  });

  it('files under node_modules are not read', async () => {
    const uri = uriOf(join(dir, 'request.coop'));
    const fake = join(dir, 'node_modules', 'pkg', 'dup.coop');
    writeFileSync(fake, request);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(fake), type: CREATED }] });
    // A second MLA-1 would be a duplicate declaration (CR003).
    assert.ok(!(await settle(client, uri)).some((x) => x.code === 'CR003'));
  });
});
