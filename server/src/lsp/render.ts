// The custom request `coopspec/render` (docs/rendering.md): the letter of request (or the memo) of
// one request of the workspace, rendered by the engine (server/src/render/) in any of its formats.
// The editor's preview, its export command and any other LSP client use it. Results name requests
// and rules; the letter itself is the content, for the client to show or save.

import { orList } from '../language/util';
import { ResponseError, ErrorCodes, type Position } from 'vscode-languageserver/node';
import type { Decl } from '../language/rules/types';
import { FORMAT_NAMES, LANGS, renderRequest, type Lang } from '../render';
import type { FormatName } from '../render/formatInfo';
import { rangeOf } from './convert';
import { checkCancelled, guardRequest } from './guard';
import type { RenderContext } from './context';
import { canonicalUri } from './uris';

export const RENDER_METHOD = 'coopspec/render';

export interface RenderParams {
  /** The request's name; or, absent, the request at `position` in `textDocument` (the first of the document otherwise). */
  request?: string;
  textDocument?: { uri: string };
  position?: Position;
  /** md, html (default) or docx. */
  format?: FormatName;
  /** en (default) or fr. */
  lang?: Lang;
  /** The internal assessment memo instead of the letter. */
  memo?: boolean;
  /** Render although the request has error findings, marked "DRAFT — N open findings". */
  draft?: boolean;
}

export type RenderResult =
  | {
      ok: true;
      request: string;
      format: FormatName;
      extension: string;
      /** utf8 for md and html; base64 for docx. */
      encoding: 'utf8' | 'base64';
      content: string;
      /** The letter is marked as a draft. */
      draft: boolean;
      /** The open findings of the request and the declarations its letter draws on. */
      openFindings: number;
    }
  | {
      ok: false;
      reason: 'no-request' | 'unknown-request' | 'ambiguous-request' | 'errors';
      /** One sentence for the user: names requests and rules, never a string of the files. */
      message: string;
      suggestions?: string[];
      request?: string;
      errors?: { rule: string; message: string; uri: string; range: ReturnType<typeof rangeOf> }[];
    };

/** The request declaration at an offset of a document: the one containing it, else the last before it, else the first. */
function requestAt(decls: Decl[], offset: number | undefined): Decl | undefined {
  const requests = decls.filter((d) => d.keyword === 'request');
  if (offset === undefined) return requests[0];
  const start = (d: Decl): number => d.chunk.base + d.syntax.start;
  const containing = requests.find((d) => offset >= start(d) && offset <= d.chunk.base + d.syntax.end);
  return containing ?? [...requests].reverse().find((d) => start(d) <= offset) ?? requests[0];
}

export function registerRender(ctx: RenderContext): void {
  const ws = ctx.ws;
  ctx.connection.onRequest(
    RENDER_METHOD,
    guardRequest(ctx.log, RENDER_METHOD, async (p: RenderParams, token): Promise<RenderResult> => {
      await ctx.ready;
      checkCancelled(token);
      const params = p ?? {};
      const format = params.format ?? 'html';
      const lang = params.lang ?? 'en';
      if (!FORMAT_NAMES.includes(format))
        throw new ResponseError(ErrorCodes.InvalidParams, `${RENDER_METHOD}: format must be one of ${FORMAT_NAMES.join(', ')}`);
      if (!LANGS.includes(lang))
        throw new ResponseError(ErrorCodes.InvalidParams, `${RENDER_METHOD}: lang must be one of ${LANGS.join(', ')}`);
      let name = typeof params.request === 'string' ? params.request : undefined;
      if (name === undefined) {
        const uri = params.textDocument?.uri ? canonicalUri(params.textDocument.uri) : undefined;
        const doc = uri ? ws.document(uri) : undefined;
        const decl =
          uri && doc ? requestAt(ws.declarationsOf(uri), params.position ? doc.offsetAt(params.position) : undefined) : undefined;
        if (!decl) return { ok: false, reason: 'no-request', message: 'There is no request in this document to render.' };
        name = decl.name;
      }
      const outcome = await renderRequest(ws, { request: name, format, lang, memo: params.memo === true, draft: params.draft === true });
      checkCancelled(token);
      if (outcome.ok) {
        const binary = typeof outcome.content !== 'string';
        return {
          ok: true,
          request: name,
          format,
          extension: outcome.format.extension,
          encoding: binary ? 'base64' : 'utf8',
          content: binary ? Buffer.from(outcome.content as Uint8Array).toString('base64') : (outcome.content as string),
          draft: outcome.letter.banner !== undefined,
          openFindings: outcome.findings.length,
        };
      }
      switch (outcome.reason) {
        case 'unknown-request':
          return {
            ok: false,
            reason: outcome.reason,
            request: name,
            suggestions: outcome.suggestions,
            message: `There is no request named ${name} in the workspace${outcome.suggestions.length ? ` (did you mean ${orList(outcome.suggestions)}?)` : ''}.`,
          };
        case 'ambiguous-request':
          return {
            ok: false,
            reason: outcome.reason,
            request: name,
            message: `${outcome.count} requests are named ${name} (CR003): rename one.`,
          };
        case 'errors':
          return {
            ok: false,
            reason: outcome.reason,
            request: name,
            message: `Request ${name} has ${outcome.errors.length} error finding${outcome.errors.length === 1 ? '' : 's'}: fix them, or render a draft.`,
            errors: outcome.errors.flatMap((f) => {
              const d = ws.document(f.uri);
              return d
                ? [{ rule: f.rule, message: f.message, uri: ctx.documents.clientUri(f.uri), range: rangeOf(d, f.start, f.end) }]
                : [];
            }),
          };
      }
    }),
  );
}
