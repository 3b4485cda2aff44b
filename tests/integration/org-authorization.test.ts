/**
 * Authorization matrix: every org-scoped page loader (service), server action and route, called as
 * each kind of person. Services take the acting user; actions and routes read the session, which
 * is mocked here so that the real `authorize()` runs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/authorize";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2999-01-01T00:00:00Z" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { addMemberAction, createCohortAction, removeMemberAction } from "@/app/[lang]/org/[orgId]/actions";
import { importRosterAction, rotateInviteCodeAction, setModuleDeadlineAction } from "@/app/[lang]/org/[orgId]/cohorts/[cohortId]/actions";
import { createSetupLinkAction, extendDeadlineAction } from "@/app/[lang]/org/[orgId]/cohorts/[cohortId]/learners/[userId]/actions";
import { createOrganizationAction } from "@/app/[lang]/admin/organizations/actions";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { answerCohortInvitation } from "@/server/services/answer-cohort-invitation";
import { revokeCredential } from "@/server/services/revoke-credential";
import { issueTestCredential } from "./support/credentials";
import { GET as exportRoute } from "@/app/api/org/cohorts/[cohortId]/export/route";
import { cohortsTaughtBy, canSeeCohort, organizationsOf } from "@/server/organizations/org-access";
import { addOrgMember } from "@/server/services/add-org-member";
import { createCohort } from "@/server/services/create-cohort";
import { createOrganization } from "@/server/services/create-organization";
import { createPasswordSetupLink } from "@/server/services/create-password-setup-link";
import { exportCohortCsv } from "@/server/services/export-cohort-csv";
import { extendDeadline } from "@/server/services/extend-deadline";
import { getCohortDashboard } from "@/server/services/get-cohort-dashboard";
import { getCohortLearner } from "@/server/services/get-cohort-learner";
import { getMyCohorts } from "@/server/services/get-my-cohorts";
import { getOrganization } from "@/server/services/get-organization";
import { importRoster } from "@/server/services/import-roster";
import { listNotifications } from "@/server/services/list-notifications";
import { removeOrgMember } from "@/server/services/remove-org-member";
import { rotateInviteCode } from "@/server/services/rotate-invite-code";
import { setModuleDeadline } from "@/server/services/set-module-deadline";
import { freshTestDatabase } from "./support/test-database";
import { createLearner } from "./support/learners";
import { addMember, createOrgWithStaff, createPlatformAdmin, createTestCohort, enroll, outcome, TRACK } from "./support/organizations";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
type Who = "platform admin" | "org A admin" | "org A instructor" | "org B admin" | "learner in org A cohort" | "unrelated learner";
let people: Record<Who, Actor>;
let orgA: string, orgB: string, cohortA: string, cohortB: string, learnerA: Actor, learnerB: Actor, unclaimedA: string;
/** Accounts org A's roster named but did not create: one has not answered, one accepted. */
let invited: Actor, accepted: Actor;

beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
  const platform = await createPlatformAdmin();
  const a = await createOrgWithStaff(platform, "Org A");
  const b = await createOrgWithStaff(platform, "Org B");
  orgA = a.id;
  orgB = b.id;
  cohortA = (await createTestCohort(a.admin, orgA)).id;
  cohortB = (await createTestCohort(b.admin, orgB)).id;
  learnerA = await createLearner({ name: "Learner A" });
  learnerB = await createLearner({ name: "Learner B" });
  await enroll(cohortA, learnerA);
  await enroll(cohortB, learnerB);
  const report = await importRoster(a.admin, cohortA, "email,name\nunclaimed-a@uni.test,Unclaimed A");
  unclaimedA = (await db.prisma.user.findUniqueOrThrow({ where: { email: report.accountsCreated[0]!.email } })).id;
  invited = await createLearner({ name: "Invited Only" });
  accepted = await createLearner({ name: "Accepted Later" });
  await importRoster(a.admin, cohortA, `email,name\n${invited.email},Invited\n${accepted.email},Accepted`);
  const [acceptance] = await db.prisma.cohortInvitation.findMany({ where: { userId: accepted.id } });
  await answerCohortInvitation(accepted, { invitationId: acceptance!.id, answer: "accept" });
  people = {
    "platform admin": platform,
    "org A admin": a.admin,
    "org A instructor": a.instructor,
    "org B admin": b.admin,
    "learner in org A cohort": learnerA,
    "unrelated learner": await createLearner(),
  };
});
afterAll(() => db.dispose());

const WHO: Who[] = ["platform admin", "org A admin", "org A instructor", "org B admin", "learner in org A cohort", "unrelated learner"];
const STAFF_READ = ["ok", "ok", "ok", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"];
const ADMIN_ONLY = ["ok", "ok", "FORBIDDEN", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"];

let counter = 0;
const throwaway = async () => createLearner({ email: `member${++counter}@example.test` });

// Each operation on org A's data, and what each person (in WHO order) must get.
const SERVICES: [string, (actor: Actor) => Promise<unknown>, string[]][] = [
  ["getOrganization (org page)", (actor) => getOrganization(actor, orgA), STAFF_READ],
  ["getCohortDashboard (dashboard page)", (actor) => getCohortDashboard(actor, cohortA), STAFF_READ],
  ["getCohortLearner (drill-down page)", (actor) => getCohortLearner(actor, cohortA, learnerA.id), STAFF_READ],
  ["exportCohortCsv", (actor) => exportCohortCsv(actor, cohortA, "learners", "en"), STAFF_READ],
  ["extendDeadline", (actor) => extendDeadline(actor, cohortA, learnerA.id, { module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-24", reason: "Matrix test" }), STAFF_READ],
  ["addOrgMember", async (actor) => addOrgMember(actor, orgA, { email: (await throwaway()).email, role: "INSTRUCTOR" }), ADMIN_ONLY],
  ["addOrgMember (no account yet)", (actor) => addOrgMember(actor, orgA, { email: `new-staff${++counter}@uni.test`, role: "INSTRUCTOR", name: "New Staff" }), ADMIN_ONLY],
  ["setModuleDeadline", (actor) => setModuleDeadline(actor, cohortA, { module: `${TRACK}/low-value-imports`, dueOn: `2026-12-${String(1 + (++counter % 28)).padStart(2, "0")}` }), ADMIN_ONLY],
  ["rotateInviteCode", (actor) => rotateInviteCode(actor, cohortA), ADMIN_ONLY],
  ["removeOrgMember", async (actor) => { const m = await throwaway(); await addMember(orgA, m, "INSTRUCTOR"); return removeOrgMember(actor, orgA, m.id); }, ADMIN_ONLY],
  ["createCohort", (actor) => createCohort(actor, orgA, { name: "Matrix cohort", trackIds: [TRACK], startsOn: "2026-01-01", endsOn: "2026-06-30" }), ADMIN_ONLY],
  ["importRoster", (actor) => importRoster(actor, cohortA, "email,name\nmatrix@uni.test,Matrix"), ADMIN_ONLY],
  ["createPasswordSetupLink", (actor) => createPasswordSetupLink(actor, cohortA, unclaimedA), ADMIN_ONLY],
  ["createOrganization", (actor) => createOrganization(actor, { name: "New Org", kind: "COMPANY" }), ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]],
];

describe("org-scoped services, as each role", () => {
  for (const [name, call, expected] of SERVICES) {
    it(name, async () => {
      const results: Record<string, string> = {};
      for (const who of WHO) results[who] = await outcome(() => call(people[who]));
      expect(results).toEqual(Object.fromEntries(WHO.map((who, i) => [who, expected[i]])));
    });
  }
});

describe("invited vs accepted learners", () => {
  const everyone = async (call: (actor: Actor) => Promise<unknown>) => {
    const results: Record<string, string> = {};
    for (const who of WHO) results[who] = await outcome(() => call(people[who]));
    return results;
  };

  it("nobody opens a learner who was invited and has not accepted; the dashboard shows only the typed email", async () => {
    expect(await everyone((actor) => getCohortLearner(actor, cohortA, invited.id))).toEqual(Object.fromEntries(WHO.map((who) => [who, "NOT_FOUND"])));
    for (const who of ["platform admin", "org A admin", "org A instructor"] as const) {
      const dashboard = await getCohortDashboard(people[who], cohortA);
      expect(dashboard.learners.map((l) => l.userId)).not.toContain(invited.id);
      expect(dashboard.invitations.map((i) => i.email)).toContain(invited.email);
      expect(JSON.stringify(dashboard)).not.toContain("Invited Only");
      expect((await exportCohortCsv(people[who], cohortA, "learners", "en")).csv).not.toContain("Invited Only");
    }
  });

  it("a learner who accepted is opened by org A's staff like any other", async () => {
    expect(await everyone((actor) => getCohortLearner(actor, cohortA, accepted.id))).toEqual(Object.fromEntries(WHO.map((who, i) => [who, STAFF_READ[i]])));
    expect((await getCohortDashboard(people["org A admin"], cohortA)).learners.map((l) => l.name)).toContain("Accepted Later");
  });

  it("only the invited person answers an invitation: not its organization's staff, not a platform admin", async () => {
    const [invitation] = await db.prisma.cohortInvitation.findMany({ where: { userId: invited.id } });
    const answer = (actor: Actor) => answerCohortInvitation(actor, { invitationId: invitation!.id, answer: "accept" });
    expect(await everyone(answer)).toEqual(Object.fromEntries(WHO.map((who) => [who, "NOT_FOUND"])));
    expect(await db.prisma.enrollment.count({ where: { userId: invited.id } })).toBe(0);
  });
});

describe("org-scoped revocation", () => {
  let generation = 0;
  const revokeFreshCredential = (holder: () => Actor) => async (actor: Actor) => {
    const { publicId } = await issueTestCredential(holder(), TRACK, ++generation);
    return revokeCredential(actor, { publicId, reason: "Matrix test revocation" });
  };
  let holderInA: Actor, holderInBAlsoInA: Actor;
  beforeAll(async () => {
    holderInA = await createLearner();
    await enroll(cohortA, holderInA);
    // Earned in org B's cohort; also studies with org A (joined earlier, so B is the cohort of record).
    holderInBAlsoInA = await createLearner();
    await db.prisma.enrollment.create({ data: { cohortId: cohortA, userId: holderInBAlsoInA.id, source: "INVITE", enrolledAt: new Date("2026-01-01T00:00:00Z") } });
    await enroll(cohortB, holderInBAlsoInA);
  });
  const run = async (call: (actor: Actor) => Promise<unknown>) => {
    const results: Record<string, string> = {};
    for (const who of WHO) results[who] = await outcome(() => call(people[who]));
    return results;
  };

  it("a certificate earned in org A's cohort: platform admins and org A's admins only", async () => {
    expect(await run(revokeFreshCredential(() => holderInA))).toEqual(Object.fromEntries(WHO.map((who, i) => [who, ["ok", "ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"][i]])));
  });

  it("a certificate earned in org B's cohort by a learner who also studies in org A: never org A", async () => {
    expect(await run(revokeFreshCredential(() => holderInBAlsoInA))).toEqual(Object.fromEntries(WHO.map((who, i) => [who, ["ok", "FORBIDDEN", "FORBIDDEN", "ok", "FORBIDDEN", "FORBIDDEN"][i]])));
  });
});

describe("guessing ids", () => {
  it("org A staff cannot reach org B's organization, cohort or learners through any id", async () => {
    for (const who of ["org A admin", "org A instructor"] as const) {
      const actor = people[who];
      expect(await outcome(() => getOrganization(actor, orgB))).toBe("NOT_FOUND");
      expect(await outcome(() => getCohortDashboard(actor, cohortB))).toBe("NOT_FOUND");
      expect(await outcome(() => getCohortLearner(actor, cohortB, learnerB.id))).toBe("NOT_FOUND");
      // Org A's cohort id with org B's learner: the learner is not in that cohort.
      expect(await outcome(() => getCohortLearner(actor, cohortA, learnerB.id))).toBe("NOT_FOUND");
      expect(await outcome(() => extendDeadline(actor, cohortA, learnerB.id, { module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-24", reason: "Guess" }))).toBe("NOT_FOUND");
      expect(await outcome(() => exportCohortCsv(actor, cohortB, "learners", "en"))).toBe("NOT_FOUND");
      expect(await outcome(() => importRoster(actor, cohortB, "email,name\nx@uni.test,X"))).toBe("NOT_FOUND");
      expect(await outcome(() => removeOrgMember(actor, orgB, people["org B admin"].id))).toBe("NOT_FOUND");
      expect(await outcome(() => setModuleDeadline(actor, cohortB, { module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-24" }))).toBe("NOT_FOUND");
      expect(await outcome(() => rotateInviteCode(actor, cohortB))).toBe("NOT_FOUND");
      expect(await outcome(() => addOrgMember(actor, orgB, { email: "guess@uni.test", role: "ORG_ADMIN", name: "Guess" }))).toBe("NOT_FOUND");
      expect(await outcome(() => getCohortDashboard(actor, "c000000000000000000000000"))).toBe("NOT_FOUND");
    }
  });

  it("an unknown id and another organization's id look the same (no existence oracle)", async () => {
    const foreign = await getCohortDashboard(people["org B admin"], cohortA).catch((e: Error) => e.message);
    const unknown = await getCohortDashboard(people["org B admin"], "does-not-exist").catch((e: Error) => e.message);
    expect(foreign).toBe(unknown);
  });
});

describe("lists and helpers", () => {
  it("list only the organizations and cohorts a person is staff of", async () => {
    const names = async (who: Who) => (await organizationsOf(people[who])).map((o) => o.name).sort();
    expect(await names("platform admin")).toEqual(expect.arrayContaining(["Org A", "Org B"]));
    expect(await names("org A instructor")).toEqual(["Org A"]);
    expect(await names("learner in org A cohort")).toEqual([]);
    expect((await cohortsTaughtBy(people["org B admin"])).map((c) => c.id)).toEqual([cohortB]);
    expect(await cohortsTaughtBy(people["unrelated learner"])).toEqual([]);
    expect(await canSeeCohort(people["org A instructor"], cohortA)).toBe(true);
    expect(await canSeeCohort(people["org A instructor"], cohortB)).toBe(false);
    expect(await canSeeCohort(learnerA, cohortA)).toBe(false);
  });

  it("learners see only their own cohorts and notifications", async () => {
    expect((await getMyCohorts(learnerA)).map((c) => c.id)).toEqual([cohortA]);
    expect(await getMyCohorts(people["unrelated learner"])).toEqual([]);
    const mine = await listNotifications(people["unrelated learner"]);
    expect(mine.every((n) => n.data.cohortId !== cohortA)).toBe(true);
  });

  it("staff of one organization who learn in another are learners there, nothing more", async () => {
    const teacher = people["org A instructor"];
    await enroll(cohortB, teacher);
    expect(await outcome(() => getCohortDashboard(teacher, cohortB))).toBe("NOT_FOUND");
    expect((await getMyCohorts(teacher)).map((c) => c.id)).toEqual([cohortB]);
  });
});

describe("server actions and the export route, through the session", () => {
  const as = (who: Who | "signed out") => {
    session.userId = who === "signed out" ? null : people[who].id;
  };
  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.append(k, v);
    return data;
  };
  const ACTIONS: [string, () => Promise<{ ok: boolean; message?: string }>][] = [
    ["createOrganizationAction", () => createOrganizationAction("en", null, form({ name: "Via action", kind: "COMPANY" }))],
    ["addMemberAction", () => addMemberAction("en", orgA, null, form({ email: "nobody@example.test", role: "INSTRUCTOR", name: "Nobody Yet" }))],
    ["removeMemberAction", () => removeMemberAction("en", orgA, people["org A instructor"].id, null)],
    ["createCohortAction", () => createCohortAction("en", orgA, null, form({ name: "Via action", trackIds: TRACK, startsOn: "2026-01-01", endsOn: "2026-02-01" }))],
    ["importRosterAction", () => importRosterAction("en", orgA, cohortA, null, form({ file: new File(["email,name\nvia-action@uni.test,Via"], "r.csv") }))],
    ["extendDeadlineAction", () => extendDeadlineAction("en", orgA, cohortA, learnerA.id, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-30", reason: "Via action" }))],
    ["createSetupLinkAction", () => createSetupLinkAction("en", cohortA, unclaimedA, null)],
    ["setModuleDeadlineAction", () => setModuleDeadlineAction("en", orgA, cohortA, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "" }))],
    ["rotateInviteCodeAction", () => rotateInviteCodeAction("en", orgA, cohortA, null)],
  ];

  it("every org action refuses a signed-out visitor", async () => {
    as("signed out");
    for (const [name, run] of ACTIONS) expect([name, await run()]).toEqual([name, { ok: false, message: "Sign in to continue." }]);
  });

  it("every org action refuses org B's admin and writes nothing", async () => {
    as("org B admin");
    const snapshot = () =>
      Promise.all([
        db.prisma.cohort.count(), db.prisma.enrollment.count(), db.prisma.orgMembership.count(), db.prisma.deadlineExtension.count(), db.prisma.organization.count(), db.prisma.cohortInvitation.count(),
        db.prisma.user.count(), db.prisma.moduleDeadline.findMany({ where: { cohortId: cohortA }, orderBy: { moduleId: "asc" } }), db.prisma.cohort.findUniqueOrThrow({ where: { id: cohortA }, select: { inviteCode: true } }),
      ]);
    const before = await snapshot();
    for (const [name, run] of ACTIONS) expect([name, (await run()).ok]).toEqual([name, false]);
    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it("every org action refuses a learner of the cohort", async () => {
    as("learner in org A cohort");
    for (const [name, run] of ACTIONS) expect([name, (await run()).ok]).toEqual([name, false]);
  });

  it("the admin-only cohort actions refuse org A's instructor and work for org A's admin", async () => {
    const adminOnly = ACTIONS.filter(([name]) => ["addMemberAction", "setModuleDeadlineAction", "rotateInviteCodeAction"].includes(name));
    as("org A instructor");
    for (const [name, run] of adminOnly) expect([name, await run()]).toEqual([name, { ok: false, message: "Only the organization's admins can do this." }]);
    as("org A admin");
    for (const [name, run] of adminOnly) expect([name, (await run()).ok]).toEqual([name, true]);
  });

  it("the CSV export route answers 200 to staff, 404 to everyone else and 401 when signed out", async () => {
    const statuses: Record<string, number> = {};
    for (const who of [...WHO, "signed out"] as const) {
      as(who);
      const response = await exportRoute(new Request(`http://test/api/org/cohorts/${cohortA}/export?part=learners`), { params: Promise.resolve({ cohortId: cohortA }) });
      statuses[who] = response.status;
    }
    expect(statuses).toEqual({
      "platform admin": 200, "org A admin": 200, "org A instructor": 200,
      "org B admin": 404, "learner in org A cohort": 404, "unrelated learner": 404, "signed out": 401,
    });
    as("org A admin");
    const ok = await exportRoute(new Request(`http://test/api/org/cohorts/${cohortA}/export?part=timeline`), { params: Promise.resolve({ cohortId: cohortA }) });
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="spring-cohort-timeline-/);
    as("org B admin");
    const guessed = await exportRoute(new Request(`http://test/api/org/cohorts/${cohortB}/export`), { params: Promise.resolve({ cohortId: cohortB }) });
    expect(guessed.status).toBe(200);
  });
});
