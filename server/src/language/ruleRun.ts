// One run of the rules over one declaration: the context the rules read (rules/types.ts,
// RuleContext), what it records of their reading (the dependency keys that invalidate the result)
// and the findings they report. The workspace keeps the result until a key it depends on changes.

import type { RawFinding } from './findings';
import { RELATIONS, unlinkedKey, type RelationName } from './relations';
import type { Rule } from './rules/types';
import type { Decl, ReportOptions, RuleContext, Today } from './rules/types';
import { todayOf, type Settings } from './settings';
import type { DeclarationKeyword, Span } from './syntax';
import { sortKeyword, type RefSort } from './valueTypes';

/** What the rules may look up in the workspace; each lookup is recorded as a dependency. */
export interface RuleHost {
  named(name: string): readonly Decl[];
  namesOf(keyword: DeclarationKeyword, sort?: RefSort): string[];
  suggest(name: string, sort: RefSort): string[];
  related(relation: RelationName, name: string): readonly Decl[];
  unlinkedOf(relation: RelationName): readonly Decl[];
}

/** The declaration a reference of this sort names, among those of its name (in workspace order). */
export function resolveAmong(named: readonly Decl[], sort: RefSort): Decl | undefined {
  const keyword = sortKeyword(sort);
  return named.find((d) => d.keyword === keyword && sortMatches(d, sort));
}

/** A declaration of the sort's keyword is of the sort, save that `extradition` and `preservation` take requests of that kind. */
export function sortMatches(d: Decl, sort: RefSort): boolean {
  if (sort === 'extradition' || sort === 'preservation') return d.model.kind === sort;
  return true;
}

export interface RuleResult {
  findings: RawFinding[];
  /** What the rules read (absent when the host does not track it: a one-shot check). */
  deps?: Set<string>;
}

/**
 * A class rather than an object of closures: a workspace check builds one per declaration, and
 * its methods are shared.
 */
class RuleRun implements RuleContext {
  readonly deps: Set<string> | undefined;
  readonly findings: RawFinding[] = [];
  /** The rule running, to which a report is attributed. */
  rule = '';
  private memos: Map<string, Map<Decl, unknown>> | undefined;
  private todayValue: Today | undefined;
  /** The declarations under each name looked up in this run: a name is looked up, and recorded, once. */
  private readonly names = new Map<string, readonly Decl[]>();

  constructor(
    private readonly host: RuleHost,
    readonly decl: Decl,
    readonly settings: Settings,
    trackDependencies: boolean,
  ) {
    this.deps = trackDependencies ? new Set<string>() : undefined;
  }

  get today(): Today {
    return (this.todayValue ??= todayOf(this.settings));
  }

  memo<T>(slot: string, of: Decl, compute: () => T): T {
    const memos = (this.memos ??= new Map<string, Map<Decl, unknown>>());
    let values = memos.get(slot);
    if (!values) memos.set(slot, (values = new Map<Decl, unknown>()));
    if (values.has(of)) return values.get(of) as T;
    const v = compute();
    values.set(of, v);
    return v;
  }

  resolve(name: string, sort: RefSort): Decl | undefined {
    return resolveAmong(this.named(name), sort);
  }

  named(name: string): readonly Decl[] {
    let found = this.names.get(name);
    if (!found) {
      this.deps?.add(`n:${name}`);
      this.names.set(name, (found = this.host.named(name)));
    }
    return found;
  }

  namesOf(keyword: DeclarationKeyword, sort?: RefSort): string[] {
    this.deps?.add(`k:${keyword}`);
    return this.host.namesOf(keyword, sort);
  }

  suggest(name: string, sort: RefSort): string[] {
    this.deps?.add(`k:${sortKeyword(sort)}`);
    return this.host.suggest(name, sort);
  }

  party(code: string): Decl | undefined {
    return this.named(code).find((d) => d.keyword === 'party');
  }

  related(relation: RelationName, name: string): readonly Decl[] {
    this.deps?.add(`${RELATIONS[relation].prefix}:${name}`);
    return this.host.related(relation, name);
  }

  unlinked(relation: RelationName): readonly Decl[] {
    this.deps?.add(unlinkedKey(relation));
    return this.host.unlinkedOf(relation);
  }

  report(span: Span, message: string, options: ReportOptions = {}): void {
    this.findings.push({
      rule: this.rule,
      at: { chunk: this.decl.chunk, span },
      message,
      related: (options.related ?? []).map((x) => ({ at: { chunk: x.decl.chunk, span: x.span }, message: x.message })),
      fixes: options.fixes ?? [],
    });
  }
}

/**
 * Run the rules that apply to a declaration's keyword; a rule that throws is reported as CR001, and
 * the others still run. `trackDependencies` records what they read (for a host that re-checks after edits).
 */
export function runRules(host: RuleHost, decl: Decl, settings: Settings, rules: readonly Rule[], trackDependencies = true): RuleResult {
  const run = new RuleRun(host, decl, settings, trackDependencies);
  for (const r of rules) {
    if (!r.check || (r.keywords && !r.keywords.includes(decl.keyword))) continue;
    run.rule = r.meta.id;
    try {
      r.check(run);
    } catch (e) {
      // A rule that throws is a bug; it must not take the others down with it.
      run.findings.push({
        rule: 'CR001',
        at: { chunk: decl.chunk, span: decl.syntax.name },
        message: `Internal error in rule ${run.rule} while checking ${decl.keyword} ${decl.name}: ${(e as Error).message}. Please report it.`,
        related: [],
        fixes: [],
      });
    }
  }
  return { findings: run.findings, deps: run.deps };
}

/**
 * A context over the workspace for the services (hover, code lens, completion, the letter), so
 * that they ask the same questions the rules ask and get the same answers. It records nothing of
 * what they read; services never report findings.
 */
export function queryContext(host: RuleHost, decl: Decl, settings: Settings): RuleContext {
  return new RuleRun(host, decl, settings, false);
}
