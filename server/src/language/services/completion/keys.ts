// Keys: at the start of an entry, the keys and blocks of the block the cursor is in that are not
// there yet — in a request of a known kind only those of its kind, its skeleton's keys first — each
// inserted with a snippet of the value it takes (a block with the entries it needs).

import { indentUnit } from '../../fixes';
import { COMMON_REQUEST_KEYS, isRequestKind, KINDS, requiredGrounds } from '../../law';
import type { BlockSpec, KeySpec } from '../../valueTypes';
import { queryContext } from '../context';
import { keyMarkdown } from '../describe';
import { choiceEscape, SKELETON_KEYS } from '../skeletons';
import { pad, today, type CompletionItem } from './items';
import { presentKeys, type CompletionContext } from './scope';

/**
 * The keys a request of a known kind takes (the law module: its own keys and the common ones);
 * undefined where every key of the block is offered (another declaration, a nested block, a
 * request whose kind is not known yet).
 */
function keysOfKind(c: CompletionContext): Set<string> | undefined {
  const kind = c.decl.model.kind;
  if (c.decl.keyword !== 'request' || c.scope.where !== 'request' || !isRequestKind(kind)) return undefined;
  return new Set([...COMMON_REQUEST_KEYS, ...KINDS.get(kind)!.keys]);
}

export function keyCompletion(c: CompletionContext, colonFollows: boolean): CompletionItem[] {
  const present = presentKeys(c);
  const kind = c.decl.model.kind;
  const preferred = c.decl.keyword === 'request' && kind && c.scope.where === 'request' ? (SKELETON_KEYS[kind] ?? []) : [];
  // Only the keys of the request's kind: `emergency` belongs to an emergency-disclosure, not to an
  // extradition, and `disclose` or `produce` to no kind (CR302 reports them in a preservation).
  const ofKind = keysOfKind(c);
  const items: CompletionItem[] = [];
  const order = (key: string): string => {
    const i = preferred.indexOf(key);
    return i >= 0 ? `0${pad(i)}` : `1${key}`;
  };
  for (const spec of c.scope.fields.values()) {
    if (present.has(spec.key)) continue;
    if (ofKind && !ofKind.has(spec.key)) continue;
    items.push({
      label: spec.key,
      kind: 'key',
      detail: `key of ${c.scope.where}`,
      documentation: keyMarkdown(spec, c.scope.where, kind),
      ...(colonFollows ? { insertText: spec.key } : { insertText: `${spec.key}: ${valueSnippet(c, spec)}`, snippet: true }),
      replace: c.replace,
      sortText: order(spec.key),
    });
  }
  for (const b of c.scope.blocks.values()) {
    if (!b.named && present.has(b.key)) continue;
    if (ofKind ? !ofKind.has(b.key) : b.kinds && kind && !b.kinds.includes(kind)) continue;
    items.push({
      label: b.key,
      kind: 'block',
      detail: `block of ${c.scope.where}`,
      documentation: b.doc,
      ...(colonFollows ? { insertText: b.key } : { insertText: blockSnippet(c, b), snippet: true }),
      replace: c.replace,
      sortText: order(b.key),
    });
  }
  return items;
}

/** The value part of a key's snippet, by the type it takes. */
function valueSnippet(c: CompletionContext, spec: KeySpec): string {
  const type = spec.type;
  const choice = (words: Iterable<string>): string => `\${1|${[...words].map(choiceEscape).join(',')}|}`;
  switch (type.t) {
    case 'text':
      return '"$1"';
    case 'refs':
    case 'parties':
    case 'words':
    case 'articles':
    case 'instruments':
      return '[$1]';
    case 'word':
      return type.words.size === 1 ? [...type.words.keys()][0]! : choice(type.words.keys());
    case 'qualified':
      return `${choice(type.words.keys())} "$2"`;
    case 'lawful-basis':
      return choice(['publicly-available', 'consent "…"']);
    case 'date':
      return `\${1:${today(c.ws, c.doc.uri)}}`;
    case 'duration':
      return spec.key === 'limitation' ? '${1:10} ${2|years,months|}' : `\${1:30} \${2|days,months,years|}`;
    case 'penalty':
      return '${1:5} ${2|years,months|}';
    case 'custodian':
      return 'provider "$1" in ${2:XX}';
    case 'article':
      return c.decl.keyword === 'offence' ? 'budapest art ${1:5}' : '$1';
    default:
      return '$1';
  }
}

function blockSnippet(c: CompletionContext, b: BlockSpec): string {
  const ind = indentUnit(c.doc);
  if (b.named === 'party') return `${b.key} \${1:XX} { cite: "$2"  max-penalty: \${3:5} years }`;
  let lines: string[] = [];
  if (b.groundEntries) {
    const req = requiredGrounds(queryContext(c.ws, c.decl), c.decl);
    lines = (req?.required ?? []).map((g, i) => `${g.ground}: \${${i + 1}:unassessed}`);
  } else if (b.key === 'safeguards') {
    lines = ['authorization: ${1|judicial,independent|} "$2"', 'necessity: "$3"', 'proportionality: "$4"'];
  }
  if (lines.length === 0) lines = ['$0'];
  return `${b.key} {\n${lines.map((l) => ind + l).join('\n')}\n}`;
}
