import "server-only";
import type { Answer, Params } from "@/domain/simulations/engine";
import { nextBranchStep } from "@/domain/simulations/run-simulation";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { findTrackSimulation } from "../content/load-content";

/**
 * Records one decision of a branching case on the actor's open attempt. While the attempt is open,
 * `answer` holds the path taken so far (decisions only, never the key). A decision is final: it must
 * be the step the case is at, with an option open in that state.
 */
export async function chooseBranchStep(actor: Actor, trackId: string, simulationId: string, number: number, part: string, value: string): Promise<void> {
  const found = findTrackSimulation(trackId, simulationId);
  if (!found) throw new AppError("NOT_FOUND", "errors.noSuchCase");
  const db = await prisma();
  const attempt = await db.attempt.findUnique({ where: { userId_simulationId_number: { userId: actor.id, simulationId, number } } });
  if (!attempt || attempt.trackId !== trackId) throw new AppError("NOT_FOUND", "errors.noSuchAttempt");
  if (attempt.submittedAt) throw new AppError("CONFLICT", "errors.attemptSubmitted");
  const path = (attempt.answer ?? {}) as Answer;
  const step = nextBranchStep(found.simulation, attempt.params as Params, path);
  if (!step || step.part !== part) throw new AppError("CONFLICT", "errors.decisionMade");
  if (!step.options.includes(value)) throw new AppError("VALIDATION", "errors.chooseOption", { [part]: ["errors.chooseOption"] });
  // Only if nobody recorded another decision in between (a second tab).
  const { count } = await db.attempt.updateMany({
    where: { id: attempt.id, submittedAt: null, ...(attempt.answer === null ? { answer: { equals: Prisma.DbNull } } : { answer: { equals: path } }) },
    data: { answer: { ...path, [part]: value } },
  });
  if (count === 0) throw new AppError("CONFLICT", "errors.decisionMade");
}
