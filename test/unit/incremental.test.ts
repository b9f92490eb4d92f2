// Incremental analysis equals a full re-analysis: random edit sequences over the examples, applied
// to one long-lived Workspace, give the same findings as a fresh Workspace on the final texts.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Finding } from '../../server/src/language/findings';
import { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES, readFolder } from '../support/lint';

function snapshot(ws: Workspace): string[] {
  const out: string[] = [];
  for (const uri of ws.uris()) {
    for (const f of ws.findings(uri)) out.push(show(f));
  }
  return out;
}

function show(f: Finding): string {
  const fixes = f.fixes.map(
    (x) => `${x.title}:${x.edits.map((e) => `${e.uri}@${e.start}-${e.end}=${JSON.stringify(e.newText)}`).join(',')}`,
  );
  const related = f.related.map((r) => `${r.uri}@${r.start}-${r.end}`);
  return `${f.uri}@${f.start}-${f.end} ${f.rule} ${f.severity} ${f.message} [${related.join(' ')}] {${fixes.join(' | ')}}${f.suppressed ? ' suppressed' : ''}`;
}

function fresh(texts: Map<string, string>): string[] {
  const ws = new Workspace();
  for (const [uri, text] of texts) ws.set(uri, text);
  return snapshot(ws);
}

// Fragments that make edits meaningful: names that other declarations refer to, keys and words
// the rules read, braces and quotes that break and mend the syntax.
const FRAGMENTS = [
  'ransomware',
  'carding',
  'phishing',
  'laundering',
  'popescu',
  'EXT-NL-7',
  'MLA-NL-9',
  'CASE-NL-2',
  'PRES-ES-1',
  'budapest art 29(4)',
  'budapest art 9',
  'interception',
  'not-engaged "x"',
  'engaged',
  'unassessed',
  'FR',
  'US',
  'BR',
  '}',
  '{',
  '"',
  '\n',
  '\nrequest X extradition {\n',
  '\nconsent C { from: RO request: EXT-NL-7 extends-to: [laundering] }\n',
  '# coopspec-disable-next-line CR201\n',
  'x',
  ' ',
  '',
];

type Edit = { file: number; at: number; del: number; insert: string };

const editArb = fc
  .record({
    file: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x),
    del: fc.nat({ max: 40 }),
    insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
  })
  .map((e) => e as unknown as Edit & { at: number });

describe('incremental analysis', () => {
  const folders = ['clean', 'flawed/specialty', 'flawed/preservation', 'flawed/references', 'flawed/syntax'];
  // All examples in one workspace, so edits in one folder's files can affect references in another.
  const initial = new Map<string, string>();
  for (const folder of folders) {
    for (const [name, text] of Object.entries(readFolder(join(EXAMPLES, folder)))) initial.set(`file:///ws/${folder}/${name}`, text);
  }
  const uris = [...initial.keys()];

  // The language server tracks what each declaration's rules read; the command line does not, and
  // forgets every result on a change after a check (a pass of --fix).
  for (const trackDependencies of [true, false]) {
    it(`gives the same findings as a fresh analysis after random edit sequences (${trackDependencies ? 'dependencies tracked' : 'one-shot'})`, function () {
      this.timeout(120000);
      fc.assert(
        fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), (edits) => {
          const texts = new Map(initial);
          const ws = new Workspace(undefined, { trackDependencies });
          for (const [uri, text] of texts) ws.set(uri, text);
          snapshot(ws); // compute and cache everything, as a server would
          for (const e of edits) {
            const uri = uris[e.file % uris.length]!;
            const text = texts.get(uri)!;
            const at = Math.floor(e.at * text.length);
            const next = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.del));
            texts.set(uri, next);
            ws.set(uri, next);
            // Ask for one document only now and then, as an editor does; the cache must not go stale.
            if (e.del % 3 === 0) ws.findings(uri);
          }
          assert.deepEqual(snapshot(ws), fresh(texts));
        }),
        { numRuns: 60, seed: 20261127 },
      );
    });
  }

  it('keeps the declarations of unchanged chunks (and their results) across an edit', () => {
    const ws = new Workspace();
    for (const [uri, text] of initial) ws.set(uri, text);
    const uri = `file:///ws/clean/ransomware-extradition.coop`;
    const before = ws.declarationsOf(uri);
    const text = initial.get(uri)!;
    const at = text.indexOf('title: "Hospital');
    ws.set(uri, `${text.slice(0, at)}title: "Hospital!${text.slice(at + 'title: "Hospital'.length)}`);
    const after = ws.declarationsOf(uri);
    assert.equal(after.length, before.length);
    // Only the case declaration was re-parsed.
    const changed = after.filter((d, i) => d !== before[i]).map((d) => `${d.keyword} ${d.name}`);
    assert.deepEqual(changed, ['case CASE-2026-017']);
  });

  it('reports as affected the files whose findings depend on an edited declaration', () => {
    const ws = new Workspace();
    const a = 'file:///ws/a.coop',
      b = 'file:///ws/b.coop';
    ws.set(a, 'offence fraud {\n  conduct: "x"\n}\n');
    ws.set(b, 'proceeding p {\n  charges: [fraud]\n}\n');
    assert.deepEqual(
      ws.findings(b).map((f) => f.rule),
      [],
    );
    const { affected } = ws.set(a, 'offence fraud2 {\n  conduct: "x"\n}\n');
    assert.ok(affected.includes(b), 'b depends on the name fraud');
    assert.deepEqual(
      ws.findings(b).map((f) => f.rule),
      ['CR002'],
    );
  });

  it('gives the same findings after the models are released (the server does it as it reports a large workspace), before and after edits', () => {
    const ws = new Workspace();
    for (const [uri, text] of initial) ws.set(uri, text);
    const before = snapshot(ws);
    ws.releaseModels([...initial.keys()].slice(0, 3));
    assert.deepEqual(snapshot(ws), before);
    ws.releaseModels();
    assert.deepEqual(snapshot(ws), before);
    // An edit after the release: the same as a fresh analysis of the edited texts.
    const uri = 'file:///ws/clean/ransomware-extradition.coop';
    const texts = new Map(initial);
    texts.set(uri, initial.get(uri)!.replace('charges: [ransomware]', 'charges: [ransomware, fraud]'));
    ws.releaseModels();
    ws.set(uri, texts.get(uri)!);
    assert.deepEqual(snapshot(ws), fresh(texts));
  });

  it('places again the findings whose related places are in an edited file, which moved them', () => {
    const ws = new Workspace();
    const a = 'file:///ws/a.coop',
      b = 'file:///ws/b.coop';
    const data = 'data mails {\n  type: content\n}\n';
    ws.set(a, data);
    ws.set(b, 'request M mutual-assistance {\n  measure: testimony\n  data: [mails]\n}\n');
    const before = ws.findings(b).find((f) => f.rule === 'CR407')!;
    assert.equal(before.related[0]!.start, data.indexOf('mails'));
    // A comment above the data item: nothing b depends on changed, but the related place moved.
    const { affected } = ws.set(a, `# a note\n${data}`);
    assert.ok(affected.includes(b), 'b points into a');
    const after = ws.findings(b).find((f) => f.rule === 'CR407')!;
    assert.equal(after.related[0]!.start, '# a note\n'.length + data.indexOf('mails'));
  });
});
