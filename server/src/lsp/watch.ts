// Watched files: the client watches *.coop files and coopspec.json for the server (registered when
// the client allows it), and its events keep the files that are not open current. An open
// document's text wins over the disk until it is closed.

import { DidChangeWatchedFilesNotification, FileChangeType, type Connection } from 'vscode-languageserver/node';
import type { Workspace } from '../language/workspace';
import type { ConfigDiagnostics } from './configDiagnostics';
import type { ClientView, OpenDocumentsView } from './context';
import { readDisk } from './disk';
import type { ServerSettings } from './folderSettings';
import type { WorkspaceFolders } from './folders';
import { describeError, type Log } from './guard';
import { isSkipped } from './scan';
import { canonicalUri, filePath, isConfigUri, isCoopUri, isInside } from './uris';

export interface WatchContext {
  readonly connection: Pick<Connection, 'client'>;
  readonly log: Log;
  readonly client: ClientView<'dynamicWatchers'>;
  readonly ws: Workspace;
  readonly documents: Pick<OpenDocumentsView, 'isOpen'>;
  readonly folders: Pick<WorkspaceFolders, 'settle'>;
  readonly settings: Pick<ServerSettings, 'configurationChanged' | 'settingsFor'>;
  readonly configs: Pick<ConfigDiagnostics, 'found' | 'forget' | 'publish'>;
  /** Documents whose findings may have changed, to report on the next turn. */
  queue(uris: Iterable<string>): void;
}

export class FileWatcher {
  constructor(private readonly ctx: WatchContext) {}

  /** Ask the client to watch the files, when it lets servers register watchers. */
  async register(): Promise<void> {
    if (!this.ctx.client.caps.dynamicWatchers) return;
    await this.ctx.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.coop' }, { globPattern: '**/coopspec.json' }],
      })
      .catch((e: unknown) => this.ctx.log.error(`CoopSpec: could not register file watchers: ${describeError(e)}`));
  }

  /** workspace/didChangeWatchedFiles. */
  changed(changes: { uri: string; type: FileChangeType }[]): void {
    const { ws, documents, configs, settings } = this.ctx;
    const affected = new Set<string>();
    let configChanged = false;
    for (const change of changes) {
      const uri = canonicalUri(change.uri);
      const path = filePath(uri);
      if (!path || isSkipped(path)) continue;
      this.ctx.folders.settle(uri);
      if (change.type === FileChangeType.Deleted) {
        // A file, or a folder: whatever the workspace held under it goes, and so do its reports.
        for (const u of ws.uris()) {
          if ((u === uri || isInside(u, uri)) && !documents.isOpen(u)) {
            affected.add(u);
            for (const a of ws.delete(u).affected) affected.add(a);
          }
        }
        if (configs.forget((k) => k === uri || isInside(k, uri))) configChanged = true;
        continue;
      }
      if (isConfigUri(uri)) {
        configs.found(uri);
        configChanged = true;
        continue;
      }
      if (!isCoopUri(uri) || documents.isOpen(uri)) continue;
      const file = readDisk(path);
      const summary = file !== undefined ? ws.set(uri, file.text, { invalidUtf8: !file.utf8 }) : ws.delete(uri);
      for (const a of summary.affected) affected.add(a);
    }
    if (configChanged) {
      settings.configurationChanged();
      for (const a of ws.setSettings(settings.settingsFor).affected) affected.add(a);
      configs.publish();
    }
    this.ctx.queue(affected);
  }
}
