import "server-only";
import { gateNextAttempt } from "@/domain/simulations/attempt-policy";
import type { Answer, BranchStep, Params } from "@/domain/simulations/engine";
import { engineFor } from "@/domain/simulations/engines";
import { nextBranchStep } from "@/domain/simulations/run-simulation";
import type { Simulation } from "@/domain/simulations/simulation-schema";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { findTrackSimulation } from "../content/load-content";

/**
 * The actor's own state on a case: past attempts with scores, the open attempt's variant (its
 * parameters only, never the key), and whether a new attempt may start now.
 */
export async function getCaseState(actor: Actor, trackId: string, simulationId: string, now = new Date()) {
  const found = findTrackSimulation(trackId, simulationId);
  if (!found) throw new AppError("NOT_FOUND", "errors.noSuchCase");
  const db = await prisma();
  const attempts = await db.attempt.findMany({
    where: { userId: actor.id, simulationId },
    orderBy: { number: "asc" },
    select: { number: true, params: true, answer: true, score: true, submittedAt: true, createdAt: true },
  });
  const open = attempts.find((attempt) => attempt.submittedAt === null);
  return {
    ...found,
    attempts: attempts.map(({ number, score, submittedAt }) => ({ number, score, submittedAt })),
    open: open ? { number: open.number, params: open.params as Params, branch: branchState(found.simulation, open.params as Params, (open.answer ?? {}) as Answer) } : null,
    gate: gateNextAttempt(found.simulation.attempts, attempts, now),
  };
}

/** One of the actor's own submitted attempts, with its stored grade. */
export async function getAttemptResult(actor: Actor, trackId: string, simulationId: string, number: number) {
  const found = findTrackSimulation(trackId, simulationId);
  if (!found) throw new AppError("NOT_FOUND", "errors.noSuchCase");
  const db = await prisma();
  const attempt = await db.attempt.findUnique({ where: { userId_simulationId_number: { userId: actor.id, simulationId, number } } });
  if (!attempt || attempt.trackId !== trackId || attempt.submittedAt === null) throw new AppError("NOT_FOUND", "errors.noSuchAttempt");
  return { ...found, attempt };
}

/**
 * Where a branching case stands: the decisions taken (with the situation each answered) and the
 * step now open, or null for single-step cases.
 */
function branchState(simulation: Simulation, params: Params, path: Answer) {
  if (!engineFor(simulation.engine).branching) return null;
  const history: { step: BranchStep; choice: string }[] = [];
  const taken: Answer = {};
  for (;;) {
    const step = nextBranchStep(simulation, params, taken);
    const choice = step ? path[step.part] : undefined;
    if (!step || typeof choice !== "string") return { history, current: step, path };
    history.push({ step, choice });
    taken[step.part] = choice;
  }
}
