// The workspace folders and reading them: every *.coop file of the folders is read into the
// workspace at start, so references into files that are not open resolve; a folder added later is
// read then, a folder removed takes its files with it, and "Lint workspace" reads them all again.

import { promises as fs } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Connection, InitializeParams, WorkspaceFolder } from 'vscode-languageserver/node';
import type { Workspace } from '../language/workspace';
import { decodeFile, type DecodedFile } from '../node/decode';
import type { ConfigDiagnostics } from './configDiagnostics';
import type { ClientView, OpenDocumentsView } from './context';
import type { ServerSettings } from './folderSettings';
import { scanFolders } from './scan';
import { canonicalUri, filePath, isInside } from './uris';

export interface FoldersContext {
  readonly connection: Pick<Connection, 'window'>;
  readonly ws: Workspace;
  readonly client: ClientView<'workDoneProgress'>;
  readonly documents: Pick<OpenDocumentsView, 'isOpen'>;
  readonly settings: Pick<ServerSettings, 'setWorkspaceFolders'>;
  readonly configs: Pick<ConfigDiagnostics, 'found' | 'forget'>;
  /** The workspace has been read once: what a later reading changes is reported as it goes. */
  readonly isReady: boolean;
  /** The client asked the server to shut down: readings stop. */
  readonly shuttingDown: boolean;
  /** Documents whose findings may have changed, to report on the next turn. */
  queue(uris: Iterable<string>): void;
}

/** The folders initialize names: its workspace folders, else its root. Only file: folders are read. */
export function initialFolders(params: InitializeParams): string[] {
  const folders: string[] = [];
  if (params.workspaceFolders?.length) folders.push(...params.workspaceFolders.map((f) => f.uri));
  else if (params.rootUri) folders.push(params.rootUri);
  else if (params.rootPath) folders.push(pathToFileURL(params.rootPath).href);
  return folders.map(canonicalUri).filter((u) => u.startsWith('file:'));
}

export class WorkspaceFolders {
  private folders: string[] = [];
  /**
   * Readings of the workspace folders in progress, and the URIs (files or folders) that a
   * watched-file event or a close settled meanwhile: a reading that started earlier must not put
   * back what they deleted or changed.
   */
  private scans = 0;
  private readonly settledDuringScan = new Set<string>();

  constructor(private readonly ctx: FoldersContext) {}

  /** The workspace folders (canonical file: URIs). */
  get list(): readonly string[] {
    return this.folders;
  }

  set(folders: string[]): void {
    this.folders = folders;
    this.ctx.settings.setWorkspaceFolders(this.folders);
  }

  inWorkspace(uri: string): boolean {
    return this.folders.some((f) => isInside(uri, f));
  }

  /** An event (a watched file, a close) set what the workspace holds at `uri`: a reading in progress leaves it alone. */
  settle(uri: string): void {
    if (this.scans > 0) this.settledDuringScan.add(uri);
  }

  /**
   * Read every *.coop file of the folders into the workspace; returns how many were read. Files
   * whose text changed are reported (a rescan; at start nothing is reported before the whole is read).
   * `found` receives the URI of every *.coop file the scan found.
   */
  async index(folders: readonly string[], found?: Set<string>): Promise<number> {
    const { ws, documents } = this.ctx;
    const paths = folders.flatMap((f) => filePath(f) ?? []);
    if (paths.length === 0) return 0;
    this.scans++;
    const settled = (uri: string): boolean => [...this.settledDuringScan].some((s) => isInside(uri, s));
    const progress = this.ctx.client.caps.workDoneProgress
      ? await this.ctx.connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin('CoopSpec', 0, 'Looking for *.coop files', true);
    const cancelled = (): boolean => this.ctx.shuttingDown || progress?.token.isCancellationRequested === true;
    let read = 0;
    try {
      const { coop, configs } = await scanFolders(paths, cancelled);
      for (const p of configs) this.ctx.configs.found(pathToFileURL(p).href);
      if (found) for (const p of coop) found.add(pathToFileURL(p).href);
      let lastReport = Date.now();
      const BATCH = 32;
      const readBatch = (from: number): Promise<(DecodedFile | undefined)[]> =>
        Promise.all(coop.slice(from, from + BATCH).map((p) => fs.readFile(p).then(decodeFile, () => undefined)));
      // The next batch is read while this one is parsed, so the disk and the parser overlap.
      let next = readBatch(0);
      for (let i = 0; i < coop.length && !cancelled(); i += BATCH) {
        const batch = coop.slice(i, i + BATCH);
        const texts = await next;
        if (i + BATCH < coop.length) next = readBatch(i + BATCH);
        batch.forEach((p, j) => {
          const file = texts[j];
          const uri = pathToFileURL(p).href;
          // An open document's text wins over the disk, and so does what an event set since the read.
          if (file === undefined || documents.isOpen(uri) || settled(uri)) return;
          const summary = ws.set(uri, file.text, { invalidUtf8: !file.utf8 });
          if (this.ctx.isReady) this.ctx.queue(summary.affected);
          read++;
        });
        if (Date.now() - lastReport > 200) {
          lastReport = Date.now();
          const done = Math.min(coop.length, i + BATCH);
          progress?.report(Math.floor((done * 100) / coop.length), `${done}/${coop.length} files`);
          await new Promise((r) => setImmediate(r)); // let cancellation and edits through
        }
      }
    } finally {
      progress?.done();
      if (--this.scans === 0) this.settledDuringScan.clear();
    }
    return read;
  }

  /**
   * Read every folder again: what no watcher reported is caught, changed files and files gone
   * (their reports are cleared).
   */
  async rescan(): Promise<void> {
    const { ws, documents } = this.ctx;
    const found = new Set<string>();
    await this.index(this.folders, found);
    const gone = ws.uris().filter((u) => !found.has(u) && !documents.isOpen(u) && u.startsWith('file:') && this.inWorkspace(u));
    const affected = new Set<string>(gone);
    for (const u of gone) for (const a of ws.delete(u).affected) affected.add(a);
    this.ctx.queue(affected);
  }

  /**
   * workspace/didChangeWorkspaceFolders: the files of removed folders leave the workspace (their
   * reports are cleared) unless another folder holds them. Returns the added folders, to be read.
   */
  change(added: WorkspaceFolder[], removed: WorkspaceFolder[]): string[] {
    const { ws, documents } = this.ctx;
    const gone = removed.map((f) => canonicalUri(f.uri));
    const fresh = added.map((f) => canonicalUri(f.uri)).filter((u) => u.startsWith('file:'));
    this.set([...this.folders.filter((f) => !gone.includes(f)), ...fresh]);
    const affected = new Set<string>();
    for (const uri of ws.uris()) {
      if (!documents.isOpen(uri) && gone.some((f) => isInside(uri, f)) && !this.inWorkspace(uri)) {
        affected.add(uri); // its report is cleared
        for (const a of ws.delete(uri).affected) affected.add(a);
      }
    }
    this.ctx.configs.forget((k) => gone.some((f) => isInside(k, f)));
    this.ctx.queue(affected);
    return fresh;
  }
}
