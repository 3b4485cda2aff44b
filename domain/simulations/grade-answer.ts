/**
 * Grades an answer against an engine's key: a score per part in [0, 1], a weighted total, and
 * feedback that cites the rules the part was graded against. A wrong part that matches a
 * predicted mistake is labelled with that misconception's code, so cohorts can count them.
 */
import type { LocalizedText } from "../content/locale";
import type { Answer, AnswerValue, PredictedMistake, RuleCitation, Solution } from "./engine";
import type { RubricPart, Simulation } from "./simulation-schema";

export type PartGrade = {
  id: string;
  score: number;
  given: AnswerValue | null;
  expected: AnswerValue;
  /** Misconception code when the wrong answer matched a predicted mistake. */
  misconception: string | null;
  /** What the learner reads for this part. */
  note: LocalizedText;
  rules: RuleCitation[];
};

export type Grade = { score: number; parts: PartGrade[] };

function numbersMatch(given: number, expected: number, tolerance: number): boolean {
  // Half a micro-unit of slack absorbs binary floating point error in "exact" tolerances.
  return Math.abs(given - expected) <= tolerance + 1e-9;
}

/** Score of one part in [0, 1]. */
export function scorePart(part: RubricPart, given: AnswerValue | undefined, expected: AnswerValue): number {
  if (given === undefined) return 0;
  const { input } = part;
  switch (input.kind) {
    case "choice":
      return given === expected ? 1 : 0;
    case "multi-choice": {
      const expectedSet = new Set(expected as string[]);
      const givenList = Array.isArray(given) ? given : [String(given)];
      if (expectedSet.size === 0) return givenList.length === 0 ? 1 : 0;
      const hits = givenList.filter((value) => expectedSet.has(value)).length;
      const wrong = givenList.length - hits;
      // Each wrong pick cancels a right one, so ticking every box earns nothing.
      return Math.max(0, (hits - wrong) / expectedSet.size);
    }
    case "number": {
      if (typeof given !== "number" || typeof expected !== "number") return 0;
      if (numbersMatch(given, expected, input.tolerance)) return 1;
      if (input.partialWithin !== undefined && expected !== 0) {
        if (Math.abs(given - expected) / Math.abs(expected) <= input.partialWithin) return 0.5;
      }
      return 0;
    }
  }
}

function matchesMistake(part: RubricPart, given: AnswerValue, mistake: PredictedMistake): boolean {
  if (part.input.kind === "number") {
    return typeof given === "number" && typeof mistake.value === "number" && numbersMatch(given, mistake.value, part.input.tolerance);
  }
  if (Array.isArray(mistake.value)) {
    const predicted = new Set(mistake.value);
    return Array.isArray(given) && given.length === predicted.size && given.every((value) => predicted.has(value));
  }
  return given === mistake.value;
}

export function gradeAnswer(simulation: Simulation, solution: Solution, answer: Answer, mistakes: PredictedMistake[]): Grade {
  let weighted = 0;
  let totalWeight = 0;
  const parts = simulation.parts.map((part): PartGrade => {
    const expected = solution.answer[part.id];
    if (expected === undefined) throw new Error(`Engine gave no key for part "${part.id}" of ${simulation.id}`);
    const given = answer[part.id];
    const score = scorePart(part, given, expected);
    weighted += score * part.weight;
    totalWeight += part.weight;
    let misconception: string | null = null;
    if (score < 1 && given !== undefined) {
      misconception = mistakes.find((mistake) => mistake.part === part.id && matchesMistake(part, given, mistake))?.code ?? null;
    }
    const misconceptionNote = misconception ? simulation.misconceptions[misconception] : undefined;
    return {
      id: part.id,
      score,
      given: given ?? null,
      expected,
      misconception,
      note: score === 1 ? part.feedbackCorrect : (misconceptionNote ?? part.feedbackWrong),
      rules: solution.partRules[part.id] ?? [],
    };
  });
  // Round to 4 decimals so stored scores compare equal across drivers and runs.
  return { score: Math.round((weighted / totalWeight) * 10000) / 10000, parts };
}
