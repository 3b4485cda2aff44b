// Notifications are stored as facts and read in the reader's language: the sentence, the content
// titles and the dates are chosen when shown, including for rows written before this was so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "@/server/content/load-content";
import { notificationText } from "@/server/notifications/notification-text";
import { notify } from "@/server/notifications/notify";
import { gradeMemo } from "@/server/services/grade-memo";
import { listNotifications } from "@/server/services/list-notifications";
import { saveMemo } from "@/server/services/save-memo";
import { freshTestDatabase } from "./support/test-database";
import { createLearner } from "./support/learners";

const ASSIGNMENT = "eu-entry-compliance-memo";
const TRACK = "compliance-architect";
const MODULE = "eu-vat-ecommerce";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const assignment = () => loadCatalog().assignment(ASSIGNMENT)!;
const moduleTitle = () => loadCatalog().track(TRACK)!.moduleList.find((m) => m.id === MODULE)!.title;
const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const memoOf = (words: number) => JSON.stringify({ type: "doc", content: [paragraph(Array.from({ length: words }, (_, i) => `word${i}`).join(" "))] });

describe("notification text", () => {
  it("names a graded memo by the assignment's title in the reader's language", async () => {
    const org = await db.prisma.organization.create({ data: { name: "Text University", kind: "UNIVERSITY" } });
    const instructor = await createLearner({ role: "INSTRUCTOR" });
    await db.prisma.orgMembership.create({ data: { organizationId: org.id, userId: instructor.id, role: "INSTRUCTOR" } });
    const cohort = await db.prisma.cohort.create({
      data: { organizationId: org.id, name: "Text cohort", trackIds: [TRACK], startsOn: new Date("2026-09-01"), endsOn: new Date("2027-01-31"), inviteCode: `text-${Date.now()}` },
    });
    const learner = await createLearner();
    await db.prisma.enrollment.create({ data: { cohortId: cohort.id, userId: learner.id, source: "INVITE" } });
    await saveMemo(learner, ASSIGNMENT, memoOf(200), "submit");
    const memo = await db.prisma.memoSubmission.findUniqueOrThrow({ where: { userId_assignmentId: { userId: learner.id, assignmentId: ASSIGNMENT } } });
    await gradeMemo(instructor, memo.id, { scope: "2", registration: "2", duty: "2", recommendation: "2" }, JSON.stringify({ type: "doc", content: [paragraph("Good.")] }));

    const [graded] = await listNotifications(learner);
    expect(graded?.data).toMatchObject({ assignmentId: ASSIGNMENT });
    expect(notificationText(graded!, "zh")).toBe(`「${assignment().title.zh}」已评分。`);
    expect(notificationText(graded!, "en")).toBe(`${assignment().title.en} has been graded.`);
  });

  it("reads the assignment from the link of a graded row stored with its English title only", async () => {
    const learner = await createLearner();
    await notify(learner.id, "GRADED", { title: assignment().title.en, score: 0.5 }, { href: `/tracks/${TRACK}/assignments/${ASSIGNMENT}` });
    const [old] = await listNotifications(learner);
    expect(notificationText(old!, "zh")).toContain(assignment().title.zh);
  });

  it("falls back to the stored title for an assignment no longer in the content", () => {
    const row = { kind: "GRADED" as const, data: { title: "Retired memo" }, href: `/tracks/${TRACK}/assignments/retired-memo` };
    expect(notificationText(row, "zh")).toBe("「Retired memo」已评分。");
  });

  it("writes deadline changes with the module's title and dates in the reader's language, never an ISO instant", () => {
    const facts = { cohortId: "c1", cohortName: "秋季班", trackId: TRACK, moduleId: MODULE };
    const from = "2026-10-01T23:59:59.999Z";
    const to = "2026-10-08T23:59:59.999Z";
    const moved = notificationText({ kind: "DEADLINE_CHANGED", data: { ...facts, from, to }, href: "/cohorts" }, "zh");
    expect(moved).toBe(`「${moduleTitle().zh}」（秋季班）的截止日期由 2026年10月1日 改为 2026年10月8日。`);
    expect(notificationText({ kind: "DEADLINE_CHANGED", data: { ...facts, from: null, to }, href: null }, "en")).toBe(`${moduleTitle().en} (秋季班) is now due on Oct 8, 2026.`);
    expect(notificationText({ kind: "DEADLINE_CHANGED", data: { ...facts, from, to: null }, href: null }, "en")).toBe(`${moduleTitle().en} (秋季班) no longer has a deadline (it was Oct 1, 2026).`);
    expect(notificationText({ kind: "DEADLINE_APPROACHING", data: { ...facts, dueAt: to }, href: null }, "zh")).toBe(`「${moduleTitle().zh}」将于 2026年10月8日 截止（秋季班）。`);
  });

  it("shows a row with missing or malformed facts without failing or printing undefined", () => {
    for (const kind of ["ENROLLED", "INVITED", "DEADLINE_APPROACHING", "DEADLINE_CHANGED", "GRADED"] as const) {
      for (const data of [{}, { cohortName: 42, organizationName: ["x"], dueAt: "not a date", from: { a: 1 }, trackId: null, moduleId: "\u0000\u202e" }]) {
        const text = notificationText({ kind, data, href: "javascript:alert(1)" }, "zh");
        expect(text).not.toMatch(/undefined|null|\[object/);
      }
    }
  });
});
