import "server-only";
import type { Answer, Params } from "@/domain/simulations/engine";
import { engineFor } from "@/domain/simulations/engines";
import { drawVariant, gradeVariant } from "@/domain/simulations/run-simulation";
import { createRandom, hashToSeed, variantSeed } from "@/domain/simulations/seeded-random";
import type { PrismaClient } from "../generated/prisma/client";
import { loadCatalog } from "../content/load-content";

const CLASSMATES = [
  "Chen Jing", "Aisha Rahman", "Mateo García", "Zhou Yifan", "Priya Nair", "Lukas Becker",
  "Nguyen Thu Ha", "Sofia Rossi", "Wang Lei", "Emma Dubois", "Kenji Sato", "Fatima Zahra",
] as const;
const DAY = 86_400_000;

/**
 * A dozen classmates for the demo learner, with three weeks of plausible activity: lessons read,
 * and case attempts graded by the real engines, some wrong in the ways learners are (the engines'
 * predicted mistakes), so that the demo dashboard shows progress, laggards and misconceptions.
 * The accounts are unclaimed roster accounts (no password) owned by the cohort's organization, as
 * after a CSV import by it, so they show on its dashboard. Deterministic and idempotent.
 */
export async function seedDemoCohortActivity(prisma: PrismaClient, cohortId: string, now = new Date()): Promise<void> {
  if (await prisma.user.findUnique({ where: { email: "classmate1@borderless.test" }, select: { id: true } })) return;
  const catalog = loadCatalog();
  const track = catalog.track("compliance-architect");
  if (!track) return;
  const { organizationId } = await prisma.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { organizationId: true } });
  const random = createRandom(hashToSeed("demo-cohort"));
  const start = now.getTime() - 21 * DAY;

  for (const [index, name] of CLASSMATES.entries()) {
    const user = await prisma.user.create({
      data: { email: `classmate${index + 1}@borderless.test`, name, passwordHash: "", createdByOrganizationId: organizationId, locale: index % 2 ? "zh" : "en" },
      select: { id: true },
    });
    await prisma.enrollment.create({ data: { cohortId, userId: user.id, source: "CSV", studentId: `SZP-2026-${String(index + 2).padStart(3, "0")}`, enrolledAt: new Date(start) } });
    // Diligence from 15% to 100% of the track: how far this classmate got.
    const reach = 0.15 + random() * 0.85;
    const modules = track.moduleList.slice(0, Math.max(1, Math.round(reach * track.moduleList.length)));
    let clock = start + random() * 2 * DAY;
    for (const module of modules) {
      for (const lesson of module.lessonList) {
        if (random() > reach + 0.2) break;
        clock += random() * 1.2 * DAY;
        await prisma.lessonProgress.create({ data: { userId: user.id, trackId: track.id, lessonId: lesson.id, completedAt: new Date(Math.min(clock, now.getTime())) } });
      }
      for (const simulationId of module.simulations) {
        const simulation = catalog.simulation(simulationId);
        if (!simulation || random() > reach + 0.1) continue;
        const attempts = 1 + Math.floor(random() * 2);
        for (let number = 1; number <= attempts; number++) {
          clock += random() * 0.8 * DAY;
          const at = new Date(Math.min(clock, now.getTime()));
          const seed = variantSeed(user.id, simulationId, number);
          const params: Params = drawVariant(simulation, seed);
          const engine = engineFor(simulation.engine);
          const solution = engine.solve(params);
          // First attempts are often wrong in a predictable way; second attempts mostly right.
          const answer: Answer = { ...solution.answer };
          // Branching cases must follow open options step by step, so classmates take the key there.
          if (!engine.branching && (number === 1 || random() < 0.3)) {
            for (const mistake of engine.predictMistakes(params, solution)) if (random() < 0.35) answer[mistake.part] = mistake.value;
          }
          const graded = gradeVariant(simulation, params, answer);
          await prisma.attempt.create({
            data: {
              userId: user.id,
              trackId: track.id,
              simulationId,
              simulationVersion: simulation.version,
              number,
              seed: BigInt(seed),
              params,
              answer,
              score: graded.score,
              parts: graded.parts.map(({ id, score, given, expected, misconception, note, rules }) => ({ id, score, given, expected, misconception, note, rules })),
              misconceptions: graded.parts.flatMap((part) => (part.misconception ? [part.misconception] : [])),
              ruleRefs: graded.ruleRefs,
              explanation: graded.solution.explanation,
              createdAt: at,
              submittedAt: at,
            },
          });
          if (graded.score === 1) break;
        }
      }
    }
  }
}
