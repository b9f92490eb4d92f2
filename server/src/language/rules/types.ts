// What a rule is: metadata (the catalogue entry) plus a check over one declaration.

import type { Decl } from '../decl';
import type { FixSpec, Severity } from '../findings';
import type { DeclarationKeyword, Span } from '../syntax';
import type { RelationName } from '../relations';
import type { RefSort } from '../valueTypes';

export interface RuleMeta {
  id: string;
  alias: string;
  severity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** The articles it rests on, in the language's syntax ("budapest art 29(2)"). */
  articles: string[];
  /** Has a safe fix, applied by fix-all and `coopspec lint --fix`. */
  fixable: boolean;
  /** Offers fixes in the editor that need a person's choice (the nearest name, one of two remedies). */
  hasSuggestions: boolean;
  /** For the rule's page: why it matters, in a paragraph. */
  rationale: string;
  /** A minimal example that triggers the rule, and the same example fixed. */
  example: { bad: string; good: string };
}

export type { Decl } from '../decl';

export interface ReportOptions {
  related?: { decl: Decl; span: Span; message: string }[];
  fixes?: FixSpec[];
}

/** Everything a rule may know. Every lookup is recorded, so results are recomputed only when what they read changes. */
export interface RuleContext {
  readonly decl: Decl;
  readonly settings: RuleSettings;
  /** The declaration a reference names, when it exists and is of the sort the key takes. */
  resolve(name: string, sort: RefSort): Decl | undefined;
  /** Every declaration with this name, whatever its keyword, in workspace order. */
  named(name: string): readonly Decl[];
  /** Names declared under a keyword (of the request kind, for extradition and preservation): for suggestions. */
  namesOf(keyword: DeclarationKeyword, sort?: RefSort): string[];
  /** The declared names of the sort nearest to a misspelt one, best first (for CR002 and CR006). */
  suggest(name: string, sort: RefSort): string[];
  /** The `party` declaration for a party code, when the workspace has one. */
  party(code: string): Decl | undefined;
  /**
   * The declarations a relation finds under a name (relations.ts): the consents naming a request,
   * the requests a preservation is followed by, the judgments on a person, the requests for one.
   */
  related(relation: RelationName, name: string): readonly Decl[];
  /** Today, for the deadline rules: the `today` setting, or the system clock. */
  readonly today: Today;
  /**
   * A value about a declaration (`of`: the one checked, or one it refers to), computed once per
   * declaration checked and shared by its rules: `slot` names what it is ("governing").
   */
  memo<T>(slot: string, of: Decl, compute: () => T): T;
  /**
   * The declarations of a relation whose link names nothing usable (a consent whose `request`
   * names no request, CR002/CR006, or cannot be read, CR004; a request whose `preserved-by` names
   * no preservation): each may have been meant for any declaration ("present but unusable": a rule
   * that depends on it is silent).
   */
  unlinked(relation: RelationName): readonly Decl[];
  report(span: Span, message: string, options?: ReportOptions): void;
}

export interface Today {
  /** Days since 1970-01-01. */
  day: number;
  /** YYYY-MM-DD. */
  iso: string;
  /** Read from the system clock (no `today` setting). */
  fromClock: boolean;
}

export interface RuleSettings {
  /** "Today" for the deadline rules (YYYY-MM-DD): `--today`, coopspec.json `today`, the `coopspec.today` setting; the system date when absent. */
  today?: string;
  /** CR404: the years of deprivation of liberty that make an offence serious. */
  interceptionThresholdYears: number;
  /** CR305: the instruments requests may rely on; all when absent. */
  instruments?: readonly string[];
}

export interface Rule {
  meta: RuleMeta;
  /** The declarations the rule checks; all when absent. */
  keywords?: DeclarationKeyword[];
  /** Absent for CR001, whose findings come from the parser (parse.ts). */
  check?(ctx: RuleContext): void;
}
