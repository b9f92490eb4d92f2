import assert from 'node:assert/strict';
import { locate, type Located } from '../../server/src/language/services/locate';
import { cursor } from './support';

const REQUEST = `# coopspec-disable-next-line CR306 notice-missing -- reason
request PRES-1 preservation {
  from: FR
  to: provider "Mail Inc." in US
  basis: budapest art 29(2)(c)
  offences: [ransomware, fraud]
  follow-up: mutual-assistance
  facts: "Sent from the mailbox"
  grounds {
    political-offence: not-engaged "Financially motivated"
  }
}

offence ransomware {
  category: budapest art 5
  law FR { cite: "Code pénal"  max-penalty: 5 years }
}

party FR {
  instruments: [budapest, ets24]
  reservations: [budapest art 29(4)]
}
`;

/** Locate at the position of `|` in a copy of REQUEST where `needle` is marked. */
function at(needle: string, delta = 0, text = REQUEST, strict = false): Located {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  const c = cursor(text.slice(0, i + delta) + '|' + text.slice(i + delta));
  const loc = locate(c.ws, c.uri, c.offset, { strict });
  assert.ok(loc);
  return loc;
}

describe('services: locate', () => {
  it('finds the declaration keyword, name and request kind', () => {
    assert.deepEqual(at('request PRES').role, { role: 'keyword', keyword: 'request' });
    const name = at('PRES-1', 2);
    assert.equal(name.role.role, 'name');
    assert.equal(name.decl?.name, 'PRES-1');
    assert.deepEqual(at('preservation {', 3).role, { role: 'request-kind', word: 'preservation', known: true });
  });

  it('finds a key with its spec, and reports the span of the key', () => {
    const loc = at('follow-up', 2);
    assert.equal(loc.role.role, 'key');
    if (loc.role.role !== 'key') return;
    assert.equal(loc.role.spec?.key, 'follow-up');
    assert.equal(loc.doc.text.slice(loc.start, loc.end), 'follow-up');
  });

  it('finds references with the sort their key takes', () => {
    const loc = at('fraud]', 1);
    assert.deepEqual(loc.role, { role: 'reference', name: 'fraud', sort: 'offence' });
    assert.equal(loc.key, 'offences');
    assert.equal(loc.doc.text.slice(loc.start, loc.end), 'fraud');
  });

  it('finds party codes in fields, after a provider\'s "in" and in law blocks', () => {
    assert.deepEqual(at('FR\n  to').role, { role: 'party', code: 'FR' });
    assert.deepEqual(at('US\n').role, { role: 'party', code: 'US' });
    assert.deepEqual(at('FR {', 1).role, { role: 'party', code: 'FR' });
    assert.equal(at('"Mail', 2).role.role, 'string');
    assert.equal(at('provider', 3).role.role, 'value');
  });

  it('finds enumerated words with their table, grounds and statuses', () => {
    const word = at('mutual-assistance', 3);
    assert.equal(word.role.role, 'word');
    if (word.role.role === 'word') assert.equal(word.role.table.what, 'follow-up');
    assert.deepEqual(at('political-offence').role, { role: 'ground', ground: 'political-offence', known: true });
    assert.deepEqual(at('not-engaged', 4).role, { role: 'status', status: 'not-engaged', ground: 'political-offence', known: true });
    assert.equal(at('"Financially', 3).role.role, 'string');
  });

  it('finds articles in basis, category and reservations, and instruments in lists', () => {
    for (const [needle, number, parts] of [
      ['art 29(2)', 29, ['2', 'c']],
      ['art 5', 5, []],
      ['art 29(4)', 29, ['4']],
    ] as const) {
      const loc = at(needle, 1);
      assert.equal(loc.role.role, 'article', needle);
      if (loc.role.role !== 'article') continue;
      assert.deepEqual(loc.role.ref, { instrument: 'budapest', number, parts: [...parts] });
    }
    assert.deepEqual(at('ets24]', 1).role, { role: 'instrument', id: 'ets24', word: 'ets24', treaty: false });
  });

  it('gives the path of nested blocks', () => {
    const loc = at('max-penalty', 1);
    assert.deepEqual(
      loc.path.map((p) => (p.kind === 'declaration' ? p.name.text : p.key.text)),
      ['ransomware', 'law'],
    );
    assert.equal(loc.role.role, 'key');
  });

  it('finds the rule named in a suppression comment', () => {
    const loc = at('notice-missing', 3);
    assert.equal(loc.role.role, 'comment');
    if (loc.role.role === 'comment') {
      assert.equal(loc.role.directive, true);
      assert.equal(loc.role.rule?.name, 'notice-missing');
    }
    const reason = at('reason', 1);
    assert.equal(reason.role.role, 'comment');
    if (reason.role.role === 'comment') assert.equal(reason.role.rule, undefined);
  });

  it('finds nothing on whitespace and between declarations', () => {
    assert.equal(at('  from', 1).role.role, 'nothing');
    assert.equal(at('\n\noffence', 1).role.role, 'nothing');
  });

  it('in strict mode, the offset just after a word is not on it', () => {
    assert.equal(at('fraud]', 5, REQUEST, false).role.role, 'reference');
    assert.equal(at('fraud]', 5, REQUEST, true).role.role, 'nothing');
  });

  it('works in an unclosed declaration', () => {
    const text = 'request R extradition {\n  offences: [x]\n';
    const loc = at('x]', 0, text);
    assert.deepEqual(loc.role, { role: 'reference', name: 'x', sort: 'offence' });
  });
});
