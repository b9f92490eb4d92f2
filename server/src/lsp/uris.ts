// URIs: the engine keys documents by one canonical form of each file: URI, so a file indexed from
// disk and the same file opened by the editor (whose URI may encode characters differently) are
// one document. Documents the client names by another scheme (untitled:) keep their URI.

import { fileURLToPath, pathToFileURL } from 'node:url';

export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function isCoopUri(uri: string): boolean {
  return /\.coop$/.test(uri.split(/[?#]/)[0]!);
}

export function isConfigUri(uri: string): boolean {
  return /(^|\/)coopspec\.json$/.test(uri.split(/[?#]/)[0]!);
}

/** The URI of the folder holding a document. */
export function folderOf(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i > 0 ? uri.slice(0, i) : uri;
}

/** True when `uri` is `folder` or inside it. */
export function isInside(uri: string, folder: string): boolean {
  const f = folder.endsWith('/') ? folder : `${folder}/`;
  return uri === folder || uri.startsWith(f);
}
