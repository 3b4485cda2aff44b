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

export type Rule<T> = {
  /** Stable id; a correction keeps the id and bumps `version`. */
  readonly id: string;
  readonly version: number;
  readonly summary: string;
  readonly value: T;
  /** First day the rule applies (inclusive). */
  readonly from: IsoDate;
  /** Last day the rule applies (inclusive); undefined = open-ended. */
  readonly until?: IsoDate;
  readonly sources: readonly RuleSource[];
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
