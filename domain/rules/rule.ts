/**
 * A rule is a fact with provenance: a value that holds for a period and a source that says so.
 * Engines never embed bare literals; they look rules up "as of" a date and report the ids used,
 * so that a grade can cite what it was graded against and be regraded when a rule is corrected.
 */
import { z } from "zod";

/** Calendar date as `YYYY-MM-DD`. Dates compare correctly as strings in this form. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");
export type IsoDate = z.infer<typeof IsoDateSchema>;

export type RuleSource = {
  /** Legal reference or publisher, e.g. "Council Directive 2006/112/EC, Art. 369l". */
  readonly title: string;
  readonly url?: string;
};

/**
 * The date the rule data were last checked against the law. An open-ended rule holds "until changed":
 * it states the law as known on this date (or on its own `knownAsOf`), and later changes are not yet law.
 */
export const RULES_KNOWN_AS_OF: IsoDate = "2026-12-02";

export type Rule<T> = {
  /**
   * Stable id; a correction (value, period or meaning of the summary) keeps the id and bumps
   * `version`, which marks grades and certificates relying on it for regrading. A future period
   * is a new rule with a later `from`; closing an open-ended rule at the day before it, or adding
   * a citation or a horizon note, changes no grade and keeps the version.
   */
  readonly id: string;
  readonly version: number;
  readonly summary: string;
  readonly value: T;
  /** First day the rule applies (inclusive). */
  readonly from: IsoDate;
  /** Last day the rule applies (inclusive); undefined = open-ended. */
  readonly until?: IsoDate;
  readonly sources: readonly RuleSource[];
  /** The date this rule was last checked, when earlier than `RULES_KNOWN_AS_OF` (e.g. a vendor table's date). */
  readonly knownAsOf?: IsoDate;
  /**
   * A change announced but not yet law (no act, or no date), after which this rule may stop holding.
   * Cases are dated on or before the rule's known-as-of date while a change is pending.
   */
  readonly pending?: string;
};

/** Reference to the exact rule version a computation relied on. */
export type RuleRef = { readonly id: string; readonly version: number };

export class NoRuleInForceError extends Error {
  constructor(readonly subject: string, readonly asOf: IsoDate) {
    super(`No rule in force for ${subject} on ${asOf}`);
    this.name = "NoRuleInForceError";
  }
}

export function isInForce(rule: Pick<Rule<unknown>, "from" | "until">, asOf: IsoDate): boolean {
  return rule.from <= asOf && (rule.until === undefined || asOf <= rule.until);
}

/** The single rule of `rules` in force on `asOf`; throws when none or more than one apply. */
export function ruleInForce<T>(rules: readonly Rule<T>[], asOf: IsoDate, subject: string): Rule<T> {
  const matching = rules.filter((rule) => isInForce(rule, asOf));
  if (matching.length === 0) throw new NoRuleInForceError(subject, asOf);
  if (matching.length > 1) {
    throw new Error(`Overlapping rules for ${subject} on ${asOf}: ${matching.map((r) => r.id).join(", ")}`);
  }
  return matching[0]!;
}

export function refOf(rule: Pick<Rule<unknown>, "id" | "version">): RuleRef {
  return { id: rule.id, version: rule.version };
}
