/** Changes an org admin makes after a cohort exists: module deadlines, the invite code, new staff. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authorize";
import { addOrgMember } from "@/server/services/add-org-member";
import { authenticate } from "@/server/services/authenticate";
import { extendDeadline } from "@/server/services/extend-deadline";
import { getCohortDashboard } from "@/server/services/get-cohort-dashboard";
import { getOrganization } from "@/server/services/get-organization";
import { getCohortInvite, joinCohort } from "@/server/services/join-cohort";
import { listNotifications, markNotificationsRead } from "@/server/services/list-notifications";
import { refreshDeadlineReminders } from "@/server/services/refresh-deadline-reminders";
import { rotateInviteCode } from "@/server/services/rotate-invite-code";
import { setModuleDeadline } from "@/server/services/set-module-deadline";
import { getPasswordSetup, setPasswordWithToken } from "@/server/services/set-password-with-token";
import { freshTestDatabase } from "./support/test-database";
import { createLearner } from "./support/learners";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort, enroll, outcome, TRACK } from "./support/organizations";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
beforeAll(async () => {
  db = await freshTestDatabase();
});
afterAll(() => db.dispose());

const EU = `${TRACK}/eu-vat-ecommerce`;
const changes = async (learner: Actor) => (await listNotifications(learner)).filter((n) => n.kind === "DEADLINE_CHANGED");

describe("editing module deadlines", () => {
  it("moves a deadline, audits it, and the dashboard's 'behind' follows the new date", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Deadline U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const learner = await createLearner();
    await enroll(cohortId, learner);
    const now = new Date("2026-10-05T12:00:00Z");
    const eu = async () => (await getCohortDashboard(org.admin, cohortId, now)).learners[0]!.standings.find((s) => s.moduleId === "eu-vat-ecommerce")!;
    expect(await eu()).toMatchObject({ behind: true });

    const change = await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-10-15" });
    expect(change).toMatchObject({ from: new Date("2026-10-01T23:59:59.999Z"), to: new Date("2026-10-15T23:59:59.999Z"), learnersNotified: 1 });
    expect(await eu()).toMatchObject({ behind: false });
    const dashboard = await getCohortDashboard(org.admin, cohortId, now);
    expect(dashboard.modules.find((m) => m.key === EU)!.dueAt).toEqual(new Date("2026-10-15T23:59:59.999Z"));
    expect(dashboard.deadlineChanges[0]).toMatchObject({ moduleId: "eu-vat-ecommerce", from: new Date("2026-10-01T23:59:59.999Z"), to: new Date("2026-10-15T23:59:59.999Z"), actorName: org.admin.name });

    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { subject: `cohort:${cohortId}`, action: "cohort.deadline.set" } });
    expect(audit).toMatchObject({ actorId: org.admin.id, detail: { trackId: TRACK, moduleId: "eu-vat-ecommerce", from: "2026-10-01T23:59:59.999Z", to: "2026-10-15T23:59:59.999Z" } });

    // Earlier again: behind again; the reminder for the new date is a new reminder.
    await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-10-02" });
    expect(await eu()).toMatchObject({ behind: true });
    expect(await refreshDeadlineReminders(learner, new Date("2026-10-01T00:00:00Z"))).toBeGreaterThan(0);
  });

  it("sets a deadline on a module that had none, and clears one", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Set Clear U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id, { deadlines: {} });
    const learner = await createLearner();
    await enroll(cohortId, learner);
    expect(await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-11-01" })).toMatchObject({ from: null, to: new Date("2026-11-01T23:59:59.999Z") });
    expect((await changes(learner))[0]!.data).toMatchObject({ from: null, to: "2026-11-01T23:59:59.999Z" });
    await markNotificationsRead(learner);

    expect(await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "" })).toMatchObject({ to: null });
    expect(await db.prisma.moduleDeadline.count({ where: { cohortId } })).toBe(0);
    expect((await getCohortDashboard(org.admin, cohortId)).modules.find((m) => m.key === EU)!.dueAt).toBeNull();
    const notices = await changes(learner);
    expect(notices).toHaveLength(2);
    expect(notices[0]!.data).toMatchObject({ from: "2026-11-01T23:59:59.999Z", to: null });
  });

  it("keeps one unread notice per learner and module, withdraws it when the date goes back, and skips learners with an extension", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Dedupe U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const learner = await createLearner();
    const extended = await createLearner();
    await enroll(cohortId, learner);
    await enroll(cohortId, extended);
    await extendDeadline(org.instructor, cohortId, extended.id, { module: EU, dueOn: "2026-10-30", reason: "Exchange semester" });

    await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-10-10" });
    await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-10-12" });
    const [notice, ...more] = await changes(learner);
    expect(more).toHaveLength(0);
    expect(notice!.data).toMatchObject({ from: "2026-10-01T23:59:59.999Z", to: "2026-10-12T23:59:59.999Z" });
    expect(await changes(extended)).toHaveLength(0);

    // Back to the date the learner knew: nothing changed for them, so the notice goes.
    expect(await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-10-01" })).toMatchObject({ learnersNotified: 0 });
    expect(await changes(learner)).toHaveLength(0);
    // Saving the same date again is no change at all: no audit, no notice.
    const audits = await db.prisma.auditEvent.count({ where: { subject: `cohort:${cohortId}`, action: "cohort.deadline.set" } });
    await setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "2026-10-01" });
    expect(await db.prisma.auditEvent.count({ where: { subject: `cohort:${cohortId}`, action: "cohort.deadline.set" } })).toBe(audits);
  });

  it("refuses instructors, modules outside the cohort and bad dates", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Refuse U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    expect(await outcome(() => setModuleDeadline(org.instructor, cohortId, { module: EU, dueOn: "2026-10-15" }))).toBe("FORBIDDEN");
    expect(await outcome(() => setModuleDeadline(org.admin, cohortId, { module: "other-track/some-module", dueOn: "2026-10-15" }))).toBe("VALIDATION");
    expect(await outcome(() => setModuleDeadline(org.admin, cohortId, { module: `${TRACK}/no-such-module`, dueOn: "2026-10-15" }))).toBe("VALIDATION");
    expect(await outcome(() => setModuleDeadline(org.admin, cohortId, { module: EU, dueOn: "15/10/2026" }))).toBe("VALIDATION");
    expect((await db.prisma.moduleDeadline.findFirstOrThrow({ where: { cohortId, moduleId: "eu-vat-ecommerce" } })).dueAt).toEqual(new Date("2026-10-01T23:59:59.999Z"));
  });
});

describe("rotating the invite code", () => {
  it("kills the old code at once, keeps enrolled learners, and is audited", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Rotate U");
    const { id: cohortId } = await createTestCohort(org.admin, org.id);
    const { inviteCode: old } = await db.prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    const early = await createLearner();
    await joinCohort(early, old);

    const { inviteCode } = await rotateInviteCode(org.admin, cohortId);
    expect(inviteCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(inviteCode).not.toBe(old);
    expect(await outcome(() => getCohortInvite(old))).toBe("NOT_FOUND");
    const late = await createLearner();
    expect(await outcome(() => joinCohort(late, old))).toBe("NOT_FOUND");
    expect(await joinCohort(await createLearner(), inviteCode)).toMatchObject({ cohortId, joined: true });
    expect(await db.prisma.enrollment.count({ where: { cohortId, userId: early.id } })).toBe(1);
    expect(await db.prisma.auditEvent.findFirstOrThrow({ where: { subject: `cohort:${cohortId}`, action: "cohort.invite.rotate" } })).toMatchObject({ actorId: org.admin.id, detail: { previous: old } });
    expect(await outcome(() => rotateInviteCode(org.instructor, cohortId))).toBe("FORBIDDEN");
  });
});

describe("adding staff who have no account yet", () => {
  it("creates a passwordless account with the membership and a one-time set-password link", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Staff U");
    const added = await addOrgMember(org.admin, org.id, { email: "New.Teacher@uni.test", role: "INSTRUCTOR", name: "New Teacher" });
    expect(added.setupToken).toEqual(expect.any(String));
    await expect(authenticate({ email: "new.teacher@uni.test", password: "anything-123" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const members = (await getOrganization(org.admin, org.id)).memberships;
    expect(members.find((m) => m.user.id === added.userId)).toMatchObject({ role: "INSTRUCTOR", user: { email: "new.teacher@uni.test", unclaimed: true } });
    expect(JSON.stringify(members)).not.toContain("passwordHash");

    expect(await getPasswordSetup(added.setupToken!)).toMatchObject({ email: "new.teacher@uni.test", name: "New Teacher" });
    await setPasswordWithToken(added.setupToken!, "Teacher-pass-2026");
    const teacher = await authenticate({ email: "new.teacher@uni.test", password: "Teacher-pass-2026" });
    expect((await getOrganization(teacher, org.id)).viewerRole).toBe("INSTRUCTOR");
    expect(await db.prisma.auditEvent.findFirstOrThrow({ where: { subject: `organization:${org.id}`, action: "organization.member.add", detail: { path: ["userId"], equals: added.userId } } })).toMatchObject({
      detail: { role: "INSTRUCTOR", accountCreated: true },
    });
  });

  it("simply adds (or re-roles) a person who has an account, with no link", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Existing Staff U");
    const person = await createLearner();
    const added = await addOrgMember(org.admin, org.id, { email: person.email, role: "INSTRUCTOR", name: "Ignored Name" });
    expect(added).toEqual({ userId: person.id });
    expect(await addOrgMember(org.admin, org.id, { email: person.email, role: "ORG_ADMIN" })).toEqual({ userId: person.id });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: person.id }, include: { orgMemberships: true } });
    expect(user).toMatchObject({ name: person.name, passwordHash: "scrypt$unused", orgMemberships: [{ role: "ORG_ADMIN" }] });
    expect(await db.prisma.passwordSetupToken.count({ where: { userId: person.id } })).toBe(0);
  });

  it("asks for a name when no account uses the email, and writes nothing", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Nameless U");
    const error = await addOrgMember(org.admin, org.id, { email: "nameless@uni.test", role: "INSTRUCTOR" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { name: ["No account uses this email yet. Enter the person's name to create one."] } });
    expect(await db.prisma.user.count({ where: { email: "nameless@uni.test" } })).toBe(0);
  });

  it("writes neither account nor membership when the transaction fails half-way", async () => {
    const org = await createOrgWithStaff(await createPlatformAdmin(), "Atomic Staff U");
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "OrgMembership" ADD CONSTRAINT "no_admin_test" CHECK ("role" <> 'ORG_ADMIN') NOT VALID`);
    try {
      const error = await addOrgMember(org.admin, org.id, { email: "half@uni.test", role: "ORG_ADMIN", name: "Half Way" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
    } finally {
      await db.prisma.$executeRawUnsafe(`ALTER TABLE "OrgMembership" DROP CONSTRAINT "no_admin_test"`);
    }
    expect(await db.prisma.user.count({ where: { email: "half@uni.test" } })).toBe(0);
    expect(await db.prisma.passwordSetupToken.count({ where: { user: { email: "half@uni.test" } } })).toBe(0);
  });
});
