import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checklist, codeLenses, itemText } from '../../server/src/language/services/codelens';
import { EXAMPLES } from '../support/lint';
import { example, uriOf, workspaceOf } from './support';

/** "NAME: title" for every lens of a file. */
function lenses(files: Record<string, string>, file: string): string[] {
  const ws = workspaceOf(files);
  const text = files[file]!;
  return codeLenses(ws, uriOf(file)).map((l) => `${text.slice(l.start, l.end)}: ${l.title}`);
}

/** The rules each checklist item stands for: the item is complete exactly when they are silent. */
const RULES_OF: Record<string, string[]> = {
  'Art. 29(2)': ['CR301'],
  contents: ['CR304', 'CR310', 'CR312'],
  documents: ['CR303'],
  grounds: ['CR101', 'CR107'],
  safeguards: ['CR401', 'CR402', 'CR403'],
  specialty: ['CR204'],
  emergency: ['CR307'],
  risk: ['CR307', 'CR502'],
  'subscriber data only': ['CR308'],
  'lawful basis': ['CR309'],
  'data protection': ['CR407'],
};

describe('services: code lens', () => {
  it('summarises each request of the clean examples, on its name', () => {
    const files = example('clean');
    assert.deepEqual(lenses(files, 'preservation-and-mla.coop'), [
      'PRES-2026-010: under CETS 185 · Art. 29(2): 6/6 · grounds 2/2 assessed',
      'MLA-2026-011: under CETS 185 · contents 4/4 · grounds 4/4 assessed · safeguards 3/3 · data protection ✓',
    ]);
    // Under the Budapest Convention (Art. 24) the documents of ETS 24 Art. 12(2) are not counted.
    assert.deepEqual(lenses(files, 'ransomware-extradition.coop'), ['EXT-2026-001: under CETS 185 · grounds 5/5 assessed · specialty ✓']);
  });

  it('counts what a preservation lacks, with the Art. 29(4) ground when the requested party reserved it', () => {
    assert.deepEqual(lenses(example('flawed/preservation'), 'preservation.coop'), [
      'PRES-ES-1: under CETS 185 · Art. 29(2): 3/6 · grounds 2/3 assessed',
      'PRES-AT-2: under CETS 185 · Art. 29(2): 6/6 · grounds 2/2 assessed',
    ]);
  });

  it('counts the safeguards of real-time measures, duration and scope included', () => {
    assert.deepEqual(lenses(example('flawed/safeguards'), 'surveillance.coop'), [
      'MLA-IT-3: under CETS 185 · contents 4/4 · grounds 5/5 assessed · safeguards 3/5 · data protection ✗',
      'MLA-IT-4: under CETS 185 · contents 4/4 · grounds 5/5 assessed · safeguards 0/5 · data protection ✗',
    ]);
  });

  it('does not count an unassessed ground as assessed; an engaged one is assessed', () => {
    const text = `request E extradition {
  basis: ets24
  documents: [warrant]
  grounds {
    dual-criminality: engaged "Not criminal in the requested State"
    political-offence: not-engaged "x"
    nationality: unassessed
  }
}
`;
    assert.deepEqual(lenses({ 'a.coop': text }, 'a.coop'), ['E: under ETS 24 · documents 1/4 · grounds 2/5 assessed · specialty ✗']);
  });

  it('summarises the other kinds by what their rules require', () => {
    const text = `data subs {
  type: subscriber
}
data mails {
  type: content
}
request ED-1 emergency-disclosure {
  risk: property
  data: [subs]
}
request SO-1 subscriber-order {
  data: [subs, mails]
  data-protection: "x"
}
request DA-1 direct-access {
  lawful-basis: publicly-available
}
request TD-1 traffic-disclosure {
  grounds {
    political-offence: not-engaged "x"
  }
}
request M-1 mutual-assistance {
  measure: testimony
}
request PA-1 provisional-arrest {
  documents: [warrant]
}
`;
    assert.deepEqual(lenses({ 'a.coop': text }, 'a.coop'), [
      'ED-1: under no instrument · emergency ✗ · risk ✗ · data protection ✗',
      'SO-1: under no instrument · contents ✗ · subscriber data only ✗ · data protection ✓',
      'DA-1: under no instrument · lawful basis ✓',
      'TD-1: under CETS 185 · grounds 1/2 assessed',
      'M-1: under no instrument · contents 0/4 · grounds 0/4 assessed',
      'PA-1: under no instrument · contents ✗',
    ]);
  });

  it('explains each item of the title: what it counts and the rules it stands for, never a string of the file', () => {
    const files = example('flawed/safeguards');
    const ws = workspaceOf(files);
    for (const uri of ws.uris()) {
      for (const lens of codeLenses(ws, uri)) {
        assert.equal(lens.items.map((i) => i.text).join(' · '), lens.title);
        assert.match(lens.items[0]!.explain, /^The instrument that governs the request/);
        for (const item of lens.items) {
          assert.match(item.explain, /^[A-Z].*\.$/, item.text);
          for (const text of Object.values(files).flatMap((t) => [...t.matchAll(/"([^"\n]{6,})"/g)].map((m) => m[1]!))) {
            assert.ok(!item.explain.includes(text), `${item.text} quotes the file`);
          }
        }
        const safeguards = lens.items.find((i) => i.text.startsWith('safeguards'))!;
        assert.deepEqual(safeguards.rules, ['CR401', 'CR402', 'CR403']);
        assert.equal(safeguards.complete, false);
        assert.match(safeguards.explain, /Budapest Art\. 15/);
      }
    }
  });

  it('gives no lens to other declarations or to a request of unknown kind', () => {
    assert.deepEqual(lenses({ 'a.coop': 'offence o {\n}\nrequest R extradtion {\n}\nrequest S {\n}\n' }, 'a.coop'), []);
  });

  it('shows "?" for documents it cannot read (CR004)', () => {
    assert.deepEqual(
      lenses(
        { 'a.coop': 'request E extradition {\n  basis: ets24\n  documents: [warrant, pasport]\n  specialty: undertaken\n}\n' },
        'a.coop',
      ),
      ['E: under ETS 24 · documents ?/4 · grounds 0/5 assessed · specialty ✓'],
    );
  });

  describe('agrees with the rules on every example workspace', () => {
    const folders = ['clean', ...readdirSync(join(EXAMPLES, 'flawed')).map((f) => `flawed/${f}`)];
    for (const folder of folders) {
      it(folder, () => {
        const ws = workspaceOf(example(folder));
        for (const uri of ws.uris()) {
          const findings = ws.findings(uri).filter((f) => !f.suppressed);
          for (const decl of ws.declarationsOf(uri)) {
            if (decl.keyword !== 'request' || !decl.model.kind) continue;
            const start = decl.chunk.base + decl.syntax.start;
            const end = decl.chunk.base + decl.syntax.end;
            const inside = findings.filter((f) => f.start >= start && f.end <= end).map((f) => f.rule);
            for (const item of checklist(ws, decl)) {
              if (item.style === 'text') continue; // the governing instrument: no rule of its own
              const rules = RULES_OF[item.label];
              assert.ok(rules, `no rules for ${item.label}`);
              // The rules the item names for its explanation are among those it stands for.
              assert.ok(item.rules.length > 0 && item.rules.every((r) => rules.includes(r)), `${item.label}: ${item.rules.join(', ')}`);
              const complete = !item.undecided && item.done === item.total;
              const silent = !inside.some((r) => rules.includes(r));
              assert.equal(complete, silent, `${folder} ${decl.name}: "${itemText(item)}" but findings ${inside.join(', ') || 'none'}`);
            }
          }
        }
      });
    }
  });
});
