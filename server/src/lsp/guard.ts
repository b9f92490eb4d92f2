// Every handler runs inside a guard: an exception is logged and answered with an error, and the
// server carries on. Logs name the handler and where the error was thrown, never its message:
// a message may quote document text, and request files hold personal data.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export interface Log {
  error(message: string): void;
}

/** A description of an error that quotes nothing from its message: its kind and its stack frames. */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return typeof e;
  const frames = (e.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 6)
    .map((l) => l.trim());
  return [e.name || 'Error', ...frames].join('\n    ');
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** Throw `Cancelled` when the client cancelled the request ($/cancelRequest). */
export function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new Cancelled();
}

/** Wrap a request handler: errors become ResponseErrors, cancellation RequestCancelled. */
export function guardRequest<P, R, A extends unknown[] = []>(
  log: Log,
  method: string,
  handler: (params: P, token: CancellationToken, ...rest: A) => R | Promise<R>,
) {
  return async (params: P, token: CancellationToken, ...rest: A): Promise<R | ResponseError<void>> => {
    try {
      checkCancelled(token);
      return await handler(params, token, ...rest);
    } catch (e) {
      if (e instanceof Cancelled || token?.isCancellationRequested)
        return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} cancelled`);
      if (e instanceof ResponseError) return e as ResponseError<void>;
      log.error(`CoopSpec: ${method} failed: ${describeError(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `CoopSpec: internal error in ${method}; the server log has the details.`);
    }
  };
}

/** Wrap a notification handler: errors are logged. */
export function guardNotification<P>(log: Log, method: string, handler: (params: P) => void | Promise<void>) {
  return (params: P): void => {
    try {
      const r = handler(params);
      if (r instanceof Promise) r.catch((e: unknown) => log.error(`CoopSpec: ${method} failed: ${describeError(e)}`));
    } catch (e) {
      log.error(`CoopSpec: ${method} failed: ${describeError(e)}`);
    }
  };
}
