// Shared by the rendering tests: a workspace read from a folder (with "today" fixed, so that no
// finding, and no banner count, depends on the clock), and the requests the golden files cover.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { combineSettings } from '../../server/src/language/config';
import type { Decl } from '../../server/src/language/rules/types';
import { Workspace } from '../../server/src/language/workspace';
import { EXAMPLES, ROOT } from '../support/lint';

export const TODAY = '2026-03-15';
export const FIXTURES = join(__dirname, 'fixtures');
export const GOLDEN = join(__dirname, 'golden');

function coopFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? coopFilesUnder(p) : name.endsWith('.coop') ? [p] : [];
    });
}

/** The workspace of a folder, as `coopspec render FOLDER` reads it. */
export function workspaceOf(dir: string): Workspace {
  const settings = combineSettings(undefined, {}, TODAY);
  const ws = new Workspace(() => settings);
  for (const f of coopFilesUnder(dir)) ws.set(pathToFileURL(f).href, readFileSync(f, 'utf8'));
  return ws;
}

/** One request of every kind: the kinds examples/ holds, and the two it does not (fixtures/other-kinds). */
export const CASES: { folder: string; request: string; kind: string; langs: ('en' | 'fr')[] }[] = [
  { folder: join(EXAMPLES, 'clean'), request: 'EXT-2026-001', kind: 'extradition', langs: ['en', 'fr'] },
  { folder: join(EXAMPLES, 'clean'), request: 'PRES-2026-010', kind: 'preservation', langs: ['en', 'fr'] },
  { folder: join(EXAMPLES, 'clean'), request: 'MLA-2026-011', kind: 'mutual-assistance', langs: ['en'] },
  { folder: join(EXAMPLES, 'flawed', 'extradition-bars'), request: 'PL-PA-2', kind: 'provisional-arrest', langs: ['en', 'fr'] },
  { folder: join(EXAMPLES, 'flawed', 'provider'), request: 'EMG-DE-2', kind: 'emergency-disclosure', langs: ['en'] },
  { folder: join(EXAMPLES, 'flawed', 'provider'), request: 'SUB-DE-1', kind: 'subscriber-order', langs: ['en'] },
  { folder: join(FIXTURES, 'other-kinds'), request: 'TD-BE-4', kind: 'traffic-disclosure', langs: ['en', 'fr'] },
  { folder: join(FIXTURES, 'other-kinds'), request: 'DA-BE-5', kind: 'direct-access', langs: ['en'] },
];

/** The strings of a request's grounds block: the reasons no letter may hold. */
export function groundReasons(request: Decl): string[] {
  const grounds = request.model.blocks.get('grounds')?.[0]?.grounds ?? [];
  return grounds.flatMap((g) => (g.entry.value.kind === 'qualified' ? [g.entry.value.text.value] : []));
}

/** The `cite` strings of the `law` blocks of a request's offences. */
export function offenceCitations(ws: Workspace, request: Decl): string[] {
  const names = (request.model.fields.get('offences')?.value as { items?: { name: string }[] } | undefined)?.items ?? [];
  return names.flatMap((n) => {
    const o = ws.resolve(n.name, 'offence');
    return (o?.model.blocks.get('law') ?? []).flatMap((law) => {
      const cite = law.fields.get('cite')?.value;
      return cite && cite.t === 'text' ? [cite.node.value] : [];
    });
  });
}

export { ROOT };
