// How long a child process may run before a test takes it for hung. A synchronous spawn blocks
// mocha's own timeout, so it needs a bound of its own: this one is far beyond what any child of
// the suite takes on a loaded machine, so that it catches a hang and never a slow run.

export const HANG_MS = 10 * 60_000;
