// Root hooks for every test file (loaded by .mocharc.json). Tests wait for events, never for a
// length of time, so a hang ends in the test's mocha timeout; these hooks make that failure say
// what was awaited, and end the language servers such a test leaves running, so that the run ends.

import { killRunningServers, pendingWaits } from '../lsp/client';

export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    if (this.currentTest?.state !== 'failed') return;
    for (const w of pendingWaits()) console.error(`\n    ${this.currentTest.fullTitle()}: ${w}`);
  },
  afterAll(): void {
    const left = killRunningServers();
    if (left) console.error(`\n  ${left} language server(s) still running after the tests were ended`);
  },
};
