// disableNextLineFix (server/src/language/disable.ts): the edit behind "Disable CRnnn for this line".

import { strict as assert } from 'node:assert';
import { disableNextLineFix } from '../../server/src/language/disable';
import { applyEdits } from '../../server/src/language/fixall';
import { lintTexts } from '../support/lint';

function disable(text: string, rule: string): { after: string; before: string[]; remaining: string[] } {
  const { ws, findings } = lintTexts({ 'main.coop': text });
  const f = findings.find((x) => x.rule === rule);
  assert.ok(f, `no ${rule} in ${JSON.stringify(findings.map((x) => x.rule))}`);
  const doc = ws.document('file:///ws/main.coop')!;
  const fix = disableNextLineFix(doc, f.finding.start, rule)!;
  assert.ok(fix, 'a fix is offered');
  assert.equal(fix.title, `Disable ${rule} for this line`);
  assert.equal(fix.safe, false, 'never applied by fix-all');
  const after = applyEdits(text, fix.edits);
  return {
    after,
    before: findings.map((x) => `${x.line} ${x.rule}`),
    remaining: lintTexts({ 'main.coop': after }).findings.map((x) => `${x.line} ${x.rule}`),
  };
}

const offence = (indent: string, eol: string) =>
  ['offence fraud {', `${indent}conduct: "x"`, `${indent}category: budapest art 99`, '}', ''].join(eol);

describe('disableNextLineFix', () => {
  it('inserts the comment above the line at its indentation, and the finding is hidden', () => {
    const r = disable(offence('  ', '\n'), 'CR005');
    assert.equal(r.after.split('\n')[2], '  # coopspec-disable-next-line CR005 -- ');
    assert.ok(r.before.includes('3 CR005'));
    assert.ok(!r.remaining.some((x) => x.endsWith('CR005')), JSON.stringify(r.remaining));
  });

  it('follows tabs and CRLF line breaks', () => {
    const r = disable(offence('\t', '\r\n'), 'CR005');
    assert.equal(r.after.split('\r\n')[2], '\t# coopspec-disable-next-line CR005 -- ');
    assert.ok(!/[^\r]\n/.test(r.after), 'no bare LF introduced');
    assert.ok(!r.remaining.some((x) => x.endsWith('CR005')));
  });

  it('adds the rule to a comment already above the line instead of inserting a second one', () => {
    const text = offence('  ', '\n').replace('  category', '  # coopspec-disable-next-line CR002 -- reason\n  category');
    const { ws } = lintTexts({ 'main.coop': text });
    const doc = ws.document('file:///ws/main.coop')!;
    const fix = disableNextLineFix(doc, text.indexOf('budapest art 99'), 'CR005')!;
    const after = applyEdits(text, fix.edits);
    assert.equal(after.split('\n')[2], '  # coopspec-disable-next-line CR002 CR005 -- reason');
    assert.equal(after.split('\n').length, text.split('\n').length);
  });

  it('offers nothing for a line that starts inside a """ text, where the comment would become text', () => {
    const text = 'request R mutual-assistance {\n  facts: """abc\n  def""" ; measure: intercepton\n  purpose: "x"\n}\n';
    const { ws, findings } = lintTexts({ 'main.coop': text });
    const doc = ws.document('file:///ws/main.coop')!;
    const f = findings.find((x) => x.rule === 'CR004')!;
    assert.equal(f.line, 3);
    assert.equal(disableNextLineFix(doc, f.finding.start, 'CR004'), undefined);
    // The line after the text starts outside it: a finding there can be hidden.
    assert.ok(disableNextLineFix(doc, text.indexOf('purpose'), 'CR304'));
  });
});
