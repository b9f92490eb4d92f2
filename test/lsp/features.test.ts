// Language features over stdio, one test each: hover, completion, definition, references, rename,
// document and workspace symbols, folding, formatting and code lenses. The workspace is the clean
// example (two files that refer to each other) plus a file written here.

import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  MarkupContent,
  SymbolInformation,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
  CodeLens,
} from 'vscode-languageserver-protocol';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DECLARATIONS } from '../../server/src/language/vocabulary';
import { SYMBOL_KIND } from '../../server/src/lsp/features';
import { EXAMPLES } from '../support/lint';
import { ensureBuilt, LspClient, removeWorkspace, tempWorkspace, uriOf } from './client';
import { codeLenses } from '../../server/src/language/services/codelens';
import { completion } from '../../server/src/language/services/completion';
import { REQUEST_KINDS } from '../../server/src/language/words';
import { Workspace } from '../../server/src/language/workspace';
import { readFolder } from '../support/lint';

/** The engine, in this process, on the files of the server's workspace: what the server should answer. */
function engineOf(dir: string): Workspace {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(readFolder(dir))) ws.set(`file:///ws/${name}`, text);
  return ws;
}

/** A document's URI in engineOf's workspace. */
const engineUri = (d: { uri: string }): string => `file:///ws/clean/${d.uri.slice(d.uri.lastIndexOf('/') + 1)}`;

before(function () {
  this.timeout(120000);
  ensureBuilt();
});

describe('language server: language features', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  let extradition: { uri: string; text: string; doc: TextDocument };
  let preservation: { uri: string; text: string; doc: TextDocument };
  let scratch: { uri: string; text: string; doc: TextDocument };

  const scratchText = [
    'request PRES-9 preservation {',
    '  from: FR',
    '  to: US',
    '  basis: budapest art 29(2)(c)',
    '  offences: [ransomware]',
    '  grounds {',
    '    political-offence: not-engaged "Profit"',
    '    ',
    '  }',
    '}',
    '',
  ].join('\n');

  const load = (rel: string) => {
    const uri = uriOf(join(dir, rel));
    const text = readFileSync(join(dir, rel), 'utf8');
    return { uri, text, doc: TextDocument.create(uri, 'coopspec', 1, text) };
  };
  /** The position of the `n`th occurrence of `needle` in a document, plus `delta` characters. */
  const at = (d: { text: string; doc: TextDocument }, needle: string, delta = 0, n = 0) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = d.text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `${needle} not found`);
    return d.doc.positionAt(i + delta);
  };

  before(async () => {
    dir = tempWorkspace({ clean: join(EXAMPLES, 'clean') });
    writeFileSync(join(dir, 'clean', 'scratch.coop'), scratchText);
    client = await LspClient.start(dir);
    extradition = load('clean/ransomware-extradition.coop');
    preservation = load('clean/preservation-and-mla.coop');
    scratch = load('clean/scratch.coop');
    // Only the scratch file and the preservation file are open; the extradition file is read from disk.
    client.open(scratch.uri, scratch.text);
    client.open(preservation.uri, preservation.text);
    await client.diagnosticsOf(preservation.uri);
  });
  after(async () => {
    await client.stop();
    removeWorkspace(dir);
  });

  it('advertises the features it serves', () => {
    const caps = client.initializeResult.capabilities;
    for (const k of [
      'hoverProvider',
      'completionProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
      'documentFormattingProvider',
      'codeLensProvider',
      'codeActionProvider',
    ] as const) {
      assert.ok(caps[k], k);
    }
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
  });

  it("hover on `budapest art 29(2)(c)` shows the article's text with its citation", async () => {
    const h = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: scratch.uri },
      position: at(scratch, '29(2)(c)', 1),
    });
    const md = h.contents as MarkupContent;
    assert.equal(md.kind, 'markdown');
    assert.match(md.value, /CETS 185 Art\. 29\(2\)\(c\)/);
    assert.match(md.value, /the stored computer data to be preserved and its relationship to the offence/);
    assert.ok(h.range && h.range.start.line === 3, JSON.stringify(h.range));
    // Nothing to say on a string's contents.
    const none = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: scratch.uri },
      position: at(scratch, 'Profit', 2),
    });
    assert.equal(none, null);
  });

  it('completion inside grounds { } offers the grounds not yet assessed, with text edits', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: scratch.uri },
      position: { line: 7, character: 4 },
    });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('essential-interests'), JSON.stringify(labels));
    assert.ok(!labels.includes('political-offence'), 'already assessed');
    for (const i of items) if (i.textEdit) assert.equal((i.textEdit as TextEdit).range.start.line, 7);
  });

  it('completion at the top level offers request skeletons as snippets', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: scratch.uri },
      position: { line: 10, character: 0 },
    });
    const snippets = items.filter((i) => i.insertTextFormat === 2);
    // Exactly the engine's snippets there, with their text: a skeleton of each declaration and of each request kind.
    const engine = engineOf(dir);
    const own = completion(engine, engineUri(scratch), scratch.text.length).filter((i) => i.snippet);
    assert.deepEqual(
      snippets.map((i) => [i.label, (i.textEdit as TextEdit | undefined)?.newText ?? i.insertText]),
      own.map((i) => [i.label, i.insertText]),
    );
    assert.deepEqual(
      snippets.map((i) => i.label).filter((l) => l.startsWith('request ')),
      [...REQUEST_KINDS.keys()].map((k) => `request ${k} { … }`),
    );
    const text = (snippets[0]!.textEdit as TextEdit | undefined)?.newText ?? snippets[0]!.insertText ?? '';
    assert.match(text, /\$\{1[:|]/);
  });

  it('definition on an offence reference lands on its declaration in a file that is not open', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: preservation.uri },
      position: at(preservation, 'offences: [ransomware', 'offences: ['.length + 2),
    });
    assert.equal(defs.length, 1);
    assert.equal(defs[0]!.uri, extradition.uri);
    assert.deepEqual(defs[0]!.range.start, at(extradition, 'offence ransomware', 'offence '.length));
  });

  it('references cover the declaration and every use across files', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: extradition.uri },
      position: at(extradition, 'offence ransomware', 'offence '.length + 1),
      context: { includeDeclaration: true },
    });
    const where = refs.map((r) => `${r.uri.slice(r.uri.lastIndexOf('/') + 1)}:${r.range.start.line}`).sort();
    // Every name `ransomware` of the three files, outside comments and strings, is the offence.
    const count = (d: { text: string }) =>
      d.text
        .replace(/#.*$/gm, '')
        .replace(/"[^"\n]*"/g, '')
        .split(/(?<![\w-])ransomware(?![\w-])/).length - 1;
    assert.equal(refs.length, count(extradition) + count(preservation) + count(scratch), JSON.stringify(where));
    assert.ok(where.some((w) => w.startsWith('scratch.coop:')));
    const without = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: extradition.uri },
      position: at(extradition, 'offence ransomware', 'offence '.length + 1),
      context: { includeDeclaration: false },
    });
    assert.equal(without.length, refs.length - 1);
  });

  it('rename changes the declaration and every use across files; a taken or invalid name is refused', async () => {
    const position = at(preservation, 'offences: [ransomware', 'offences: ['.length + 1);
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri: preservation.uri },
      position,
    });
    assert.equal(prepared.placeholder, 'ransomware');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: preservation.uri },
      position,
      newName: 'extortion',
    });
    const changes = edit.documentChanges as TextDocumentEdit[];
    const byFile = new Map(changes.map((c) => [c.textDocument.uri, c]));
    assert.deepEqual([...byFile.keys()].sort(), [extradition.uri, preservation.uri, scratch.uri].sort());
    assert.equal(byFile.get(preservation.uri)!.textDocument.version, 1, 'an open document carries its version');
    assert.equal(byFile.get(extradition.uri)!.textDocument.version, null, 'a file that is not open has none');
    const renamed = TextDocument.applyEdits(extradition.doc, byFile.get(extradition.uri)!.edits as TextEdit[]);
    assert.match(renamed, /offence extortion \{/);
    const names = (t: string) =>
      t
        .replace(/#.*$/gm, '')
        .replace(/"[^"\n]*"/g, '')
        .match(/(?<![\w-])(ransomware|extortion)(?![\w-])/g) ?? [];
    assert.deepEqual(
      names(renamed),
      names(extradition.text).map(() => 'extortion'),
    );

    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: preservation.uri }, position, newName: 'bad name' }),
      (e: { message: string }) => /not a valid name/.test(e.message),
    );
    await assert.rejects(
      client.request('textDocument/prepareRename', {
        textDocument: { uri: preservation.uri },
        position: at(preservation, 'Office anti', 3),
      }),
      (e: { message: string }) => /Only a declared name can be renamed/.test(e.message),
    );
  });

  it('the outline lists every declaration with its keyword and a kind of its own, and its blocks; not its keys', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: extradition.uri } });
    const declared = [...extradition.text.matchAll(/^(\w+) ([A-Za-z][\w.-]*)(?: ([a-z-]+))?/gm)];
    assert.deepEqual(
      symbols.map((s) => s.name),
      declared.map((m) => m[2]),
    );
    // Each symbol says what it is: the keyword (a request its kind too) and one symbol kind per keyword.
    symbols.forEach((s, i) => {
      const [, keyword, , kind] = declared[i]!;
      assert.ok(
        s.detail === (keyword === 'request' ? `${kind} request` : keyword) || s.detail!.startsWith(`${keyword} · `),
        `${s.name}: ${s.detail}`,
      );
      assert.equal(s.kind, SYMBOL_KIND[keyword as keyof typeof SYMBOL_KIND]);
    });
    const request = symbols.find((s) => s.name === 'EXT-2026-001')!;
    assert.deepEqual(
      request.children?.map((c) => [c.name, c.kind, c.children?.length]),
      [['grounds', SymbolKind.Struct, 0]],
    );
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    assert.ok(!all(symbols).some((s) => ['from', 'to', 'offences', 'dual-criminality', 'cite'].includes(s.name)), 'no key is listed');
    for (const s of symbols) assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line);
  });

  it('gives every keyword a symbol kind of its own', () => {
    const kinds = Object.entries(SYMBOL_KIND);
    assert.deepEqual([...DECLARATIONS.keys(), 'block'].sort(), kinds.map(([k]) => k).sort());
    assert.equal(new Set(kinds.map(([, v]) => v)).size, kinds.length, 'no two keywords share a kind');
  });

  it('workspace symbols find declarations of every file by name', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'PRES' });
    const names = found.map((s) => `${s.name}@${s.location.uri.slice(s.location.uri.lastIndexOf('/') + 1)}`);
    assert.ok(names.includes('PRES-2026-010@preservation-and-mla.coop'), JSON.stringify(names));
    assert.ok(names.includes('PRES-9@scratch.coop'), JSON.stringify(names));
    assert.ok(!names.some((n) => n.startsWith('EXT-')), JSON.stringify(names));
  });

  it('folding ranges cover each multi-line declaration and block', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: scratch.uri } });
    assert.ok(
      ranges.some((r) => r.startLine === 0 && r.endLine >= 8),
      JSON.stringify(ranges),
    );
    assert.ok(
      ranges.some((r) => r.startLine === 5),
      JSON.stringify(ranges),
    );
  });

  it('formatting gives canonical indentation, and a formatted document gets no edits', async () => {
    const messy = 'offence  fraud {\n      conduct:   "x"\n category: budapest art 8\n}\n';
    const uri = uriOf(join(dir, 'clean', 'messy.coop'));
    client.open(uri, messy);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'coopspec', 1, messy), edits);
    assert.equal(formatted, 'offence fraud {\n  conduct: "x"\n  category: budapest art 8\n}\n');
    const again = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri: extradition.uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(again, []);
    client.close(uri);
  });

  it('a code lens on each request summarises its checklist', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: preservation.uri } });
    const requests = [...preservation.text.matchAll(/^request /gm)].length;
    assert.equal(lenses.length, requests);
    // Each title is the engine's checklist of its request, as services/codelens.ts makes it.
    const engine = engineOf(dir);
    assert.deepEqual(
      lenses.map((l) => l.command?.title),
      codeLenses(engine, engineUri(preservation)).map((l) => l.title),
    );
    assert.equal(lenses[0]!.range.start.line, at(preservation, 'PRES-2026-010').line);
  });

  it('a code lens is clickable: its command explains each item, what it counts and the rules it stands for', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: preservation.uri } });
    const lens = lenses[0]!;
    assert.equal(lens.command!.command, 'coopspec.server.showChecklist');
    assert.match(lens.command!.tooltip ?? '', /What each item counts/);
    const arg = lens.command!.arguments![0] as {
      request: string;
      kind: string;
      items: { text: string; explain: string; rules: string[] }[];
    };
    assert.equal(arg.request, 'PRES-2026-010');
    assert.equal(arg.items.map((i) => i.text).join(' · '), lens.command!.title);
    assert.deepEqual(arg.items.find((i) => i.text.startsWith('Art. 29(2)'))?.rules, ['CR301']);
    // Run by a client that has no command of its own: the server says it in a message.
    const n = client.messages.length;
    await client.request('workspace/executeCommand', { command: lens.command!.command, arguments: lens.command!.arguments });
    const message = await client.until(
      () => client.messages.slice(n).find((m) => /checklist of preservation request PRES-2026-010/.test(m.message)),
      'the checklist message',
    );
    assert.match(message.message, /Art\. 29\(2\): 6\/6: The elements \(a\)–\(f\) Budapest Art\. 29\(2\) requires .* \(CR301\)/);
    assert.match(message.message, /grounds 2\/2 assessed: The refusal grounds the request must assess.*\(CR101, CR107\)/);
  });

  it('a client that names its own checklist command gets it on the lens', async () => {
    const other = await LspClient.start(dir, { initializationOptions: { commands: { showChecklist: 'coopspec.showChecklist' } } });
    try {
      const lenses = await other.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: preservation.uri } });
      assert.ok(lenses.length > 0 && lenses.every((l) => l.command?.command === 'coopspec.showChecklist'));
    } finally {
      await other.stop();
    }
  });

  it('requests for a document the server does not know are answered, not failed', async () => {
    const uri = uriOf(join(dir, 'nowhere.coop'));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } }), []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });

  it('clients without hierarchical symbols or snippets get a flat outline and plain text', async () => {
    const plain = await LspClient.start(dir, { capabilities: {} });
    try {
      plain.open(scratch.uri, scratch.text);
      const symbols = await plain.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: extradition.uri } });
      assert.ok(symbols.length > 0 && symbols.every((x) => 'location' in x));
      assert.ok(
        symbols.some((x) => x.name === 'grounds' && x.containerName === 'EXT-2026-001'),
        JSON.stringify(symbols.map((x) => [x.name, x.containerName])),
      );
      const items = await plain.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: scratch.uri },
        position: { line: 10, character: 0 },
      });
      assert.ok(items.length > 0);
      for (const i of items) {
        assert.notEqual(i.insertTextFormat, 2);
        const text = (i.textEdit as TextEdit | undefined)?.newText ?? i.insertText ?? '';
        assert.doesNotMatch(text, /\$\{\d/, i.label);
      }
      // A block completed on an indented line is indented to that line, and inserted as it is.
      const req = { uri: uriOf(join(dir, 'indent.coop')), text: 'request R extradition {\n  \n}\n' };
      plain.open(req.uri, req.text);
      const block = (
        await plain.request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri: req.uri },
          position: { line: 1, character: 2 },
        })
      ).find((i) => i.label === 'grounds')!;
      const text = (block.textEdit as TextEdit | undefined)?.newText ?? block.insertText ?? '';
      const lines = text.split('\n');
      assert.ok(lines.length > 2, text);
      assert.ok(
        lines.slice(1, -1).every((l) => l.startsWith('    ')),
        text,
      );
      assert.equal(lines[lines.length - 1], '  }');
      assert.equal(block.insertTextMode, 1, 'asIs');
    } finally {
      await plain.stop();
    }
  });
});
