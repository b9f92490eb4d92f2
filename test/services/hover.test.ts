import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_NOTICE } from '../../server/src/language/articles';
import { hover } from '../../server/src/language/services/hover';
import { expectGoldenFile } from '../support/golden';
import { EXAMPLES } from '../support/lint';
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
      assert.match(
        hoverAt('request R mutual-assistance {\n  safeguards {\n    propor|tionality: "One account"\n  }\n}\n')!,
        /\*\*proportionality\*\* — key of `safeguards`[\s\S]*CETS 185 Art\. 15\(1\)/,
      );
      assert.match(hoverAt('request R mutual-assistance {\n  safe|guards {\n  }\n}\n')!, /\*\*safeguards \{ … \}\*\* — block of `request`/);
      assert.match(hoverAt('offence o {\n  law FR { ci|te: "x" }\n}\n')!, /\*\*cite\*\* — key of `law`/);
    });

    it('explains a measure, with the article of mutual assistance', () => {
      const md = hoverAt('request R mutual-assistance {\n  measure: intercep|tion\n}\n')!;
      assert.match(md, /\*\*interception\*\* — measure/);
      assert.match(md, /\*\*CETS 185 Art\. 34/);
    });

    it('explains a ground with the article it rests on for that kind of request, under its governing instrument', () => {
      const ext = hoverAt('request R extradition {\n  basis: ets24\n  grounds {\n    nation|ality: not-engaged "x"\n  }\n}\n')!;
      assert.match(ext, /\*\*nationality\*\* — refusal ground \(in an extradition request: ETS 24 Art\. 6\(1\)\(a\)\)/);
      assert.match(ext, /\*\*ETS 24 Art\. 6\(1\)\(a\)/);
      // Paragraph 1 has no words of its own before its letters: its label joins the letter's line.
      assert.match(ext, /^> 1\. a\) A Contracting Party shall have the right to refuse extradition of its nationals\.$/m);
      assert.doesNotMatch(ext, /^> 1\.\s*$/m);
      const budapest = hoverAt(
        'request R extradition {\n  basis: budapest art 24\n  grounds {\n    nation|ality: not-engaged "x"\n  }\n}\n',
      )!;
      // Under the Budapest Convention the ground is the requested party's, which Art. 24(5) keeps: its text is shown.
      assert.match(
        budapest,
        /refusal ground \(in an extradition request: the grounds of the requested party's law, which CETS 185 Art\. 24\(5\) keeps\)/,
      );
      assert.match(budapest, /\*\*CETS 185 Art\. 24\(5\)/);
      const none = hoverAt('request R extradition {\n  grounds {\n    nation|ality: not-engaged "x"\n  }\n}\n')!;
      assert.match(none, /refusal ground \(in an extradition request: where the law of the requested party provides for it\)/);
      const pres = hoverAt('request R preservation {\n  grounds {\n    political-off|ence: not-engaged "x"\n  }\n}\n')!;
      assert.match(pres, /\*\*CETS 185 Art\. 29\(5\)\(a\)/);
    });

    it('explains a status, a data type, a document and other enumerated words', () => {
      assert.match(
        hoverAt('request R extradition {\n  grounds {\n    nationality: unass|essed\n  }\n}\n')!,
        /\*\*unassessed\*\* — status of the ground `nationality`/,
      );
      assert.match(hoverAt('data d {\n  type: subscr|iber\n}\n')!, /\*\*subscriber\*\* — data type[\s\S]*CETS 185 Art\. 18\(3\)/);
      assert.match(
        hoverAt('request R extradition {\n  documents: [warrant, text-of|-law]\n}\n')!,
        /\*\*text-of-law\*\* — document[\s\S]*ETS 24 Art\. 12\(2\)\(c\)/,
      );
      assert.match(
        hoverAt('request R extradition {\n  specialty: under|taken\n}\n')!,
        /\*\*undertaken\*\* — specialty[\s\S]*ETS 24 Art\. 14/,
      );
      assert.match(hoverAt('request R emergency-disclosure {\n  risk: li|fe\n}\n')!, /\*\*life\*\* — risk/);
      assert.match(
        hoverAt('request R mutual-assistance {\n  safeguards {\n    notice: defer|red "x"\n  }\n}\n')!,
        /\*\*deferred\*\* — notice/,
      );
    });

    it('says what an unknown word or key could have been', () => {
      assert.match(
        hoverAt('request R mutual-assistance {\n  measure: intercep|ton\n}\n')!,
        /not a measure\. Did you mean `interception`\?/,
      );
      assert.match(hoverAt('request R mutual-assistance {\n  purpos|e2: "x"\n}\n')!, /not a key of `request`\. Did you mean `purpose`\?/);
    });
  });

  describe('version 2 of the language', () => {
    const JUDGMENT = `judgment CH-2019-117 {
  party: CH
  person: doe
  offences: [ransomware]
  outcome: convicted
  date: 2019-06-14
  final: yes
  in-absentia: yes
}
`;

    it('explains the judgment keyword with its keys', () => {
      const md = hoverAt('judg|ment J-1 {\n  party: CH\n}\n')!;
      assert.match(md, /^\*\*judgment\*\* — declaration: `judgment NAME \{ … \}`/);
      assert.match(md, /A decision of a State's authorities on a person and offences/);
      assert.match(md, /Keys: `party`, `person`, `offences`, `outcome`, `date`, `final`, `in-absentia`\./);
    });

    it('shows a judgment declaration, and the judgment a request refers to, by its facts and never its strings', () => {
      const decl = hoverAt(
        `judgment CH-2019-|117 {\n  party: CH\n  person: doe\n  offences: [ransomware]\n  outcome: acquitted\n  final: yes\n}\n`,
        { 'offences.coop': OFFENCE },
      )!;
      assert.match(decl, /^\*\*judgment CH-2019-117\*\* — declared in `main\.coop:1`/);
      assert.match(decl, /- Decided by: CH\n- Person: `doe`\n- Offences: `ransomware`\n- Outcome: `acquitted`, final/);
      assert.match(decl, /Not referred to anywhere in the workspace\./);
      const ref = hoverAt('request EXT-1 extradition {\n  for: sentence\n  sentence: 3 years\n  judgment: CH-2019|-117\n}\n', {
        'offences.coop': OFFENCE,
        'judgments.coop': JUDGMENT,
      })!;
      assert.match(ref, /^\*\*judgment CH-2019-117\*\* — declared in `judgments\.coop:1`/);
      assert.match(ref, /- Outcome: `convicted`, final, in absentia/);
      assert.match(ref, /- Date: 2019-06-14/);
      assert.doesNotMatch(ref, /John|Encrypting/);
      const wrong = hoverAt('request EXT-1 extradition {\n  judgment: d|oe\n}\n', { 'offences.coop': OFFENCE })!;
      assert.match(wrong, /a person, but `judgment` takes a judgment/);
    });

    it('explains the keys of a judgment with the articles they rest on', () => {
      assert.match(
        hoverAt(`judgment J {\n  fin|al: yes\n}\n`)!,
        /\*\*final\*\* — key of `judgment`[\s\S]*Legal basis: ETS 24 Art\. 9\.[\s\S]*\*\*ETS 24 Art\. 9 — Non bis in idem \(as supplemented by ETS 86\)\*\*/,
      );
      assert.match(
        hoverAt(`judgment J {\n  outcome: not-prose|cuted\n}\n`)!,
        /\*\*not-prosecuted\*\* — outcome[\s\S]*decided not to institute proceedings, or to terminate them/,
      );
      assert.match(
        hoverAt(`judgment J {\n  in-absen|tia: yes\n}\n`)!,
        /\*\*in-absentia\*\* — key of `judgment`[\s\S]*\*\*ETS 98 Art\. 3 — Judgments in absentia\*\*/,
      );
    });

    it('explains max-penalty: death and life, with the article on capital punishment', () => {
      const death = hoverAt('offence o {\n  law US { cite: "x"  max-penalty: de|ath }\n}\n')!;
      assert.match(death, /^\*\*death\*\* — penalty\n\nThe death penalty: above every threshold of years\./);
      assert.match(
        death,
        /\*\*ETS 24 Art\. 11 — Capital punishment\*\*\n\n> If the offence for which extradition is requested is punishable by death/,
      );
      assert.match(
        hoverAt('offence o {\n  law US { cite: "x"  max-penalty: li|fe }\n}\n')!,
        /^\*\*life\*\* — penalty\n\nLife imprisonment/,
      );
      assert.match(hoverAt('offence o {\n  law US { cite: "x"  max-penalty: deat|j }\n}\n')!, /not a penalty\. Did you mean `death`\?/);
      assert.match(
        hoverAt('offence o {\n  law US { cite: "x"  max-pen|alty: death }\n}\n')!,
        /Takes a duration \(`5 years`\), `life` or `death`\./,
      );
      assert.match(
        hoverAt('offence o {\n  law US { cite: "x"  limita|tion: 5 years }\n}\n')!,
        /\*\*limitation\*\* — key of `law`[\s\S]*ETS 24 Art\. 10 — Lapse of time/,
      );
    });

    it('explains committed and committed-in with the articles on place and time of the offence', () => {
      const md = hoverAt('offence o {\n  committed-i|n: [FR]\n}\n')!;
      assert.match(md, /^\*\*committed-in\*\* — key of `offence`\n\nWhere the offence was committed, wholly or in part/);
      assert.match(md, /Legal basis: ETS 24 Art\. 7, ETS 24 Art\. 16\(2\)\./);
      assert.match(md, /\*\*ETS 24 Art\. 7 — Place of commission\*\*/);
      assert.match(hoverAt('offence o {\n  committed-in: [F|R]\n}\n')!, /\*\*FR\*\* — party/);
      assert.match(hoverAt('offence o {\n  commit|ted: 2026-01-14\n}\n')!, /Takes a date \(`YYYY-MM-DD`\)/);
    });

    it('explains an assurances entry and the block', () => {
      const entry = hoverAt(
        'request R extradition {\n  assurances {\n    retri|al: "Retrial guaranteed by the Ministry, 2026-03-01"\n  }\n}\n',
      )!;
      assert.match(entry, /^\*\*retrial\*\* — key of `assurances`/);
      assert.match(entry, /Legal basis: ETS 98 Art\. 3\(1\), ECHR Art\. 6\(1\)\./);
      assert.match(entry, /\*\*ETS 98 Art\. 3\(1\) — Judgments in absentia\*\*\n\n> 1\. When a Contracting Party requests/);
      assert.doesNotMatch(entry, /Ministry/);
      assert.match(
        hoverAt('request R extradition {\n  assurances {\n    death-pen|alty: "x"\n  }\n}\n')!,
        /That the death penalty will not be carried out\.[\s\S]*ETS 24 Art\. 11/,
      );
      const block = hoverAt('request R extradition {\n  assur|ances {\n  }\n}\n')!;
      assert.match(block, /^\*\*assurances \{ … \}\*\* — block of `request`/);
      assert.match(block, /Keys: `death-penalty`, `retrial`, `life-review`, `detention`\./);
    });

    it('explains a ground `other "…"` of the requested party\'s own law, without repeating its name', () => {
      const md = hoverAt(
        'request R extradition {\n  grounds {\n    oth|er "Forum bar (Extradition Act 2003 s. 83A)": not-engaged "x"\n  }\n}\n',
      )!;
      assert.match(
        md,
        /^\*\*other\*\* — refusal ground \(in an extradition request: where the law of the requested party provides for it\)/,
      );
      assert.match(md, /A ground of the requested party's own law, named in quotes/);
      assert.doesNotMatch(md, /Extradition Act 2003 s\. 83A\)": not-engaged "x"/);
    });

    it('explains the new grounds with their Part D articles', () => {
      const bis = hoverAt('request R extradition {\n  basis: ets24\n  grounds {\n    ne-bis-in-i|dem: not-engaged "x"\n  }\n}\n')!;
      assert.match(bis, /refusal ground \(in an extradition request: ETS 24 Art\. 9\)/);
      const absentia = hoverAt(
        'request R extradition {\n  basis: [ets24, ets98]\n  grounds {\n    in-absen|tia: not-engaged "x"\n  }\n}\n',
      )!;
      assert.match(absentia, /refusal ground \(in an extradition request: ETS 98 Art\. 3; ECHR Art\. 6\(1\)\)/);
      const human = hoverAt('request R extradition {\n  grounds {\n    human-ri|ghts: not-engaged "x"\n  }\n}\n')!;
      assert.match(human, /refusal ground \(in an extradition request: ECHR Art\. 3; ICCPR Art\. 7\)/);
      assert.match(human, /\*\*ECHR Art\. 3 — Prohibition of torture\*\*/);
    });

    it('on basis, says which instrument governs and why', () => {
      const parties = 'party FR { instruments: [budapest, ets24] }\nparty US { instruments: [budapest] }\n';
      const list = hoverAt(`${parties}request R extradition {\n  from: FR\n  to: US\n  bas|is: [ets24, budapest art 24]\n}\n`)!;
      assert.match(
        list,
        /^\*\*Governing instrument: the Budapest Convention \(CETS 185\)\.\*\* The Budapest Convention \(CETS 185\) governs: it is in the basis and applies between FR and US/,
      );
      assert.match(list, /\*\*basis\*\* — key of `request`/);
      const ets24 = hoverAt(
        `party FR { instruments: [ets24] }\nparty DE { instruments: [ets24] }\nrequest R extradition {\n  from: FR\n  to: DE\n  bas|is: ets24\n}\n`,
      )!;
      assert.match(ets24, /^\*\*Governing instrument: the European Convention on Extradition \(ETS 24\)\.\*\*/);
      const none = hoverAt(`${parties}request R extradition {\n  from: FR\n  to: US\n  bas|is: ets24\n}\n`)!;
      assert.match(none, /^\*\*Governing instrument: no instrument\.\*\*.*does not apply between FR and US/);
      const reciprocity = hoverAt('request R extradition {\n  basis: recipro|city\n}\n')!;
      assert.match(reciprocity, /^\*\*reciprocity\*\* — basis: no treaty/);
      assert.match(reciprocity, /the findings cite the law of the requested party/);
      assert.match(
        hoverAt('request R extradition {\n  basis: [ets24, ets|98]\n}\n')!,
        /\*\*ets98\*\* — instrument\n\nSecond Additional Protocol to the European Convention on Extradition/,
      );
      assert.match(hoverAt('request R extradition {\n  basis: ec|hr\n}\n')!, /\*\*echr\*\* — cited in article references only/);
    });

    it('shows Part D articles verbatim: ets24 art 16(4), ets98 art 3, echr art 3', () => {
      const arrest = hoverAt('request PA provisional-arrest {\n  basis: ets24 art 1|6(4)\n}\n')!;
      assert.match(
        arrest,
        /^\*\*ETS 24 Art\. 16\(4\) — Provisional arrest\*\*\n\n> 4\. Provisional arrest may be terminated if, within a period of 18 days after arrest/,
      );
      assert.match(arrest, /It shall not, in any event, exceed 40 days from the date of such arrest\./);
      assert.doesNotMatch(arrest, /Release shall not prejudice/, 'only paragraph 4');
      assert.match(
        arrest,
        /_European Convention on Extradition \(ETS No\. 24, Paris, 13 December 1957\); verbatim, English text of the Dutch Treaty Series \(Tractatenblad\)\._$/,
      );
      const absentia = hoverAt('request R extradition {\n  basis: [ets24, ets9|8 art 3]\n}\n')!;
      assert.match(
        absentia,
        /^\*\*ETS 98 Art\. 3 — Judgments in absentia\*\*\n\n> The Convention shall be supplemented by the following provisions:\n>\n> “Judgments in absentia\n>\n> 1\. When a Contracting Party/,
      );
      assert.match(
        absentia,
        /_Second Additional Protocol to the European Convention on Extradition \(ETS No\. 98, 1978\); verbatim, English text of the Dutch Treaty Series \(Tractatenblad\)\._$/,
      );
      assert.doesNotMatch(absentia, /Chapter III|WorldLII|BWBV|LM\b|commit/);
      const torture = hoverAt('party AT {\n  declarations: [echr ar|t 3]\n}\n')!;
      assert.equal(
        torture,
        '**ECHR Art. 3 — Prohibition of torture**\n\n> No one shall be subjected to torture or to inhuman or degrading treatment or punishment.\n\n_Convention for the Protection of Human Rights and Fundamental Freedoms (ETS No. 5, 1950); verbatim, English text of the Dutch Treaty Series (Tractatenblad)._',
      );
      const fiscal = hoverAt('party AT {\n  reservations: [ets24 ar|t 5]\n}\n')!;
      assert.match(
        fiscal,
        /^\*\*ETS 24 Art\. 5 — Fiscal offences \(as replaced by ETS 98\)\*\*\n\n> 1\. For offences in connection with taxes/,
      );
      assert.doesNotMatch(fiscal, /Note:|ETS 98, Article 2|WorldLII/);
    });

    it('shows ets24 art 10 with its replacement by CETS 212, and 10(3) as a summary', () => {
      const md = hoverAt('party AT {\n  reservations: [ets24 ar|t 10]\n}\n')!;
      assert.match(md, /^\*\*ETS 24 Art\. 10 — Lapse of time\*\*\n\n> Extradition shall not be granted when the person claimed has/);
      assert.match(
        md,
        /\nAs replaced by CETS 212 Art\. 1, between the parties to that Protocol:\n\n> 1\. Extradition shall not be granted when the prosecution or punishment of the person claimed has become statute-barred according to the law of the requesting Party\.\n>\n> 2\. Extradition shall not be refused/,
      );
      assert.match(
        md,
        /\nParagraph 3 lets a State reserve the right not to apply paragraph 2 \(summary, to be verified against the official text\)\./,
      );
      assert.match(
        md,
        /_Fourth Additional Protocol to the European Convention on Extradition \(CETS No\. 212, 2012\); paragraphs 1 and 2 verbatim, English authentic text printed by the Portuguese Parliament/,
      );
      assert.doesNotMatch(md, /Quote paragraphs|not seen in English/);
      const p3 = hoverAt('party AT {\n  reservations: [ets24 art 10(|3)]\n}\n')!;
      assert.ok(p3.includes(SUMMARY_NOTICE), p3);
      assert.match(p3, /^\*\*ETS 24 Art\. 10\(3\) — Lapse of time \(as replaced by CETS 212 Art\. 1\)\*\*/);
      assert.doesNotMatch(p3, /immune by reason of lapse of time/, 'not the 1957 text as if it were paragraph 3');
      assert.match(
        hoverAt('party AT {\n  reservations: [ets24 art 10(|5)]\n}\n')!,
        /no such article or paragraph \(ETS 24 Art\. 10 has no \(5\): it has \(1\)–\(4\)\)/,
      );
    });

    it('explains arrested, for, sentence, eu-member and declarations', () => {
      assert.match(
        hoverAt('request PA provisional-arrest {\n  arres|ted: 2026-01-01\n}\n')!,
        /the 18 and 40 days run from it[\s\S]*ETS 24 Art\. 16\(4\)/,
      );
      assert.match(hoverAt('request R extradition {\n  for: sente|nce\n}\n')!, /^\*\*sentence\*\* — purpose/);
      assert.match(
        hoverAt('request R extradition {\n  sente|nce: 2 years\n}\n')!,
        /\*\*sentence\*\* — key of `request`[\s\S]*CoopSpec does not hold the text of this article: summary, to be verified against the official text\./,
      );
      assert.match(hoverAt('party AT {\n  eu-mem|ber: yes\n}\n')!, /Member State of the European Union/);
      assert.match(hoverAt('party AT {\n  declara|tions: [budapest art 24(7)]\n}\n')!, /\*\*declarations\*\* — key of `party`/);
      assert.match(hoverAt('person p {\n  nationality: [GB, F|I]\n}\n')!, /\*\*FI\*\* — party/);
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
      const md = hoverAt(
        'offence ran|somware {\n}\nproceeding p {\n  charges: [ransomware]\n}\nconsent c {\n  extends-to: [ransomware]\n}\n',
      )!;
      assert.match(md, /Referred to 2 times in the workspace\./);
    });

    it('says when a reference names nothing, or a declaration of another sort', () => {
      assert.match(
        hoverAt('request R extradition {\n  offences: [nothi|ng]\n}\n')!,
        /nothing of this name is declared in the workspace; `offences` takes an offence/,
      );
      assert.match(
        hoverAt('request R extradition {\n  offences: [d|oe]\n}\n', { 'offences.coop': OFFENCE })!,
        /a person, but `offences` takes an offence/,
      );
    });

    it('shows a party declaration for a party code, or says there is none', () => {
      const withParty = hoverAt(
        'request R extradition {\n  to: A|T\n}\nparty AT {\n  instruments: [budapest]\n  reservations: [budapest art 29(4)]\n}\n',
      )!;
      assert.match(withParty, /\*\*party AT\*\*/);
      assert.match(withParty, /Reservations: CETS 185 Art\. 29\(4\)/);
      assert.match(hoverAt('request R extradition {\n  to: D|E\n}\n')!, /No `party DE` declaration in the workspace/);
    });
  });

  describe('suppression comments', () => {
    it('describes a rule named by id or alias', () => {
      assert.match(
        hoverAt('# coopspec-disable-next-line CR3|06\nrequest P preservation {\n}\n')!,
        /\*\*CR306 preservation-not-followed\*\* — info/,
      );
      assert.match(hoverAt('# coopspec-disable-next-line notice-mis|sing\n')!, /\*\*CR405 notice-missing\*\*/);
      assert.match(hoverAt('# coopspec-disable-next-line CR9|99\n')!, /no rule has this id or alias/);
    });

    it('shows nothing on an ordinary comment', () => {
      assert.equal(hoverAt('# a com|ment about CR306\n'), undefined);
    });
  });

  describe('citations in comments', () => {
    it('shows the text of the article a CR101 fix cites after `unassessed`, the citation short and the text on hover', () => {
      const ws = workspaceOf({ 'a.coop': readFileSync(join(EXAMPLES, 'flawed', 'missing-grounds', 'extradition.coop'), 'utf8') });
      const uri = uriOf('a.coop');
      const fix = ws.findings(uri).find((f) => f.rule === 'CR101' && f.message.includes('"human-rights"'))!.fixes[0]!;
      const edit = fix.edits[0]!;
      // The inserted line is short: the ground, `unassessed` and the citation, no quotation.
      assert.match(edit.newText, /^\s*human-rights: unassessed {2}# ECHR Art\. 3; ICCPR Art\. 7\n$/);
      const text = ws.document(uri)!.text;
      const after = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
      const at = after.indexOf('ICCPR Art. 7');
      const c = cursor(`${after.slice(0, at + 3)}|${after.slice(at + 3)}`);
      const h = hover(c.ws, c.uri, c.offset)!;
      assert.equal(c.text.slice(h.start, h.end), 'ICCPR Art. 7');
      assert.match(h.markdown, /\*\*ICCPR Art\. 7/);
      assert.match(h.markdown, /No one shall be subjected to torture or to cruel, inhuman or degrading treatment/);
      assert.match(
        hoverAt(
          "request R extradition {\n  grounds {\n    persecution: unassessed  # the grounds of the requested party's law, which CETS 185 Art. 24|(5) keeps\n  }\n}\n",
        )!,
        /\*\*CETS 185 Art\. 24\(5\)/,
      );
      assert.match(hoverAt('# see budapest art 2|9(2)\n')!, /\*\*CETS 185 Art\. 29\(2\)/);
    });

    it('covers the whole citation and nothing beside it, nor an article of an instrument CoopSpec does not know', () => {
      assert.match(hoverAt('# EC|HR Art. 3 applies\n')!, /\*\*ECHR Art\. 3/);
      assert.equal(hoverAt('# ECHR Art. 3 app|lies\n'), undefined);
      assert.equal(hoverAt('# Code pénal Art. 3|23\n'), undefined);
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
      ['ransomware-extradition.coop', 'basis: budapest art 24', 2],
      ['ransomware-extradition.coop', 'budapest art 24', 10],
      ['ransomware-extradition.coop', 'ivanov\n  offences', 2],
      ['ransomware-extradition.coop', 'description-of-person', 2],
      ['ransomware-extradition.coop', 'nationality: not-engaged', 2],
      ['ransomware-extradition.coop', 'human-rights: not-engaged', 2],
      ['ransomware-extradition.coop', 'surrender', 2],
      ['ransomware-extradition.coop', 'EXT-2026-001\n  charges', 2],
    ];

    it('match test/services/golden/hovers.md (npm run test:update-golden rewrites it)', () => {
      const out: string[] = [
        '# Hovers over examples/clean',
        '',
        'Generated by test/services/hover.test.ts; `npm run test:update-golden` rewrites it.',
        '',
      ];
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
