// Shared by CR401–CR406: how to insert safeguards. A safe fix inserts each missing safeguard as a
// placeholder with what it is as a comment (CR007 reports the placeholder until it is written);
// the kind of authorization or of notice is the drafter's to choose, offered as quick fixes.

import { citeRule, SAFEGUARDS, type Governing } from '../law';
import { fix, insertIntoBlock, PLACEHOLDER, placeholderLine } from './fixkit';
import type { FixSpec } from '../findings';
import type { Decl } from './types';

/** The line a fix inserts for a safeguard: `necessity: "…"  # CETS 185 Art. 15(2): grounds justifying application`. */
export function safeguardLine(key: string, g: Governing): string {
  const table = (SAFEGUARDS.cite as Record<string, Parameters<typeof citeRule>[0]>)[key];
  const what = SAFEGUARDS.what[key] ?? key;
  const comment = table && g.governing !== 'none' && g.governing !== 'treaty' ? `${citeRule(table, g, 'safeguards')}: ${what}` : what;
  return placeholderLine(key, PLACEHOLDER, undefined, comment);
}

export function insertSafeguards(decl: Decl, keys: string[], g: Governing): FixSpec {
  return fix(`Add ${keys.join(', ')} to safeguards to complete`, true, insertIntoBlock(decl, 'safeguards', keys.map((k) => safeguardLine(k, g))));
}

/** Quick fixes that choose a word (`authorization: judicial "…"`): offered in the editor, never in bulk. */
export function chooseSafeguard(decl: Decl, key: string, words: string[]): FixSpec[] {
  return words.map((w) => fix(`Add "${key}: ${w}"`, false, insertIntoBlock(decl, 'safeguards', [`${key}: ${w} ${PLACEHOLDER}`])));
}
