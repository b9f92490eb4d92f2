// Colours, as a user sees them: a CoopSpec file coloured by VS Code's default themes and three
// common others (test/client/themes/), through the grammar's scopes and vscode-textmate's theme
// matching, as VS Code colours it. Keys and strings must differ (in Light+ they were one red), and
// party codes, instruments and article references must be coloured at all.

import { strict as assert } from 'node:assert';
import { colourize } from './textmate';

const TEXT = `request EXT-1 extradition {
  from: FR
  to: provider "Mail" in US
  basis: [ets24, budapest art 24(5)]
  authority: "Ministry"
  grounds {
    nationality: not-engaged "Russian national"
  }
}
offence fraud {
  law FR { cite: "Code"  max-penalty: 5 years }
}
`;

/** Theme file, dark or light, and whether it is one of VS Code's defaults (where every kind must differ). */
const THEMES: [string, boolean, boolean][] = [
  ['light_plus.json', false, true],
  ['light_modern.json', false, true],
  ['dark_plus.json', true, true],
  ['dark_modern.json', true, true],
  ['solarized-light-color-theme.json', false, false],
  ['quietlight-color-theme.json', false, false],
  ['monokai-color-theme.json', true, false],
];

/** Each kind of token, by its text and the 1-based line it is on. */
const KINDS: Record<string, [number, string][]> = {
  key: [
    [2, 'from'],
    [5, 'authority'],
    [7, 'nationality'],
    [11, 'cite'],
  ],
  string: [
    [5, 'Ministry'],
    [7, 'Russian national'],
    [3, '"Mail"'],
  ],
  party: [
    [2, 'FR'],
    [3, 'US'],
    [11, 'FR'],
  ],
  instrument: [
    [4, 'ets24'],
    [4, 'budapest'],
  ],
  article: [
    [4, 'art'],
    [4, '24'],
  ],
};

describe('client: colours of the grammar in common themes', () => {
  for (const [theme, dark, defaults] of THEMES) {
    it(`${theme}: keys, strings, party codes, instruments and article references are coloured${defaults ? ', each kind its own colour' : ', keys apart from strings'}`, async () => {
      const { tokens, foreground } = await colourize(TEXT, theme, dark);
      const colour = (line: number, text: string): string => {
        const t = tokens.find((x) => x.line === line - 1 && x.text === text);
        assert.ok(t, `no token ${text} on line ${line}`);
        return t.colour;
      };
      const of: Record<string, string> = {};
      for (const [kind, places] of Object.entries(KINDS)) {
        const colours = new Set(places.map(([line, text]) => colour(line, text)));
        if (kind !== 'article') assert.equal(colours.size, 1, `${theme}: every ${kind} has one colour, not ${[...colours].join(', ')}`);
        for (const c of colours) assert.notEqual(c, foreground, `${theme}: a ${kind} has the default colour`);
        of[kind] = [...colours][0]!;
      }
      assert.notEqual(of['key'], of['string'], `${theme}: keys and strings share ${of['key']}`);
      if (defaults) {
        const kinds = ['key', 'string', 'party', 'instrument'];
        for (const a of kinds) for (const b of kinds) if (a < b) assert.notEqual(of[a], of[b], `${theme}: ${a} and ${b} share ${of[a]}`);
      }
    });
  }
});
