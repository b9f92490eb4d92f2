// Rendering a request: request -> letter model (letter.ts) -> md | html | docx (formats.ts).
// Engine side: no VS Code or LSP import; the CLI's `render` command and the server's
// `coopspec/render` request are thin hosts around renderRequest.

import type { Finding } from '../language/findings';
import { nearest } from '../language/util';
import type { Workspace } from '../language/workspace';
import { formatByName, type Format } from './formats';
import { buildLetter, requestFindings, requestNames, requestsNamed, type Letter } from './letter';
import type { Lang } from './words';

export * from './formats';
export { buildLetter, buildMemo, requestFindings, requestNames, type Letter } from './letter';
export { LANGS, WORDS, type Lang } from './words';

export interface RenderOptions {
  request: string;
  format: Format['name'];
  lang: Lang;
  /** The internal assessment memo instead of the letter. */
  memo?: boolean;
  /** Render although the request has error findings, with "DRAFT — N open findings" on every page. */
  draft?: boolean;
}

export type RenderOutcome =
  | { ok: true; letter: Letter; format: Format; content: Uint8Array | string; findings: Finding[] }
  /** The workspace has no request of that name; `suggestions` are the nearest names. */
  | { ok: false; reason: 'unknown-request'; suggestions: string[] }
  /** Two requests have that name (CR003): which one is meant is unknown. */
  | { ok: false; reason: 'ambiguous-request'; count: number }
  /** The request has error findings and `draft` was not asked for: they are listed, nothing is rendered. */
  | { ok: false; reason: 'errors'; errors: Finding[]; findings: Finding[] };

/** Build and render the letter (or memo) of one request of the workspace. */
export async function renderRequest(ws: Workspace, options: RenderOptions): Promise<RenderOutcome> {
  const format = formatByName(options.format);
  if (!format) throw new Error(`unknown format ${options.format}`);
  const found = requestsNamed(ws, options.request);
  if (found.length === 0) return { ok: false, reason: 'unknown-request', suggestions: nearest(options.request, requestNames(ws)) };
  if (found.length > 1) return { ok: false, reason: 'ambiguous-request', count: found.length };
  const request = found[0]!;
  const findings = requestFindings(ws, request);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length && !options.draft && !options.memo) return { ok: false, reason: 'errors', errors, findings };
  const letter = buildLetter(ws, request, { lang: options.lang, memo: options.memo, draftFindings: options.draft ? findings : undefined });
  return { ok: true, letter, format, content: await format.render(letter), findings };
}
