/**
 * The contract between a simulation (content) and the rule engine that computes its answer key.
 * An engine is pure: same parameters in, same key out, with the rules it relied on per part.
 */
import type { z } from "zod";
import type { LocalizedText } from "../content/locale";
import type { IsoDate, Rule, RuleRef } from "../rules/rule";

export type AnswerValue = string | number | string[];
export type Answer = Record<string, AnswerValue>;
export type Params = Record<string, string | number | boolean>;

/** A rule as cited in feedback: enough for a learner to look it up. */
export type RuleCitation = RuleRef & { summary: string; source: string; url?: string };

export function citeRule(rule: Rule<unknown>): RuleCitation {
  const [primary] = rule.sources;
  return {
    id: rule.id,
    version: rule.version,
    summary: rule.summary,
    source: primary?.title ?? "",
    ...(primary?.url ? { url: primary.url } : {}),
  };
}

export type Solution = {
  answer: Answer;
  explanation: LocalizedText;
  /** Rules each part's key was computed from (cited in that part's feedback). */
  partRules: Record<string, RuleCitation[]>;
};

/** A wrong answer the engine can predict, tied to the misconception that produces it. */
export type PredictedMistake = { part: string; code: string; value: AnswerValue };

export type Engine<P extends Params = Params> = {
  id: string;
  /** Validates drawn or author-given parameters; includes `asOf`. */
  paramsSchema: z.ZodType<P>;
  solve(params: P): Solution;
  /** Plausible wrong answers, so a wrong part can be told what went wrong rather than only "wrong". */
  predictMistakes(params: P, solution: Solution): PredictedMistake[];
  /** Only for branching (multi-step) cases; single-step engines leave it out. */
  branching?: Branching<P>;
};

/**
 * An engine of any parameter type, for registries keyed by id. `any` (not `Params`) because
 * `solve(params: P)` is contravariant in P: no single P admits every engine; each engine parses
 * its own parameters with `paramsSchema` before they reach `solve`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEngine = Engine<any>;

/** One decision point of a branching case, as the learner sees it. */
export type BranchStep = {
  /** The rubric part (a `choice` part) that records this decision. */
  part: string;
  /** Machine name of the state the learner is in, e.g. "held". */
  state: string;
  /** What has happened so far, shown above the options. */
  situation: LocalizedText;
  /** Option values of the part that are open in this state (a subset of the part's options). */
  options: string[];
};

/**
 * A branching case: each choice (a rubric part, in order) moves the case to a new state. `solve`
 * returns the key along the best path; `solveAlong` the key along the path the learner took, so a
 * later step is graded against the best move from where the learner actually was.
 */
export type Branching<P extends Params = Params> = {
  /** The step after the choices in `path` (parts answered so far); null once every step is taken. */
  nextStep(params: P, path: Answer): BranchStep | null;
  /** The key for the learner's own path (parts not yet answered follow the best path). */
  solveAlong(params: P, path: Answer): Solution;
};

/** The date an engine answers as of: every parameter set carries it. */
export type AsOfParams = { asOf: IsoDate };
