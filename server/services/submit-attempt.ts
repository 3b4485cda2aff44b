import "server-only";
import { answerSchemaFor, gradeVariant, nextBranchStep } from "@/domain/simulations/run-simulation";
import { engineFor } from "@/domain/simulations/engines";
import type { Answer, Params } from "@/domain/simulations/engine";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { findTrackSimulation } from "../content/load-content";
import { fieldErrorsOf } from "../validation";

/**
 * Grades the actor's open attempt. The key is computed here from the stored variant and is first
 * sent to the browser with the result. A second submission of the same attempt is refused.
 */
export async function submitAttempt(actor: Actor, trackId: string, simulationId: string, number: number, rawAnswer: unknown, now = new Date()) {
  const found = findTrackSimulation(trackId, simulationId);
  if (!found) throw new AppError("NOT_FOUND", "errors.noSuchCase");
  const { simulation } = found;
  const db = await prisma();
  const attempt = await db.attempt.findUnique({ where: { userId_simulationId_number: { userId: actor.id, simulationId, number } } });
  if (!attempt || attempt.trackId !== trackId) throw new AppError("NOT_FOUND", "errors.noSuchAttempt");
  if (attempt.submittedAt) throw new AppError("CONFLICT", "errors.attemptSubmitted");

  // Branching cases: the decisions were recorded step by step and cannot be changed at submission.
  const path = engineFor(simulation.engine).branching ? ((attempt.answer ?? {}) as Answer) : {};
  if (engineFor(simulation.engine).branching && nextBranchStep(simulation, attempt.params as Params, path)) {
    throw new AppError("CONFLICT", "errors.finishDecisions");
  }
  const parsed = answerSchemaFor(simulation).safeParse({ ...(rawAnswer as object), ...path });
  if (!parsed.success) throw new AppError("VALIDATION", "errors.answersMalformed", fieldErrorsOf(parsed.error));

  const graded = gradeVariant(simulation, attempt.params as Params, parsed.data);
  const parts = graded.parts.map(({ id, score, given, expected, misconception, note, rules }) => ({ id, score, given, expected, misconception, note, rules }));
  // Conditional update: of two concurrent submissions, exactly one finds the attempt still open.
  const { count } = await db.attempt.updateMany({
    where: { id: attempt.id, submittedAt: null },
    data: {
      answer: parsed.data,
      score: graded.score,
      parts,
      misconceptions: graded.parts.flatMap((part) => (part.misconception ? [part.misconception] : [])),
      ruleRefs: graded.ruleRefs,
      explanation: graded.solution.explanation,
      submittedAt: now,
    },
  });
  if (count === 0) throw new AppError("CONFLICT", "errors.attemptSubmitted");
  return { number, score: graded.score };
}
