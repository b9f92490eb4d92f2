// The engine: a set of documents, the index of their declarations, and the rules run over them.
//
// Results are cached per declaration together with what the rules read to produce them (names
// looked up, consents of a request, preservations relied on). An edit re-parses only the chunks
// it touches; declarations whose chunk is unchanged keep their results unless something they
// read was added, removed or changed — in any file.

import { SourceDocument, type DocumentNotes } from './document';
import type { Finding, RawFinding } from './findings';
import { resolveFix } from './fixes';
import type { ParsedChunk } from './parse';
import { RULES, ruleById, ruleByName } from './rules/index';
import { resolveAmong, runRules, sortMatches, type RuleResult } from './ruleRun';
import type { Decl } from './rules/types';
import { directives } from './suppress';
import { DeclImpl } from './workspaceDecl';
import type { DeclarationKeyword } from './syntax';
import { DEFAULT_SETTINGS, severityFor, type Settings } from './settings';
import { LINKED_RELATIONS, RELATIONS, unlinkedKey, type Relation, type RelationName } from './relations';
import { nearest } from './util';
import { sortKeyword, type RefSort } from './valueTypes';

export interface ChangeSummary {
  /** Documents whose findings may have changed. */
  affected: string[];
}

export class Workspace {
  private readonly docs = new Map<string, SourceDocument>();
  private readonly declsOfChunk = new WeakMap<ParsedChunk, DeclImpl[]>();
  private readonly index = new Map<string, DeclImpl[]>();
  /** Index keys whose lists gained a declaration since they were last sorted. */
  private readonly unsorted = new Set<string>();
  /** Declarations by keyword, for suggestions (CR002, CR006, completion). */
  private readonly byKeyword = new Map<string, Set<DeclImpl>>();
  /** Bumped whenever a declaration of the keyword comes or goes: suggestions cached under an older version are stale. */
  private readonly keywordVersion = new Map<string, number>();
  private readonly suggestions = new Map<string, { version: number; names: string[] }>();
  private readonly results = new Map<DeclImpl, RuleResult>();
  private readonly dependents = new Map<string, Set<DeclImpl>>();
  private readonly findingsCache = new Map<string, Finding[]>();
  /**
   * Documents whose placed findings point into a document (related places, fix edits): an edit
   * there moves those places, so their findings are placed again.
   */
  private readonly pointingInto = new Map<string, Set<string>>();
  /** Per relation with a link, the declarations whose link names nothing usable; kept current by applyChunkChanges. */
  private readonly unlinked = new Map<RelationName, Set<DeclImpl>>(LINKED_RELATIONS.map((r) => [r, new Set()]));
  private settingsFor: (uri: string) => Settings;
  private readonly trackDependencies: boolean;

  /**
   * `trackDependencies: false` is for a one-shot check (the command line): the rules' reading is
   * not recorded, and a change after a check forgets every result instead of only those it affects.
   */
  constructor(settingsFor: (uri: string) => Settings = () => DEFAULT_SETTINGS, options: { trackDependencies?: boolean } = {}) {
    this.settingsFor = settingsFor;
    this.trackDependencies = options.trackDependencies ?? true;
  }

  /** Change how settings are found (configuration files, editor settings); recomputes everything. */
  setSettings(settingsFor: (uri: string) => Settings): ChangeSummary {
    this.settingsFor = settingsFor;
    this.results.clear();
    this.dependents.clear();
    this.findingsCache.clear();
    return { affected: this.uris() };
  }

  /**
   * Drop the models of the declarations of some documents (default: all) — the typed reading of
   * their syntax, the largest part of a checked workspace — keeping the rules' results; each model
   * is built again when a rule or service next reads it. For a host that keeps a large workspace
   * checked (the language server, as it reports every file).
   */
  releaseModels(uris?: Iterable<string>): void {
    if (!uris) {
      for (const d of this.declarations()) (d as DeclImpl).releaseModel();
      return;
    }
    for (const uri of uris) for (const d of this.declarationsOf(uri)) (d as DeclImpl).releaseModel();
  }

  settings(uri: string): Settings {
    return this.settingsFor(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()].sort();
  }

  document(uri: string): SourceDocument | undefined {
    return this.docs.get(uri);
  }

  /** Add or replace a document. `notes` say what the host saw while reading it (invalid UTF-8). */
  set(uri: string, text: string, notes: DocumentNotes = {}): ChangeSummary {
    const previous = this.docs.get(uri);
    if (previous && previous.text === text && !previous.notes.invalidUtf8 === !notes.invalidUtf8) return { affected: [] };
    if (previous && previous.text === text) this.findingsCache.delete(uri);
    const doc = SourceDocument.parse(uri, text, previous, notes);
    this.docs.set(uri, doc);
    const before = new Set(previous?.chunks ?? []);
    const after = new Set(doc.chunks);
    const removed = [...before].filter((u) => !after.has(u));
    const added = [...after].filter((u) => !before.has(u));
    return this.withPointers(uri, this.applyChunkChanges(uri, removed, added));
  }

  delete(uri: string): ChangeSummary {
    const previous = this.docs.get(uri);
    if (!previous) return { affected: [] };
    this.docs.delete(uri);
    const summary = this.withPointers(uri, this.applyChunkChanges(uri, previous.chunks, []));
    this.findingsCache.delete(uri);
    return { affected: summary.affected.filter((u) => u !== uri) };
  }

  /** Add to a change the documents whose findings point into the changed one (their places moved). */
  private withPointers(uri: string, summary: ChangeSummary): ChangeSummary {
    const pointing = this.pointingInto.get(uri);
    if (!pointing?.size) return summary;
    this.pointingInto.delete(uri);
    const affected = new Set(summary.affected);
    for (const u of pointing) {
      if (u === uri || !this.docs.has(u)) continue;
      this.findingsCache.delete(u);
      affected.add(u);
    }
    return { affected: [...affected].sort() };
  }

  private applyChunkChanges(uri: string, removed: ParsedChunk[], added: ParsedChunk[]): ChangeSummary {
    if (!this.trackDependencies) return this.applyUntracked(uri, removed, added);
    const changedKeys = new Set<string>();
    for (const unit of removed) {
      for (const d of this.declsOfChunk.get(unit) ?? []) {
        for (const k of d.provides()) changedKeys.add(k);
        changedKeys.add(`k:${d.keyword}`);
        this.unindex(d);
        this.forget(d);
      }
    }
    for (const unit of added) {
      for (const d of this.declsOf(unit)) {
        this.addToIndex(d);
        for (const k of d.provides()) changedKeys.add(k);
        changedKeys.add(`k:${d.keyword}`);
      }
    }
    for (const relation of this.updateUnlinked(removed, added)) changedKeys.add(unlinkedKey(relation));
    const affected = new Set<string>([uri]);
    for (const key of changedKeys) {
      for (const d of this.dependents.get(key) ?? []) {
        affected.add(d.chunk.uri);
        this.forget(d);
      }
    }
    for (const u of affected) this.findingsCache.delete(u);
    return { affected: [...affected].filter((u) => this.docs.has(u)).sort() };
  }

  /** The declarations of a chunk, made once per chunk. */
  private declsOf(unit: ParsedChunk): DeclImpl[] {
    let decls = this.declsOfChunk.get(unit);
    if (!decls) {
      decls = unit.declarations.map((s) => new DeclImpl(s, unit));
      this.declsOfChunk.set(unit, decls);
    }
    return decls;
  }

  /** A change without dependency tracking: the index follows it, and every result is forgotten. */
  private applyUntracked(uri: string, removed: ParsedChunk[], added: ParsedChunk[]): ChangeSummary {
    for (const unit of removed) for (const d of this.declsOfChunk.get(unit) ?? []) this.unindex(d);
    for (const unit of added) for (const d of this.declsOf(unit)) this.addToIndex(d);
    this.updateUnlinked(removed, added);
    if (this.results.size === 0 && this.findingsCache.size === 0) return { affected: this.docs.has(uri) ? [uri] : [] };
    this.results.clear();
    this.findingsCache.clear();
    return { affected: this.uris() };
  }

  /**
   * Keep the broken links of each relation current after declarations came and went: check the
   * declarations that came, and those whose link names a declaration that came or went. Returns
   * the relations whose set changed.
   */
  private updateUnlinked(removed: ParsedChunk[], added: ParsedChunk[]): RelationName[] {
    const changed = new Set<RelationName>();
    for (const name of LINKED_RELATIONS) {
      const relation: Relation = RELATIONS[name];
      const link = relation.link!;
      const set = this.unlinked.get(name)!;
      const recheck = new Set<DeclImpl>();
      const targets = new Set<string>();
      for (const unit of removed) {
        for (const d of this.declsOfChunk.get(unit) ?? []) {
          if (set.delete(d)) changed.add(name);
          if (d.keyword === link.target) targets.add(d.name);
        }
      }
      for (const unit of added) {
        for (const d of this.declsOfChunk.get(unit) ?? []) {
          if (d.keyword === relation.keyword) recheck.add(d);
          if (d.keyword === link.target) targets.add(d.name);
        }
      }
      for (const target of targets) for (const d of this.lookup(`${relation.prefix}:${target}`)) recheck.add(d);
      const resolve = (n: string, sort: RefSort): Decl | undefined => this.resolve(n, sort);
      for (const d of recheck) {
        const broken = link.broken(d, resolve);
        if (broken === set.has(d)) continue;
        changed.add(name);
        if (broken) set.add(d);
        else set.delete(d);
      }
    }
    return [...changed];
  }

  /** The declarations of a relation whose link names nothing usable (relations.ts). */
  unlinkedOf(relation: RelationName): Decl[] {
    return [...(this.unlinked.get(relation) ?? [])];
  }

  private addToIndex(d: DeclImpl): void {
    let set = this.byKeyword.get(d.keyword);
    if (!set) this.byKeyword.set(d.keyword, (set = new Set()));
    set.add(d);
    this.keywordVersion.set(d.keyword, (this.keywordVersion.get(d.keyword) ?? 0) + 1);
    for (const k of d.provides()) {
      const list = this.index.get(k);
      if (list) {
        list.push(d);
        this.unsorted.add(k);
      } else this.index.set(k, [d]);
    }
  }

  private unindex(d: DeclImpl): void {
    this.byKeyword.get(d.keyword)?.delete(d);
    this.keywordVersion.set(d.keyword, (this.keywordVersion.get(d.keyword) ?? 0) + 1);
    for (const k of d.provides()) {
      const list = this.index.get(k);
      if (!list) continue;
      const i = list.indexOf(d);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.index.delete(k);
    }
  }

  private forget(d: DeclImpl): void {
    const r = this.results.get(d);
    if (!r) return;
    this.results.delete(d);
    for (const k of r.deps ?? []) {
      const set = this.dependents.get(k);
      if (!set) continue;
      set.delete(d);
      if (set.size === 0) this.dependents.delete(k);
    }
  }

  /**
   * Declarations under an index key, in workspace order (file, then position). A list is sorted
   * only after it gained a declaration: edits move chunks but never reorder unchanged ones.
   */
  private lookup(key: string): DeclImpl[] {
    const list = this.index.get(key);
    if (!list || list.length === 0) return [];
    if (this.unsorted.delete(key) && list.length > 1) list.sort(workspaceOrder);
    return list;
  }

  /** Every declaration of the workspace, in workspace order. */
  declarations(): Decl[] {
    const out: Decl[] = [];
    for (const uri of this.uris()) out.push(...this.declarationsOf(uri));
    return out;
  }

  declarationsOf(uri: string): Decl[] {
    const doc = this.docs.get(uri);
    if (!doc) return [];
    return doc.chunks.flatMap((u) => this.declsOfChunk.get(u) ?? []);
  }

  /** Declarations named `name`, whatever their keyword. */
  named(name: string): Decl[] {
    return this.lookup(`n:${name}`);
  }

  /** The declaration a reference of this sort names. */
  resolve(name: string, sort: RefSort): Decl | undefined {
    return resolveAmong(this.lookup(`n:${name}`), sort);
  }

  /** Names declared under a keyword; for extradition and preservation, of requests of that kind. */
  namesOf(keyword: DeclarationKeyword, sort?: RefSort): string[] {
    const names = new Set<string>();
    for (const d of this.byKeyword.get(keyword) ?? []) if (!sort || sortMatches(d, sort)) names.add(d.name);
    return [...names];
  }

  /**
   * The declared names of a sort nearest to a misspelt one, best first. Cached per name until a
   * declaration of that keyword comes or goes, so a misspelling repeated across a large workspace
   * is looked up once.
   */
  suggest(name: string, sort: RefSort): string[] {
    const keyword = sortKeyword(sort);
    const version = this.keywordVersion.get(keyword) ?? 0;
    const key = `${sort}\u0000${name}`;
    const hit = this.suggestions.get(key);
    if (hit && hit.version === version) return hit.names;
    if (this.suggestions.size > 10000) this.suggestions.clear();
    const names = nearest(name, this.namesOf(keyword, sort));
    this.suggestions.set(key, { version, names });
    return names;
  }

  /** The declarations a relation finds under a name (relations.ts: the consents of a request, the judgments on a person). */
  related(relation: RelationName, name: string): Decl[] {
    const r = RELATIONS[relation];
    return this.lookup(`${r.prefix}:${name}`).filter((d) => d.keyword === r.keyword);
  }

  // ---------------------------------------------------------------- running the rules

  private resultOf(d: DeclImpl): RuleResult {
    let r = this.results.get(d);
    if (r) return r;
    r = runRules(this, d, this.settingsFor(d.chunk.uri), RULES, this.trackDependencies);
    this.results.set(d, r);
    for (const k of r.deps ?? []) {
      const set = this.dependents.get(k);
      if (set) set.add(d);
      else this.dependents.set(k, new Set([d]));
    }
    return r;
  }

  /** The findings of one document, sorted by position, with fixes resolved and suppressions applied. */
  findings(uri: string): Finding[] {
    const cached = this.findingsCache.get(uri);
    if (cached) return cached;
    const doc = this.docs.get(uri);
    if (!doc) return [];
    const settings = this.settingsFor(uri);
    const raw: RawFinding[] = [];
    const out: Finding[] = [];
    const cr001 = ruleById('CR001')!.meta;
    const cr001Severity = severityFor(settings, cr001);
    if (cr001Severity !== 'off') {
      for (const n of doc.notices) {
        out.push({
          rule: cr001.id,
          alias: cr001.alias,
          severity: cr001Severity,
          message: n.message,
          uri,
          start: n.start,
          end: n.end,
          related: [],
          fixes: [],
        });
      }
    }
    for (const unit of doc.chunks) {
      for (const p of unit.problems) {
        raw.push({ rule: 'CR001', at: { chunk: unit, span: p }, message: p.message, related: [], fixes: [] });
      }
      for (const d of this.declsOfChunk.get(unit) ?? []) raw.push(...this.resultOf(d).findings);
    }
    const docOf = (u: string): SourceDocument | undefined => this.docs.get(u);
    for (const f of raw) {
      const placed = this.place(f, settings, docOf);
      if (placed) out.push(placed);
    }
    out.push(...this.directiveFindings(doc, settings));
    applySuppressions(doc, out);
    out.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
    this.findingsCache.set(uri, out);
    for (const f of out) {
      for (const target of [...f.related.map((r) => r.uri), ...f.fixes.flatMap((x) => x.edits.map((e) => e.uri))]) {
        if (target === uri) continue;
        let set = this.pointingInto.get(target);
        if (!set) this.pointingInto.set(target, (set = new Set()));
        set.add(uri);
      }
    }
    return out;
  }

  private place(f: RawFinding, settings: Settings, docOf: (u: string) => SourceDocument | undefined): Finding | undefined {
    const rule = ruleById(f.rule)!;
    const severity = severityFor(settings, rule.meta);
    if (severity === 'off') return undefined;
    const base = f.at.chunk.base;
    return {
      rule: rule.meta.id,
      alias: rule.meta.alias,
      severity,
      message: f.message,
      uri: f.at.chunk.uri,
      start: base + f.at.span.start,
      end: base + f.at.span.end,
      related: f.related.map((r) => ({
        uri: r.at.chunk.uri,
        start: r.at.chunk.base + r.at.span.start,
        end: r.at.chunk.base + r.at.span.end,
        message: r.message,
      })),
      fixes: f.fixes.flatMap((spec) => resolveFix(spec, docOf) ?? []),
    };
  }

  /** Unknown rules named in suppression comments are findings themselves (CR004). */
  private directiveFindings(doc: SourceDocument, settings: Settings): Finding[] {
    const out: Finding[] = [];
    const meta = ruleById('CR004')!.meta;
    const severity = severityFor(settings, meta);
    if (severity === 'off') return out;
    for (const d of directives(doc)) {
      for (const r of d.rules) {
        if (ruleByName(r.name)) continue;
        out.push({
          rule: meta.id,
          alias: meta.alias,
          severity,
          message: `Unknown rule "${r.name}" in coopspec-disable-next-line; rules are named by id (CR405) or alias (notice-missing).`,
          uri: doc.uri,
          start: r.start,
          end: r.end,
          related: [],
          fixes: [{ title: `Remove "${r.name}"`, safe: false, edits: [{ uri: doc.uri, start: r.start, end: r.end, newText: '' }] }],
        });
      }
    }
    return out;
  }

  /** Findings of every document, in workspace order. */
  allFindings(): Finding[] {
    return this.uris().flatMap((u) => this.findings(u));
  }
}

function workspaceOrder(a: DeclImpl, b: DeclImpl): number {
  if (a.chunk.uri !== b.chunk.uri) return a.chunk.uri < b.chunk.uri ? -1 : 1;
  return a.chunk.base + a.syntax.start - (b.chunk.base + b.syntax.start);
}

function applySuppressions(doc: SourceDocument, findings: Finding[]): void {
  const list = directives(doc);
  if (list.length === 0) return;
  const byLine = new Map(list.map((d) => [d.line, d]));
  for (const f of findings) {
    const line = doc.positionAt(f.start).line;
    const d = byLine.get(line - 1);
    if (!d) continue;
    if (d.rules.length === 0 || d.rules.some((r) => ruleByName(r.name)?.meta.id === f.rule)) {
      f.suppressed = { justification: d.justification, start: d.start, end: d.end };
    }
  }
}
