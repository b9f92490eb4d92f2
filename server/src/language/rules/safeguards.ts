// Shared by CR401–CR406: how to insert safeguards. A safe fix inserts each missing safeguard as a
// placeholder with what it is as a comment (CR007 reports the placeholder until it is written);
// the kind of authorization or of notice is the drafter's to choose, offered as quick fixes.
// Also shared by the required-contents rules (CR301, CR304, CR307, CR309, CR310, CR312, CR407):
// `completeEntries`, which fills an entry written as an empty list instead of adding a second one.

import { citationsFor, measureSpec, renderCitations, SAFEGUARDS, type CiteTable, type Governing } from '../law';
import { block, type BlockModel } from '../model';
import { fix, insertEntries, insertIntoBlock, PLACEHOLDER, placeholderLine, replace } from './fixkit';
import type { EditSpec, FixSpec } from '../findings';
import type { Decl } from './types';

/** The line a fix inserts for a safeguard: `necessity: "…"  # CETS 185 Art. 15(2): grounds justifying application`. */
export function safeguardLine(key: string, g: Governing): string {
  const table = (SAFEGUARDS.cite as Record<string, CiteTable>)[key];
  const what = SAFEGUARDS.what[key] ?? key;
  // An article where one applies (Budapest Art. 15, UNCC Art. 24); otherwise only what it is.
  // Property recovery is not a power of the Budapest Convention: its safeguards are the requested party's.
  const cites = table && measureSpec(g.measure)?.budapestPower !== false ? citationsFor(table, g) : [];
  const comment = cites.length && cites.every((c) => c.t === 'article') ? `${renderCitations(cites)}: ${what}` : what;
  return placeholderLine(key, PLACEHOLDER, undefined, comment);
}

/**
 * The edits that complete missing entries, each `{ key, line }` with the line a new entry is
 * written as. An entry that is there as an empty list (`offences: []`, an absent entry) gets the
 * placeholder as its value rather than a second entry under the same key, which the model would
 * ignore (the first entry counts) and fix-all would add again on every pass.
 */
export function completeEntries(decl: Decl, entries: { key: string; line: string }[], blockKey?: string): EditSpec[] {
  const model: BlockModel | Decl['model'] | undefined = blockKey ? block(decl.model, blockKey) : decl.model;
  const edits: EditSpec[] = [];
  const lines: string[] = [];
  for (const { key, line } of entries) {
    const present = model?.fields.get(key);
    if (present) edits.push(replace(decl, present.entry.value, PLACEHOLDER));
    else lines.push(line);
  }
  if (lines.length) edits.push(blockKey ? insertIntoBlock(decl, blockKey, lines) : insertEntries(decl, lines));
  return edits;
}

export function insertSafeguards(decl: Decl, keys: string[], g: Governing): FixSpec {
  return fix(
    `Add ${keys.join(', ')} to safeguards to complete`,
    true,
    ...completeEntries(
      decl,
      keys.map((k) => ({ key: k, line: safeguardLine(k, g) })),
      'safeguards',
    ),
  );
}

/** Quick fixes that choose a word (`authorization: judicial "…"`): offered in the editor, never in bulk. */
export function chooseSafeguard(decl: Decl, key: string, words: string[]): FixSpec[] {
  const present = block(decl.model, 'safeguards')?.fields.get(key);
  return words.map((w) =>
    fix(
      `Add "${key}: ${w}"`,
      false,
      present
        ? replace(decl, present.entry.value, `${w} ${PLACEHOLDER}`)
        : insertIntoBlock(decl, 'safeguards', [`${key}: ${w} ${PLACEHOLDER}`]),
    ),
  );
}
