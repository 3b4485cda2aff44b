import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/server/seed/seed-demo-data";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

describe("demo seed", () => {
  it("gives the demo cohort classmates with graded attempts and misconceptions, and runs idempotently", async () => {
    await seedDemoData(db.prisma);
    const cohort = await db.prisma.cohort.findUniqueOrThrow({ where: { inviteCode: "SZPOLY2026" }, select: { id: true, _count: { select: { enrollments: true } } } });
    expect(cohort._count.enrollments).toBe(13);
    const attempts = await db.prisma.attempt.findMany({ where: { user: { email: { startsWith: "classmate" } } }, select: { score: true, misconceptions: true } });
    expect(attempts.length).toBeGreaterThan(20);
    expect(attempts.some((a) => a.misconceptions.length > 0)).toBe(true);
    expect(attempts.some((a) => a.score === 1)).toBe(true);
    const counts = async () => [await db.prisma.user.count(), await db.prisma.attempt.count(), await db.prisma.lessonProgress.count()];
    const before = await counts();
    await seedDemoData(db.prisma);
    expect(await counts()).toEqual(before);
  });
});
