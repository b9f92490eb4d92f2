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
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        if (scopeName !== 'source.coopspec') return null;
        return textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      },
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
      tokens.push({ line, start: t.startIndex, end: Math.min(t.endIndex, lineText.length), text: lineText.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    state = r.ruleStack;
  });
  return tokens;
}

/** The innermost scope of each token, as `text => scope`, for reading in a failure message. */
export function show(tokens: Token[]): string {
  return tokens.filter((t) => t.text.trim()).map((t) => `${t.line + 1}: ${JSON.stringify(t.text)} => ${t.scopes[t.scopes.length - 1]}`).join('\n');
}
