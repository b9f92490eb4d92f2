// Language features: each LSP request answered by one engine service (server/src/language/services/),
// with offsets turned into positions and back. Nothing here decides what a feature shows.

import {
  CompletionItemKind,
  FoldingRangeKind,
  InsertTextFormat,
  InsertTextMode,
  ResponseError,
  SymbolKind,
  type CancellationToken,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type ServerCapabilities,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import type { SourceDocument } from '../language/document';
import type { Location as EngineLocation } from '../language/findings';
import { codeLenses } from '../language/services/codelens';
import { completion, type CompletionItem as EngineCompletionItem } from '../language/services/completion';
import { format } from '../language/services/format';
import { hover } from '../language/services/hover';
import { definition, prepareRename, references, rename } from '../language/services/navigation';
import { expandSnippet } from '../language/services/skeletons';
import { documentSymbols, foldingRanges, workspaceSymbols, type DocSymbol } from '../language/services/symbols';
import { rangeOf, toLspEdit } from './convert';
import { checkCancelled, guardRequest } from './guard';
import { SERVER_COMMANDS } from './protocol';
import type { FeaturesContext } from './context';
import { canonicalUri } from './uris';

/** Characters after which completion is worth offering without a word typed. */
const TRIGGER_CHARACTERS = [':', '[', ',', '(', '#'];

export function languageFeatureCapabilities(): ServerCapabilities {
  return {
    hoverProvider: true,
    completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: { label: 'CoopSpec' },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    codeLensProvider: { resolveProvider: false },
  };
}

const COMPLETION_KIND: Record<EngineCompletionItem['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  key: CompletionItemKind.Property,
  block: CompletionItemKind.Struct,
  value: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  party: CompletionItemKind.Constant,
  snippet: CompletionItemKind.Snippet,
  article: CompletionItemKind.Field,
  instrument: CompletionItemKind.Module,
};

/** One symbol kind (one icon) per keyword, so that the outline tells a request from an offence at a glance. */
export const SYMBOL_KIND: Record<DocSymbol['kind'], SymbolKind> = {
  case: SymbolKind.Namespace,
  party: SymbolKind.Module,
  offence: SymbolKind.Event,
  person: SymbolKind.Object,
  data: SymbolKind.File,
  request: SymbolKind.Interface,
  proceeding: SymbolKind.Function,
  consent: SymbolKind.Key,
  transfer: SymbolKind.Operator,
  judgment: SymbolKind.Constant,
  block: SymbolKind.Struct,
};

export function registerLanguageFeatures(ctx: FeaturesContext): void {
  const c = ctx.connection;
  const log = ctx.log;
  const ws = ctx.ws;
  const { clientUri } = ctx.documents;

  /** The engine's document for a request's URI, once the workspace has been read. */
  const target = async (uri: string, token: CancellationToken): Promise<{ uri: string; doc: SourceDocument } | undefined> => {
    await ctx.ready;
    checkCancelled(token); // cancelled while the workspace was being read
    const u = canonicalUri(uri);
    const doc = ws.document(u);
    return doc ? { uri: u, doc } : undefined;
  };
  const location = (l: EngineLocation): Location | undefined => {
    const d = ws.document(l.uri);
    return d ? { uri: clientUri(l.uri), range: rangeOf(d, l.start, l.end) } : undefined;
  };

  c.onHover(
    guardRequest(log, 'textDocument/hover', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return null;
      const h = hover(ws, t.uri, t.doc.offsetAt(p.position));
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: rangeOf(t.doc, h.start, h.end) } : null;
    }),
  );

  c.onCompletion(
    guardRequest(log, 'textDocument/completion', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      const offset = t.doc.offsetAt(p.position);
      // A text of several lines is indented here, to the line the cursor is on, and inserted as it
      // is: the same layout in every client, whether or not it adjusts indentation or knows snippets.
      const indent = /^[ \t]*/.exec(t.doc.lineText(p.position.line))![0];
      return completion(ws, t.uri, offset).map((item): CompletionItem => {
        const snippet = item.snippet === true && ctx.client.caps.snippets;
        const raw = item.insertText ?? item.label;
        const text = indent && /\r?\n/.test(raw) ? raw.replace(/\r?\n/g, (eol) => `${eol}${indent}`) : raw;
        const newText = item.snippet && !snippet ? expandSnippet(text) : text;
        const out: CompletionItem = { label: item.label, kind: COMPLETION_KIND[item.kind] };
        if (text.includes('\n')) out.insertTextMode = InsertTextMode.asIs;
        if (item.detail) out.detail = item.detail;
        if (item.documentation) out.documentation = { kind: 'markdown', value: item.documentation };
        if (item.sortText) out.sortText = item.sortText;
        if (snippet) out.insertTextFormat = InsertTextFormat.Snippet;
        if (item.replace) out.textEdit = { range: rangeOf(t.doc, item.replace.start, item.replace.end), newText };
        else if (newText !== item.label) out.insertText = newText;
        return out;
      });
    }),
  );

  c.onDefinition(
    guardRequest(log, 'textDocument/definition', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      return definition(ws, t.uri, t.doc.offsetAt(p.position)).flatMap((l) => location(l) ?? []);
    }),
  );

  c.onReferences(
    guardRequest(log, 'textDocument/references', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      return references(ws, t.uri, t.doc.offsetAt(p.position), p.context.includeDeclaration).flatMap((l) => location(l) ?? []);
    }),
  );

  c.onPrepareRename(
    guardRequest(log, 'textDocument/prepareRename', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return null;
      const r = prepareRename(ws, t.uri, t.doc.offsetAt(p.position));
      if ('error' in r) throw new ResponseError(-32803 /* RequestFailed */, r.error);
      return { range: rangeOf(t.doc, r.start, r.end), placeholder: r.placeholder };
    }),
  );

  c.onRenameRequest(
    guardRequest(log, 'textDocument/rename', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return null;
      const r = rename(ws, t.uri, t.doc.offsetAt(p.position), p.newName);
      if ('error' in r) throw new ResponseError(-32803 /* RequestFailed */, r.error);
      const edits = r.edits.flatMap((e) => {
        const d = ws.document(e.uri);
        return d ? [{ uri: clientUri(e.uri), ...toLspEdit(d, e) }] : [];
      });
      return ctx.workspaceEdit(edits);
    }),
  );

  c.onDocumentSymbol(
    guardRequest(log, 'textDocument/documentSymbol', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      const symbols = documentSymbols(ws, t.uri);
      const doc = t.doc;
      if (ctx.client.caps.hierarchicalSymbols) {
        const convert = (s: DocSymbol): DocumentSymbol => {
          const out: DocumentSymbol = {
            name: s.name || '?',
            kind: SYMBOL_KIND[s.kind],
            range: rangeOf(doc, s.start, s.end),
            selectionRange: rangeOf(doc, s.selectionStart, s.selectionEnd),
            children: s.children.map(convert),
          };
          if (s.detail) out.detail = s.detail;
          return out;
        };
        return symbols.map(convert);
      }
      // Clients without hierarchical symbols get a flat list with containers named.
      const flat: SymbolInformation[] = [];
      const walk = (s: DocSymbol, container?: string): void => {
        const info: SymbolInformation = {
          name: s.name || '?',
          kind: SYMBOL_KIND[s.kind],
          location: { uri: p.textDocument.uri, range: rangeOf(doc, s.start, s.end) },
        };
        if (container) info.containerName = container;
        flat.push(info);
        for (const child of s.children) walk(child, s.name);
      };
      for (const s of symbols) walk(s);
      return flat;
    }),
  );

  c.onWorkspaceSymbol(
    guardRequest(log, 'workspace/symbol', async (p, token) => {
      await ctx.ready;
      checkCancelled(token);
      const out: SymbolInformation[] = [];
      for (const s of workspaceSymbols(ws, p.query)) {
        const d = ws.document(s.uri);
        if (!d) continue;
        const info: SymbolInformation = {
          name: s.name,
          kind: SYMBOL_KIND[s.kind],
          location: { uri: clientUri(s.uri), range: rangeOf(d, s.start, s.end) },
        };
        if (s.detail) info.containerName = s.detail;
        out.push(info);
      }
      return out;
    }),
  );

  c.onFoldingRanges(
    guardRequest(log, 'textDocument/foldingRange', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      return foldingRanges(ws, t.uri).map((f): FoldingRange => {
        const out: FoldingRange = { startLine: f.startLine, endLine: f.endLine };
        if (f.kind) out.kind = f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region;
        return out;
      });
    }),
  );

  c.onDocumentFormatting(
    guardRequest(log, 'textDocument/formatting', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      const tabSize = Number.isInteger(p.options.tabSize) && p.options.tabSize > 0 ? p.options.tabSize : 2;
      return format(ws, t.uri, { tabSize, insertSpaces: p.options.insertSpaces !== false }).map((e) => toLspEdit(t.doc, e));
    }),
  );

  c.onCodeLens(
    guardRequest(log, 'textDocument/codeLens', async (p, token) => {
      const t = await target(p.textDocument.uri, token);
      if (!t) return [];
      // Clicked, the lens explains itself: what each item counts and the rules it stands for (the
      // client's command shows it its own way; the server's sends it as a message).
      const command = ctx.client.options.showChecklist ?? SERVER_COMMANDS.showChecklist;
      const lenses = codeLenses(ws, t.uri).map((l) => ({
        range: rangeOf(t.doc, l.start, l.end),
        command: {
          title: l.title,
          command,
          tooltip: 'What each item counts, and the rules it stands for',
          arguments: [{ request: l.request, kind: l.kind, items: l.items }],
        },
      }));
      // "Preview" above each request, for a client that named its preview command.
      const preview = ctx.client.options.previewCommand;
      if (!preview) return lenses;
      const previews = ws
        .declarationsOf(t.uri)
        .filter((d) => d.keyword === 'request')
        .map((d) => ({
          range: rangeOf(t.doc, d.chunk.base + d.syntax.name.start, d.chunk.base + d.syntax.name.end),
          command: { title: 'Preview', command: preview, arguments: [d.name, p.textDocument.uri] },
        }));
      return [...previews, ...lenses];
    }),
  );
}
