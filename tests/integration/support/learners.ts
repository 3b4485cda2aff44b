import type { Actor } from "@/server/authorize";
import { prisma } from "@/server/db";
import { loadCatalog } from "@/server/content/load-content";
import { nextBranchStep, solveVariant } from "@/domain/simulations/run-simulation";
import type { Answer, Params } from "@/domain/simulations/engine";
import { chooseBranchStep } from "@/server/services/choose-branch-step";
import { startAttempt } from "@/server/services/start-attempt";
import { submitAttempt } from "@/server/services/submit-attempt";

let counter = 0;

/** A learner with a verified address (as a claim needs), unless `emailVerifiedAt: null` says otherwise. */
export async function createLearner(overrides: Partial<Actor> & { emailVerifiedAt?: Date | null } = {}): Promise<Actor> {
  counter += 1;
  const db = await prisma();
  return db.user.create({
    data: { email: `learner${counter}-${Date.now()}@example.test`, name: `Learner ${counter}`, passwordHash: "scrypt$unused", emailVerifiedAt: new Date(), ...overrides },
    select: { id: true, email: true, name: true, role: true, locale: true },
  });
}

/** Opens an attempt and answers it with the key, as a learner who knows the rules would. */
export async function passSimulation(actor: Actor, trackId: string, simulationId: string, now = new Date()) {
  const { number } = await startAttempt(actor, trackId, simulationId, now);
  const db = await prisma();
  const attempt = await db.attempt.findUniqueOrThrow({ where: { userId_simulationId_number: { userId: actor.id, simulationId, number } } });
  const simulation = loadCatalog().simulation(simulationId)!;
  const key = solveVariant(simulation, attempt.params as Params).answer;
  // Branching cases: record the best decision at each step before submitting the rest.
  const path: Answer = {};
  for (let step = nextBranchStep(simulation, attempt.params as Params, path); step; step = nextBranchStep(simulation, attempt.params as Params, path)) {
    await chooseBranchStep(actor, trackId, simulationId, number, step.part, String(key[step.part]));
    path[step.part] = key[step.part]!;
  }
  return submitAttempt(actor, trackId, simulationId, number, key, now);
}

export function requiredSimulations(trackId: string): string[] {
  const track = loadCatalog().track(trackId)!;
  return track.moduleList.filter((m) => track.requiredModules.includes(m.id)).flatMap((m) => m.simulations);
}
