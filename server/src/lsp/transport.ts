// The server's two transports, --stdio and --node-ipc, with every message from the client checked
// before the protocol library sees it. A frame that cannot be read (not JSON, a broken header) and
// JSON that is not a JSON-RPC request, notification or response are logged and dropped; one that
// carries an id is answered with InvalidRequest, so the client is not left waiting. The log says
// what was wrong, never what the message held: a message may quote a request file (the library's
// own log of such a message would print it whole).

import { format } from 'node:util';
import {
  createConnection,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

export type Transport = '--stdio' | '--node-ipc';

/** What makes a message unusable, or undefined when it is a JSON-RPC message. */
export function messageProblem(message: unknown): string | undefined {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return 'it is not a JSON object';
  const m = message as Message;
  if (Message.isRequest(m) || Message.isNotification(m) || Message.isResponse(m)) return undefined;
  const fields = message as { method?: unknown; id?: unknown };
  if (fields.method === undefined) return 'it has no method and is not a response';
  if (typeof fields.method !== 'string') return 'its method is not a string';
  return 'its id is not a string or a number';
}

/** The id to answer a dropped message under, when it has one. */
function idOf(message: unknown): string | number | undefined {
  const id = message !== null && typeof message === 'object' ? (message as { id?: unknown }).id : undefined;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined;
}

/** A reader that passes JSON-RPC messages on and drops the rest (see the top of this file). */
class CheckedReader implements MessageReader {
  /** Set once the client has asked the server to shut down: leaving then is exit code 0. */
  shutdownRequested = false;
  /** Set by the initialize request: before it, the protocol allows no other request. */
  private initializeReceived = false;
  log: (message: string) => void = () => undefined;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {
    inner.onError((e) =>
      this.log(
        `CoopSpec: a message from the client could not be read (${e instanceof SyntaxError ? 'not valid JSON' : 'a malformed frame'}); it was dropped.`,
      ),
    );
  }

  get onError(): MessageReader['onError'] {
    return this.inner.onError;
  }
  get onClose(): MessageReader['onClose'] {
    return this.inner.onClose;
  }
  get onPartialMessage(): MessageReader['onPartialMessage'] {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      const problem = messageProblem(message);
      if (problem !== undefined) {
        this.log(`CoopSpec: a message from the client was dropped: ${problem}.`);
        const id = idOf(message);
        if (id !== undefined) this.answer(id, ErrorCodes.InvalidRequest, `CoopSpec: invalid request: ${problem}.`);
        return;
      }
      // The order the protocol sets: initialize first; after shutdown, nothing but exit.
      if (Message.isRequest(message)) {
        if (!this.initializeReceived && message.method !== 'initialize') {
          this.answer(
            message.id!,
            ErrorCodes.ServerNotInitialized,
            `CoopSpec: the server is not initialized: send "initialize" before "${message.method}".`,
          );
          return;
        }
        if (this.shutdownRequested) {
          this.answer(message.id!, ErrorCodes.InvalidRequest, `CoopSpec: the server is shutting down: only "exit" may follow "shutdown".`);
          return;
        }
        if (message.method === 'initialize') this.initializeReceived = true;
        if (message.method === 'shutdown') this.shutdownRequested = true;
      } else if (Message.isNotification(message) && message.method !== 'exit' && (!this.initializeReceived || this.shutdownRequested)) {
        this.log(
          `CoopSpec: the notification "${message.method}" was dropped: it came ${this.shutdownRequested ? 'after "shutdown"' : 'before "initialize"'}.`,
        );
        return;
      }
      callback(message);
    });
  }

  private answer(id: string | number, code: number, message: string): void {
    const answer: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    this.writer.write(answer).catch(() => undefined);
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/** The connection for a transport, reading through a CheckedReader. */
export function createServerConnection(transport: Transport): Connection {
  if (transport === '--node-ipc') {
    const writer = new IPCMessageWriter(process);
    const reader = new CheckedReader(new IPCMessageReader(process), writer);
    const connection = createConnection(ProposedFeatures.all, reader, writer);
    reader.log = (m) => connection.console.error(m);
    return connection;
  }
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new CheckedReader(new StreamMessageReader(process.stdin), writer);
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  reader.log = (m) => connection.console.error(m);
  // What the library does for the --stdio it sets up itself: leave when the client closes the
  // stream (exit code 0 after a shutdown request, else 1), and send console output to the
  // client's log, never to stdout, which carries the protocol.
  const leave = (): never => process.exit(reader.shutdownRequested ? 0 : 1);
  process.stdin.on('end', leave);
  process.stdin.on('close', leave);
  const to =
    (send: (m: string) => void) =>
    (...args: unknown[]): void =>
      send(format(...args));
  console.log = to((m) => connection.console.log(m));
  console.info = to((m) => connection.console.info(m));
  console.debug = to((m) => connection.console.log(m));
  console.warn = to((m) => connection.console.warn(m));
  console.error = to((m) => connection.console.error(m));
  console.trace = to((m) => connection.console.log(m));
  console.dir = to((m) => connection.console.log(m));
  return connection;
}
