// A request -> its letter model: plain data (a title, a header, sections of numbered paragraphs,
// lists and tables) that every format renders the same way. Built from the workspace's model of
// the request and the declarations it names, and from the law module: the statements of law and
// their citations come from server/src/language/law/, the fixed words from words.ts, and the
// drafter's strings as written. The `grounds` block (the drafter's internal assessment), comments
// and findings are never in a letter; `memo` builds the internal assessment memo instead.

import type { Finding } from '../language/findings';
import { GROUND_SPECS, requiredGrounds } from '../language/law';
import { block, refs, value } from '../language/model';
import type { Decl, RuleContext } from '../language/rules/types';
import { queryContext } from '../language/services/context';
import { fileName } from '../language/services/describe';
import { requestedParty, requestingParty } from '../language/rules/facts';
import type { Workspace } from '../language/workspace';
import { andWords, type Lang } from './words';
import { asWritten, banner, Builder, citeText, instrumentTitle, titleOf } from './builder';
import type { Letter } from './letterModel';
import {
  assistance,
  basis,
  contact,
  elements,
  facts,
  header,
  offences,
  person,
  safeguardsSection,
  stringSection,
  subject,
  undertakings,
  urgency,
} from './sections';

export type { Block, Letter, Section } from './letterModel';
export { asWritten, citeText, instrumentTitle } from './builder';

export interface BuildOptions {
  lang: Lang;
  memo?: boolean;
  /** The open findings to count in the DRAFT banner; no banner when absent. */
  draftFindings?: readonly Finding[];
}

/** The request declarations named `name`, in workspace order. */
export function requestsNamed(ws: Workspace, name: string): Decl[] {
  return ws.named(name).filter((d) => d.keyword === 'request');
}

/** Every request name of the workspace, for suggestions. */
export function requestNames(ws: Workspace): string[] {
  return ws.namesOf('request');
}

/**
 * The declarations a letter draws on: the request, its case, its parties, offences, person, data
 * and judgment. Their findings are the request's findings.
 */
export function letterDeclarations(ws: Workspace, request: Decl): Decl[] {
  const ctx = queryContext(ws, request);
  const m = request.model;
  const out = new Set<Decl>([request]);
  const add = (d: Decl | undefined): void => {
    if (d) out.add(d);
  };
  const ref = (key: string, sort: Parameters<RuleContext['resolve']>[1]): void => {
    const r = value(m, key, 'ref');
    if (r) add(ctx.resolve(r.name, sort));
  };
  ref('case', 'case');
  ref('person', 'person');
  ref('judgment', 'judgment');
  for (const r of refs(m, 'offences')) add(ctx.resolve(r.name, 'offence'));
  for (const r of refs(m, 'data')) add(ctx.resolve(r.name, 'data'));
  for (const code of [requestingParty(request), requestedParty(request)]) if (code) add(ctx.party(code));
  return [...out];
}

/** The open (not suppressed) findings inside the declarations a letter draws on, in workspace order. */
export function requestFindings(ws: Workspace, request: Decl): Finding[] {
  const decls = letterDeclarations(ws, request);
  const out: Finding[] = [];
  for (const uri of [...new Set(decls.map((d) => d.chunk.uri))].sort()) {
    const spans = decls
      .filter((d) => d.chunk.uri === uri)
      .map((d) => [d.chunk.base + d.syntax.start, d.chunk.base + d.syntax.end] as const);
    for (const f of ws.findings(uri)) {
      if (!f.suppressed && spans.some(([s, e]) => f.start >= s && f.start < e)) out.push(f);
    }
  }
  return out;
}

/** Where a finding is: the file's name and the line, 1-based. */
function where(ws: Workspace, f: Finding): string {
  const doc = ws.document(f.uri);
  const file = fileName(f.uri);
  return doc ? `${file}:${doc.positionAt(f.start).line + 1}` : file;
}

export function buildLetter(ws: Workspace, request: Decl, options: BuildOptions): Letter {
  if (options.memo) return buildMemo(ws, request, options);
  const b = new Builder(ws, request, options.lang);
  const head = header(b);
  subject(b);
  basis(b);
  facts(b);
  offences(b);
  person(b);
  assistance(b);
  elements(b);
  undertakings(b);
  safeguardsSection(b);
  stringSection(b, 'data-protection', 'section.data-protection', 'data-protection');
  stringSection(b, 'conflicts', 'section.conflicts', 'conflicts');
  urgency(b);
  contact(b);
  return {
    lang: options.lang,
    kind: 'letter',
    title: titleOf(options.lang, request),
    reference: request.name,
    banner: banner(options.lang, options.draftFindings),
    header: head,
    sections: b.finish(),
  };
}

/** The internal assessment memo: the grounds with their status and reason, the governing instrument and why, the open findings. */
export function buildMemo(ws: Workspace, request: Decl, options: BuildOptions): Letter {
  const b = new Builder(ws, request, options.lang);
  const head = header(b);
  b.section('request', b.w('memo.request'));
  b.para(b.w('memo.request-line', { title: titleOf(options.lang, request), reference: request.name }));

  b.section('governing', b.w('memo.governing'));
  const g = b.g;
  const name =
    g.governing === 'none'
      ? b.w('memo.no-instrument')
      : g.governing === 'treaty'
        ? citeText({ t: 'treaty', title: g.treatyTitle ?? '' }, options.lang)
        : instrumentTitle(g.governing, options.lang);
  b.para(`${name}.`);
  b.para(g.why, options.lang === 'fr' ? [b.w('memo.engine-note')] : undefined);

  b.section('grounds', b.w('memo.grounds'));
  const grounds = block(b.m, 'grounds')?.grounds ?? [];
  if (grounds.length === 0) b.para(b.w('memo.grounds.none'));
  else {
    b.table(
      [b.w('memo.grounds.ground'), b.w('memo.grounds.status'), b.w('memo.grounds.reason')],
      grounds.map((gr) => {
        const qualified = gr.entry.value.kind === 'qualified' ? gr.entry.value.text : undefined;
        const label = gr.ground === 'other' && gr.label ? `other: ${asWritten(gr.label.value)}` : gr.ground;
        return [
          label,
          gr.status ? b.w(`memo.status.${gr.status}`) : b.w('memo.status.unreadable'),
          qualified ? asWritten(qualified.value) : '',
        ];
      }),
    );
  }
  const required = requiredGrounds(b.ctx, request);
  if (required && required.required.length) {
    const known = new Set(GROUND_SPECS.map((s) => s.word));
    b.para(
      b.w('memo.required', {
        grounds: andWords(
          options.lang,
          required.required.map((r) => r.ground).filter((x) => known.has(x)),
        ),
      }),
    );
  }

  b.section('findings', b.w('memo.findings'));
  const findings = requestFindings(ws, request);
  if (findings.length === 0) b.para(b.w('memo.findings.none'));
  else
    b.para(
      findings.length === 1 ? b.w('memo.findings.count-one') : b.w('memo.findings.count', { n: findings.length }),
      findings.map((f) => `${f.rule} (${f.severity}), ${where(ws, f)}: ${f.message}`),
    );
  return {
    lang: options.lang,
    kind: 'memo',
    title: b.w('memo.title'),
    reference: request.name,
    banner: banner(options.lang, options.draftFindings),
    header: head,
    sections: b.finish(),
  };
}
