import "server-only";
import { z } from "zod";
import { ruleRegistry } from "@/domain/rules/rule-registry";
import type { Answer, Params } from "@/domain/simulations/engine";
import { answerSchemaFor, gradeVariant } from "@/domain/simulations/run-simulation";
import { staleRuleRefs } from "@/domain/simulations/stale-rule-refs";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { loadCatalog } from "../content/load-content";

const RuleRefsSchema = z.array(z.object({ id: z.string(), version: z.number() }));
const BATCH = 500;

export type RegradeSummary = { examined: number; affected: number; regraded: number; skipped: { attemptId: string; reason: string }[]; scoreChanges: { attemptId: string; from: number; to: number }[] };

/**
 * Regrades every submitted attempt graded under a rule version that has since been corrected or
 * withdrawn (platform admins only). The attempt takes the new grade; an AttemptRegrade row keeps the
 * old one, with the rules that changed. `dryRun` reports without writing.
 */
export async function regradeAttempts(actor: Actor, options: { dryRun: boolean }): Promise<RegradeSummary> {
  if (actor.role !== "PLATFORM_ADMIN") throw new AppError("FORBIDDEN", "errors.onlyAdminsRegrade");
  const db = await prisma();
  const catalog = loadCatalog();
  const rules = ruleRegistry();
  const summary: RegradeSummary = { examined: 0, affected: 0, regraded: 0, skipped: [], scoreChanges: [] };
  let cursor: string | undefined;
  for (;;) {
    const attempts = await db.attempt.findMany({
      where: { submittedAt: { not: null } },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { id: true, simulationId: true, params: true, answer: true, score: true, parts: true, ruleRefs: true },
    });
    if (attempts.length === 0) break;
    cursor = attempts[attempts.length - 1]!.id;
    for (const attempt of attempts) {
      summary.examined++;
      const refs = RuleRefsSchema.safeParse(attempt.ruleRefs);
      if (!refs.success) continue;
      const stale = staleRuleRefs(refs.data, rules);
      if (stale.length === 0) continue;
      summary.affected++;
      const simulation = catalog.simulation(attempt.simulationId);
      const answer = simulation ? answerSchemaFor(simulation).safeParse(attempt.answer) : undefined;
      if (!simulation || !answer?.success) {
        summary.skipped.push({ attemptId: attempt.id, reason: simulation ? "the stored answer no longer fits the case's rubric" : "the case no longer exists" });
        continue;
      }
      const graded = gradeVariant(simulation, attempt.params as Params, answer.data as Answer);
      summary.scoreChanges.push({ attemptId: attempt.id, from: attempt.score ?? 0, to: graded.score });
      if (options.dryRun) continue;
      const parts = graded.parts.map(({ id, score, given, expected, misconception, note, rules: cited }) => ({ id, score, given, expected, misconception, note, rules: cited }));
      await db.$transaction([
        db.attemptRegrade.create({
          data: {
            attemptId: attempt.id,
            previousScore: attempt.score ?? 0,
            previousParts: (attempt.parts ?? []) as Prisma.InputJsonValue,
            previousRuleRefs: refs.data,
            newScore: graded.score,
            newRuleRefs: graded.ruleRefs,
            reason: stale,
          },
        }),
        db.attempt.update({
          where: { id: attempt.id },
          data: {
            score: graded.score,
            parts,
            ruleRefs: graded.ruleRefs,
            explanation: graded.solution.explanation,
            misconceptions: graded.parts.flatMap((part) => (part.misconception ? [part.misconception] : [])),
          },
        }),
        db.auditEvent.create({ data: { actorId: actor.id, action: "attempt.regraded", subject: `attempt:${attempt.id}`, detail: { from: attempt.score, to: graded.score, stale } } }),
      ]);
      summary.regraded++;
    }
  }
  return summary;
}
