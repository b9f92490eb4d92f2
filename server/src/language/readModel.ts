// Reading a declaration into its model (model.ts): each entry's value read according to its key
// (vocabulary.ts), and every key, word or shape the language does not have reported as CR004,
// every article the instrument does not have as CR005. A value reported here is *present but
// unusable*: rules that depend on it stay silent.

import type { FixSpec } from './findings';
import { type BlockModel, type DeclModel, type FieldEntry, type GroundEntry, type Issue } from './model';
import type { ParsedChunk } from './parse';
import type { Block, BlockItem, Declaration, DeclarationKeyword, Entry, Span, Value } from './syntax';
import { nearest, orList } from './util';
import { GROUNDS, REQUEST_KINDS, STATUSES } from './words';
import { PARTY_CODE, type BlockSpec, type KeySpec } from './valueTypes';
import { DECLARATIONS } from './vocabulary';
import { didYouMean, ValueReader, type IssueFn, type ReplaceFixes } from './readValue';

// ---------------------------------------------------------------- reading a declaration

export function buildModel(decl: Declaration, unit: ParsedChunk): DeclModel {
  const keyword = decl.keyword.text as DeclarationKeyword;
  const spec = DECLARATIONS.get(keyword)!;
  const issues: Issue[] = [];
  const issue = (span: Span, message: string, fixes: FixSpec[] = [], rule: Issue['rule'] = 'CR004'): void => {
    issues.push({ rule, span, message, fixes });
  };
  const replaceFixes = (span: Span, candidates: string[], what: string): FixSpec[] =>
    candidates.map((c) => ({ title: `Change to ${what}"${c}"`, safe: false, edits: [{ op: 'replace', chunk: unit, span, text: c }] }));

  let kind: string | undefined;
  if (keyword === 'request') {
    if (!decl.type) {
      issue(
        decl.name,
        `Request ${decl.name.text} has no kind: write "request ${decl.name.text} KIND {" with KIND one of ${orList([...REQUEST_KINDS.keys()])}.`,
      );
    } else if (REQUEST_KINDS.has(decl.type.text)) {
      kind = decl.type.text;
    } else {
      const near = nearest(decl.type.text, REQUEST_KINDS.keys());
      issue(
        decl.type,
        `Unknown request kind "${decl.type.text}"${didYouMean(near)}; the kinds are ${orList([...REQUEST_KINDS.keys()])}.`,
        replaceFixes(decl.type, near, ''),
      );
    }
  } else if (decl.type) {
    issue(decl.type, `Only a request has a kind; remove "${decl.type.text}" from ${keyword} ${decl.name.text}.`, [
      {
        title: `Remove "${decl.type.text}"`,
        safe: false,
        edits: [{ op: 'replace', chunk: unit, span: { start: decl.name.end, end: decl.type.end }, text: '' }],
      },
    ]);
  }
  if (keyword === 'party' && !PARTY_CODE.test(decl.name.text)) {
    issue(decl.name, `A party is named by its ISO 3166-1 alpha-2 code in capitals (FR, US), not "${decl.name.text}".`);
  }

  const reader = new Reader(issue, replaceFixes);
  const { fields, blocks } = reader.readEntries(decl.entries, spec.fields, spec.blocks, `${keyword} ${decl.name.text}`);
  return { keyword, spec, kind, fields, blocks, issues };
}

class Reader {
  private readonly values: ValueReader;

  constructor(
    private readonly issue: IssueFn,
    private readonly replaceFixes: ReplaceFixes,
  ) {
    this.values = new ValueReader(issue, replaceFixes);
  }

  readEntries(
    items: BlockItem[],
    fieldSpecs: Map<string, KeySpec>,
    blockSpecs: Map<string, BlockSpec>,
    where: string,
  ): { fields: Map<string, FieldEntry>; blocks: Map<string, BlockModel[]> } {
    const fields = new Map<string, FieldEntry>();
    const blocks = new Map<string, BlockModel[]>();
    const allKeys = [...fieldSpecs.keys(), ...blockSpecs.keys()];
    for (const entry of items) {
      if (entry.kind === 'junk') continue;
      const key = entry.key.text;
      const fieldSpec = fieldSpecs.get(key);
      const blockSpec = blockSpecs.get(key);
      if (entry.kind === 'field' && entry.label) {
        this.issue(entry.label, `Only "other" in a grounds block takes a name in quotes; write "${key}: …".`);
      }
      if (entry.kind === 'field') {
        if (fieldSpec) {
          if (!fields.has(key)) fields.set(key, { entry, spec: fieldSpec, value: this.values.read(entry.value, fieldSpec.type, key) });
          else this.values.read(entry.value, fieldSpec.type, key);
        } else if (blockSpec) {
          this.issue(entry.key, `"${key}" is a block in ${where}: write "${key}${blockSpec.named ? ' XX' : ''} { … }".`);
        } else {
          this.unknownKey(entry, allKeys, where);
        }
      } else if (blockSpec) {
        const model = this.readBlock(entry, blockSpec);
        const list = blocks.get(key);
        if (list) list.push(model);
        else blocks.set(key, [model]);
      } else if (fieldSpec) {
        this.issue(entry.key, `"${key}" takes a value in ${where}: write "${key}: …", not a block.`);
      } else {
        this.unknownKey(entry, allKeys, where);
      }
    }
    return { fields, blocks };
  }

  private unknownKey(entry: Entry, allKeys: string[], where: string): void {
    const key = entry.key.text;
    const near = nearest(key, allKeys);
    this.issue(entry.key, `"${key}" is not a key of ${where}${didYouMean(near)}.`, this.replaceFixes(entry.key, near, ''));
  }

  private readBlock(block: Block, spec: BlockSpec): BlockModel {
    const where = block.name ? `${block.key.text} ${block.name.text}` : block.key.text;
    let party: string | undefined;
    if (spec.named === 'party') {
      if (!block.name) this.issue(block.key, `"${block.key.text}" takes a party: write "${block.key.text} FR { … }".`);
      else if (!PARTY_CODE.test(block.name.text))
        this.issue(block.name, `"${block.key.text}" takes a party code (two capital letters, e.g. FR).`);
      else party = block.name.text;
    } else if (block.name) {
      this.issue(block.name, `"${block.key.text}" takes no name: write "${block.key.text} { … }".`);
    }
    if (spec.groundEntries) return { block, spec, fields: new Map(), grounds: this.readGrounds(block), party };
    const { fields } = this.readEntries(block.entries, spec.fields, new Map(), `the ${where} block`);
    return { block, spec, fields, party, grounds: [] };
  }

  private readGrounds(block: Block): GroundEntry[] {
    const grounds: GroundEntry[] = [];
    for (const entry of block.entries) {
      if (entry.kind === 'junk') continue;
      const ground = entry.key.text;
      if (!GROUNDS.has(ground)) {
        const near = nearest(ground, GROUNDS.keys());
        this.issue(
          entry.key,
          `Unknown refusal ground "${ground}"${didYouMean(near)}; the grounds are ${orList([...GROUNDS.keys()].map((g) => (g === 'other' ? 'other "…"' : g)))}.`,
          this.replaceFixes(entry.key, near, ''),
        );
        if (entry.kind === 'field') this.readStatus(entry.value);
        continue;
      }
      if (entry.kind === 'block') {
        this.issue(entry.key, `A ground takes a status: write "${ground}: not-engaged \\"reason\\"".`);
        continue;
      }
      if (ground === 'other' && !entry.label) {
        this.issue(
          entry.key,
          'A ground of the requested party\'s own law is named in quotes: write other "Name (source)": not-engaged "reason".',
        );
        this.readStatus(entry.value);
        continue;
      }
      if (ground !== 'other' && entry.label) {
        this.issue(entry.label, `Only "other" takes a name in quotes; write "${ground}: …".`);
      }
      const status = this.readStatus(entry.value);
      grounds.push({ ground, entry, status, label: entry.label });
    }
    return grounds;
  }

  private readStatus(value: Value): GroundEntry['status'] {
    const word = value.kind === 'ident' ? value : value.kind === 'qualified' ? value.word : undefined;
    if (!word) {
      this.issue(value, `A ground takes a status: ${orList([...STATUSES.keys()])}, optionally followed by a reason in quotes.`);
      return undefined;
    }
    if (!STATUSES.has(word.text)) {
      const near = nearest(word.text, STATUSES.keys());
      this.issue(
        word,
        `Unknown status "${word.text}"${didYouMean(near)}; a ground is ${orList([...STATUSES.keys()])}.`,
        this.replaceFixes(word, near, ''),
      );
      return undefined;
    }
    return word.text as GroundEntry['status'];
  }
}
