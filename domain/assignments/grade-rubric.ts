import type { Assignment } from "./assignment-schema";

/** Chosen level index per criterion id. */
export type RubricSelection = Record<string, number>;

export type RubricGrade = { points: number; maxPoints: number; score: number; hasPassed: boolean; criteria: { id: string; level: number; points: number }[] };

export class RubricSelectionError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("errors.chooseLevelEveryCriterion");
    this.name = "RubricSelectionError";
  }
}

/**
 * Scores a rubric selection: every criterion needs exactly one of its levels. The score is points
 * over the sum of each criterion's top level, so a rubric's weighting is its point scale.
 */
export function gradeRubric(assignment: Assignment, selection: RubricSelection): RubricGrade {
  const fieldErrors: Record<string, string[]> = {};
  const criteria = assignment.rubric.map((criterion) => {
    const level = selection[criterion.id];
    if (level === undefined || !Number.isInteger(level) || level < 0 || level >= criterion.levels.length) {
      fieldErrors[criterion.id] = ["errors.chooseLevel"];
      return { id: criterion.id, level: -1, points: 0 };
    }
    return { id: criterion.id, level, points: criterion.levels[level]!.points };
  });
  const unknown = Object.keys(selection).filter((id) => !assignment.rubric.some((c) => c.id === id));
  for (const id of unknown) fieldErrors[id] = ["errors.notACriterion"];
  if (Object.keys(fieldErrors).length) throw new RubricSelectionError(fieldErrors);
  const points = criteria.reduce((sum, c) => sum + c.points, 0);
  const maxPoints = assignment.rubric.reduce((sum, c) => sum + c.levels[c.levels.length - 1]!.points, 0);
  const score = maxPoints === 0 ? 0 : points / maxPoints;
  return { points, maxPoints, score, hasPassed: score >= assignment.passMark, criteria };
}
