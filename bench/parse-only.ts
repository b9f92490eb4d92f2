// The parse stage alone: find, read and parse every file (chunks + peggy), no rules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceDocument } from '../server/src/language/document';

let declarations = 0;
function parseFile(p: string): void {
  for (const u of SourceDocument.parse(p, readFileSync(p, 'utf8')).chunks) declarations += u.declarations.length;
}
function walk(dir: string): void {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.coop')) parseFile(p);
  }
}
for (const p of process.argv.slice(2)) {
  if (statSync(p).isDirectory()) walk(p);
  else parseFile(p);
}
process.stdout.write(`${declarations}\n`);
