// The floor of the CLI benchmark: a node process that finds the same files, reads them and splits
// them into words — the least any linter must do.
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
let words = 0;
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p);
    else if (name.endsWith('.coop')) words += readFileSync(p, 'utf8').split(/\s+/).length;
  }
}
for (const p of process.argv.slice(2)) {
  if (statSync(p).isDirectory()) walk(p);
  else words += readFileSync(p, 'utf8').split(/\s+/).length;
}
process.stdout.write(`${words}\n`);
