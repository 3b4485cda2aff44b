import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { gradeMemo } from "@/server/services/grade-memo";
import { getMemoForGrading, getOwnMemo, listMemosToGrade } from "@/server/services/get-memos";
import { saveMemo } from "@/server/services/save-memo";
import { freshTestDatabase } from "./support/test-database";
import { createLearner } from "./support/learners";

const ASSIGNMENT = "eu-entry-compliance-memo";
const TRACK = "compliance-architect";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const errorOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const memoOf = (words: number) => JSON.stringify({ type: "doc", content: [paragraph(Array.from({ length: words }, (_, i) => `word${i}`).join(" "))] });
const comment = JSON.stringify({ type: "doc", content: [paragraph("Clear on IOSS; say more about the EUR 3 duty.")] });
const FULL_MARKS = { scope: "2", registration: "2", duty: "2", recommendation: "2" };

/** An organization with a cohort on the track, its instructor, and an enrolled learner. */
async function orgWithCohort(name: string) {
  const org = await db.prisma.organization.create({ data: { name, kind: "UNIVERSITY" } });
  const instructor = await createLearner({ role: "INSTRUCTOR" });
  await db.prisma.orgMembership.create({ data: { organizationId: org.id, userId: instructor.id, role: "INSTRUCTOR" } });
  const cohort = await db.prisma.cohort.create({
    data: { organizationId: org.id, name: `${name} cohort`, trackIds: [TRACK], startsOn: new Date("2026-09-01"), endsOn: new Date("2027-01-31"), inviteCode: `code-${name}-${Date.now()}` },
  });
  const learner = await createLearner();
  await db.prisma.enrollment.create({ data: { cohortId: cohort.id, userId: learner.id, source: "INVITE" } });
  return { org, cohort, instructor, learner };
}

async function submittedMemo(learner: Actor) {
  await saveMemo(learner, ASSIGNMENT, memoOf(200), "submit");
  return (await db.prisma.memoSubmission.findUniqueOrThrow({ where: { userId_assignmentId: { userId: learner.id, assignmentId: ASSIGNMENT } } })).id;
}

describe("memos", () => {
  it("keeps drafts, enforces the word limits on submission, and locks a submitted memo", async () => {
    const learner = await createLearner();
    await saveMemo(learner, ASSIGNMENT, memoOf(20), "draft");
    const tooShort = await errorOf(saveMemo(learner, ASSIGNMENT, memoOf(20), "submit"));
    expect(tooShort?.code).toBe("VALIDATION");
    expect(tooShort?.message).toContain("between 150 and 900 words");
    await saveMemo(learner, ASSIGNMENT, memoOf(200), "submit");
    expect((await errorOf(saveMemo(learner, ASSIGNMENT, memoOf(300), "draft")))?.code).toBe("CONFLICT");
    const { submission } = await getOwnMemo(learner, ASSIGNMENT);
    expect(submission).toMatchObject({ status: "SUBMITTED", wordCount: 200 });
  });

  it("refuses script links and text that is not the editor's JSON", async () => {
    const learner = await createLearner();
    const evil = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] });
    expect((await errorOf(saveMemo(learner, ASSIGNMENT, evil, "draft")))?.code).toBe("VALIDATION");
    expect((await errorOf(saveMemo(learner, ASSIGNMENT, "<script>alert(1)</script>", "draft")))?.code).toBe("VALIDATION");
    expect((await errorOf(saveMemo(learner, ASSIGNMENT, memoOf(5), "publish")))?.code).toBe("VALIDATION");
  });

  it("lets the cohort's instructor grade with the rubric, keeps every regrade, and notifies the learner", async () => {
    const { instructor, learner } = await orgWithCohort("Alpha");
    const memoId = await submittedMemo(learner);
    expect((await listMemosToGrade(instructor)).map((m) => m.id)).toContain(memoId);

    const first = await gradeMemo(instructor, memoId, { scope: "1", registration: "1", duty: "0", recommendation: "1" }, comment);
    expect(first).toMatchObject({ points: 6, maxPoints: 16 });
    await gradeMemo(instructor, memoId, FULL_MARKS, comment);
    const { submission } = await getOwnMemo(learner, ASSIGNMENT);
    expect(submission?.reviews.map((r) => r.points)).toEqual([16, 6]);
    expect(await db.prisma.notification.count({ where: { userId: learner.id, kind: "GRADED" } })).toBe(2);
  });

  it("hides memos from other organizations' staff and from learners, as not found", async () => {
    const alpha = await orgWithCohort("Beta");
    const other = await orgWithCohort("Gamma");
    const memoId = await submittedMemo(alpha.learner);
    for (const outsider of [other.instructor, other.learner, alpha.learner]) {
      expect((await errorOf(getMemoForGrading(outsider, memoId)))?.code).toBe("NOT_FOUND");
      expect((await errorOf(gradeMemo(outsider, memoId, FULL_MARKS, comment)))?.code).toBe("NOT_FOUND");
      expect((await listMemosToGrade(outsider)).map((m) => m.id)).not.toContain(memoId);
    }
    const admin = await createLearner({ role: "PLATFORM_ADMIN" });
    await expect(getMemoForGrading(admin, memoId)).resolves.toMatchObject({ id: memoId });
  });

  it("asks for a level on every criterion", async () => {
    const { instructor, learner } = await orgWithCohort("Delta");
    const memoId = await submittedMemo(learner);
    const error = await errorOf(gradeMemo(instructor, memoId, { scope: "1" }, comment));
    expect(error?.code).toBe("VALIDATION");
    expect(Object.keys(error?.fieldErrors ?? {}).sort()).toEqual(["duty", "recommendation", "registration"]);
  });
});
