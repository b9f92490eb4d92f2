// `# coopspec-disable-next-line CR405 CR406 -- reason` (language.md, Suppressing a finding): hides
// the named findings on the next line only; ids or aliases; an unknown id is itself a finding
// (CR004) at the id; the suppression is kept on the Finding with its justification; a directive
// that names no rule hides every finding on the next line (workspace.ts: applySuppressions).

import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/language/findings';
import { Workspace } from '../../server/src/language/workspace';
import { crlf } from '../support/apply';
import { PRODUCTION_DECLARATIONS } from '../support/safeguards';

const URI = 'file:///ws/main.coop';

/** A production order that lacks proportionality (CR401), notice (CR405) and redress (CR406). */
function order(directive: string, opts: { blank?: boolean; measureDirective?: string } = {}): string {
  return `${PRODUCTION_DECLARATIONS.trimEnd()}
${directive}
${opts.blank ? '\n' : ''}request MLA-1 mutual-assistance {
${opts.measureDirective ? `  ${opts.measureDirective}\n` : ''}  measure: production
  from: FR
  to: US
  basis: budapest art 31
  authority: "Juge d'instruction, Paris"
  purpose: "Identify the holder of the ransom wallet"
  offences: [ransomware]
  facts: "The ransom was paid to the wallet in January 2026"
  data: [payments]
  data-protection: "Used only in this investigation"
  safeguards {
    authorization: judicial "Order of the investigating judge"
    necessity: "The records exist only at the provider"
  }
  grounds {
    dual-criminality: not-engaged "Punishable in FR and in the US"
    political-offence: not-engaged "Financially motivated extortion"
    essential-interests: not-engaged "Ordinary criminal evidence"
    persecution: not-engaged "No protected characteristic is involved"
  }
}
`;
}

function analyse(text: string): { ws: Workspace; all: Finding[]; shown: string[]; hidden: string[] } {
  const ws = new Workspace();
  ws.set(URI, text);
  const all = ws.findings(URI);
  const doc = ws.document(URI)!;
  const label = (f: Finding): string => `${doc.positionAt(f.start).line + 1} ${f.rule}`;
  return {
    ws,
    all,
    shown: all
      .filter((f) => !f.suppressed)
      .map(label)
      .sort(),
    hidden: all
      .filter((f) => f.suppressed)
      .map(label)
      .sort(),
  };
}

const BASELINE = ['25 CR401', '25 CR405', '25 CR406'];

describe('suppression comments: # coopspec-disable-next-line', () => {
  it('the case without a directive has its three findings on the request line', () => {
    const { shown, hidden } = analyse(order(''));
    assert.deepEqual(shown, BASELINE);
    assert.deepEqual(hidden, []);
  });

  it('hides exactly the named rules on the next line, and no other rule', () => {
    const { shown, hidden } = analyse(order('# coopspec-disable-next-line CR405 CR406 -- notice and redress are in the covering letter'));
    assert.deepEqual(shown, ['25 CR401']);
    assert.deepEqual(hidden, ['25 CR405', '25 CR406']);
  });

  it("reports the suppression on the Finding, with its justification and the comment's place", () => {
    const directive = '# coopspec-disable-next-line CR405 -- notice is in the covering letter';
    const text = order(directive);
    const { all } = analyse(text);
    const f = all.find((x) => x.rule === 'CR405')!;
    assert.deepEqual(f.suppressed, {
      justification: 'notice is in the covering letter',
      start: text.indexOf(directive),
      end: text.indexOf(directive) + directive.length,
    });
    assert.equal(all.find((x) => x.rule === 'CR406')!.suppressed, undefined);
  });

  it('a directive without "--" has an empty justification', () => {
    const { all } = analyse(order('# coopspec-disable-next-line CR405'));
    assert.deepEqual(all.find((x) => x.rule === 'CR405')!.suppressed?.justification, '');
  });

  it('the next line only: not two lines down, not across a blank line', () => {
    assert.deepEqual(analyse(order('# coopspec-disable-next-line CR405 CR406 -- reason', { blank: true })).hidden, []);
    const twoDown = order('# coopspec-disable-next-line CR405 CR406 -- reason\n# another comment');
    assert.deepEqual(analyse(twoDown).shown, ['26 CR401', '26 CR405', '26 CR406']);
  });

  it('hides a finding that starts on the next line inside a block (CR404 at the measure value)', () => {
    const text = order('')
      .replace('  measure: production\n', '  measure: interception\n')
      .replace('max-penalty: 10 years', 'max-penalty: 1 year');
    assert.ok(analyse(text).shown.includes('26 CR404'));
    const hidden = text.replace(
      '  measure: interception\n',
      "  # coopspec-disable-next-line CR404 -- the requested party's law decides\n  measure: interception\n",
    );
    const { shown, hidden: h } = analyse(hidden);
    assert.ok(!shown.some((s) => s.endsWith('CR404')), shown.join(', '));
    assert.deepEqual(h, ['27 CR404']);
  });

  it('rules may be named by alias (and ids in either case)', () => {
    assert.deepEqual(analyse(order('# coopspec-disable-next-line notice-missing redress-missing -- reason')).hidden, [
      '25 CR405',
      '25 CR406',
    ]);
    assert.deepEqual(analyse(order('# coopspec-disable-next-line cr405 safeguards-missing')).hidden, ['25 CR401', '25 CR405']);
  });

  it('an unknown id is itself a finding (CR004) at the id, and hides nothing', () => {
    const directive = '# coopspec-disable-next-line CR999 CR406 notice-mising -- reason';
    const text = order(directive);
    const { all, shown, hidden } = analyse(text);
    assert.deepEqual(hidden, ['25 CR406']);
    assert.deepEqual(shown, ['24 CR004', '24 CR004', '25 CR401', '25 CR405']);
    const unknown = all.filter((f) => f.rule === 'CR004').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(unknown, ['CR999', 'notice-mising']);
    for (const f of all.filter((x) => x.rule === 'CR004')) {
      assert.equal(f.severity, 'error');
      assert.match(f.message, new RegExp(text.slice(f.start, f.end)));
      assert.doesNotMatch(f.message, /reason/);
    }
  });

  it('a directive naming only unknown ids does not hide everything', () => {
    const { shown, hidden } = analyse(order('# coopspec-disable-next-line CR999'));
    assert.deepEqual(hidden, []);
    assert.deepEqual(shown, ['24 CR004', ...BASELINE]);
  });

  it('a directive without ids hides every finding on the next line, and only there', () => {
    const text = order('# coopspec-disable-next-line -- drafted from the template, reviewed')
      .replace('  measure: production\n', '  measure: interception\n')
      .replace('max-penalty: 10 years', 'max-penalty: 1 year');
    const { shown, hidden } = analyse(text);
    // CR101: interception adds the human-rights ground, which the request does not assess.
    assert.deepEqual(hidden, ['25 CR101', '25 CR401', '25 CR402', '25 CR403', '25 CR405', '25 CR406']);
    assert.deepEqual(shown, ['26 CR404']);
  });

  it('text that looks like a directive inside a string is not one', () => {
    const text = order('').replace('data payments {\n', 'data payments {\n  controller: "# coopspec-disable-next-line CR405"\n');
    // The string is on the line before `type:`; nothing there to hide, and the request keeps its findings.
    assert.deepEqual(analyse(text).hidden, []);
    const before = order('# placeholder').replace('# placeholder', 'case C-1 { title: "# coopspec-disable-next-line CR405 CR406" }');
    assert.deepEqual(analyse(before).hidden, []);
  });

  it('a directive at the end of a line with an entry also applies to the next line', () => {
    const text = order('')
      .replace('  offences: [ransomware]\n', '  offences: [ransomwar]   # coopspec-disable-next-line CR002 CR004\n')
      .replace('  facts: "The ransom', '  fact: "The ransom');
    const { shown, hidden } = analyse(text);
    // CR002 is on the directive's own line: it stays. CR004 (the misspelt key) is on the next: hidden.
    assert.ok(shown.includes('32 CR002'), shown.join(', '));
    assert.deepEqual(hidden, ['33 CR004']);
  });

  it('works with CRLF line breaks', () => {
    const { shown, hidden } = analyse(crlf(order('# coopspec-disable-next-line CR405 CR406 -- reason')));
    assert.deepEqual(shown, ['25 CR401']);
    assert.deepEqual(hidden, ['25 CR405', '25 CR406']);
  });

  it('follows edits: adding, changing and removing the directive updates the findings', () => {
    const ws = new Workspace();
    const hiddenRules = (): string[] =>
      ws
        .findings(URI)
        .filter((f) => f.suppressed)
        .map((f) => f.rule)
        .sort();
    ws.set(URI, order(''));
    assert.deepEqual(hiddenRules(), []);
    ws.set(URI, order('# coopspec-disable-next-line CR405'));
    assert.deepEqual(hiddenRules(), ['CR405']);
    ws.set(URI, order('# coopspec-disable-next-line CR406 CR401'));
    assert.deepEqual(hiddenRules(), ['CR401', 'CR406']);
    ws.set(URI, order(''));
    assert.deepEqual(hiddenRules(), []);
  });
});
