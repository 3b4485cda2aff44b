import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { regradeAttempts } from "@/server/services/regrade-attempts";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation } from "./support/learners";

const TRACK = "compliance-architect";
const CASE = "eu-import-vat-low-value";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

describe("regrading after a rule correction", () => {
  it("regrades only attempts graded under a superseded rule version, keeping both grades on record", async () => {
    const admin = await createLearner({ role: "PLATFORM_ADMIN" });
    const [affected, untouched] = [await createLearner(), await createLearner()];
    await passSimulation(affected, TRACK, CASE);
    await passSimulation(untouched, TRACK, CASE);
    // The affected attempt was graded when the IOSS ceiling rule was at version 0 and scored badly.
    const attempt = await db.prisma.attempt.findFirstOrThrow({ where: { userId: affected.id } });
    const refs = (attempt.ruleRefs as { id: string; version: number }[]).map((r) => (r.id === "eu.vat.ioss.consignment-ceiling" ? { ...r, version: 0 } : r));
    await db.prisma.attempt.update({ where: { id: attempt.id }, data: { ruleRefs: refs, score: 0.4 } });

    const preview = await regradeAttempts(admin, { dryRun: true });
    expect(preview).toMatchObject({ examined: 2, affected: 1, regraded: 0 });
    expect(await db.prisma.attemptRegrade.count()).toBe(0);

    const summary = await regradeAttempts(admin, { dryRun: false });
    expect(summary).toMatchObject({ affected: 1, regraded: 1, scoreChanges: [{ attemptId: attempt.id, from: 0.4, to: 1 }] });
    const record = await db.prisma.attemptRegrade.findFirstOrThrow({ where: { attemptId: attempt.id } });
    expect(record).toMatchObject({ previousScore: 0.4, newScore: 1 });
    expect(record.reason).toEqual([{ id: "eu.vat.ioss.consignment-ceiling", gradedVersion: 0, currentVersion: 1 }]);
    expect((await db.prisma.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).score).toBe(1);

    // Idempotent: nothing left to regrade.
    expect(await regradeAttempts(admin, { dryRun: false })).toMatchObject({ affected: 0, regraded: 0 });
  });

  it("is for platform admins only", async () => {
    const instructor = await createLearner({ role: "INSTRUCTOR" });
    const error = await regradeAttempts(instructor, { dryRun: true }).catch((e: unknown) => e as AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });
});
