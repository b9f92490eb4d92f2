// The language server under stress (issue 6, item 2), through the real server over stdio.
//
// fast-check generates sequences of what an editor and a file system do to a workspace made of
// several examples/ folders: opens, incremental edits that insert what matters (names other files
// refer to, braces, quotes, line breaks, whole declarations, suppression comments, garbage),
// closes, deletions, renames and creations of files on disk with their watched-file events,
// coopspec.json changes, and every kind of request, some cancelled right after they are sent.
// Throughout, the server must stay up, answer every request and print no uncaught exception;
// once it is quiet (and told that the cursor left the lines being typed), the diagnostics of every
// document, open or not, must equal a fresh engine analysis of the final texts (the documents'
// texts as sent, the files on disk for the rest), and those of files gone must be cleared.
//
// The seed is fixed (COOPSPEC_STRESS_SEED overrides it, COOPSPEC_STRESS_RUNS the number of
// sequences). A failure prints the seed, the path and the shrunk sequence; COOPSPEC_STRESS_SEED and
// COOPSPEC_STRESS_PATH replay exactly that sequence. COOPSPEC_STRESS_VERBOSE=1 prints what the
// sequences did (operations, requests, cancellations, checkpoints, diagnostics compared).
//
// The second part sends what a broken or hostile client might: a frame that is not JSON, JSON that
// is not JSON-RPC, requests whose params have the wrong shape, positions far outside a document,
// documents the server never saw.

import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic, Position, PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { combineSettings } from '../../server/src/language/config';
import type { Finding } from '../../server/src/language/findings';
import { Workspace } from '../../server/src/language/workspace';
import { ConfigLoader } from '../../server/src/node/configLoader';
import { decodeFile } from '../../server/src/node/decode';
import { ensureBuilt, LspClient, removeWorkspace, tempWorkspace, uriOf } from '../lsp/client';
import { EXAMPLES } from '../support/lint';

const SEED = Number(process.env.COOPSPEC_STRESS_SEED ?? 6021);
const RUNS = Number(process.env.COOPSPEC_STRESS_RUNS ?? 15);
const MAX_OPS = 30;

/** The workspace: folders of examples/ that refer to each other's names (clean) or to their own. */
const FOLDERS: Record<string, string> = {
  clean: join(EXAMPLES, 'clean'),
  references: join(EXAMPLES, 'flawed', 'references'),
  specialty: join(EXAMPLES, 'flawed', 'specialty'),
  syntax: join(EXAMPLES, 'flawed', 'syntax'),
  preservation: join(EXAMPLES, 'flawed', 'preservation'),
};
/**
 * Files the test adds to the copy, so that more declarations are used from other files than in the
 * examples alone: consents for requests of flawed/specialty (lifting its CR201 and CR202), and a
 * proceeding and a request using names of clean/, flawed/references and flawed/preservation.
 */
const LINKS: Record<string, string> = {
  'links/consents.coop': [
    '# Consents for the requests of specialty/specialty.coop.',
    '',
    'consent C-RO-2 {',
    '  from: RO',
    '  request: MLA-NL-9',
    '  permits-use-in: [CASE-NL-2]',
    '}',
    '',
    'consent C-RO-3 {',
    '  from: RO',
    '  request: EXT-NL-7',
    '  extends-to: [laundering]',
    '}',
    '',
  ].join('\n'),
  'links/uses.coop': [
    '# Uses names declared in the other folders.',
    '',
    'proceeding appeal-ivanov {',
    '  case: CASE-2026-017',
    '  surrender: EXT-2026-001',
    '  charges: [ransomware]',
    '  evidence: [MLA-2026-011, PRES-ES-1]',
    '}',
    '',
    'request MLA-LINK-1 mutual-assistance {',
    '  measure: stored-data',
    '  case: CASE-2026-017',
    '  from: FR',
    '  to: US',
    '  basis: budapest art 31',
    '  authority: "Parquet de Paris"',
    '  purpose: "Evidence"',
    '  offences: [ransomware, carding, intrusion]',
    '  facts: "Facts"',
    '  data: [mailbox, vpn-logs]',
    '  preserved-by: PRES-2026-010',
    '  grounds {',
    '    dual-criminality: not-engaged "Both States"',
    '  }',
    '}',
    '',
  ].join('\n'),
};

/** Where files and coopspec.json are created: the workspace root and each folder. */
const DIRS = ['', ...Object.keys(FOLDERS), 'links'];

const RequestCancelled = -32800;
const RequestFailed = -32803;

// ------------------------------------------------------------------ what the edits insert

/** Names declared in one file and used in others (or misspelt, or of the wrong sort). */
const NAMES = [
  'ransomware',
  'CASE-2026-017',
  'mailbox',
  'PRES-2026-010',
  'MLA-2026-011',
  'EXT-2026-001',
  'ivanov',
  'MLA-NL-9',
  'EXT-NL-7',
  'CASE-NL-2',
  'CASE-NL-3',
  'phishing',
  'laundering',
  'popescu',
  'exchange-records',
  'carding',
  'cardng',
  'nowak',
  'gamma',
  'beta',
  'vpn-logs',
  'FR',
  'US',
  'NL',
  'RO',
  'PL',
];
const STRUCTURE = ['}', '{', '"', '"""', '\n', '\r\n', '\r', ':', '[', ']', ', ', '  ', '#', '#! CR101\n'];
const DECLARATIONS = [
  'offence ransomware {\n  conduct: "Declared again"\n  category: budapest art 5\n}\n',
  'offence cardng {\n  conduct: "The misspelt one"\n  category: budapest art 8\n}\n',
  'party FR {\n  name: "France"\n  instruments: [budapest]\n}\n',
  'case CASE-NL-2 {\n  title: "Another case"\n}\n',
  'consent C-RO-2 {\n  from: RO\n  request: MLA-NL-9\n  permits-use-in: [CASE-NL-2]\n}\n',
  'consent C-RO-3 {\n  from: RO\n  request: EXT-NL-7\n  extends-to: [laundering]\n  permits-transfer-to: [FR]\n}\n',
  'transfer T-9 {\n  person: popescu\n  after: EXT-NL-7\n  to: FR\n}\n',
  'proceeding retrial {\n  case: CASE-2026-017\n  surrender: EXT-2026-001\n  charges: [ransomware, phishing]\n  evidence: [MLA-2026-011, MLA-NL-9]\n}\n',
  'request PRES-X-1 preservation {\n  case: CASE-NL-1\n  from: NL\n  to: RO\n  data: [exchange-records]\n}\n',
  'request MLA-X-2 mutual-assistance {\n  measure: interception\n  from: FR\n  to: US\n  offences: [ransomware]\n  preserved-by: PRES-2026-010\n  grounds {\n    dual-criminality: unassessed\n  }\n}\n',
  'data mailbox {\n  type: content\n}\n',
];
const LINES = [
  '  grounds {\n    dual-criminality: not-engaged "Both States"\n  }\n',
  '  charges: [phishing, laundering]\n',
  '  specialty: undertaken\n',
  '  basis: budapest art 29(2)(c)\n',
  '  offences: [ransomware, nowak]\n',
  '  preserved-by: PRES-2026-010\n',
  '  measure: intercepton\n',
  '  = oops\n',
];
const SUPPRESSIONS = [
  '# coopspec-disable-next-line CR002 CR101 -- checked by hand\n',
  '# coopspec-disable-next-line CR201\n',
  '# coopspec-disable-next-line CR999 -- no such rule\n',
  '# coopspec-disable-next-line\n',
];
const GARBAGE = ['\u0000', '\t', '😀', 'é', '\ufffd', '\ud800', '\u202e', '@@@', '= = =', '\\', '"""\n"""'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 2, arbitrary: fc.constantFrom(...DECLARATIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.constantFrom(...SUPPRESSIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...GARBAGE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

const CONFIGS: (string | null)[] = [
  '{ "rules": { "CR306": "off", "CR101": "warning" } }',
  '{ "rules": { "notice-missing": "error", "CR002": "info" } }',
  '{ "interceptionThresholdYears": 10 }',
  '{ "instruments": ["budapest"] }',
  '{ "rules": { "CR999": "off" } }',
  '{ "rules": ',
  '',
  '[]',
  null, // delete it
];

const METHODS = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentSymbol',
  'textDocument/codeAction',
  'textDocument/formatting',
  'textDocument/codeLens',
  'textDocument/rename',
  'textDocument/prepareRename',
  'textDocument/foldingRange',
  'workspace/symbol',
] as const;
type Method = (typeof METHODS)[number];

const NEW_NAMES = ['ransomware-2', 'MLA-NL-9', 'FR', 'ZZ', '', 'two words', '9lives', 'x'.repeat(200), 'émile', 'CASE-2026-018'];

// ------------------------------------------------------------------ operations

interface Change {
  at: number;
  remove: number;
  text: string;
  whole: boolean;
}
type Op =
  | { op: 'open'; file: number }
  | { op: 'edit'; doc: number; changes: Change[] }
  | { op: 'close'; doc: number }
  // File operations: `settle` waits for the server and checks its diagnostics right after.
  | { op: 'delete'; file: number; settle: boolean }
  | { op: 'rename'; file: number; dir: number; settle: boolean }
  | { op: 'create'; dir: number; parts: string[]; encoding: 'utf8' | 'bom' | 'invalid-utf8' | 'crlf'; settle: boolean }
  | { op: 'write'; file: number; at: number; text: string; settle: boolean }
  | { op: 'config'; dir: number; content: string | null; settle: boolean }
  | { op: 'request'; method: Method; target: number; at: number; outside: boolean; cancel: boolean; newName: string; only: number }
  | { op: 'format'; doc: number }
  | { op: 'pause'; ms: number }
  /** A checkpoint, as when a user stops typing: wait for the server, then compare with a fresh analysis. */
  | { op: 'settle' };

const index = fc.nat({ max: 1000 });
// A whole-document change (no range) now and then.
const changeArb: fc.Arbitrary<Change> = fc.record({
  at: fc.nat({ max: 100000 }),
  remove: fc.oneof(
    { weight: 3, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.nat({ max: 12 }) },
    { weight: 1, arbitrary: fc.nat({ max: 400 }) },
  ),
  text: fragment,
  whole: fc.nat({ max: 9 }).map((n) => n === 0),
});

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('open' as const), file: index }) },
  {
    weight: 8,
    arbitrary: fc.record({ op: fc.constant('edit' as const), doc: index, changes: fc.array(changeArb, { minLength: 1, maxLength: 3 }) }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('close' as const), doc: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), file: index, settle: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), file: index, dir: index, settle: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('create' as const),
      dir: index,
      parts: fc.array(fc.oneof(fc.constantFrom(...DECLARATIONS), fragment), { minLength: 1, maxLength: 4 }),
      encoding: fc.constantFrom('utf8' as const, 'bom' as const, 'invalid-utf8' as const, 'crlf' as const),
      settle: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('write' as const),
      file: index,
      at: fc.nat({ max: 100000 }),
      text: fragment,
      settle: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('config' as const), dir: index, content: fc.constantFrom(...CONFIGS), settle: fc.boolean() }),
  },
  {
    weight: 7,
    arbitrary: fc.record({
      op: fc.constant('request' as const),
      method: fc.constantFrom(...METHODS),
      target: index,
      at: fc.nat({ max: 100000 }),
      outside: fc.nat({ max: 9 }).map((n) => n === 0),
      cancel: fc.nat({ max: 3 }).map((n) => n === 0),
      newName: fc.constantFrom(...NEW_NAMES),
      only: fc.nat({ max: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('format' as const), doc: index }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('pause' as const), ms: fc.nat({ max: 40 }) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'settle' as const }) },
);

/**
 * A sequence opens a few documents first (so that edits have something to edit), then anything
 * goes. Most sequences wait for the first diagnostics before going on, as a user does; one in four
 * races the initial reading of the workspace instead.
 */
const sequenceArb: fc.Arbitrary<Op[]> = fc
  .tuple(
    fc.array(fc.record({ op: fc.constant('open' as const), file: index }), { minLength: 1, maxLength: 3 }),
    fc.nat({ max: 3 }).map((n) => n === 0),
    fc.array(opArb, { minLength: 8, maxLength: MAX_OPS - 4, size: 'max' }),
  )
  .map(([opens, race, rest]) => [...opens, ...(race ? [] : [{ op: 'settle' as const }]), ...rest]);

// ------------------------------------------------------------------ text helpers

/** Offsets where lines start, with "\r\n", "\r" and "\n" as line breaks (as LSP counts them). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' && text[i + 1] === '\n') i++;
    if (ch === '\r' || ch === '\n') starts.push(i + 1);
  }
  return starts;
}

function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}

/** An offset LSP can address: never between the "\r" and "\n" of a line break. */
function addressable(text: string, offset: number): number {
  const o = Math.max(0, Math.min(offset, text.length));
  return o > 0 && text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function coopFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...coopFilesUnder(p));
    else if (name.endsWith('.coop')) out.push(p);
  }
  return out;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

/** A diagnostic as compared: place, rule, severity, message, related places. */
function keyOf(d: {
  range: { start: Position; end: Position };
  code?: unknown;
  severity?: number;
  message: string;
  related: string[];
}): string {
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${String(d.code)} ${d.severity} ${d.message}${d.related.length ? ` [${d.related.join('; ')}]` : ''}`;
}

function publishedKeys(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .map((d) =>
      keyOf({
        range: d.range,
        code: d.code,
        severity: d.severity,
        message: typeof d.message === 'string' ? d.message : d.message.value,
        related: (d.relatedInformation ?? []).map(
          (r) => `${r.location.uri}@${r.location.range.start.line}:${r.location.range.start.character} ${r.message}`,
        ),
      }),
    )
    .sort();
}

// ------------------------------------------------------------------ one sequence

interface Outcome {
  method: string;
  cancelled: boolean;
  result?: unknown;
  error?: { code: number; message: string };
}

class Sequence {
  /** Open documents by URI: path and the text as the test sent it. */
  readonly open = new Map<string, { path: string; text: string }>();
  readonly everOpened = new Set<string>();
  readonly answers: Promise<Outcome>[] = [];
  private created = 0;

  constructor(
    readonly dir: string,
    readonly client: LspClient,
  ) {}

  files(): string[] {
    return coopFilesUnder(this.dir);
  }

  /**
   * A file on disk for a file operation: for even n one that is not open (the server must act on
   * the event), for odd n any (an open document's text must win over the disk).
   */
  private diskFile(n: number): string | undefined {
    const all = this.files();
    const closed = all.filter((p) => !this.open.has(uriOf(p)));
    const list = n % 2 === 0 && closed.length ? closed : all;
    return list.length ? list[Math.floor(n / 2) % list.length] : undefined;
  }

  private folder(n: number): string {
    return join(this.dir, DIRS[n % DIRS.length]!);
  }

  private openDoc(n: number): [string, { path: string; text: string }] | undefined {
    const docs = [...this.open];
    return docs.length ? docs[n % docs.length] : undefined;
  }

  private event(path: string, type: 1 | 2 | 3): void {
    this.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });
  }

  async run(op: Op): Promise<void> {
    await this.apply(op);
    if ('settle' in op && op.settle) await this.check(`after ${op.op}`);
  }

  private async apply(op: Op): Promise<void> {
    const c = this.client;
    switch (op.op) {
      case 'open': {
        const closed = this.files().filter((p) => !this.open.has(uriOf(p)));
        if (!closed.length) return;
        const path = closed[op.file % closed.length]!;
        const uri = uriOf(path);
        const text = decodeFile(readFileSync(path)).text;
        this.open.set(uri, { path, text });
        this.everOpened.add(uri);
        c.open(uri, text);
        return;
      }
      case 'edit': {
        const entry = this.openDoc(op.doc);
        if (!entry) return;
        const [uri, doc] = entry;
        const changes: TextDocumentContentChangeEvent[] = [];
        for (const ch of op.changes) {
          const start = addressable(doc.text, ch.at % (doc.text.length + 1));
          const end = addressable(doc.text, Math.min(doc.text.length, start + ch.remove));
          const next = doc.text.slice(0, start) + ch.text + doc.text.slice(end);
          changes.push(
            ch.whole ? { text: next } : { range: { start: positionAt(doc.text, start), end: positionAt(doc.text, end) }, text: ch.text },
          );
          doc.text = next;
        }
        c.change(uri, changes);
        return;
      }
      case 'close': {
        const entry = this.openDoc(op.doc);
        if (!entry) return;
        this.open.delete(entry[0]);
        c.close(entry[0]);
        return;
      }
      case 'delete': {
        const path = this.diskFile(op.file);
        if (!path) return;
        unlinkSync(path);
        this.event(path, 3);
        return;
      }
      case 'rename': {
        const from = this.diskFile(op.file);
        if (!from) return;
        const to = join(this.folder(op.dir), `${basename(from, '.coop')}-moved-${++this.created}.coop`);
        renameSync(from, to);
        c.notify('workspace/didChangeWatchedFiles', {
          changes: [
            { uri: uriOf(from), type: 3 },
            { uri: uriOf(to), type: 1 },
          ],
        });
        return;
      }
      case 'create': {
        const path = join(this.folder(op.dir), `new-${++this.created}.coop`);
        let text = op.parts.join('\n');
        if (op.encoding === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
        const body = Buffer.from(text, 'utf8');
        const bytes =
          op.encoding === 'bom'
            ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body])
            : op.encoding === 'invalid-utf8'
              ? Buffer.concat([body, Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('\noffence tail {\n}\n')])
              : body;
        writeFileSync(path, bytes);
        this.event(path, 1);
        return;
      }
      case 'write': {
        const path = this.diskFile(op.file);
        if (!path) return;
        const text = decodeFile(readFileSync(path)).text;
        const at = addressable(text, op.at % (text.length + 1));
        writeFileSync(path, text.slice(0, at) + op.text + text.slice(at));
        this.event(path, 2);
        return;
      }
      case 'config': {
        const path = join(this.folder(op.dir), 'coopspec.json');
        const existed = existsSync(path);
        if (op.content === null) {
          if (!existed) return;
          unlinkSync(path);
          this.event(path, 3);
          return;
        }
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, op.content);
        this.event(path, existed ? 2 : 1);
        return;
      }
      case 'request':
        this.request(op);
        return;
      case 'format': {
        const entry = this.openDoc(op.doc);
        if (!entry) return;
        const [uri, doc] = entry;
        const edits = await c.request<{ range: { start: Position; end: Position }; newText: string }[] | null>('textDocument/formatting', {
          textDocument: { uri },
          options: { tabSize: 2, insertSpaces: true },
        });
        if (!edits?.length) return;
        // Apply as an editor does: one change per edit, from the last to the first.
        const starts = lineStarts(doc.text);
        const offset = (p: Position): number => Math.min(doc.text.length, starts[p.line]! + p.character);
        const sorted = edits.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), e })).sort((a, b) => b.start - a.start);
        for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]!.end <= sorted[i - 1]!.start, 'formatting edits overlap');
        for (const s of sorted) doc.text = doc.text.slice(0, s.start) + s.e.newText + doc.text.slice(s.end);
        c.change(
          uri,
          sorted.map((s) => ({ range: s.e.range, text: s.e.newText })),
        );
        return;
      }
      case 'pause':
        await sleep(op.ms);
        return;
      case 'settle':
        // A checkpoint: what is published now must already equal a fresh analysis.
        await this.check('at a pause in the sequence');
        return;
    }
  }

  private request(op: Extract<Op, { op: 'request' }>): void {
    const targets = [...new Set([...this.open.keys(), ...this.files().map(uriOf)])].sort();
    const missing = uriOf(join(this.dir, 'never-seen.coop'));
    const uri = targets.length
      ? op.target % (targets.length + 1) === targets.length
        ? missing
        : targets[op.target % (targets.length + 1)]!
      : missing;
    let text = this.open.get(uri)?.text;
    if (text === undefined) {
      const path = this.files().find((p) => uriOf(p) === uri);
      text = path ? decodeFile(readFileSync(path)).text : '';
    }
    const at = addressable(text, op.at % (text.length + 1));
    const position: Position = op.outside ? { line: lineStarts(text).length + 5, character: 1000 } : positionAt(text, at);
    const end = positionAt(text, addressable(text, Math.min(text.length, at + 30)));
    const textDocument = { uri };
    const published = this.client.latest(uri)?.diagnostics ?? [];
    const params: Record<Method, unknown> = {
      'textDocument/hover': { textDocument, position },
      'textDocument/completion': { textDocument, position },
      'textDocument/definition': { textDocument, position },
      'textDocument/references': { textDocument, position, context: { includeDeclaration: op.only !== 0 } },
      'textDocument/documentSymbol': { textDocument },
      'textDocument/codeAction': {
        textDocument,
        range: { start: position, end: op.outside ? position : end },
        context: {
          diagnostics: published.slice(0, 8),
          ...(op.only === 0 ? {} : { only: [op.only === 1 ? 'quickfix' : 'source.fixAll.coopspec'] }),
        },
      },
      'textDocument/formatting': { textDocument, options: { tabSize: 2 + op.only, insertSpaces: op.only !== 2 } },
      'textDocument/codeLens': { textDocument },
      'textDocument/rename': { textDocument, position, newName: op.newName },
      'textDocument/prepareRename': { textDocument, position },
      'textDocument/foldingRange': { textDocument },
      'workspace/symbol': { query: op.newName.slice(0, 4) },
    };
    const source = new CancellationTokenSource();
    const sent = this.client.conn.sendRequest(op.method, params[op.method], source.token);
    if (op.cancel) source.cancel();
    this.answers.push(
      Promise.resolve(sent).then(
        (result): Outcome => ({ method: op.method, cancelled: op.cancel, result }),
        (e: { code: number; message: string }): Outcome => ({
          method: op.method,
          cancelled: op.cancel,
          error: { code: e.code, message: e.message },
        }),
      ),
    );
  }

  /** Every request answered, and with a result or an error it may give. */
  async checkAnswers(): Promise<void> {
    const outcomes = await Promise.all(this.answers);
    for (const o of outcomes) {
      stats.requests++;
      if (o.cancelled) stats.cancelled++;
      if (o.error?.code === RequestCancelled) stats.answeredCancelled++;
      else if (o.error) stats.errors++;
      if (!o.error) continue;
      const allowed =
        (o.cancelled && o.error.code === RequestCancelled) ||
        ((o.method === 'textDocument/rename' || o.method === 'textDocument/prepareRename') && o.error.code === RequestFailed);
      assert.ok(allowed, `${o.method}${o.cancelled ? ' (cancelled)' : ''} was answered with error ${o.error.code}: ${o.error.message}`);
    }
  }

  /**
   * Wait until the server has published everything that what was sent so far causes, by round
   * trips rather than by a quiet period. The server handles messages in order, each on its own
   * turn, and publishes on the turn after the change (workspace/symbol also waits for the reading
   * of the folders). So a round trip's answer comes after every message sent before it was handled;
   * what that handling publishes comes by the next answer, and what it causes in turn (the answer
   * to the server's workspace/configuration request, then a recomputation) by the one after. Two
   * round trips in a row during which nothing is published mean nothing more is coming.
   */
  async quiet(): Promise<void> {
    const total = (): number => [...this.client.diagnostics.values()].reduce((n, l) => n + l.length, 0);
    for (let silent = 0; silent < 2;) {
      const before = total();
      await this.client.request('workspace/symbol', { query: 'no-such-name-anywhere' });
      silent = total() === before ? silent + 1 : 0;
    }
    // Diagnostics are published for every version of an open document.
    const behind = [...this.open.keys()]
      .filter((u) => this.client.latest(u)?.version !== this.client.version(u))
      .map((u) => `${u} (version ${this.client.version(u)}, latest published ${String(this.client.latest(u)?.version)})`);
    assert.deepEqual(behind, [], 'the server did not publish the latest version of these documents');
  }

  /**
   * The diagnostics a fresh engine would give each document, open or not (the server reports the
   * whole workspace), from the final texts and settings.
   */
  fresh(): Map<string, string[]> {
    const loader = new ConfigLoader();
    const ws = new Workspace((uri) => combineSettings(uri.startsWith('file:') ? loader.forFile(uri)?.data : undefined, {}));
    for (const path of this.files()) {
      const uri = uriOf(path);
      if (this.open.has(uri)) continue;
      const file = decodeFile(readFileSync(path));
      ws.set(uri, file.text, { invalidUtf8: !file.utf8 });
    }
    for (const [uri, doc] of this.open) ws.set(uri, doc.text);
    const out = new Map<string, string[]>();
    for (const uri of ws.uris()) {
      const doc = ws.document(uri)!;
      const at = (u: string, offset: number): Position => ws.document(u)!.positionAt(offset);
      out.set(
        uri,
        ws
          .findings(uri)
          .filter((f: Finding) => !f.suppressed)
          .map((f) =>
            keyOf({
              range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
              code: f.rule,
              severity: SEVERITY[f.severity],
              message: f.message,
              related: f.related
                .filter((r) => ws.document(r.uri))
                .map((r) => {
                  const p = at(r.uri, r.start);
                  return `${r.uri}@${p.line}:${p.character} ${r.message}`;
                }),
            }),
          )
          .sort(),
      );
    }
    return out;
  }

  /**
   * Once the server is quiet, its diagnostics equal a fresh analysis (and it has not crashed). The
   * cursor leaves every open document first: what the line being typed held back is then reported.
   */
  async check(when: string): Promise<void> {
    for (const uri of this.open.keys()) this.client.notify('coopspec/cursorLine', { textDocument: { uri }, line: null });
    await this.quiet();
    const diff = this.differences();
    stats.checks++;
    const crash = crashSigns(this.client);
    assert.deepEqual(crash, [], `the server crashed or logged an exception (${when}):\n${crash.join('\n')}`);
    assert.deepEqual(diff, [], `published diagnostics differ from a fresh analysis (${when}):\n${diff.join('\n')}`);
  }

  /** Differences between what was published for every document and a fresh analysis. */
  differences(): string[] {
    const fresh = this.fresh();
    const out: string[] = [];
    for (const [uri, expected] of fresh) {
      if (!this.open.has(uri) && !expected.length && !this.client.published(uri)) continue; // nothing to report, nothing reported
      stats.compared += expected.length;
      const got = publishedKeys(this.client.latest(uri)?.diagnostics ?? []);
      const missing = expected.filter((k) => !got.includes(k));
      const extra = got.filter((k) => !expected.includes(k));
      if (missing.length || extra.length || got.length !== expected.length) {
        out.push(
          `${uri.slice(uriOf(this.dir).length)}:\n    missing: ${missing.join('\n             ') || '-'}\n    extra:   ${extra.join('\n             ') || '-'}`,
        );
      }
    }
    // A document closed for good, or a file deleted or moved away, has its diagnostics cleared.
    for (const uri of this.client.diagnostics.keys()) {
      if (fresh.has(uri) || !uri.endsWith('.coop')) continue; // coopspec.json has its own diagnostics
      const latest: PublishDiagnosticsParams | undefined = this.client.latest(uri);
      if (latest && latest.diagnostics.length)
        out.push(`${uri.slice(uriOf(this.dir).length)}: gone or closed, yet its latest diagnostics are not empty`);
    }
    return out;
  }
}

/** Signs of an uncaught exception in what the server wrote to stderr or logged. */
function crashSigns(client: LspClient): string[] {
  const out: string[] = [];
  if (client.child.exitCode !== null || client.child.signalCode !== null)
    out.push(`the server exited (${client.child.exitCode ?? client.child.signalCode})`);
  if (/Error|Exception|^\s+at /m.test(client.stderr)) out.push(`stderr: ${client.stderr.slice(0, 2000)}`);
  for (const l of client.logs) if (/uncaught|unhandled|failed:/i.test(l)) out.push(`log: ${l}`);
  return out;
}

/** What the sequences did, printed with COOPSPEC_STRESS_VERBOSE=1. */
const stats = {
  sequences: 0,
  ops: {} as Record<string, number>,
  requests: 0,
  cancelled: 0,
  answeredCancelled: 0,
  errors: 0,
  openAtEnd: 0,
  checks: 0,
  compared: 0,
};

async function runSequence(ops: Op[]): Promise<void> {
  const dir = tempWorkspace(FOLDERS);
  for (const [name, text] of Object.entries(LINKS)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, 'clean', 'coopspec.json'), '{ "rules": { "CR406": "warning" } }\n');
  const client = await LspClient.start(dir);
  const seq = new Sequence(dir, client);
  try {
    // No waiting for the workspace to be read: the first operations race the initial scan.
    for (const op of ops) {
      await seq.run(op);
      stats.ops[op.op] = (stats.ops[op.op] ?? 0) + 1;
    }
    await seq.checkAnswers();
    await seq.check('at the end of the sequence');
    stats.sequences++;
    stats.openAtEnd += seq.open.size;
  } finally {
    await client.stop();
    removeWorkspace(dir);
  }
}

// ------------------------------------------------------------------ the tests

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

describe('language server under stress: random edits, file events and requests', function () {
  // Passing runs take well under a minute. Shrinking a failure replays sequences (about a second
  // each), so it gets a few minutes, after which the smallest failing sequence found so far is shown.
  this.timeout(10 * 60 * 1000);

  it(`stays up, answers every request, and ends with a fresh analysis's diagnostics (seed ${SEED}, ${RUNS} sequences of up to ${MAX_OPS} operations)`, async () => {
    await fc.assert(fc.asyncProperty(sequenceArb, runSequence), {
      seed: SEED,
      numRuns: RUNS,
      ...(process.env.COOPSPEC_STRESS_PATH ? { path: process.env.COOPSPEC_STRESS_PATH, endOnFailure: true } : {}),
      interruptAfterTimeLimit: 6 * 60 * 1000,
      markInterruptAsFailure: true,
    });
    if (process.env.COOPSPEC_STRESS_VERBOSE) console.log(JSON.stringify(stats));
  });
});

describe('language server: malformed messages and handler errors', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  let uri: string;
  let text: string;
  /** Where `budapest art 29` is: hovering it shows the article. */
  let article: Position;

  before(async () => {
    dir = tempWorkspace({ clean: FOLDERS.clean! });
    client = await LspClient.start(dir);
    const file = join(dir, 'clean', 'preservation-and-mla.coop');
    uri = uriOf(file);
    text = readFileSync(file, 'utf8');
    article = positionAt(text, text.indexOf('budapest art 29') + 'budapest art '.length);
    client.open(uri, text);
    await client.diagnosticsOf(uri);
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  /** The server is up and answers a hover with the article's text. */
  async function stillServing(): Promise<void> {
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: article,
    });
    assert.match(h?.contents.value ?? '', /Art(icle|\.)\s*29/, JSON.stringify(h));
    assert.equal(client.child.exitCode, null);
    assert.equal(client.child.signalCode, null);
  }

  /** Nothing of the document or of a dropped message's content reached the log or stderr. */
  function nothingQuoted(secret: string): void {
    for (const l of [...client.logs, client.stderr]) {
      assert.ok(!l.includes(secret), `quoted in the log: ${l}`);
      assert.ok(!l.includes('negotiator@example.com'), `the document quoted in the log: ${l}`);
    }
  }

  it('logs a frame that is not JSON (without its content), drops it, and keeps serving', async () => {
    await stillServing();
    const n = client.logs.length;
    await client.sendRaw('{"jsonrpc": "2.0", "id": 77, "method": "textDocument/hover", "params": {"SECRET-FRAME": ');
    await client.until(
      () => client.logs.slice(n).some((l) => /could not be read \(not valid JSON\)/.test(l)),
      'the unreadable frame in the log',
    );
    await stillServing();
    nothingQuoted('SECRET-FRAME');
  });

  it('drops JSON that is not JSON-RPC with a log line that does not quote it, and answers a request whose method is not a string with InvalidRequest', async () => {
    const n = client.logs.length;
    for (const body of ['{"jsonrpc": "2.0", "params": {"text": "SECRET-PARAMS"}}', '["SECRET-ARRAY"]', '"SECRET-STRING"', 'null'])
      await client.sendRaw(body);
    await client.until(
      () => client.logs.slice(n).filter((l) => /a message from the client was dropped/.test(l)).length >= 4,
      'four dropped messages in the log',
    );
    nothingQuoted('SECRET');
    // A request whose method is a number: vscode-jsonrpc sends what it is given.
    await assert.rejects(
      client.conn.sendRequest({ method: 42 } as unknown as string, { text: 'SECRET-REQUEST' }),
      (e: { code: number; message: string }) => e.code === -32600 && /method is not a string/.test(e.message),
    );
    await stillServing();
    nothingQuoted('SECRET');
  });

  it('answers requests whose params have the wrong shape with an error, logs which handler failed, and keeps serving', async () => {
    const internal =
      (method: string) =>
      (e: { code: number; message: string }): boolean =>
        e.code === -32603 && e.message.includes(`internal error in ${method}`);
    const n = client.logs.length;
    await assert.rejects(
      client.request('textDocument/hover', { textDocument: 5, position: 'SECRET-POSITION' }),
      internal('textDocument/hover'),
    );
    await assert.rejects(
      client.request('textDocument/codeAction', { textDocument: { uri }, range: null, context: null }),
      internal('textDocument/codeAction'),
    );
    // An exception inside the handler, from data a client echoes back: Diagnostic.data whose fix has no edits.
    const start = { line: 0, character: 0 };
    const diagnostic = {
      range: { start, end: start },
      source: 'coopspec',
      code: 'CR101',
      message: 'x',
      data: { rule: 'CR101', version: client.version(uri), fixes: [{ title: 'SECRET-TITLE', safe: true, edits: null }] },
    };
    await assert.rejects(
      client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start, end: start },
        context: { diagnostics: [diagnostic] },
      }),
      internal('textDocument/codeAction'),
    );
    await assert.rejects(
      client.request('textDocument/formatting', { textDocument: { uri }, options: null }),
      internal('textDocument/formatting'),
    );
    await client.until(
      () =>
        client.logs.slice(n).filter((l) => /^CoopSpec: textDocument\/(hover|codeAction|formatting) failed: TypeError/.test(l)).length >= 4,
      'the four failures in the log',
    );
    await stillServing();
    nothingQuoted('SECRET');
  });

  it('answers requests for a document it never saw, and positions far outside a document, with results rather than errors (every handler copes)', async () => {
    const n = client.logs.length;
    const unseen = uriOf(join(dir, 'clean', 'never-seen.coop'));
    const positions: Position[] = [
      { line: 1e9, character: 1e9 },
      { line: -1, character: -1 },
      { line: 3, character: 1e6 },
      { line: 2 ** 31, character: 0 },
    ];
    for (const target of [unseen, uri]) {
      for (const position of positions) {
        const textDocument = { uri: target };
        const range = { start: position, end: { line: position.line + 1, character: 0 } };
        const requests: [string, unknown][] = [
          ['textDocument/hover', { textDocument, position }],
          ['textDocument/completion', { textDocument, position }],
          ['textDocument/definition', { textDocument, position }],
          ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
          ['textDocument/codeAction', { textDocument, range, context: { diagnostics: client.latest(uri)?.diagnostics ?? [] } }],
          ['textDocument/documentSymbol', { textDocument }],
          ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
          ['textDocument/codeLens', { textDocument }],
          ['textDocument/foldingRange', { textDocument }],
        ];
        for (const [method, params] of requests) {
          await client.request(method, params).catch((e: { code: number; message: string }) => {
            assert.fail(
              `${method} on ${target === uri ? 'the document' : 'an unseen document'} at ${JSON.stringify(position)}: error ${e.code} ${e.message}`,
            );
          });
        }
        // Rename has nothing to rename there: a refusal, which is an answer, not an internal error.
        for (const method of ['textDocument/prepareRename', 'textDocument/rename']) {
          await client.request(method, { textDocument, position, newName: 'other' }).then(
            (r) => assert.ok(r === null, `${method}: ${JSON.stringify(r)}`),
            (e: { code: number }) => assert.equal(e.code, RequestFailed, `${method} answered ${e.code}`),
          );
        }
      }
    }
    assert.deepEqual(
      client.logs.slice(n).filter((l) => /failed:/.test(l)),
      [],
      'no handler failed',
    );
    await stillServing();
  });
});
