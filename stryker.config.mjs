// Mutation testing of the rules and the model: `npm run mutation` (docs/testing.md). Not part of
// `npm test`: it runs the engine's tests once per mutant and takes an hour or more.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const mochaCjs = fileURLToPath(new URL('./scripts/mocha-cjs.cjs', import.meta.url));
createRequire(import.meta.url)(mochaCjs);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--require', mochaCjs],
  checkerNodeArgs: ['--require', mochaCjs],
  mutate: [
    'server/src/language/rules/**/*.ts',
    'server/src/language/model.ts',
    'server/src/language/readModel.ts',
    'server/src/language/readValue.ts',
  ],
  // The tests that call the engine in the test process. Tests that run dist/ (built by esbuild,
  // test/support/build.ts) or start the server cannot see a mutant of the sources, and the
  // services tests re-run every service at every token of every example: they are left out.
  mochaOptions: {
    config: '.mocharc.json',
    spec: [
      'test/rules/**/*.test.ts',
      'test/unit/**/*.test.ts',
      'test/conformance/examples.test.ts',
      'test/docs/docs.test.ts',
      'test/docs/snippets.test.ts',
    ],
  },
  coverageAnalysis: 'perTest',
  // A rule's metadata (its catalogue entry) is built when the module loads: a mutant there is
  // static, and the mocha runner can test one only by starting a new process and running every
  // test. They are left out; test/docs/docs.test.ts checks the metadata against the rule pages.
  ignoreStatic: true,
  concurrency: 2,
  // A busy machine makes tests slower: a mutant is a timeout only well past the normal time.
  timeoutMS: 15000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  ignorePatterns: ['dist', 'out', 'bench/workspaces', 'bench/out', '.vscode-test', '*.vsix', 'coopspec-e2e-artifacts'],
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
