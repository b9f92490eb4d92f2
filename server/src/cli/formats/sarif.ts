// SARIF 2.1.0 for code scanning: one run, every rule of the catalogue with its helpUri, paths
// relative to the %SRCROOT% base.

import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOMEPAGE, PRODUCT, VERSION, ruleDocsUrl } from '../../language/product';
import { RULES } from '../../language/rules/index';
import type { LintResult } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function sarif(result: LintResult): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const fileOf = new Map(result.files.map((f) => [f.doc.uri, { ...f, path: relative(result.root, f.absolute).split(sep).join('/') }]));
  const region = (uri: string, start: number, end: number): Record<string, number> => {
    const doc = fileOf.get(uri)!.doc;
    const s = doc.positionAt(start),
      e = doc.positionAt(end);
    return {
      startLine: s.line + 1,
      startColumn: s.character + 1,
      endLine: e.line + 1,
      endColumn: e.character + 1,
      charOffset: start,
      charLength: end - start,
    };
  };
  const location = (uri: string, start: number, end: number) => ({
    physicalLocation: {
      artifactLocation: { uri: encodePath(fileOf.get(uri)!.path), uriBaseId: '%SRCROOT%' },
      region: region(uri, start, end),
    },
  });
  const results = result.located.map((l) => {
    const f = l.finding;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.uri, f.start, f.end)],
      ...(f.related.length
        ? {
            relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.uri, r.start, r.end), message: { text: r.message } })),
          }
        : {}),
      ...(f.fixes.some((x) => x.safe)
        ? {
            fixes: f.fixes
              .filter((x) => x.safe)
              .map((x) => ({
                description: { text: x.title },
                artifactChanges: groupByUri(x.edits).map(([uri, edits]) => ({
                  artifactLocation: { uri: encodePath(fileOf.get(uri)!.path), uriBaseId: '%SRCROOT%' },
                  replacements: edits.map((e) => ({
                    deletedRegion: { charOffset: e.start, charLength: e.end - e.start },
                    insertedContent: { text: e.newText },
                  })),
                })),
              })),
          }
        : {}),
      ...(f.suppressed
        ? { suppressions: [{ kind: 'inSource', ...(f.suppressed.justification ? { justification: f.suppressed.justification } : {}) }] }
        : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PRODUCT,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: toPascal(r.meta.alias),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.rationale },
              helpUri: ruleDocsUrl(r.meta.id),
              help: { text: `${r.meta.description} See ${ruleDocsUrl(r.meta.id)}` },
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
              properties: { alias: r.meta.alias, fixable: r.meta.fixable, tags: ['coopspec'] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(result.root.endsWith('/') ? result.root : `${result.root}/`).href } },
        artifacts: [...fileOf.values()].map((f) => ({
          location: { uri: encodePath(f.path), uriBaseId: '%SRCROOT%' },
          sourceLanguage: 'coopspec',
        })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toPascal(alias: string): string {
  return alias.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function groupByUri<T extends { uri: string }>(edits: T[]): [string, T[]][] {
  const m = new Map<string, T[]>();
  for (const e of edits) m.set(e.uri, [...(m.get(e.uri) ?? []), e]);
  return [...m];
}
