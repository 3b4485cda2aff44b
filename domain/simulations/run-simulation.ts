/**
 * The use cases of a simulation, independent of storage and transport: draw a variant, solve it,
 * grade an answer. The app, the author CLI and the benchmarks all go through these functions.
 */
import { engineFor } from "./engines";
import type { Answer, BranchStep, Params, Solution } from "./engine";
import { drawParameters } from "./draw-parameters";
import { gradeAnswer, type Grade } from "./grade-answer";
import type { Simulation } from "./simulation-schema";
import { answerSchemaFor } from "./answer-schema";
import type { RuleRef } from "../rules/rule";

export class InvalidParametersError extends Error {
  constructor(readonly simulationId: string, readonly issues: string[]) {
    super(`Invalid parameters for ${simulationId}: ${issues.join("; ")}`);
    this.name = "InvalidParametersError";
  }
}

/** Validates author- or generator-given parameters against the engine's schema. */
export function parseParameters(simulation: Simulation, raw: unknown): Params {
  const result = engineFor(simulation.engine).paramsSchema.safeParse(raw);
  if (!result.success) {
    throw new InvalidParametersError(simulation.id, result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`));
  }
  return result.data;
}

export function drawVariant(simulation: Simulation, seed: number): Params {
  return parseParameters(simulation, drawParameters(simulation, seed));
}

export function solveVariant(simulation: Simulation, params: Params): Solution {
  return engineFor(simulation.engine).solve(params);
}

export type GradedAttempt = Grade & { ruleRefs: RuleRef[]; solution: Solution };

/** Grades an already-validated answer; `answerSchemaFor` is the way to validate one. */
export function gradeVariant(simulation: Simulation, params: Params, answer: Answer): GradedAttempt {
  const engine = engineFor(simulation.engine);
  // A branching case is graded along the learner's own path: each step against the best move from there.
  const solution = engine.branching ? engine.branching.solveAlong(params, answer) : engine.solve(params);
  const grade = gradeAnswer(simulation, solution, answer, engine.predictMistakes(params, solution));
  return { ...grade, ruleRefs: ruleRefsOf(solution), solution };
}

/**
 * The next decision of a branching case after the choices in `path`, or null when the case is over
 * (or the simulation is single-step). Never exposes the key: only the situation and open options.
 */
export function nextBranchStep(simulation: Simulation, params: Params, path: Answer): BranchStep | null {
  return engineFor(simulation.engine).branching?.nextStep(params, path) ?? null;
}

/** Distinct rule versions a solution relied on, sorted by id, for storing with an attempt. */
export function ruleRefsOf(solution: Solution): RuleRef[] {
  const byId = new Map<string, RuleRef>();
  for (const citations of Object.values(solution.partRules)) {
    for (const { id, version } of citations) byId.set(id, { id, version });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Replaces `{{name}}` in a brief with the variant's parameter values. */
export function renderBrief(template: string, params: Params, format: (name: string, value: Params[string]) => string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => (name in params ? format(name, params[name]!) : match));
}

export { answerSchemaFor };
