// The suite of the two rules on the safeguards of a real-time measure, CR402 (duration) and CR403
// (scope): the same tables of cases for both, each for interception and for real-time collection of
// traffic data. Every case is a workspace with the expected findings marked (`#! CRnnn`), checked by
// expectRule (or expectExactly where every finding of the workspace is marked). A table holds the
// workspaces where the rule must fire and those where it must not, side by side.

import assert from 'node:assert/strict';
import { applyFixes, expectFixedInEveryStyle, fixAll, safeFix } from './apply';
import { markers } from './lint';
import { expectExactly, expectRule, findingsOf, where, type Linted } from './ruletest';
import { REAL_TIME_SAFEGUARDS, realTimeWorkspace, withoutEntries } from './safeguards';

export type RealTimeMeasure = 'interception' | 'real-time-traffic';

/** What differs between CR402 and CR403. */
export interface RealTimeRule {
  rule: 'CR402' | 'CR403';
  alias: string;
  /** The safeguard the rule requires. */
  key: 'duration' | 'scope';
  /** A value of the key's type that is not one (CR004 on it). */
  unusable: string;
  /** A valid value, to write outside safeguards. */
  valid: string;
  /** The finding's message on MLA-1, `cite` being what it cites in its final parentheses. */
  message(named: string, cite: string): string;
  /** What the message cites where Budapest, or the UN Convention, governs. */
  cites(measure: RealTimeMeasure): { budapest: string; uncc: string };
}

const MEASURES: { measure: RealTimeMeasure; named: string }[] = [
  { measure: 'interception', named: 'Interception' },
  { measure: 'real-time-traffic', named: 'Real-time collection of traffic data' },
];

/** The citation when no treaty the parties share governs: the requested party's law. */
const LAW = 'the conditions and safeguards, where the law of the requested party provides for it';
/** What the fix's comment says of the safeguard (Budapest Art. 15(2)), after the article when one applies. */
const WHAT = 'limitation of the scope and the duration of such power or procedure';
const UNCC_SUMMARY = ' (summary, to be verified against the official text)';

/** The request line (the finding is at the request's name, MLA-1) carries the marker. */
const MARK_REQUEST = (rule: string): string => `   #! ${rule}`;

/** Where the finding is: the request's name, on line 24 of every real-time workspace. */
const AT_NAME = '24:9 MLA-1';

/** A safeguards block, the workspace it goes in (its request line marked when the rule fires). */
interface Case {
  what: string;
  /** The safeguards block ('' for none). */
  safeguards: string;
  /** A change to the rest of the workspace. */
  edit?: (text: string) => string;
  fires: boolean;
  /** Every finding of the workspace is marked: nothing else may be reported. */
  exactly?: boolean;
}

function cases(r: RealTimeRule): Case[] {
  const { key } = r;
  const full = REAL_TIME_SAFEGUARDS;
  const without = withoutEntries(full, key);
  /** The block without the key, `line` first in it. */
  const first = (line: string): string => without.replace('  safeguards {\n', `  safeguards {\n    ${line}\n`);
  /** The block with the key renamed, and that line marked: an unknown key is CR004. */
  const misspelt = full
    .split('\n')
    .map((l) => (l.startsWith(`    ${key}:`) ? `${l.replace(`${key}:`, `${key}s:`)}   #! CR004` : l))
    .join('\n');
  return [
    { what: 'every safeguard given', safeguards: full, fires: false, exactly: true },
    { what: `every safeguard but ${key}`, safeguards: without, fires: true, exactly: true },
    { what: 'no safeguards block', safeguards: '', fires: true },
    { what: 'an empty safeguards block', safeguards: '  safeguards {\n  }', fires: true },
    { what: 'an empty safeguards block on one line', safeguards: '  safeguards { }', fires: true },
    // An empty list counts as no entry (CR004 says the key takes no list), so the fix can fill it.
    { what: `${key} written as an empty list (CR004)`, safeguards: first(`${key}: []   #! CR004`), fires: true },
    { what: `a misspelt ${key} (${key}s), which is not the key (CR004)`, safeguards: misspelt, fires: true },
    {
      what: `${key} outside safeguards, where it is not a key (CR004)`,
      safeguards: without,
      fires: true,
      edit: (t) => t.replace('  data: [chats]\n', `  data: [chats]\n  ${key}: ${r.valid}   #! CR004\n`),
    },
    { what: `${key} present but unusable (CR004 on its value)`, safeguards: first(`${key}: ${r.unusable}   #! CR004`), fires: false },
    { what: `${key} left as a placeholder (CR007)`, safeguards: first(`${key}: "…"   #! CR007`), fires: false },
  ];
}

/** The rules other than `rule` that the text marks. */
function otherMarkedRules(text: string, rule: string): string[] {
  return [...new Set(markers({ 'main.coop': text }).map((m) => m.split(' ')[1]!))].filter((id) => id !== rule);
}

/**
 * The workspaces of the measure and of the request's kind: only a mutual-assistance request whose
 * measure is real-time draws the finding. Each is complete but for the key.
 */
function scopeCases(r: RealTimeRule): { what: string; text: string; fires: boolean }[] {
  const without = withoutEntries(REAL_TIME_SAFEGUARDS, r.key);
  const out: { what: string; text: string; fires: boolean }[] = [];
  for (const measure of [
    'interception',
    'real-time-traffic',
    'stored-data',
    'search-seizure',
    'production',
    'testimony',
    'property-recovery',
  ]) {
    const fires = measure === 'interception' || measure === 'real-time-traffic';
    out.push({ what: `measure ${measure}`, text: realTimeWorkspace(without, fires ? MARK_REQUEST(r.rule) : '', measure), fires });
  }
  out.push({
    what: 'an unknown measure (CR004 on it)',
    fires: false,
    text: realTimeWorkspace('', '', 'intercepton').replace('  measure: intercepton\n', '  measure: intercepton   #! CR004\n'),
  });
  out.push({ what: 'no measure', fires: false, text: realTimeWorkspace('', '').replace('  measure: interception\n', '') });
  for (const kind of [
    'mutual-assistance',
    'extradition',
    'preservation',
    'traffic-disclosure',
    'emergency-disclosure',
    'subscriber-order',
    'direct-access',
    'provisional-arrest',
  ]) {
    const fires = kind === 'mutual-assistance';
    out.push({
      what: `a bare ${kind} request with measure: interception`,
      text: `request R-1 ${kind} {${fires ? MARK_REQUEST(r.rule) : ''}\n  measure: interception\n}\n`,
      fires,
    });
  }
  return out;
}

/** The governing instrument of the request: [what, basis ('' for none), CH's instruments, which citation]. */
const GOVERNING: [string, string, string | undefined, 'budapest' | 'uncc' | 'law'][] = [
  ['Budapest Art. 34', 'budapest art 34', undefined, 'budapest'],
  ['Budapest Art. 33', 'budapest art 33', undefined, 'budapest'],
  ['the UN Convention', 'uncc', 'instruments: [uncc]', 'uncc'],
  ['ETS 30 alone', 'ets30', undefined, 'law'],
  ['Budapest, with CH bound by no instrument (instruments: [])', 'budapest art 34', 'instruments: []', 'law'],
  ['reciprocity', 'reciprocity', undefined, 'law'],
  ['no basis', '', undefined, 'law'],
];

/** The real-time workspace without the key, on another basis ('' for none), CH's instruments as given. */
function underBasis(r: RealTimeRule, measure: string, basis: string, ch = 'instruments: [budapest, ets30]'): string {
  return realTimeWorkspace(withoutEntries(REAL_TIME_SAFEGUARDS, r.key), MARK_REQUEST(r.rule), measure)
    .replace('  name: "Italy"\n  instruments: [budapest, ets30]', '  name: "Italy"\n  instruments: [budapest, ets30, uncc]')
    .replace('  name: "Switzerland"\n  instruments: [budapest, ets30]', `  name: "Switzerland"\n  ${ch}`)
    .replace('  basis: budapest art 34\n', basis ? `  basis: ${basis}\n` : '');
}

/**
 * The safe fix, [what, the block before, the whole workspace after, whether fix-all is checked in
 * every style]: it inserts a placeholder, never a value. Filling `[]` also ends the CR004 on it,
 * which expectFixedInEveryStyle would take for a fix that changed the syntax: that case is checked
 * in the 2-space style only.
 */
function fixCases(r: RealTimeRule, measure: string): [string, string, string, boolean][] {
  const { key } = r;
  const without = withoutEntries(REAL_TIME_SAFEGUARDS, key);
  const line = `    ${key}: "…"  # CETS 185 Art. 15(2): ${WHAT}`;
  const first = (entry: string): string => without.replace('  safeguards {\n', `  safeguards {\n    ${entry}\n`);
  return [
    [
      'inserts the placeholder at the end of the block, with Art. 15(2) in its comment',
      without,
      realTimeWorkspace(without.replace(/\n {2}\}$/, `\n${line}\n  }`), '', measure),
      true,
    ],
    [
      'creates the block, at the end of the request, when it is absent',
      '',
      realTimeWorkspace('', '', measure).replace(/\n\}\n$/, `\n  safeguards {\n${line}\n  }\n}\n`),
      true,
    ],
    [
      'fills an entry written as an empty list, rather than adding a second that would not count',
      first(`${key}: []`),
      realTimeWorkspace(first(`${key}: "…"`), '', measure),
      false,
    ],
  ];
}

/** The suite of CR402 or CR403. */
export function describeRealTimeRule(r: RealTimeRule): void {
  const { rule, key } = r;

  describe(`${rule} ${r.alias}`, () => {
    for (const { measure, named } of MEASURES) {
      const cites = r.cites(measure);
      describe(measure, () => {
        describe('fires where the request lacks it, and only there', () => {
          for (const c of cases(r)) {
            it(`${c.fires ? 'fires' : 'silent'}: ${c.what}`, () => {
              let text = realTimeWorkspace(c.safeguards, c.fires ? MARK_REQUEST(rule) : '', measure);
              if (c.edit) text = c.edit(text);
              const l: Linted = c.exactly ? expectExactly(text) : expectRule(rule, text);
              const mine = l.findings.filter((f) => f.rule === rule);
              assert.deepEqual(
                mine.map((f) => [where(l, f), f.finding.message, f.finding.severity]),
                c.fires ? [[AT_NAME, r.message(named, cites.budapest), 'error']] : [],
              );
              for (const other of otherMarkedRules(text, rule)) expectRule(other, text);
            });
          }
        });

        describe('the safe fix: a placeholder in safeguards', () => {
          for (const [what, before, after, everyStyle] of fixCases(r, measure)) {
            it(what, () => {
              const text = realTimeWorkspace(before, '', measure);
              const [f, ...more] = findingsOf(rule, text).findings;
              assert.deepEqual(more, []);
              // The only fix is the placeholder: what to write is the drafter's to say.
              assert.deepEqual(
                f!.finding.fixes.map((x) => [x.title, x.safe]),
                [[`Add ${key} to safeguards to complete`, true]],
              );
              const fixed = applyFixes({ 'main.coop': text }, [safeFix(f!)!])['main.coop']!;
              assert.equal(fixed, after);
              assert.equal(fixAll({ 'main.coop': text }, { rules: [rule] }).files['main.coop'], after);
              // The finding is gone; CR007 reports the placeholder until it is written.
              const placeholder = after.split('\n').findIndex((l) => l.startsWith(`    ${key}: "…"`)) + 1;
              assert.deepEqual(findingsOf(rule, fixed).findings, []);
              assert.deepEqual(
                findingsOf('CR007', fixed).findings.map((x) => x.line),
                [placeholder],
              );
              if (everyStyle) expectFixedInEveryStyle(rule, text);
            });
          }
        });

        describe('cites the safeguard under the governing instrument', () => {
          for (const [what, basis, ch, by] of GOVERNING) {
            const cite = by === 'budapest' ? cites.budapest : by === 'uncc' ? `${cites.uncc}${UNCC_SUMMARY}` : LAW;
            it(`${what}: ${cite}`, () => {
              const text = underBasis(r, measure, basis, ch);
              const l = expectRule(rule, text);
              assert.deepEqual(
                l.findings.map((f) => [where(l, f), f.finding.message]),
                [[AT_NAME, r.message(named, cite)]],
              );
              // The fix's comment cites an article only where one governs.
              const fixed = applyFixes({ 'main.coop': text }, [safeFix(l.findings[0]!)!])['main.coop']!;
              const comment = new RegExp(`\\n {4}${key}: "…" {2}# (.*)\\n`).exec(fixed)?.[1];
              const article = by === 'budapest' ? 'CETS 185 Art. 15(2): ' : by === 'uncc' ? `UNCC Art. 24${UNCC_SUMMARY}: ` : '';
              assert.equal(comment, `${article}${WHAT}`);
            });
          }
        });
      });
    }

    describe('only a mutual-assistance request with a real-time measure draws it', () => {
      for (const c of scopeCases(r)) {
        it(`${c.fires ? 'fires' : 'silent'}: ${c.what}`, () => {
          expectRule(rule, c.text);
          for (const other of otherMarkedRules(c.text, rule)) expectRule(other, c.text);
        });
      }
    });
  });
}
