// Shared by CR401–CR406: which requests are coercive or real-time, and how to insert safeguards.

import { quoteString } from '../util';
import { articleQuote, fix, insertIntoBlock } from './fixkit';
import type { FixSpec } from '../findings';
import type { Decl } from './types';

/** Placeholder entries for each safeguard, with the words of Art. 15 as a comment. */
export const SAFEGUARD_LINES: Record<string, string> = {
  authorization: `authorization: judicial ${quoteString('…')}  # CETS 185 Art. 15(2): judicial or other independent supervision`,
  necessity: `necessity: ${quoteString('…')}  # CETS 185 Art. 15(2): grounds justifying application`,
  proportionality: `proportionality: ${quoteString('…')}  # CETS 185 Art. 15(1): shall incorporate the principle of proportionality`,
  duration: 'duration: 30 days  # CETS 185 Art. 15(2): limitation of the scope and the duration of such power or procedure',
  scope: `scope: ${quoteString('…')}  # CETS 185 Arts 33, 34: specified communications`,
  notice: `notice: deferred ${quoteString('…')}  # given, deferred or not-required, with the reason`,
  redress: `redress: ${quoteString('…')}  # the remedy open to the person concerned`,
};

export function insertSafeguards(decl: Decl, keys: string[]): FixSpec {
  return fix(`Add ${keys.join(', ')} to safeguards`, true, insertIntoBlock(decl, 'safeguards', keys.map((k) => SAFEGUARD_LINES[k]!)));
}

/** Checks that the Art. 15 words quoted above are in the reference (tests call it). */
export function safeguardArticleWords(): string[] {
  return [articleQuote('budapest art 15(1)'), articleQuote('budapest art 15(2)')];
}
