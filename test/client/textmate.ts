// Tokenizes text with the extension's TextMate grammar, as VS Code does: vscode-textmate with the
// Oniguruma engine compiled to WebAssembly, loaded from node_modules (no network).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { ROOT } from '../support/lint';

export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'coopspec.tmLanguage.json');

export interface Token {
  /** 0-based line. */
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammar: Promise<textmate.IGrammar> | undefined;

export function loadGrammar(): Promise<textmate.IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: (scopeName: string) =>
        Promise.resolve(
          scopeName === 'source.coopspec' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
        ),
    });
    const g = await registry.loadGrammar('source.coopspec');
    if (!g) throw new Error('the grammar source.coopspec did not load');
    return g;
  })();
  return grammar;
}

export async function tokenize(text: string): Promise<Token[]> {
  const g = await loadGrammar();
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const r = g.tokenizeLine(lineText, state);
    for (const t of r.tokens) {
      tokens.push({
        line,
        start: t.startIndex,
        end: Math.min(t.endIndex, lineText.length),
        text: lineText.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      });
    }
    state = r.ruleStack;
  });
  return tokens;
}

/** The innermost scope of each token, as `text => scope`, for reading in a failure message. */
export function show(tokens: Token[]): string {
  return tokens
    .filter((t) => t.text.trim())
    .map((t) => `${t.line + 1}: ${JSON.stringify(t.text)} => ${t.scopes[t.scopes.length - 1]}`)
    .join('\n');
}

// ------------------------------------------------------------------ colours

export const THEMES_DIR = join(ROOT, 'test', 'client', 'themes');

interface ThemeFile {
  name?: string;
  type?: string;
  include?: string;
  colors?: Record<string, string>;
  tokenColors?: { scope?: string | string[]; settings: { foreground?: string; fontStyle?: string } }[];
}

/** A theme file with what it includes, as VS Code reads it: the included rules first. */
function readTheme(file: string): { colors: Record<string, string>; rules: NonNullable<ThemeFile['tokenColors']> } {
  const t = JSON.parse(readFileSync(join(THEMES_DIR, file), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as ThemeFile;
  const base = t.include ? readTheme(t.include.replace(/^\.\//, '')) : { colors: {}, rules: [] };
  return { colors: { ...base.colors, ...(t.colors ?? {}) }, rules: [...base.rules, ...(t.tokenColors ?? [])] };
}

/**
 * The foreground colour of each token of `text` under a theme file (test/client/themes/), as VS
 * Code's TextMate colouring gives it (vscode-textmate's theme), and the theme's default colour.
 */
export async function colourize(
  text: string,
  themeFile: string,
  dark: boolean,
): Promise<{ tokens: (Token & { colour: string })[]; foreground: string }> {
  const theme = readTheme(themeFile);
  const foreground = (theme.colors['editor.foreground'] ?? (dark ? '#D4D4D4' : '#000000')).toUpperCase();
  const registry = new textmate.Registry({
    onigLib: (async () => {
      await loadGrammar(); // loads the WebAssembly once
      return {
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      };
    })(),
    loadGrammar: (scopeName: string) =>
      Promise.resolve(scopeName === 'source.coopspec' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null),
    theme: { name: themeFile, settings: [{ settings: { foreground, background: dark ? '#1E1E1E' : '#FFFFFF' } }, ...theme.rules] },
  });
  const g = await registry.loadGrammar('source.coopspec');
  if (!g) throw new Error('the grammar did not load');
  const colours = registry.getColorMap();
  const tokens: (Token & { colour: string })[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const scoped = g.tokenizeLine(lineText, state);
    const binary = g.tokenizeLine2(lineText, state);
    const starts: { start: number; colour: string }[] = [];
    for (let i = 0; i < binary.tokens.length; i += 2) {
      const meta = binary.tokens[i + 1]!;
      // The foreground's index in the colour map: bits 15-23 of the token's metadata (vscode-textmate's EncodedTokenAttributes).
      starts.push({ start: binary.tokens[i]!, colour: (colours[(meta & 0x00ff8000) >>> 15] ?? foreground).toUpperCase() });
    }
    for (const t of scoped.tokens) {
      const colour = [...starts].reverse().find((s) => s.start <= t.startIndex)?.colour ?? foreground;
      tokens.push({
        line,
        start: t.startIndex,
        end: Math.min(t.endIndex, lineText.length),
        text: lineText.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
        colour,
      });
    }
    state = scoped.ruleStack;
  });
  return { tokens, foreground };
}
