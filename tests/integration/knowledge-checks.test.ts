import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderingField } from "@/domain/content/check-answer-schema";
import { AppError } from "@/server/errors";
import { loadCatalog } from "@/server/content/load-content";
import { getKnowledgeCheck, submitKnowledgeCheck } from "@/server/services/knowledge-checks";
import { freshTestDatabase } from "./support/test-database";
import { createLearner } from "./support/learners";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const [track] = loadCatalog().tracks.filter((t) => t.moduleList.some((m) => m.check));
const module = track!.moduleList.find((m) => m.check)!;
const check = module.check!;

/** The form fields a learner who knows every answer would send. */
function perfectFields(): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const question of check.questions) {
    if (question.kind === "single") fields[question.id] = question.answer;
    if (question.kind === "multiple") fields[question.id] = question.answers;
    if (question.kind === "numeric") fields[question.id] = String(question.answer).replace(".", ",");
    if (question.kind === "ordering") question.items.forEach((item, i) => (fields[orderingField(question.id, item.id)] = String(i + 1)));
  }
  return fields;
}

describe("knowledge checks", () => {
  it("grades a perfect set of answers as 100% and keeps it as the learner's latest", async () => {
    const learner = await createLearner();
    const grade = await submitKnowledgeCheck(learner, track!.id, module.id, perfectFields());
    expect(grade.score).toBe(1);
    const { latest } = await getKnowledgeCheck(learner, track!.id, module.id);
    expect(latest?.grade.hasPassed).toBe(true);
  });

  it("refuses unanswered questions by name and stores nothing", async () => {
    const learner = await createLearner();
    const error = await submitKnowledgeCheck(learner, track!.id, module.id, {}).catch((e: unknown) => e as AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect(Object.keys((error as AppError).fieldErrors ?? {}).sort()).toEqual(check.questions.map((q) => q.id).sort());
    expect(await db.prisma.checkAttempt.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("shows each learner only their own answers", async () => {
    const [a, b] = [await createLearner(), await createLearner()];
    await submitKnowledgeCheck(a, track!.id, module.id, perfectFields());
    expect((await getKnowledgeCheck(b, track!.id, module.id)).latest).toBeNull();
  });
});
