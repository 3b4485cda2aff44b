import "server-only";
import { gateNextAttempt } from "@/domain/simulations/attempt-policy";
import { drawVariant } from "@/domain/simulations/run-simulation";
import { variantSeed } from "@/domain/simulations/seeded-random";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { findTrackSimulation } from "../content/load-content";

/**
 * Opens the actor's next attempt at a simulation, with its own variant drawn from the seed of
 * (learner, simulation, attempt number). An attempt already open is returned instead, so a double
 * click or a second tab never opens two.
 */
export async function startAttempt(actor: Actor, trackId: string, simulationId: string, now = new Date()): Promise<{ number: number }> {
  const found = findTrackSimulation(trackId, simulationId);
  if (!found) throw new AppError("NOT_FOUND", "errors.noSuchCase");
  const { simulation } = found;
  const db = await prisma();
  const previous = await db.attempt.findMany({
    where: { userId: actor.id, simulationId },
    select: { number: true, submittedAt: true },
    orderBy: { number: "asc" },
  });
  const open = previous.find((attempt) => attempt.submittedAt === null);
  if (open) return { number: open.number };

  const gate = gateNextAttempt(simulation.attempts, previous, now);
  if (!gate.allowed) {
    throw new AppError(
      "RATE_LIMITED",
      gate.reason === "limit"
        ? { key: "errors.attemptsUsed", params: { limit: gate.limit } }
        : { key: "errors.nextAttemptAt", params: { time: gate.retryAt.toISOString().slice(11, 19) } },
    );
  }
  const seed = variantSeed(actor.id, simulation.id, gate.nextNumber);
  try {
    await db.attempt.create({
      data: {
        userId: actor.id,
        trackId,
        simulationId,
        simulationVersion: simulation.version,
        number: gate.nextNumber,
        seed: BigInt(seed),
        params: drawVariant(simulation, seed),
        createdAt: now,
      },
    });
  } catch (error) {
    // Another request opened this attempt number first: use theirs.
    if (!isUniqueViolation(error)) throw error;
  }
  return { number: gate.nextNumber };
}
