// Diagnostics of coopspec.json files, whether open in the editor or not: one per mistake, each with a
// code of its own (config-unknown-rule, config-json, …). The files are those the scan and the
// watchers found, and those the settings used above the workspace folders.

import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseConfig } from '../language/config';
import type { ClientView } from './context';
import { SOURCE } from './convert';
import { readRegularFile } from './disk';
import type { OpenDocuments } from './documents';
import type { ServerSettings } from './folderSettings';
import { filePath } from './uris';

export interface ConfigDiagnosticsContext {
  readonly connection: Pick<Connection, 'sendDiagnostics'>;
  readonly documents: Pick<OpenDocuments, 'openAt'>;
  readonly settings: Pick<ServerSettings, 'configsInUse'>;
  readonly client: ClientView<never, 'configSchema'>;
}

export class ConfigDiagnostics {
  /** coopspec.json files known to exist (found by the scan or a watcher). */
  private readonly known = new Set<string>();
  /** coopspec.json files that currently have diagnostics published. */
  private readonly published = new Set<string>();
  /** How many coopspec.json files were in use at the last report. */
  private seen = 0;

  constructor(private readonly ctx: ConfigDiagnosticsContext) {}

  /** A coopspec.json file exists (the scan, a watcher or the editor found it). */
  found(uri: string): void {
    this.known.add(uri);
  }

  /** Forget the known files that `gone` matches (deleted, or in a folder that left the workspace) and clear their diagnostics; true when there were some. */
  forget(gone: (uri: string) => boolean): boolean {
    let any = false;
    for (const k of [...this.known]) {
      if (!gone(k)) continue;
      this.known.delete(k);
      this.clear(k);
      any = true;
    }
    return any;
  }

  /**
   * Publish the diagnostics of these files (default: every file known or in use). A client that
   * checks the file against the contributed JSON schema (initializationOptions.configSchema, the
   * VS Code client) already shows what the schema catches: only the rest is reported there, so that
   * no mistake is reported twice.
   */
  publish(only?: string[]): void {
    const uris = only ?? [...new Set([...this.known, ...this.ctx.settings.configsInUse])];
    for (const uri of uris) {
      const open = this.ctx.documents.openAt(uri);
      let text = open?.getText();
      if (text === undefined) {
        const path = filePath(uri);
        text = path ? readRegularFile(path)?.toString('utf8') : undefined;
      }
      if (text === undefined) {
        this.clear(uri);
        continue;
      }
      const positions = TextDocument.create(uri, 'json', 0, text);
      const diagnostics: Diagnostic[] = parseConfig(uri, text)
        .problems.filter((p) => !(p.schema && this.ctx.client.options.configSchema))
        .map((p) => ({
          range: { start: positions.positionAt(p.start), end: positions.positionAt(p.end) },
          severity: DiagnosticSeverity.Error,
          code: p.code,
          source: SOURCE,
          message: p.message,
        }));
      if (diagnostics.length === 0 && !this.published.has(uri)) continue;
      if (diagnostics.length) this.published.add(uri);
      else this.published.delete(uri);
      void this.ctx.connection.sendDiagnostics({ uri: open?.uri ?? uri, diagnostics });
    }
  }

  /** After a report: computing findings may have found coopspec.json files above the workspace folders. */
  afterReport(): void {
    const inUse = this.ctx.settings.configsInUse;
    if (inUse.size === this.seen) return;
    this.seen = inUse.size;
    this.publish([...inUse].filter((u) => !this.known.has(u)));
  }

  private clear(uri: string): void {
    if (!this.published.delete(uri)) return;
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
