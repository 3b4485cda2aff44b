import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "@/server/content/load-content";
import { completeLesson } from "@/server/services/complete-lesson";
import { extendDeadline } from "@/server/services/extend-deadline";
import { exportCohortCsv } from "@/server/services/export-cohort-csv";
import { getCohortDashboard } from "@/server/services/get-cohort-dashboard";
import { getCohortLearner } from "@/server/services/get-cohort-learner";
import { getMyCohorts } from "@/server/services/get-my-cohorts";
import { importRoster } from "@/server/services/import-roster";
import { getCohortInvite, joinCohort } from "@/server/services/join-cohort";
import { listNotifications } from "@/server/services/list-notifications";
import { refreshDeadlineReminders } from "@/server/services/refresh-deadline-reminders";
import { removeOrgMember } from "@/server/services/remove-org-member";
import { getPasswordSetup, setPasswordWithToken } from "@/server/services/set-password-with-token";
import { authenticate } from "@/server/services/authenticate";
import { notify } from "@/server/notifications/notify";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation } from "./support/learners";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort, enroll, outcome, TRACK } from "./support/organizations";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const ROSTER = ["email,name,student_id", "amy@uni.test,Amy Chen,S-1", "not-an-email,Bad,S-2", "bo@uni.test,,S-3", "AMY@uni.test,Amy Again,S-4", "cai@uni.test,Cai Lun,"].join("\n");

describe("roster import", () => {
  it("imports the good rows, reports the bad ones by row, and creates unclaimed accounts with one-time links", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Roster U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const report = await importRoster(org.admin, cohortId, ROSTER);
    expect(report.enrolled).toBe(2);
    expect(report.problems).toEqual([
      { row: 3, email: "not-an-email", reason: "Enter a valid email address" },
      { row: 4, email: "bo@uni.test", reason: "Enter the learner's name" },
      { row: 5, email: "amy@uni.test", reason: "Same email as row 2" },
    ]);
    expect(report.accountsCreated.map((a) => a.email)).toEqual(["amy@uni.test", "cai@uni.test"]);

    // The account cannot sign in until its owner sets a password through the link; the link works once.
    await expect(authenticate({ email: "amy@uni.test", password: "anything-123" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const token = report.accountsCreated[0]!.setupToken;
    expect(await getPasswordSetup(token)).toMatchObject({ email: "amy@uni.test", name: "Amy Chen" });
    await setPasswordWithToken(token, "Amy-new-pass-2026");
    expect(await authenticate({ email: "amy@uni.test", password: "Amy-new-pass-2026" })).toMatchObject({ email: "amy@uni.test" });
    expect(await outcome(() => setPasswordWithToken(token, "Another-pass-2026"))).toBe("NOT_FOUND");

    // Each new learner is told about the assignment.
    const amy = await db.prisma.user.findUniqueOrThrow({ where: { email: "amy@uni.test" } });
    expect((await listNotifications({ ...amy })).map((n) => n.kind)).toEqual(["ENROLLED"]);
  });

  it("imports the same file twice without duplicating accounts, enrollments or notifications", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Twice U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const csv = "email,name\ntwice1@uni.test,One\ntwice2@uni.test,Two\n";
    await importRoster(org.admin, cohortId, csv);
    const again = await importRoster(org.admin, cohortId, csv);
    expect(again).toMatchObject({ enrolled: 0, alreadyEnrolled: 2, accountsCreated: [] });
    expect(await db.prisma.enrollment.count({ where: { cohortId } })).toBe(2);
    expect(await db.prisma.user.count({ where: { email: { in: ["twice1@uni.test", "twice2@uni.test"] } } })).toBe(2);
    expect(await db.prisma.notification.count({ where: { user: { email: "twice1@uni.test" } } })).toBe(1);
  });

  it("invites people who already have an account instead of enrolling them, without touching their account", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Existing U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const existing = await createLearner();
    const report = await importRoster(org.admin, cohortId, `email,name\n${existing.email},Someone Else`);
    expect(report).toMatchObject({ enrolled: 0, invited: 1, accountsCreated: [] });
    expect(await db.prisma.enrollment.count({ where: { cohortId } })).toBe(0);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ passwordHash: "scrypt$unused", name: existing.name });
    expect((await listNotifications(existing)).map((n) => n.kind)).toEqual(["INVITED"]);
  });

  it("writes nothing when the file itself is unreadable", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Broken U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    expect(await outcome(() => importRoster(org.admin, cohortId, 'email,name\n"broken@uni.test,Open quote'))).toBe("VALIDATION");
    expect(await db.prisma.enrollment.count({ where: { cohortId } })).toBe(0);
  });

  it("rolls back every row when the transaction fails half-way", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Rollback U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    // A constraint only the second row breaks: the enrollment insert fails after the accounts were
    // created in the same transaction, so they must be rolled back too.
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Enrollment" ADD CONSTRAINT "no_z" CHECK ("studentId" IS DISTINCT FROM 'Z-FAIL')`);
    try {
      const error = await importRoster(org.admin, cohortId, "email,name,student_id\nrb1@uni.test,One,A\nrb2@uni.test,Two,Z-FAIL").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "Enrollment" DROP CONSTRAINT "no_z"`);
    }
    expect(await db.prisma.user.count({ where: { email: { in: ["rb1@uni.test", "rb2@uni.test"] } } })).toBe(0);
    expect(await db.prisma.enrollment.count({ where: { cohortId } })).toBe(0);
  });
});

describe("joining by invite code", () => {
  it("enrolls once, notifies once, and shows the cohort to the learner", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Invite U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id, { name: "Invited" });
    const { inviteCode } = await db.prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    const learner = await createLearner();
    expect(await getCohortInvite(inviteCode.toLowerCase())).toMatchObject({ name: "Invited" });
    expect(await joinCohort(learner, inviteCode)).toEqual({ cohortId, joined: true });
    expect(await joinCohort(learner, inviteCode)).toEqual({ cohortId, joined: false });
    expect((await listNotifications(learner)).length).toBe(1);
    expect((await getMyCohorts(learner)).map((c) => c.name)).toEqual(["Invited"]);
    expect(await outcome(() => joinCohort(learner, "NOTACODE00"))).toBe("NOT_FOUND");
  });
});

describe("dashboard", () => {
  it("shows progress per module, who is behind (honouring extensions), certificates and misconceptions", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Dashboard U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const diligent = await createLearner({ name: "Diligent" });
    const late = await createLearner({ name: "Late" });
    const excused = await createLearner({ name: "Excused" });
    for (const l of [diligent, late, excused]) await enroll(cohortId, l);
    const module = loadCatalog().track(TRACK)!.moduleList.find((m) => m.id === "eu-vat-ecommerce")!;
    for (const lesson of module.lessonList) await completeLesson(diligent, TRACK, lesson.id);
    for (const simulationId of module.simulations) await passSimulation(diligent, TRACK, simulationId, new Date("2026-09-20T10:00:00Z"));
    await completeLesson(late, TRACK, module.lessonList[0]!.id);
    await extendDeadline(org.instructor, cohortId, excused.id, { module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-10-20", reason: "Medical leave" });

    const now = new Date("2026-10-05T12:00:00Z");
    const dashboard = await getCohortDashboard(org.instructor, cohortId, now);
    const row = (name: string) => dashboard.learners.find((l) => l.name === name)!;
    const eu = (name: string) => row(name).standings.find((s) => s.moduleId === "eu-vat-ecommerce")!;
    expect(eu("Diligent")).toMatchObject({ complete: true, behind: false, lessonsRead: module.lessonList.length });
    expect(eu("Late")).toMatchObject({ complete: false, behind: true, lessonsRead: 1 });
    expect(eu("Excused")).toMatchObject({ behind: false, extended: true });
    expect(dashboard.totals).toMatchObject({ learners: 3, behind: 1 });
    expect(dashboard.learners[0]!.name).toBe("Late");
    expect(dashboard.moduleSummary.find((m) => m.key === `${TRACK}/eu-vat-ecommerce`)).toMatchObject({ complete: 1, behind: 1 });
    expect(dashboard.timeline.at(-1)!.share).toBeGreaterThan(0);
    expect(dashboard.timeline[0]!.day).toBe("2026-09-01");

    // The extension is in the learner's audit trail with who granted it and why.
    const drill = await getCohortLearner(org.admin, cohortId, excused.id, now);
    expect(drill.trail[0]).toMatchObject({ action: "cohort.deadline.extend", actorName: org.instructor.name, detail: { reason: "Medical leave", to: "2026-10-20T23:59:59.999Z" } });
  });

  it("counts misconception codes per simulation with the simulation's bilingual note", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Misconception U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const learner = await createLearner();
    await enroll(cohortId, learner);
    const simulation = loadCatalog().simulation("eu-import-vat-low-value")!;
    const code = Object.keys(simulation.misconceptions)[0]!;
    await db.prisma.attempt.createMany({
      data: [1, 2].map((number) => ({
        userId: learner.id, trackId: TRACK, simulationId: simulation.id, simulationVersion: 1, number, seed: BigInt(number), params: {},
        score: 0.4, misconceptions: [code], submittedAt: new Date(),
      })),
    });
    const dashboard = await getCohortDashboard(org.admin, cohortId);
    const entry = dashboard.misconceptions.find((m) => m.simulationId === simulation.id)!;
    expect(entry.top[0]).toEqual({ code, count: 2, note: simulation.misconceptions[code] });
  });

  it("exports what it shows as CSV, with formula-looking names neutralised", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Export U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    await importRoster(org.admin, cohortId, 'email,name,student_id\nevil@uni.test,"=HYPERLINK(""http://x"",""y"")",-1');
    const { csv, filename } = await exportCohortCsv(org.admin, cohortId, "learners", "en");
    expect(filename).toMatch(/^spring-cohort-learners-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, line] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toContain(`${TRACK}/eu-vat-ecommerce status`);
    expect(line).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(line!.startsWith("'-1,")).toBe(true);
    for (const part of ["misconceptions", "timeline"]) expect((await exportCohortCsv(org.admin, cohortId, part, "zh")).csv.length).toBeGreaterThan(0);
    expect(await outcome(() => exportCohortCsv(org.admin, cohortId, "passwords", "en"))).toBe("VALIDATION");
  });
});

describe("notifications", () => {
  it("reminds a learner of a deadline within three days once, using their extension when they have one", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Reminder U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const learner = await createLearner();
    const other = await createLearner();
    await enroll(cohortId, learner);
    await enroll(cohortId, other);
    const now = new Date("2026-09-29T09:00:00Z");
    expect(await refreshDeadlineReminders(learner, now)).toBe(1);
    await refreshDeadlineReminders(learner, now);
    expect((await listNotifications(learner)).filter((n) => n.kind === "DEADLINE_APPROACHING")).toHaveLength(1);

    await extendDeadline(org.admin, cohortId, other.id, { module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-10-30", reason: "Joined late" });
    expect(await refreshDeadlineReminders(other, now)).toBe(0);
    expect(await refreshDeadlineReminders(other, new Date("2026-10-29T09:00:00Z"))).toBe(1);
  });

  it("does not remind a learner of a module they have already completed", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Done U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const learner = await createLearner();
    await enroll(cohortId, learner);
    const module = loadCatalog().track(TRACK)!.moduleList.find((m) => m.id === "eu-vat-ecommerce")!;
    for (const lesson of module.lessonList) await completeLesson(learner, TRACK, lesson.id);
    for (const simulationId of module.simulations) await passSimulation(learner, TRACK, simulationId);
    expect(await refreshDeadlineReminders(learner, new Date("2026-09-29T09:00:00Z"))).toBe(0);
  });

  it("offers notify() for other features (graded memos), idempotent with a key", async () => {
    const learner = await createLearner();
    await notify(learner.id, "GRADED", { title: "EU VAT memo", score: 0.9 }, { dedupeKey: "memo:1:v1" });
    await notify(learner.id, "GRADED", { title: "EU VAT memo", score: 0.9 }, { dedupeKey: "memo:1:v1" });
    expect(await listNotifications(learner)).toHaveLength(1);
  });
});

describe("members", () => {
  it("never removes the last admin", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Members U");
    expect(await outcome(() => removeOrgMember(org.admin, org.id, org.admin.id))).toBe("CONFLICT");
    expect(await outcome(() => removeOrgMember(org.admin, org.id, org.instructor.id))).toBe("ok");
  });
});
