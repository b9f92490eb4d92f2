// Finding coopspec.json for a file on disk: the nearest one in the file's folder or above wins.
// Shared by the CLI and the language server, so both read configuration the same way.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_FILE, parseConfig, type ConfigFileResult } from '../language/config';

export class ConfigLoader {
  private readonly byDir = new Map<string, ConfigFileResult | null>();
  private readonly byFile = new Map<string, ConfigFileResult>();

  /** The configuration that applies to a file (path or file: URI); undefined when there is none. */
  forFile(fileOrUri: string): ConfigFileResult | undefined {
    const path = fileOrUri.startsWith('file:') ? fileURLToPath(fileOrUri) : fileOrUri;
    return this.forDir(dirname(resolve(path)));
  }

  private forDir(dir: string): ConfigFileResult | undefined {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let found: ConfigFileResult | undefined;
    const candidate = join(dir, CONFIG_FILE);
    if (isFile(candidate)) found = this.load(candidate);
    else {
      const parent = dirname(dir);
      found = parent !== dir ? this.forDir(parent) : undefined;
    }
    this.byDir.set(dir, found ?? null);
    return found;
  }

  /** Read one configuration file (for --config, or when found). Unreadable files are a problem in the result. */
  load(path: string): ConfigFileResult {
    const abs = resolve(path);
    const cached = this.byFile.get(abs);
    if (cached) return cached;
    const uri = pathToFileURL(abs).href;
    let result: ConfigFileResult;
    try {
      result = parseConfig(uri, readFileSync(abs, 'utf8'));
    } catch (e) {
      result = {
        uri,
        data: { rules: {} },
        problems: [
          {
            start: 0,
            end: 0,
            message: `cannot read ${CONFIG_FILE}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`,
            code: 'config-json',
            schema: false,
          },
        ],
      };
    }
    this.byFile.set(abs, result);
    return result;
  }

  /** Forget what was read (a coopspec.json was created, changed or deleted). */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
