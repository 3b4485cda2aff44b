/**
 * Organizations stay apart (issue 10, findings 2 and 3): an unclaimed account belongs to the
 * organization that created it; enrolling anyone else is an invitation the learner answers; a
 * certificate is revocable by, and shown to, only the organization whose cohort it was earned in.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/authorize";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2999-01-01T00:00:00Z" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { answerInvitationAction } from "@/app/[lang]/cohorts/actions";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { answerCohortInvitation } from "@/server/services/answer-cohort-invitation";
import { createPasswordSetupLink } from "@/server/services/create-password-setup-link";
import { exportCohortCsv } from "@/server/services/export-cohort-csv";
import { getCohortDashboard } from "@/server/services/get-cohort-dashboard";
import { getCohortLearner } from "@/server/services/get-cohort-learner";
import { getMyCohorts } from "@/server/services/get-my-cohorts";
import { getMyInvitations } from "@/server/services/get-my-invitations";
import { importRoster } from "@/server/services/import-roster";
import { joinCohort } from "@/server/services/join-cohort";
import { listNotifications } from "@/server/services/list-notifications";
import { revokeCredential } from "@/server/services/revoke-credential";
import { searchCredentials } from "@/server/services/search-credentials";
import { setPasswordWithToken } from "@/server/services/set-password-with-token";
import { issueTestCredential } from "./support/credentials";
import { createLearner, passSimulation } from "./support/learners";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort, enroll, outcome, TRACK } from "./support/organizations";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let platform: Actor;
let a: Awaited<ReturnType<typeof createOrgWithStaff>>, b: Awaited<ReturnType<typeof createOrgWithStaff>>;
let cohortA: string, cohortB: string;

beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
  platform = await createPlatformAdmin();
  a = await createOrgWithStaff(platform, "Org A");
  b = await createOrgWithStaff(platform, "Org B");
  cohortA = (await createTestCohort(a.admin, a.id, { name: "A cohort" })).id;
  cohortB = (await createTestCohort(b.admin, b.id, { name: "B cohort" })).id;
});
afterAll(() => db.dispose());

const userByEmail = (email: string) => db.prisma.user.findUniqueOrThrow({ where: { email } });
const tokensOf = (userId: string) => db.prisma.passwordSetupToken.count({ where: { userId } });
const invitationOf = (cohortId: string, email: string) => db.prisma.cohortInvitation.findUniqueOrThrow({ where: { cohortId_email: { cohortId, email } } });

describe("an unclaimed account belongs to the organization that created it", () => {
  it("another organization importing it gets no link and no enrollment, only an invitation", async () => {
    const made = await importRoster(a.admin, cohortA, "email,name\nunclaimed1@uni.test,Una Claimed");
    expect(made.accountsCreated).toHaveLength(1);
    const user = await userByEmail("unclaimed1@uni.test");
    expect(user.createdByOrganizationId).toBe(a.id);
    const tokens = await tokensOf(user.id);

    const report = await importRoster(b.admin, cohortB, "email,name,student_id\nunclaimed1@uni.test,Taken Over,B-7");
    expect(report).toMatchObject({ enrolled: 0, invited: 1, accountsCreated: [] });
    expect(await tokensOf(user.id)).toBe(tokens);
    expect(await db.prisma.enrollment.count({ where: { cohortId: cohortB, userId: user.id } })).toBe(0);
    expect(await invitationOf(cohortB, "unclaimed1@uni.test")).toMatchObject({ status: "INVITED", userId: user.id, studentId: "B-7" });
    expect((await userByEmail("unclaimed1@uni.test")).name).toBe("Una Claimed");

    // Not enrolled in org B's cohort, so no link from there, not even through a platform admin.
    for (const actor of [b.admin, platform]) expect(await outcome(() => createPasswordSetupLink(actor, cohortB, user.id))).toBe("NOT_FOUND");
    expect(await tokensOf(user.id)).toBe(tokens);
    // Org B's dashboard shows the email it typed and "invited", nothing of the account.
    const dashboard = await getCohortDashboard(b.admin, cohortB);
    expect(dashboard.learners).toEqual([]);
    expect(dashboard.invitations).toEqual([{ email: "unclaimed1@uni.test", invitedAt: expect.any(Date) }]);
    expect(JSON.stringify(dashboard)).not.toContain("Una Claimed");
    // The organization that made it still can.
    expect(await outcome(() => createPasswordSetupLink(a.admin, cohortA, user.id))).toBe("ok");
  });

  it("refuses a set-password link to an organization that enrolled another's unclaimed account before the fix", async () => {
    await importRoster(a.admin, cohortA, "email,name\nunclaimed2@uni.test,Old Import");
    const user = await userByEmail("unclaimed2@uni.test");
    await enroll(cohortB, { ...user }); // as the old roster import did
    const tokens = await tokensOf(user.id);
    for (const actor of [b.admin, platform]) expect(await outcome(() => createPasswordSetupLink(actor, cohortB, user.id))).toBe("FORBIDDEN");
    expect(await tokensOf(user.id)).toBe(tokens);
    // The drill-down offers the button only where it works.
    expect((await getCohortLearner(b.admin, cohortB, user.id)).learner).toMatchObject({ unclaimed: true, setupLinkAllowed: false });
    expect((await getCohortLearner(a.admin, cohortA, user.id)).learner).toMatchObject({ unclaimed: true, setupLinkAllowed: true });
  });

  it("once its owner has set a password, not even the creating organization enrolls it without asking", async () => {
    const made = await importRoster(a.admin, cohortA, "email,name\nclaims@uni.test,Will Claim");
    await setPasswordWithToken(made.accountsCreated[0]!.setupToken, "Claimed-pass-2026");
    expect((await userByEmail("claims@uni.test")).createdByOrganizationId).toBeNull();
    const second = (await createTestCohort(a.admin, a.id, { name: "A second cohort" })).id;
    expect(await importRoster(a.admin, second, "email,name\nclaims@uni.test,Will Claim")).toMatchObject({ enrolled: 0, invited: 1, accountsCreated: [] });
  });
});

describe("enrolling an existing account is an invitation the learner answers", () => {
  let learner: Actor;
  beforeAll(async () => {
    // Studied and certified with org A first; part of the work predates every cohort.
    learner = await createLearner({ name: "Lee Private" });
    await enroll(cohortA, learner);
    await passSimulation(learner, TRACK, "eu-import-vat-low-value", new Date("2026-05-01T10:00:00Z"));
    expect((await issueTestCredential(learner)).cohortId).toBe(cohortA);
  });

  it("keeps the invited learner invisible to the organization until they accept; accepting shows them", async () => {
    const report = await importRoster(b.admin, cohortB, `email,name,student_id\n${learner.email},Typed Name,B-1`);
    expect(report).toMatchObject({ enrolled: 0, invited: 1, alreadyEnrolled: 0 });

    const before = await getCohortDashboard(b.instructor, cohortB);
    expect(before.learners.some((l) => l.userId === learner.id)).toBe(false);
    expect(before.invitations.map((i) => i.email)).toContain(learner.email);
    expect(JSON.stringify(before)).not.toContain("Lee Private");
    const { csv } = await exportCohortCsv(b.admin, cohortB, "learners", "en");
    const line = csv.split("\r\n").find((l) => l.includes(learner.email))!;
    expect(line.startsWith(`,,${learner.email},invited,`)).toBe(true);
    expect(csv).not.toContain("Lee Private");
    for (const staff of [b.admin, b.instructor]) expect(await outcome(() => getCohortLearner(staff, cohortB, learner.id))).toBe("NOT_FOUND");

    // The learner sees the invitation in the app and is told about it.
    const [invitation] = await getMyInvitations(learner);
    expect(invitation).toMatchObject({ cohortName: "B cohort", organizationName: "Org B" });
    expect((await listNotifications(learner)).map((n) => n.kind)).toContain("INVITED");

    expect(await answerCohortInvitation(learner, { invitationId: invitation!.id, answer: "accept" })).toEqual({ cohortId: cohortB, status: "ACCEPTED" });
    const after = await getCohortDashboard(b.instructor, cohortB);
    const row = after.learners.find((l) => l.userId === learner.id)!;
    expect(row).toMatchObject({ name: "Lee Private", studentId: "B-1", certificates: [], attempts: 0 });
    expect(after.invitations.map((i) => i.email)).not.toContain(learner.email);
    // Org B sees only what was earned for it: not org A's certificate, not the work from before its cohort.
    const drill = await getCohortLearner(b.admin, cohortB, learner.id);
    expect(drill.credentials).toEqual([]);
    expect(drill.modules.flatMap((m) => m.attempts)).toEqual([]);
    // Org A still sees the certificate earned with it.
    expect((await getCohortDashboard(a.admin, cohortA)).learners.find((l) => l.userId === learner.id)!.certificates).toHaveLength(1);
    expect((await getMyCohorts(learner)).map((c) => c.id)).toContain(cohortB);
    expect(await getMyInvitations(learner)).toEqual([]);
  });

  it("declining removes the learner from the organization's view, enrolls nobody and is not re-sent", async () => {
    const other = await createLearner({ name: "Dee Clines" });
    await importRoster(b.admin, cohortB, `email,name\n${other.email},Dee`);
    const [invitation] = await getMyInvitations(other);
    expect(await answerCohortInvitation(other, { invitationId: invitation!.id, answer: "decline" })).toEqual({ cohortId: cohortB, status: "DECLINED" });
    expect((await getCohortDashboard(b.admin, cohortB)).invitations.map((i) => i.email)).not.toContain(other.email);
    expect(await db.prisma.enrollment.count({ where: { userId: other.id } })).toBe(0);
    expect(await getMyInvitations(other)).toEqual([]);
    expect(await importRoster(b.admin, cohortB, `email,name\n${other.email},Dee`)).toMatchObject({ enrolled: 0, invited: 0, alreadyInvited: 1 });
    expect((await listNotifications(other)).filter((n) => n.kind === "INVITED")).toHaveLength(1);
  });

  it("joining with the invite code is consent and answers the invitation", async () => {
    const joiner = await createLearner();
    await importRoster(b.admin, cohortB, `email,name\n${joiner.email},Joiner`);
    const { inviteCode } = await db.prisma.cohort.findUniqueOrThrow({ where: { id: cohortB } });
    await joinCohort(joiner, inviteCode);
    expect(await invitationOf(cohortB, joiner.email)).toMatchObject({ status: "ACCEPTED" });
    expect((await getCohortDashboard(b.admin, cohortB)).invitations.map((i) => i.email)).not.toContain(joiner.email);
  });
});

describe("answering an invitation: hostile input", () => {
  let invited: Actor, stranger: Actor, invitationId: string;
  beforeAll(async () => {
    invited = await createLearner();
    stranger = await createLearner();
    await importRoster(b.admin, cohortB, `email,name\n${invited.email},Invited`);
    invitationId = (await invitationOf(cohortB, invited.email)).id;
  });
  const snapshot = () =>
    Promise.all([db.prisma.enrollment.count(), db.prisma.cohortInvitation.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }), db.prisma.auditEvent.count()]);

  it("refuses another person's invitation, the organization's own staff, malformed ids and answers, and writes nothing", async () => {
    const before = await snapshot();
    for (const actor of [stranger, b.admin, platform]) expect(await outcome(() => answerCohortInvitation(actor, { invitationId, answer: "accept" }))).toBe("NOT_FOUND");
    const badIds: unknown[] = ["", "x", "../../etc/passwd", "c".repeat(5000), `${invitationId}\u0000`, `\u202e${invitationId}`, invitationId.toUpperCase(), 42, null, undefined, {}, [invitationId]];
    for (const id of badIds) expect([id, await outcome(() => answerCohortInvitation(invited, { invitationId: id, answer: "accept" }))]).toEqual([id, "VALIDATION"]);
    for (const answer of ["maybe", "ACCEPT", 1, null]) expect(await outcome(() => answerCohortInvitation(invited, { invitationId, answer }))).toBe("VALIDATION");
    for (const raw of [null, "accept", 7]) expect(await outcome(() => answerCohortInvitation(invited, raw))).toBe("VALIDATION");
    expect(await outcome(() => answerCohortInvitation(invited, { invitationId: "cnotaninvitationid0000000", answer: "accept" }))).toBe("NOT_FOUND");
    expect(await snapshot()).toEqual(before);
  });

  it("the server action answers 4xx-style messages (never a crash) and writes nothing for anyone but the invitee", async () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.append(k, v);
      return data;
    };
    const before = await snapshot();
    session.userId = null;
    expect(await answerInvitationAction("en", null, form({ invitationId, answer: "accept" }))).toEqual({ ok: false, message: "Sign in to continue." });
    session.userId = stranger.id;
    expect(await answerInvitationAction("en", null, form({ invitationId, answer: "accept" }))).toEqual({ ok: false, message: "No such invitation." });
    session.userId = invited.id;
    expect(await answerInvitationAction("en", null, form({ invitationId: "' OR 1=1 --", answer: "accept" }))).toMatchObject({ ok: false, fieldErrors: { invitationId: ["Not an invitation id."] } });
    expect(await answerInvitationAction("en", null, new FormData())).toMatchObject({ ok: false, message: "This invitation could not be answered." });
    expect(await snapshot()).toEqual(before);

    expect(await answerInvitationAction("en", null, form({ invitationId, answer: "accept" }))).toEqual({ ok: true, data: undefined });
    expect(await answerInvitationAction("en", null, form({ invitationId, answer: "decline" }))).toEqual({ ok: false, message: "You have already answered this invitation." });
    expect(await db.prisma.enrollment.count({ where: { cohortId: cohortB, userId: invited.id } })).toBe(1);
  });
});

describe("a certificate belongs to the organization whose cohort it was earned in", () => {
  it("records at issuance the most recently joined cohort teaching the track, or none", async () => {
    const learner = await createLearner();
    expect((await issueTestCredential(learner)).cohortId).toBeNull();
    const other = (await createTestCohort(b.admin, b.id, { name: "Other track", trackIds: ["growth-engineer"], deadlines: {} })).id;
    await db.prisma.enrollment.create({ data: { cohortId: cohortA, userId: learner.id, source: "INVITE", enrolledAt: new Date("2026-09-01T00:00:00Z") } });
    await db.prisma.enrollment.create({ data: { cohortId: cohortB, userId: learner.id, source: "INVITE", enrolledAt: new Date("2026-10-01T00:00:00Z") } });
    await db.prisma.enrollment.create({ data: { cohortId: other, userId: learner.id, source: "INVITE", enrolledAt: new Date("2026-11-01T00:00:00Z") } });
    expect((await issueTestCredential(learner, TRACK, 1)).cohortId).toBe(cohortB);
  });

  it("lets an org admin revoke one earned in their cohort, never one earned elsewhere by a learner who also studies with them", async () => {
    const learner = await createLearner();
    await enroll(cohortA, learner);
    const earnedInA = await issueTestCredential(learner);
    await joinCohort(learner, (await db.prisma.cohort.findUniqueOrThrow({ where: { id: cohortB } })).inviteCode);

    expect(await outcome(() => revokeCredential(b.admin, { publicId: earnedInA.publicId, reason: "Not ours to revoke" }))).toBe("FORBIDDEN");
    expect((await searchCredentials(b.admin, learner.email)).map((c) => c.publicId)).toEqual([]);
    expect((await searchCredentials(a.admin, learner.email)).map((c) => c.publicId)).toEqual([earnedInA.publicId]);
    expect(await db.prisma.credential.count({ where: { publicId: earnedInA.publicId, revokedAt: { not: null } } })).toBe(0);
    expect(await outcome(() => revokeCredential(a.admin, { publicId: earnedInA.publicId, reason: "Misconduct in our cohort" }))).toBe("ok");
  });

  it("leaves a certificate earned outside any cohort to platform admins", async () => {
    const learner = await createLearner();
    const { publicId } = await issueTestCredential(learner);
    await enroll(cohortA, learner);
    expect(await outcome(() => revokeCredential(a.admin, { publicId, reason: "Earned before joining us" }))).toBe("FORBIDDEN");
    expect(await outcome(() => revokeCredential(platform, { publicId, reason: "Platform decision" }))).toBe("ok");
  });
});
