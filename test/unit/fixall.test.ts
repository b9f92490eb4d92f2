// Fix-all (server/src/language/fixall.ts): the safe fixes of every finding, applied together, pass
// after pass, on a scratch copy of the workspace.

import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, fixAll, fixAllDetailed, safeEdits } from '../../server/src/language/fixall';
import type { TextEdit } from '../../server/src/language/findings';
import { RULES } from '../../server/src/language/rules/index';
import { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES, readFolder } from '../support/lint';

const FIXABLE = new Set(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id));
const uriOf = (name: string): string => `file:///ws/${name}`;

function workspaceOf(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [name, text] of Object.entries(files)) ws.set(uriOf(name), text);
  return ws;
}

function exampleFolders(): string[] {
  const out = [join(EXAMPLES, 'clean')];
  const flawed = join(EXAMPLES, 'flawed');
  for (const n of readdirSync(flawed).sort()) if (statSync(join(flawed, n)).isDirectory()) out.push(join(flawed, n));
  return out;
}

const edit = (start: number, end: number, newText: string): TextEdit => ({ uri: 'u', start, end, newText });

describe('fix-all: applyEdits', () => {
  it('applies edits given in any order, against the original offsets', () => {
    assert.equal(applyEdits('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A')]), 'AbcdEf');
  });

  it('keeps insertions at one offset in the order given, before a replacement starting there', () => {
    assert.equal(applyEdits('abc', [edit(1, 2, 'X'), edit(1, 1, '1'), edit(1, 1, '2')]), 'a12Xc');
  });

  it('puts an insertion at the end of a replacement after it', () => {
    assert.equal(applyEdits('abc', [edit(2, 2, '!'), edit(0, 2, 'XY')]), 'XY!c');
  });

  it('refuses overlapping or out-of-range edits', () => {
    assert.throws(() => applyEdits('abcdef', [edit(0, 3, 'x'), edit(2, 4, 'y')]), RangeError);
    assert.throws(() => applyEdits('abc', [edit(1, 1, ''), edit(0, 2, 'y')]), RangeError);
    assert.throws(() => applyEdits('abc', [edit(2, 9, 'x')]), RangeError);
  });
});

const EXTRADITION = `request EXT-1 extradition {
  from: FR
  to: US
  grounds {
    dual-criminality: not-engaged "Punishable in both"
  }
}
`;

describe('fix-all: safeEdits', () => {
  it('gives the safe fixes of a document, insertions at one offset all kept in finding order', () => {
    const ws = workspaceOf({ 'a.coop': EXTRADITION });
    const edits = safeEdits(ws, uriOf('a.coop'));
    const fixed = applyEdits(EXTRADITION, edits);
    // The four missing grounds go in one pass, at the end of `grounds`, in finding order (alphabetical).
    const grounds = [...fixed.matchAll(/^ {4}([a-z-]+): unassessed/gm)].map((m) => m[1]);
    assert.deepEqual(grounds, ['human-rights', 'nationality', 'persecution', 'political-offence']);
    assert.doesNotMatch(fixed, /specialty/, 'the undertaking is a legal position: a quick fix the drafter picks, never a safe fix');
  });

  it('leaves out unsafe fixes (the nearest name) and suppressed findings', () => {
    const text = `offence fraud {\n  conduct: "x"\n}\nrequest MLA-1 mutual-assistance {\n  offences: [frud]\n}\n`;
    const ws = workspaceOf({ 'a.coop': text });
    const cr002 = ws.findings(uriOf('a.coop')).find((f) => f.rule === 'CR002');
    assert.ok(cr002 && cr002.fixes.length > 0, 'CR002 offers a fix in the editor');
    const fixed = applyEdits(text, safeEdits(ws, uriOf('a.coop')));
    assert.match(fixed, /offences: \[frud\]/, 'the unsafe CR002 fix is not applied');

    const suppressed = EXTRADITION.replace(
      'request EXT-1',
      '# coopspec-disable-next-line CR204 CR101 CR106 -- drafted elsewhere\nrequest EXT-1',
    );
    const ws2 = workspaceOf({ 'a.coop': suppressed });
    assert.ok(
      ws2.findings(uriOf('a.coop')).some((f) => f.rule === 'CR101' && f.suppressed && f.fixes.some((x) => x.safe)),
      'a suppressed CR101 has its safe fix',
    );
    const after = applyEdits(suppressed, safeEdits(ws2, uriOf('a.coop')));
    assert.doesNotMatch(after, /unassessed/);
  });

  it('never edits a document with a syntax error', () => {
    const broken = EXTRADITION.replace('to: US', 'to: US\n  purpose: "unterminated');
    const ws = workspaceOf({ 'a.coop': broken });
    assert.ok(ws.findings(uriOf('a.coop')).some((f) => f.rule === 'CR001'));
    assert.ok(ws.findings(uriOf('a.coop')).some((f) => f.rule === 'CR101' && f.fixes.some((x) => x.safe)));
    assert.deepEqual(safeEdits(ws, uriOf('a.coop')), []);
  });

  it('does not create the same block twice: one pass adds one safeguards block', () => {
    const text = `request MLA-1 mutual-assistance {\n  measure: interception\n}\n`;
    const ws = workspaceOf({ 'a.coop': text });
    const once = applyEdits(text, safeEdits(ws, uriOf('a.coop')));
    assert.equal(once.match(/safeguards \{/g)?.length, 1);
  });
});

describe('fix-all: fixAll', () => {
  it('completes in several passes what one pass cannot, with one safeguards block', () => {
    const text = `request MLA-1 mutual-assistance {\n  measure: interception\n}\n`;
    const ws = workspaceOf({ 'a.coop': text });
    const result = fixAllDetailed(ws, [uriOf('a.coop')]);
    const fixed = result.texts.get(uriOf('a.coop'))!;
    assert.equal(fixed.match(/safeguards \{/g)?.length, 1);
    for (const key of ['authorization', 'necessity', 'proportionality', 'duration', 'scope', 'notice', 'redress']) {
      assert.match(fixed, new RegExp(`^    ${key}: "…"`, 'm'), `${key}: a placeholder, never a fact or a legal position`);
    }
    const values = [...fixed.matchAll(/^ {4}(authorization|duration|notice): ([^#\n]*)/gm)].map((m) => m[2]!.trim());
    assert.deepEqual(values, ['"…"', '"…"', '"…"'], 'no authorization kind, duration or notice status is chosen for the drafter');
    assert.ok(result.passes >= 2);
    assert.equal(ws.document(uriOf('a.coop'))!.text, text, 'the workspace given is not changed');
    const after = workspaceOf({ 'a.coop': fixed });
    assert.deepEqual(
      after
        .findings(uriOf('a.coop'))
        .filter((f) => FIXABLE.has(f.rule))
        .map((f) => f.rule),
      [],
    );
  });

  it('fixes only the documents given, and reports nothing for a clean workspace', () => {
    const ws = workspaceOf({ 'a.coop': EXTRADITION, 'b.coop': EXTRADITION.replace('EXT-1', 'EXT-2') });
    const texts = fixAll(ws, [uriOf('b.coop')]);
    assert.deepEqual([...texts.keys()], [uriOf('b.coop')]);
    assert.equal(fixAll(workspaceOf(readFolder(join(EXAMPLES, 'clean'))), [uriOf('ransomware-extradition.coop')]).size, 0);
  });

  it('skips a fix whose document may not be edited, and says why', () => {
    const ws = workspaceOf({ 'a.coop': EXTRADITION });
    const result = fixAllDetailed(ws, [uriOf('a.coop')], { canEdit: () => false });
    assert.equal(result.texts.size, 0);
    // Every safe fix of the document, each skipped because the document may not be edited.
    const safe = ws.findings(uriOf('a.coop')).filter((f) => f.fixes.some((x) => x.safe));
    assert.deepEqual(
      result.skipped,
      safe.map((f) => ({
        uri: uriOf('a.coop'),
        rule: f.rule,
        title: f.fixes.find((x) => x.safe)!.title,
        reason: 'not-editable',
        blockedBy: uriOf('a.coop'),
      })),
    );
    assert.equal(safe.length, 4, 'the four missing grounds');
  });

  it('reports the fixes a syntax error blocks, and leaves the document as it was', () => {
    const broken = EXTRADITION.replace('to: US', 'to: US\n  purpose: "unterminated');
    const ws = workspaceOf({ 'a.coop': broken, 'b.coop': EXTRADITION.replace('EXT-1', 'EXT-2') });
    const result = fixAllDetailed(ws, ws.uris());
    assert.deepEqual([...result.texts.keys()], [uriOf('b.coop')]);
    assert.ok(result.skipped.some((s) => s.uri === uriOf('a.coop') && s.reason === 'syntax-error' && s.rule === 'CR101'));
  });

  it('gives the workspace its texts back, with the same findings', () => {
    const files = { ...readFolder(join(EXAMPLES, 'flawed', 'safeguards')), 'other.coop': EXTRADITION };
    const ws = workspaceOf(files);
    const before = ws.uris().map((u) => ws.findings(u).map((f) => `${f.rule}@${f.start}-${f.end}:${f.message}`));
    const result = fixAllDetailed(ws, ws.uris());
    assert.ok(result.texts.size === 2 && result.workspace === undefined);
    for (const [name, text] of Object.entries(files)) assert.equal(ws.document(uriOf(name))!.text, text);
    assert.deepEqual(
      ws.uris().map((u) => ws.findings(u).map((f) => `${f.rule}@${f.start}-${f.end}:${f.message}`)),
      before,
    );
  });

  it('inPlace leaves the fixed texts in the workspace given, with the same result', () => {
    const files = readFolder(join(EXAMPLES, 'flawed', 'safeguards'));
    const copy = fixAllDetailed(workspaceOf(files), Object.keys(files).map(uriOf));
    const ws = workspaceOf(files);
    const inPlace = fixAllDetailed(ws, Object.keys(files).map(uriOf), { inPlace: true });
    assert.deepEqual([...copy.texts.keys()], Object.keys(files).map(uriOf));
    assert.deepEqual([...inPlace.texts], [...copy.texts]);
    assert.equal(inPlace.workspace, ws);
    for (const [uri, text] of inPlace.texts) assert.equal(ws.document(uri)!.text, text);
  });

  it('stops after maxPasses', () => {
    const text = `request MLA-1 mutual-assistance {\n  measure: interception\n}\n`;
    const ws = workspaceOf({ 'a.coop': text });
    const one = fixAllDetailed(ws, [uriOf('a.coop')], { maxPasses: 1 });
    assert.equal(one.passes, 1);
    assert.equal(one.texts.get(uriOf('a.coop')), applyEdits(text, safeEdits(ws, uriOf('a.coop'))));
  });

  for (const dir of exampleFolders()) {
    const name = dir.slice(EXAMPLES.length + 1);
    it(`examples/${name}: nothing fixable remains, every file still parses, a second run changes nothing`, () => {
      const files = readFolder(dir);
      const ws = workspaceOf(files);
      const syntaxBefore = new Map(ws.uris().map((u) => [u, ws.findings(u).filter((f) => f.rule === 'CR001').length]));
      const texts = fixAll(ws, ws.uris());
      const fixed = workspaceOf(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, texts.get(uriOf(n)) ?? t])));
      for (const uri of fixed.uris()) {
        const findings = fixed.findings(uri).filter((f) => !f.suppressed);
        const cr001 = findings.filter((f) => f.rule === 'CR001').length;
        assert.equal(cr001, syntaxBefore.get(uri), `${uri}: CR001 findings changed`);
        if (cr001 > 0) {
          assert.ok(!texts.has(uri), `${uri} has a syntax error and must not be touched`);
          continue;
        }
        const left = findings.filter((f) => FIXABLE.has(f.rule) && f.fixes.some((x) => x.safe)).map((f) => `${f.rule} at ${f.start}`);
        assert.deepEqual(left, [], `${uri}: safe fixes remain`);
        const fixableLeft = findings.filter((f) => FIXABLE.has(f.rule)).map((f) => `${f.rule}: ${f.message}`);
        assert.deepEqual(fixableLeft, [], `${uri}: findings of fixable rules remain`);
      }
      assert.equal(fixAll(fixed, fixed.uris()).size, 0, 'a second fix-all changes nothing');
    });
  }
});
