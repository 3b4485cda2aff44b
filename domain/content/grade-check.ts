/**
 * Grades a knowledge check. Pure: the same check and answers always give the same result.
 */
import type { CheckAnswers, CheckQuestion, KnowledgeCheck } from "./check-schema";

export type QuestionGrade = {
  questionId: string;
  /** Share of the question earned, 0..1. */
  score: number;
  /** `score` × the question's points. */
  earned: number;
  points: number;
  /** True only for a fully correct answer. */
  isCorrect: boolean;
};

export type CheckGrade = {
  questions: QuestionGrade[];
  earned: number;
  possible: number;
  /** earned / possible, 0..1. */
  score: number;
  hasPassed: boolean;
};

/** Absorbs floating-point noise in numeric answers (e.g. 0.1 + 0.2) without widening real tolerances. */
const NUMERIC_EPSILON = 1e-9;

function scoreQuestion(question: CheckQuestion, answer: CheckAnswers[string] | undefined): number {
  switch (question.kind) {
    case "single":
      return answer === question.answer ? 1 : 0;
    case "multiple": {
      // Partial credit: each correct option ticked earns a share, each wrong option ticked cancels
      // one share, floored at zero, so ticking every box never pays.
      if (!Array.isArray(answer)) return 0;
      const ticked = new Set(answer);
      const correct = new Set(question.answers);
      let hits = 0;
      let misses = 0;
      for (const id of ticked) {
        if (correct.has(id)) hits++;
        else misses++;
      }
      return Math.max(0, (hits - misses) / correct.size);
    }
    case "numeric":
      return typeof answer === "number" && Number.isFinite(answer) && Math.abs(answer - question.answer) <= question.tolerance + NUMERIC_EPSILON ? 1 : 0;
    case "ordering": {
      // Partial credit: the share of item pairs placed in the right relative order (Kendall's tau
      // distance), so one item moved by a single place costs little and a reversed list earns 0.
      const expected = question.items.map((item) => item.id);
      if (!Array.isArray(answer) || answer.length !== expected.length || new Set(answer).size !== expected.length) return 0;
      if (!answer.every((id) => expected.includes(id))) return 0;
      const position = new Map(answer.map((id, i) => [id, i]));
      let concordant = 0;
      let pairs = 0;
      for (let i = 0; i < expected.length; i++) {
        for (let j = i + 1; j < expected.length; j++) {
          pairs++;
          if (position.get(expected[i]!)! < position.get(expected[j]!)!) concordant++;
        }
      }
      return concordant / pairs;
    }
  }
}

/**
 * Grades `answers` against `check`. A missing or malformed answer scores 0 for that question.
 * Multiple choice: (correct ticked − wrong ticked) / correct options, floored at 0.
 * Numeric: full marks within ± `tolerance` (absolute), else 0.
 * Ordering: share of item pairs in the correct relative order; a list that is not a permutation of
 * the items scores 0.
 */
export function gradeCheck(check: KnowledgeCheck, answers: CheckAnswers): CheckGrade {
  const questions = check.questions.map((question): QuestionGrade => {
    const score = scoreQuestion(question, answers[question.id]);
    return { questionId: question.id, score, earned: score * question.points, points: question.points, isCorrect: score === 1 };
  });
  const earned = questions.reduce((sum, q) => sum + q.earned, 0);
  const possible = questions.reduce((sum, q) => sum + q.points, 0);
  const score = possible === 0 ? 0 : earned / possible;
  return { questions, earned, possible, score, hasPassed: score >= check.passMark - NUMERIC_EPSILON };
}
