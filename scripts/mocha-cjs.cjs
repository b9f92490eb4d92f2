// Loaded by stryker.config.mjs into Stryker's own process and, with --require, into each of its
// test runner processes, before @stryker-mutator/mocha-runner.
//
// Mocha 12 ships its command-line helpers as `lib/cli/*.cjs`; the mocha runner of Stryker 9 (the
// last major version that runs on Node.js 20) requires them without an extension
// (`mocha/lib/cli/run-helpers`), which Node.js resolves only to .js, .json and .node. Registering
// `.cjs` as an extension lets that resolution find `run-helpers.cjs`. Node.js already loads a
// .cjs file with its .js loader, so nothing else changes.

'use strict';

const Module = require('node:module');

if (!Module._extensions['.cjs']) Module._extensions['.cjs'] = Module._extensions['.js'];
