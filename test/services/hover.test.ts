import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SUMMARY_NOTICE } from '../../server/src/language/articles';
import { hover } from '../../server/src/language/services/hover';
import { expectGoldenFile } from '../support/golden';
import { cursor, example, offsetOf, uriOf, workspaceOf } from './support';

function hoverAt(text: string, others: Record<string, string> = {}): string | undefined {
  const c = cursor(text, others);
  return hover(c.ws, c.uri, c.offset)?.markdown;
}

const OFFENCE = `offence ransomware {
  conduct: "Encrypting the systems of a hospital"
  category: budapest art 5
  law FR { cite: "Code pénal art. 323-2"  max-penalty: 5 years }
  law US { cite: "18 U.S.C. 1030"  max-penalty: 10 years }
}
person doe {
  name: "John Doe"
  nationality: RU
}
`;

describe('services: hover', () => {
  describe('article references', () => {
    it('shows the text of budapest art 29(2)(c) with its citation, in basis', () => {
      const md = hoverAt('request P preservation {\n  basis: budapest art 2|9(2)(c)\n}\n')!;
      assert.match(md, /\*\*CETS 185 Art\. 29\(2\)\(c\)/);
      assert.match(md, /c\) the stored computer data to be preserved and its relationship to the offence/);
      assert.match(md, /verbatim/);
      assert.doesNotMatch(md, /Summary, to be verified/);
    });

    it('shows the article in category and in reservations', () => {
      assert.match(hoverAt('offence o {\n  category: budap|est art 5\n}\n')!, /CETS 185 Art\. 5 — System interference/);
      assert.match(hoverAt('party AT {\n  reservations: [budapest art 29|(4)]\n}\n')!, /CETS 185 Art\. 29\(4\)/);
    });

    it('marks a summary as "Summary, to be verified against the official text"', () => {
      const md = hoverAt('request S subscriber-order {\n  basis: budapest-2ap a|rt 7\n}\n')!;
      assert.match(md, /CETS 224 Art\. 7/);
      assert.ok(md.includes(SUMMARY_NOTICE), md);
    });

    it('explains an instrument named alone', () => {
      const md = hoverAt('request E extradition {\n  basis: ets|24\n}\n')!;
      assert.match(md, /\*\*ets24\*\* — instrument/);
      assert.match(md, /European Convention on Extradition/);
      assert.match(hoverAt('party FR {\n  instruments: [budapest, ets|30]\n}\n')!, /Mutual Assistance in Criminal Matters/);
    });

    it('says a treaty named by its title has no text here, without quoting the title', () => {
      const md = hoverAt('request E extradition {\n  basis: tre|aty "Secret bilateral agreement"\n}\n')!;
      assert.match(md, /bilateral or other treaty/);
      assert.doesNotMatch(md, /Secret/);
    });
  });

  describe('words and keys', () => {
    it('explains a declaration keyword with its keys', () => {
      const md = hoverAt('requ|est R extradition {\n}\n')!;
      assert.match(md, /\*\*request\*\* — declaration/);
      assert.match(md, /`grounds \{ … \}`/);
      assert.match(md, /`extradition`/);
    });

    it('explains a request kind with its legal basis and the text of the main article', () => {
      const md = hoverAt('request R preserv|ation {\n}\n')!;
      assert.match(md, /\*\*preservation\*\* — request kind/);
      assert.match(md, /Legal basis: CETS 185 Art\. 29\./);
      assert.match(md, /> 1\. A Party may request another Party/);
    });

    it('explains a key with the article of the request kind it is in', () => {
      const pres = hoverAt('request R preservation {\n  auth|ority: "Police"\n}\n')!;
      assert.match(pres, /\*\*authority\*\* — key of `request`/);
      assert.match(pres, /Legal basis: ETS 30 Art\. 14\(1\)\(a\), CETS 185 Art\. 29\(2\)\(a\)\./);
      assert.match(pres, /\*\*CETS 185 Art\. 29\(2\)\(a\)/);
      const mla = hoverAt('request R mutual-assistance {\n  auth|ority: "Police"\n}\n')!;
      assert.match(mla, /\*\*ETS 30 Art\. 14\(1\)\(a\)/);
    });

    it('explains keys of nested blocks and the blocks themselves', () => {
      assert.match(hoverAt('request R mutual-assistance {\n  safeguards {\n    propor|tionality: "One account"\n  }\n}\n')!,
        /\*\*proportionality\*\* — key of `safeguards`[\s\S]*CETS 185 Art\. 15\(1\)/);
      assert.match(hoverAt('request R mutual-assistance {\n  safe|guards {\n  }\n}\n')!, /\*\*safeguards \{ … \}\*\* — block of `request`/);
      assert.match(hoverAt('offence o {\n  law FR { ci|te: "x" }\n}\n')!, /\*\*cite\*\* — key of `law`/);
    });

    it('explains a measure, with the article of mutual assistance', () => {
      const md = hoverAt('request R mutual-assistance {\n  measure: intercep|tion\n}\n')!;
      assert.match(md, /\*\*interception\*\* — measure/);
      assert.match(md, /\*\*CETS 185 Art\. 34/);
    });

    it('explains a ground with the article it rests on for that kind of request', () => {
      const ext = hoverAt('request R extradition {\n  grounds {\n    nation|ality: not-engaged "x"\n  }\n}\n')!;
      assert.match(ext, /\*\*nationality\*\* — refusal ground \(in an extradition request: ETS 24 Art\. 6\(1\)\(a\)\)/);
      assert.match(ext, /\*\*ETS 24 Art\. 6\(1\)\(a\)/);
      const pres = hoverAt('request R preservation {\n  grounds {\n    political-off|ence: not-engaged "x"\n  }\n}\n')!;
      assert.match(pres, /\*\*CETS 185 Art\. 29\(5\)\(a\)/);
    });

    it('explains a status, a data type, a document and other enumerated words', () => {
      assert.match(hoverAt('request R extradition {\n  grounds {\n    nationality: unass|essed\n  }\n}\n')!, /\*\*unassessed\*\* — status of the ground `nationality`/);
      assert.match(hoverAt('data d {\n  type: subscr|iber\n}\n')!, /\*\*subscriber\*\* — data type[\s\S]*CETS 185 Art\. 18\(3\)/);
      assert.match(hoverAt('request R extradition {\n  documents: [warrant, text-of|-law]\n}\n')!, /\*\*text-of-law\*\* — document[\s\S]*ETS 24 Art\. 12\(2\)\(c\)/);
      assert.match(hoverAt('request R extradition {\n  specialty: under|taken\n}\n')!, /\*\*undertaken\*\* — specialty[\s\S]*ETS 24 Art\. 14/);
      assert.match(hoverAt('request R emergency-disclosure {\n  risk: li|fe\n}\n')!, /\*\*life\*\* — risk/);
      assert.match(hoverAt('request R mutual-assistance {\n  safeguards {\n    notice: defer|red "x"\n  }\n}\n')!, /\*\*deferred\*\* — notice/);
    });

    it('says what an unknown word or key could have been', () => {
      assert.match(hoverAt('request R mutual-assistance {\n  measure: intercep|ton\n}\n')!, /not a measure\. Did you mean `interception`\?/);
      assert.match(hoverAt('request R mutual-assistance {\n  purpos|e2: "x"\n}\n')!, /not a key of `request`\. Did you mean `purpose`\?/);
    });
  });

  describe('references and parties', () => {
    it('shows the declaration an offence reference names: category and penalties by party, no strings', () => {
      const md = hoverAt('request R extradition {\n  offences: [ransom|ware]\n}\n', { 'offences.coop': OFFENCE })!;
      assert.match(md, /\*\*offence ransomware\*\* — declared in `offences\.coop:1`/);
      assert.match(md, /Category: CETS 185 Art\. 5 \(inside Budapest Arts 2–11\)/);
      assert.match(md, /Maximum penalty: FR 5 years · US 10 years/);
      assert.doesNotMatch(md, /Encrypting|Code pénal|U\.S\.C/);
    });

    it('shows a person by nationality, never by the name string', () => {
      const md = hoverAt('request R extradition {\n  person: d|oe\n}\n', { 'offences.coop': OFFENCE })!;
      assert.match(md, /\*\*person doe\*\*/);
      assert.match(md, /Nationality: RU/);
      assert.doesNotMatch(md, /John/);
    });

    it('on a declaration name, counts its uses', () => {
      const md = hoverAt('offence ran|somware {\n}\nproceeding p {\n  charges: [ransomware]\n}\nconsent c {\n  extends-to: [ransomware]\n}\n')!;
      assert.match(md, /Referred to 2 times in the workspace\./);
    });

    it('says when a reference names nothing, or a declaration of another sort', () => {
      assert.match(hoverAt('request R extradition {\n  offences: [nothi|ng]\n}\n')!, /nothing of this name is declared in the workspace; `offences` takes an offence/);
      assert.match(hoverAt('request R extradition {\n  offences: [d|oe]\n}\n', { 'offences.coop': OFFENCE })!, /a person, but `offences` takes an offence/);
    });

    it('shows a party declaration for a party code, or says there is none', () => {
      const withParty = hoverAt('request R extradition {\n  to: A|T\n}\nparty AT {\n  instruments: [budapest]\n  reservations: [budapest art 29(4)]\n}\n')!;
      assert.match(withParty, /\*\*party AT\*\*/);
      assert.match(withParty, /Reservations: CETS 185 Art\. 29\(4\)/);
      assert.match(hoverAt('request R extradition {\n  to: D|E\n}\n')!, /No `party DE` declaration in the workspace/);
    });
  });

  describe('suppression comments', () => {
    it('describes a rule named by id or alias', () => {
      assert.match(hoverAt('# coopspec-disable-next-line CR3|06\nrequest P preservation {\n}\n')!, /\*\*CR306 preservation-not-followed\*\* — info/);
      assert.match(hoverAt('# coopspec-disable-next-line notice-mis|sing\n')!, /\*\*CR405 notice-missing\*\*/);
      assert.match(hoverAt('# coopspec-disable-next-line CR9|99\n')!, /no rule has this id or alias/);
    });

    it('shows nothing on an ordinary comment', () => {
      assert.equal(hoverAt('# a com|ment about CR306\n'), undefined);
    });
  });

  describe('where there is nothing to show', () => {
    it('returns undefined on whitespace, inside strings, and past the end', () => {
      assert.equal(hoverAt('request R extradition {\n | authority: "x"\n}\n'), undefined);
      assert.equal(hoverAt('request R extradition {\n  authority: "Min|istry"\n}\n'), undefined);
      assert.equal(hoverAt('request R extradition {\n  authority: "x"\n}\n|'), undefined);
      const ws = workspaceOf({ 'a.coop': 'case c {\n}\n' });
      assert.equal(hover(ws, uriOf('missing.coop'), 0), undefined);
    });

    it('covers exactly the word hovered', () => {
      const c = cursor('request R mutual-assistance {\n  measure: inter|ception\n}\n');
      const h = hover(c.ws, c.uri, c.offset)!;
      assert.equal(c.text.slice(h.start, h.end), 'interception');
    });
  });

  describe('golden: hovers over the clean examples', () => {
    const GOLDEN = join(__dirname, 'golden', 'hovers.md');
    const files = example('clean');
    const ws = workspaceOf(files);
    const points: [string, string, number][] = [
      ['preservation-and-mla.coop', 'preservation {', 2],
      ['preservation-and-mla.coop', 'budapest art 29', 2],
      ['preservation-and-mla.coop', 'necessity: "The provider', 2],
      ['preservation-and-mla.coop', 'follow-up: mutual', 12],
      ['preservation-and-mla.coop', 'stored-data', 2],
      ['preservation-and-mla.coop', 'mailbox]', 2],
      ['preservation-and-mla.coop', 'PRES-2026-010\n', 2],
      ['preservation-and-mla.coop', 'authorization:', 2],
      ['preservation-and-mla.coop', 'judicial', 2],
      ['preservation-and-mla.coop', 'essential-interests: not-engaged "Preserving', 2],
      ['ransomware-extradition.coop', 'party FR', 7],
      ['ransomware-extradition.coop', 'budapest art 24', 10],
      ['ransomware-extradition.coop', 'ivanov\n  offences', 2],
      ['ransomware-extradition.coop', 'description-of-person', 2],
      ['ransomware-extradition.coop', 'nationality: not-engaged', 2],
      ['ransomware-extradition.coop', 'surrender', 2],
      ['ransomware-extradition.coop', 'EXT-2026-001\n  charges', 2],
    ];

    it('match test/services/golden/hovers.md (npm run test:update-golden rewrites it)', () => {
      const out: string[] = ['# Hovers over examples/clean', '', 'Generated by test/services/hover.test.ts; `npm run test:update-golden` rewrites it.', ''];
      for (const [file, needle, delta] of points) {
        const text = files[file]!;
        const offset = offsetOf(text, needle, delta);
        const doc = ws.document(uriOf(file))!;
        const pos = doc.positionAt(offset);
        const h = hover(ws, uriOf(file), offset);
        assert.ok(h, `no hover at ${file} ${needle}`);
        out.push(`## ${file}:${pos.line + 1}:${pos.character + 1} \`${text.slice(h.start, h.end)}\``, '', h.markdown, '');
      }
      expectGoldenFile(GOLDEN, out.join('\n'));
    });
  });
});
