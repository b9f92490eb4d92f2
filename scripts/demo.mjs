// `npm run demo`: lint the bundled examples with the built CLI, each folder as its own workspace
// (as examples/README.md says: clean/ resolves names across its two files, and the flawed folders
// reuse names, so linting them together would mix their declarations).
//
// The flawed folders exit 1 by design when they hold errors. The demo itself exits 0 when clean/
// has no finding and every flawed folder has some (test/conformance/ checks each marked finding),
// 1 otherwise, and 2 when the CLI could not run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('demo: dist/cli.js is missing; run "npm run build" first (npm run demo does).');
  process.exit(2);
}

const examples = join(root, 'examples');
const flawed = join(examples, 'flawed');
const folders = [
  join(examples, 'clean'),
  ...readdirSync(flawed)
    .sort()
    .map((n) => join(flawed, n))
    .filter((p) => statSync(p).isDirectory()),
];

let unexpected = 0;
for (const dir of folders) {
  const rel = relative(root, dir).split('\\').join('/');
  const clean = rel === 'examples/clean';
  console.log(
    `\n$ coopspec lint ${rel}${clean ? '        # expected: no problems' : '        # expected: the findings marked #! in its files'}`,
  );
  const run = spawnSync(process.execPath, [cli, 'lint', rel], { cwd: root, stdio: 'inherit' });
  if (run.status === null || run.status === 2) {
    console.error(`demo: coopspec lint ${rel} did not run (${run.status === null ? run.signal : 'exit 2'}).`);
    process.exit(2);
  }
  // Exit 1 means an error-severity finding; the fiscal and provider folders hold warnings only.
  const json = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', rel], { cwd: root, encoding: 'utf8' });
  const count = JSON.parse(json.stdout).findings.filter((f) => !f.suppressed).length;
  console.log(`(exit code ${run.status})`);
  if (clean ? count !== 0 : count === 0) {
    console.error(`demo: ${rel} ${clean ? 'has findings' : 'has no findings'}, which is not what its markers say.`);
    unexpected++;
  }
}
console.log(
  `\n${folders.length} example workspaces linted: examples/clean has no problems; each examples/flawed folder shows its rules at work.`,
);
process.exit(unexpected ? 1 : 0);
