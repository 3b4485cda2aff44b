import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { startAttempt } from "@/server/services/start-attempt";
import { submitAttempt } from "@/server/services/submit-attempt";
import { getCaseState } from "@/server/services/get-case-state";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation } from "./support/learners";

const TRACK = "compliance-architect";
const CASE = "eu-import-vat-low-value";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);

describe("case attempts", () => {
  it("gives each learner their own variant, stable for the attempt, with no key stored before submission", async () => {
    const [a, b] = [await createLearner(), await createLearner()];
    await startAttempt(a, TRACK, CASE);
    await startAttempt(b, TRACK, CASE);
    const stateA = await getCaseState(a, TRACK, CASE);
    const stateB = await getCaseState(b, TRACK, CASE);
    expect(stateA.open?.params).not.toEqual(stateB.open?.params);
    const row = await db.prisma.attempt.findFirstOrThrow({ where: { userId: a.id } });
    expect(row).toMatchObject({ answer: null, score: null, parts: null, submittedAt: null });
  });

  it("reuses the open attempt when started twice at once", async () => {
    const learner = await createLearner();
    const results = await Promise.all([startAttempt(learner, TRACK, CASE), startAttempt(learner, TRACK, CASE)]);
    expect(results.map((r) => r.number)).toEqual([1, 1]);
    expect(await db.prisma.attempt.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("grades with partial credit, stores seed, answer, notes and rule versions, and refuses a second submission", async () => {
    const learner = await createLearner();
    const { number } = await startAttempt(learner, TRACK, CASE);
    const answer = { collector: "seller-at-checkout", vatRate: "1", vatAmountEur: "0", customsDutyEur: "0" };
    const graded = await submitAttempt(learner, TRACK, CASE, number, answer);
    expect(graded.score).toBeGreaterThanOrEqual(0);
    expect(graded.score).toBeLessThan(1);
    const row = await db.prisma.attempt.findFirstOrThrow({ where: { userId: learner.id } });
    expect(row.seed).toBeGreaterThan(0n);
    expect(row.answer).toMatchObject({ collector: "seller-at-checkout", vatRate: 1 });
    expect((row.ruleRefs as { id: string }[]).map((r) => r.id)).toContain("eu.vat.ioss.consignment-ceiling");
    expect((row.parts as { note: { en: string } }[]).every((p) => p.note.en.length > 0)).toBe(true);
    expect((await errorOf(submitAttempt(learner, TRACK, CASE, number, answer)))?.code).toBe("CONFLICT");
  });

  it("refuses a malformed answer field by field and keeps the attempt open", async () => {
    const learner = await createLearner();
    const { number } = await startAttempt(learner, TRACK, CASE);
    const error = await errorOf(submitAttempt(learner, TRACK, CASE, number, { collector: "the-moon", vatRate: "x", vatAmountEur: "" }));
    expect(error?.code).toBe("VALIDATION");
    expect(Object.keys(error?.fieldErrors ?? {}).sort()).toEqual(["collector", "customsDutyEur", "vatAmountEur", "vatRate"]);
    const row = await db.prisma.attempt.findFirstOrThrow({ where: { userId: learner.id } });
    expect(row.submittedAt).toBeNull();
  });

  it("enforces the cooldown after a submission and the attempt limit", async () => {
    const learner = await createLearner();
    let now = new Date("2026-11-25T09:00:00Z");
    await passSimulation(learner, TRACK, CASE, now);
    const cooling = await errorOf(startAttempt(learner, TRACK, CASE, new Date(now.getTime() + 10_000)));
    expect(cooling?.code).toBe("RATE_LIMITED");
    for (let i = 2; i <= 5; i++) {
      now = new Date(now.getTime() + 60_000);
      await passSimulation(learner, TRACK, CASE, now);
    }
    const exhausted = await errorOf(startAttempt(learner, TRACK, CASE, new Date(now.getTime() + 3600_000)));
    expect(exhausted?.message).toBe("You have used all 5 attempts at this case.");
  });

  it("does not let one learner submit or read another learner's attempt", async () => {
    const [owner, intruder] = [await createLearner(), await createLearner()];
    const { number } = await startAttempt(owner, TRACK, CASE);
    const error = await errorOf(submitAttempt(intruder, TRACK, CASE, number, {}));
    expect(error?.code).toBe("NOT_FOUND");
  });
});

describe("branching case attempts", () => {
  const BRANCHING = "customs-hold-branching";
  const TRACK_OF_BRANCHING = "compliance-architect";

  it("records decisions one step at a time, refuses a stale or closed option, and grades along the path taken", async () => {
    const { nextBranchStep } = await import("@/domain/simulations/run-simulation");
    const { chooseBranchStep } = await import("@/server/services/choose-branch-step");
    const { loadCatalog } = await import("@/server/content/load-content");
    const simulation = loadCatalog().simulation(BRANCHING)!;
    const learner = await createLearner();
    const { number } = await startAttempt(learner, TRACK_OF_BRANCHING, BRANCHING);
    const row = await db.prisma.attempt.findFirstOrThrow({ where: { userId: learner.id, simulationId: BRANCHING } });
    const params = row.params as Record<string, string | number | boolean>;

    const first = nextBranchStep(simulation, params, {})!;
    // Submitting before the decisions are made is refused.
    expect((await errorOf(submitAttempt(learner, TRACK_OF_BRANCHING, BRANCHING, number, {})))?.code).toBe("CONFLICT");
    // An option that does not exist at this step is refused.
    expect((await errorOf(chooseBranchStep(learner, TRACK_OF_BRANCHING, BRANCHING, number, first.part, "fly-to-the-moon")))?.code).toBe("VALIDATION");
    await chooseBranchStep(learner, TRACK_OF_BRANCHING, BRANCHING, number, first.part, "ignore-notice");
    // The same decision cannot be taken twice (a second tab).
    expect((await errorOf(chooseBranchStep(learner, TRACK_OF_BRANCHING, BRANCHING, number, first.part, "submit-invoice")))?.code).toBe("CONFLICT");

    const path: Record<string, string> = { [first.part]: "ignore-notice" };
    for (let step = nextBranchStep(simulation, params, path); step; step = nextBranchStep(simulation, params, path)) {
      await chooseBranchStep(learner, TRACK_OF_BRANCHING, BRANCHING, number, step.part, step.options[0]!);
      path[step.part] = step.options[0]!;
    }
    const numberParts = Object.fromEntries(simulation.parts.filter((p) => !(p.id in path)).map((p) => [p.id, "0"]));
    // The submitted form cannot rewrite a decision already taken.
    const graded = await submitAttempt(learner, TRACK_OF_BRANCHING, BRANCHING, number, { ...numberParts, [first.part]: "submit-invoice" });
    const stored = await db.prisma.attempt.findFirstOrThrow({ where: { userId: learner.id, simulationId: BRANCHING } });
    expect((stored.answer as Record<string, unknown>)[first.part]).toBe("ignore-notice");
    expect(graded.score).toBeLessThan(1);
    expect(stored.misconceptions).toContain("ignoring-customs-notice");
  });
});
