/**
 * Hostile input against every server action and API route handler: malformed, oversized, wrongly
 * typed (number, array, object instead of a string), NUL and right-to-left override characters,
 * over-long values and another organization's ids. Each must answer with a clear message (a 4xx
 * from routes, `{ ok: false, message }` from actions), never a 500 or a raw thrown error, and write
 * nothing. The tables below are the specification: a new action or route gets a row.
 *
 * The session is mocked (as in org-authorization.test.ts) so the real `authorize()` runs; next-auth's
 * own route needs the Next runtime and is covered in tests/e2e/error-paths.spec.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/authorize";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2999-01-01T00:00:00Z" } : null),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { revokeCredentialAction } from "@/app/[lang]/admin/credentials/actions";
import { createOrganizationAction } from "@/app/[lang]/admin/organizations/actions";
import { regradeAction } from "@/app/[lang]/admin/regrade/actions";
import { gradeMemoAction } from "@/app/[lang]/grading/[submissionId]/actions";
import { joinCohortAction } from "@/app/[lang]/join/[code]/actions";
import { markNotificationsReadAction } from "@/app/[lang]/notifications/actions";
import { addMemberAction, createCohortAction, removeMemberAction } from "@/app/[lang]/org/[orgId]/actions";
import { importRosterAction, rotateInviteCodeAction, setModuleDeadlineAction } from "@/app/[lang]/org/[orgId]/cohorts/[cohortId]/actions";
import { createSetupLinkAction, extendDeadlineAction } from "@/app/[lang]/org/[orgId]/cohorts/[cohortId]/learners/[userId]/actions";
import { signUpAction } from "@/app/[lang]/sign-up/actions";
import { claimCertificateAction } from "@/app/[lang]/tracks/[trackId]/actions";
import { saveMemoAction } from "@/app/[lang]/tracks/[trackId]/assignments/[assignmentId]/actions";
import { chooseStepAction, startAttemptAction, submitAttemptAction } from "@/app/[lang]/tracks/[trackId]/cases/[simulationId]/actions";
import { submitCheckAction } from "@/app/[lang]/tracks/[trackId]/checks/[moduleId]/actions";
import { completeLessonAction } from "@/app/[lang]/tracks/[trackId]/lessons/[lessonId]/actions";
import { renewCertificateAction } from "@/app/[lang]/verify/[id]/actions";
import { setPasswordAction } from "@/app/[lang]/welcome/[token]/actions";
import { requestPasswordResetAction } from "@/app/[lang]/forgot-password/actions";
import { resetPasswordAction } from "@/app/[lang]/reset-password/[token]/actions";
import { resendVerificationAction } from "@/app/[lang]/verify-email/actions";
import { updateProfileAction } from "@/app/[lang]/account/actions";
import { verifyEmailAction } from "@/app/[lang]/verify-email/[token]/actions";
import { GET as credentialPdfRoute } from "@/app/api/credentials/[id]/pdf/route";
import { GET as credentialRoute } from "@/app/api/credentials/[id]/route";
import { GET as healthRoute } from "@/app/api/health/route";
import { GET as exportRoute } from "@/app/api/org/cohorts/[cohortId]/export/route";
import { GET as statusListRoute } from "@/app/api/status-lists/[id]/route";
import { POST as submitAttemptRoute } from "@/app/api/tracks/[trackId]/cases/[simulationId]/attempts/[number]/route";
import { POST as startAttemptRoute } from "@/app/api/tracks/[trackId]/cases/[simulationId]/attempts/route";
import { POST as bulkVerifyRoute } from "@/app/api/verify/bulk/route";
import { POST as verifyRoute } from "@/app/api/verify/route";
import { answerInvitationAction } from "@/app/[lang]/cohorts/actions";
import { MAX_ROSTER_BYTES } from "@/domain/cohorts/roster-limits";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import { CONTROL_CHARACTER_MESSAGE } from "@/domain/text/clean-text";
import { translate } from "@/lib/i18n/translate";
import { UNEXPECTED_ACTION_ERROR } from "@/server/action-result";
import { loadCatalog } from "@/server/content/load-content";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { MAX_JSON_BODY_BYTES, MAX_UPLOAD_BYTES } from "@/server/request-body";
import { issueAccountToken } from "@/server/accounts/account-tokens";
import { claimCertificate } from "@/server/services/claim-certificate";
import { createPasswordSetupLink } from "@/server/services/create-password-setup-link";
import { importRoster } from "@/server/services/import-roster";
import { saveMemo } from "@/server/services/save-memo";
import { startAttempt } from "@/server/services/start-attempt";
import { freshTestDatabase } from "./support/test-database";
import { createLearner, passSimulation, requiredSimulations } from "./support/learners";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort, enroll, TRACK } from "./support/organizations";

/** What an English form shows for text with control characters. */
const CONTROL_CHARACTER_TEXT = translate("en", CONTROL_CHARACTER_MESSAGE);

const CASE = "eu-import-vat-low-value";
const ASSIGNMENT = "eu-entry-compliance-memo";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let platformAdmin: Actor, orgAdmin: Actor, orgInstructor: Actor, orgBAdmin: Actor, learner: Actor, learnerB: Actor, holder: Actor;
let orgA: string, orgB: string, cohortA: string, cohortB: string, unclaimedA: string, unclaimedB: string;
let submissionA: string, submissionB: string, publicId: string, setupToken: string, resetToken: string, verifyToken: string, lessonId: string, checkModule: { trackId: string; moduleId: string };
let openAttempt: number;

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const docOf = (text: string) => JSON.stringify({ type: "doc", content: [paragraph(text)] });

beforeAll(async () => {
  db = await freshTestDatabase();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
  platformAdmin = await createPlatformAdmin();
  const a = await createOrgWithStaff(platformAdmin, "Org A");
  const b = await createOrgWithStaff(platformAdmin, "Org B");
  [orgA, orgB, orgAdmin, orgInstructor, orgBAdmin] = [a.id, b.id, a.admin, a.instructor, b.admin];
  cohortA = (await createTestCohort(orgAdmin, orgA)).id;
  cohortB = (await createTestCohort(orgBAdmin, orgB)).id;
  learner = await createLearner({ name: "Learner A" });
  learnerB = await createLearner({ name: "Learner B" });
  await enroll(cohortA, learner);
  await enroll(cohortB, learnerB);
  const userOf = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).id;
  unclaimedA = await userOf((await importRoster(orgAdmin, cohortA, "email,name\nunclaimed-a@uni.test,Unclaimed A")).accountsCreated[0]!.email);
  unclaimedB = await userOf((await importRoster(orgBAdmin, cohortB, "email,name\nunclaimed-b@uni.test,Unclaimed B")).accountsCreated[0]!.email);
  setupToken = (await createPasswordSetupLink(orgAdmin, cohortA, unclaimedA)).token;
  resetToken = await db.prisma.$transaction(async (tx) => (await issueAccountToken(tx, learner, "PASSWORD_RESET")).token);
  verifyToken = await db.prisma.$transaction(async (tx) => (await issueAccountToken(tx, learnerB, "VERIFY_EMAIL")).token);
  const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
  await saveMemo(learner, ASSIGNMENT, docOf(words), "submit");
  await saveMemo(learnerB, ASSIGNMENT, docOf(words), "submit");
  const submissionOf = async (userId: string) => (await db.prisma.memoSubmission.findUniqueOrThrow({ where: { userId_assignmentId: { userId, assignmentId: ASSIGNMENT } } })).id;
  [submissionA, submissionB] = [await submissionOf(learner.id), await submissionOf(learnerB.id)];
  holder = await createLearner({ name: "Holder" });
  for (const simulationId of requiredSimulations(TRACK)) await passSimulation(holder, TRACK, simulationId);
  publicId = (await claimCertificate(holder, TRACK)).publicId;
  openAttempt = (await startAttempt(learner, TRACK, CASE)).number;
  const catalog = loadCatalog();
  lessonId = catalog.track(TRACK)!.moduleList[0]!.lessons[0]!;
  const withCheck = catalog.tracks.flatMap((track) => track.moduleList.filter((m) => m.check).map((m) => ({ trackId: track.id, moduleId: m.id })))[0]!;
  checkModule = withCheck;
}, 120_000);
afterAll(() => db.dispose());

const as = (actor: Actor | null) => {
  session.userId = actor?.id ?? null;
};

/** Everything an action or route could write: row counts of every table, and the values updates change. */
async function snapshot() {
  const p = db.prisma;
  return {
    counts: await Promise.all([
      p.user.count(), p.signInAttempt.count(), p.lessonProgress.count(), p.checkAttempt.count(), p.attempt.count(), p.credential.count(), p.credentialPdf.count(),
      p.auditEvent.count(), p.organization.count(), p.orgMembership.count(), p.cohort.count(), p.moduleDeadline.count(), p.enrollment.count(),
      p.deadlineExtension.count(), p.passwordSetupToken.count(), p.notification.count(), p.memoSubmission.count(), p.memoReview.count(), p.attemptRegrade.count(),
      p.accountToken.count(), p.outboxEmail.count(),
    ]),
    usedAccountTokens: await p.accountToken.count({ where: { usedAt: { not: null } } }),
    inviteCodes: await p.cohort.findMany({ select: { id: true, inviteCode: true }, orderBy: { id: "asc" } }),
    deadlines: await p.moduleDeadline.findMany({ orderBy: [{ cohortId: "asc" }, { moduleId: "asc" }] }),
    unread: await p.notification.count({ where: { readAt: null } }),
    usedTokens: await p.passwordSetupToken.count({ where: { usedAt: { not: null } } }),
    revoked: await p.credential.count({ where: { revokedAt: { not: null } } }),
    passwords: await p.user.findMany({ select: { id: true, passwordHash: true, name: true }, orderBy: { id: "asc" } }),
    attempts: await p.attempt.findMany({ select: { id: true, submittedAt: true, answer: true }, orderBy: { id: "asc" } }),
    memos: await p.memoSubmission.findMany({ select: { id: true, content: true, status: true }, orderBy: { id: "asc" } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Hostile values, by the kind of argument they attack.

const NUL = "abc\u0000def";
const RTL_OVERRIDE = "\u202Eabc";
const OVER_LONG = "a".repeat(100_000);
const WRONG_TYPES: [string, unknown][] = [
  ["a number", 42],
  ["an array", ["abc"]],
  ["an object", { toString: () => "abc" }],
  ["null", null],
  ["undefined", undefined],
];
const HOSTILE_STRINGS: [string, unknown][] = [
  ["NUL", NUL],
  ["RTL override", RTL_OVERRIDE],
  ["over-long", OVER_LONG],
  ["a path", "../../etc/passwd"],
  ["empty", ""],
  ["a space", "has space"],
];
type ArgumentKind = "lang" | "id" | "number" | "path" | "form" | "previous";
const HOSTILE: Record<Exclude<ArgumentKind, "previous">, [string, unknown][]> = {
  lang: [...HOSTILE_STRINGS, ["another language", "fr"], ...WRONG_TYPES],
  id: [...HOSTILE_STRINGS, ...WRONG_TYPES],
  number: [["2^31", 2 ** 31], ["zero", 0], ["negative", -1], ["a fraction", 1.5], ["NaN", Number.NaN], ["Infinity", Infinity], ["letters", "abc"], ["1e3", "1e3"], ...WRONG_TYPES],
  path: [["NUL", NUL], ["RTL override", RTL_OVERRIDE], ["over-long", OVER_LONG], ...WRONG_TYPES],
  form: [["a string", "name=x"], ["an object posing as form data", { get: () => "x", getAll: () => ["x"], entries: () => [], keys: () => [] }], ...WRONG_TYPES],
};

const form = (fields: Record<string, string | string[] | File>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  return data;
};
const aFile = () => new File(["abc"], "x.txt", { type: "text/plain" });

type AnyAction = (...args: never[]) => Promise<unknown>;
type ActionRow = {
  name: string;
  action: AnyAction;
  /** Who is signed in: the person allowed to do this, so that validation is what refuses. */
  who: () => Actor | null;
  /** Valid arguments, then what kind each is. */
  args: () => unknown[];
  kinds: ArgumentKind[];
  /** Text fields of the form, attacked one at a time (NUL, RTL override, over-long, a file). */
  fields?: string[];
};

const ACTIONS: ActionRow[] = [
  { name: "revokeCredentialAction", action: revokeCredentialAction, who: () => platformAdmin, args: () => ["en", publicId, null, form({ reason: "Issued in error, per the registrar" })], kinds: ["lang", "id", "previous", "form"], fields: ["reason"] },
  { name: "regradeAction", action: regradeAction, who: () => platformAdmin, args: () => ["en", null, form({ intent: "preview" })], kinds: ["lang", "previous", "form"] },
  { name: "createOrganizationAction", action: createOrganizationAction, who: () => platformAdmin, args: () => ["en", null, form({ name: "Hostile Org", kind: "COMPANY" })], kinds: ["lang", "previous", "form"], fields: ["name", "kind"] },
  { name: "addMemberAction", action: addMemberAction, who: () => orgAdmin, args: () => ["en", orgA, null, form({ email: "new-member@uni.test", role: "INSTRUCTOR", name: "New Member" })], kinds: ["lang", "id", "previous", "form"], fields: ["email", "role", "name"] },
  { name: "removeMemberAction", action: removeMemberAction, who: () => orgAdmin, args: () => ["en", orgA, orgInstructor.id, null], kinds: ["lang", "id", "id", "previous"] },
  {
    name: "createCohortAction", action: createCohortAction, who: () => orgAdmin,
    args: () => ["en", orgA, null, form({ name: "Hostile cohort", trackIds: TRACK, startsOn: "2026-01-01", endsOn: "2026-02-01" })], kinds: ["lang", "id", "previous", "form"], fields: ["name", "trackIds", "startsOn", "endsOn"],
  },
  { name: "importRosterAction", action: importRosterAction, who: () => orgAdmin, args: () => ["en", orgA, cohortA, null, form({ file: new File(["email,name\nhostile-roster@uni.test,Hostile"], "r.csv") })], kinds: ["lang", "id", "id", "previous", "form"], fields: ["file"] },
  { name: "setModuleDeadlineAction", action: setModuleDeadlineAction, who: () => orgAdmin, args: () => ["en", orgA, cohortA, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-11-30" })], kinds: ["lang", "id", "id", "previous", "form"], fields: ["module", "dueOn"] },
  { name: "rotateInviteCodeAction", action: rotateInviteCodeAction, who: () => orgAdmin, args: () => ["en", orgA, cohortA, null], kinds: ["lang", "id", "id", "previous"] },
  {
    name: "extendDeadlineAction", action: extendDeadlineAction, who: () => orgAdmin,
    args: () => ["en", orgA, cohortA, learner.id, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-30", reason: "Was ill in October" })], kinds: ["lang", "id", "id", "id", "previous", "form"], fields: ["module", "dueOn", "reason"],
  },
  { name: "createSetupLinkAction", action: createSetupLinkAction, who: () => orgAdmin, args: () => ["en", cohortA, unclaimedA, null], kinds: ["lang", "id", "id", "previous"] },
  { name: "signUpAction", action: signUpAction, who: () => null, args: () => ["en", null, form({ name: "Hostile Person", email: "hostile-signup@example.test", password: "Good-enough-pass-42" })], kinds: ["lang", "previous", "form"], fields: ["name", "email", "password"] },
  { name: "markNotificationsReadAction", action: markNotificationsReadAction, who: () => learner, args: () => ["en", null], kinds: ["lang", "previous"] },
  { name: "claimCertificateAction", action: claimCertificateAction, who: () => learner, args: () => ["en", TRACK, null], kinds: ["lang", "id", "previous"] },
  { name: "startAttemptAction", action: startAttemptAction, who: () => learner, args: () => ["en", TRACK, CASE, null], kinds: ["lang", "id", "id", "previous"] },
  { name: "submitAttemptAction", action: submitAttemptAction, who: () => learner, args: () => ["en", TRACK, CASE, openAttempt, null, form({ vatAmountEur: "12.50" })], kinds: ["lang", "id", "id", "number", "previous", "form"], fields: ["vatAmountEur"] },
  { name: "chooseStepAction", action: chooseStepAction, who: () => learner, args: () => ["en", TRACK, CASE, openAttempt, "collector", null, form({ collector: "x" })], kinds: ["lang", "id", "id", "number", "id", "previous", "form"] },
  { name: "submitCheckAction", action: submitCheckAction, who: () => learner, args: () => ["en", checkModule.trackId, checkModule.moduleId, null, form({})], kinds: ["lang", "id", "id", "previous", "form"] },
  { name: "saveMemoAction", action: saveMemoAction, who: () => learnerB, args: () => ["en", TRACK, "pricing-recommendation-memo", null, form({ content: docOf("A draft"), intent: "draft" })], kinds: ["lang", "id", "id", "previous", "form"], fields: ["content", "intent"] },
  { name: "gradeMemoAction", action: gradeMemoAction, who: () => orgInstructor, args: () => ["en", submissionA, null, form({ "criterion.scope": "2", comment: docOf("Fine") })], kinds: ["lang", "id", "previous", "form"], fields: ["criterion.scope", "comment"] },
  { name: "setPasswordAction", action: setPasswordAction, who: () => null, args: () => ["en", setupToken, null, form({ password: "Good-enough-pass-42" })], kinds: ["lang", "id", "previous", "form"], fields: ["password"] },
  { name: "requestPasswordResetAction", action: requestPasswordResetAction, who: () => null, args: () => ["en", null, form({ email: learner.email })], kinds: ["lang", "previous", "form"], fields: ["email"] },
  { name: "resetPasswordAction", action: resetPasswordAction, who: () => null, args: () => ["en", resetToken, null, form({ password: "Good-enough-pass-42" })], kinds: ["lang", "id", "previous", "form"], fields: ["password"] },
  { name: "verifyEmailAction", action: verifyEmailAction, who: () => null, args: () => ["en", verifyToken, null], kinds: ["lang", "id", "previous"] },
  { name: "resendVerificationAction", action: resendVerificationAction, who: () => learner, args: () => ["en", null], kinds: ["lang", "previous"] },
  { name: "updateProfileAction", action: updateProfileAction, who: () => learner, args: () => ["en", null, form({ name: "Learner A", locale: "zh" })], kinds: ["lang", "previous", "form"], fields: ["name", "locale"] },
  { name: "renewCertificateAction", action: renewCertificateAction, who: () => holder, args: () => ["en", publicId, null], kinds: ["lang", "id", "previous"] },
  { name: "joinCohortAction", action: joinCohortAction, who: () => learnerB, args: () => ["en", "SZPOLY2026", null], kinds: ["lang", "id", "previous"] },
  { name: "answerInvitationAction", action: answerInvitationAction, who: () => learnerB, args: () => ["en", null, form({ invitationId: "no-such-invitation", answer: "accept" })], kinds: ["lang", "previous", "form"], fields: ["invitationId", "answer"] },
];

/** Calls an action; a thrown Next notFound() counts as a clean 404, anything else thrown fails the test. */
async function callAction(row: ActionRow, args: unknown[]): Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | "not found"> {
  as(row.who());
  try {
    return (await (row.action as (...a: unknown[]) => Promise<unknown>)(...args)) as { ok: boolean; message?: string };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not found";
    throw new Error(`${row.name} threw instead of answering: ${String((error as Error).message ?? error).slice(0, 200)}`);
  }
}

function expectRefusedClearly(label: string, outcome: Awaited<ReturnType<typeof callAction>>) {
  if (outcome === "not found") return;
  expect(outcome.ok, label).toBe(false);
  expect(typeof outcome.message === "string" && outcome.message.length > 0, label).toBe(true);
  expect(outcome.message, label).not.toBe(UNEXPECTED_ACTION_ERROR);
  expect(outcome.message, label).not.toMatch(/work is saved/i);
}

/** Files named `name` under `dir`, relative to the project root. */
function filesNamed(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)))
    .sort();
}

describe("the tables cover every action and route", () => {
  it("every exported server action has a row, with a kind for each argument", () => {
    const exported = filesNamed("app", "actions.ts").flatMap((file) => [...readFileSync(file, "utf8").matchAll(/^export async function (\w+)/gm)].map((m) => m[1]!));
    const covered = [...ACTIONS.map((row) => row.name), "completeLessonAction" /* a plain form post: its own test below */, "signOutAction" /* only redirects, whatever its argument: the browser tests sign out */];
    expect(exported.sort()).toEqual(covered.sort());
    for (const row of ACTIONS) expect([row.name, row.args().length]).toEqual([row.name, row.kinds.length]);
  });

  it("every API route handler has a row", () => {
    const handlers = filesNamed("app/api", "route.ts").flatMap((file) => {
      const source = readFileSync(file, "utf8");
      const path = "/" + file.replace(/^app\//, "").replace(/\/route\.ts$/, "");
      return [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b|handler as (GET|POST)/g)].map((m) => `${m[1] ?? m[2]} ${path}`);
    });
    const covered = [
      ...ROUTES.map((row) => row.name),
      "POST /api/verify", "POST /api/verify/bulk", "GET /api/health", // bodies and no input: their own tests below
      "GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]", // next-auth needs the Next runtime: tests/e2e/error-paths.spec.ts
    ];
    expect(handlers.sort()).toEqual(covered.sort());
  });
});

describe("server actions refuse hostile arguments with a message and write nothing", () => {
  it("bound arguments and the form itself: wrong types, NUL, RTL override, over-long, malformed ids and numbers", async () => {
    const before = await snapshot();
    for (const row of ACTIONS) {
      for (const [position, kind] of row.kinds.entries()) {
        if (kind === "previous") continue;
        for (const [label, value] of HOSTILE[kind]) {
          const args = row.args();
          args[position] = value;
          expectRefusedClearly(`${row.name} argument ${position} (${kind}) as ${label}`, await callAction(row, args));
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("form fields: NUL, RTL override, over-long text and a file where text belongs", async () => {
    const before = await snapshot();
    for (const row of ACTIONS) {
      const formAt = row.kinds.indexOf("form");
      for (const field of row.fields ?? []) {
        for (const [label, value] of [["NUL", NUL], ["RTL override", RTL_OVERRIDE], ["over-long", OVER_LONG], ["a file", aFile()]] as const) {
          // An RTL override is allowed in multi-line text (reasons, memo JSON): there the other values attack.
          if (label === "RTL override" && ["reason", "content", "comment", "password", "file"].includes(field)) continue;
          if (label === "a file" && field === "file") continue;
          const args = row.args();
          const fields = new FormData();
          for (const [name, entry] of (args[formAt] as FormData).entries()) if (name !== field) fields.append(name, entry);
          fields.append(field, value);
          args[formAt] = fields;
          expectRefusedClearly(`${row.name} field ${field} as ${label}`, await callAction(row, args));
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("a NUL or a bidi override in a name is a field error naming the problem, not a generic failure", async () => {
    const before = await snapshot();
    const fieldError = async (run: () => Promise<unknown>, field: string) => ((await run()) as { fieldErrors?: Record<string, string[]> }).fieldErrors?.[field];
    as(null);
    expect(await fieldError(() => signUpAction("en", null, form({ name: `Lin${NUL}`, email: "nul-name@example.test", password: "Good-enough-pass-42" })), "name")).toEqual([CONTROL_CHARACTER_TEXT]);
    as(platformAdmin);
    expect(await fieldError(() => createOrganizationAction("en", null, form({ name: `${RTL_OVERRIDE}Org`, kind: "COMPANY" })), "name")).toEqual([CONTROL_CHARACTER_TEXT]);
    as(orgAdmin);
    expect(await fieldError(() => addMemberAction("en", orgA, null, form({ email: "nul-member@uni.test", role: "INSTRUCTOR", name: NUL })), "name")).toEqual([CONTROL_CHARACTER_TEXT]);
    expect(await fieldError(() => createCohortAction("en", orgA, null, form({ name: `Cohort${NUL}`, trackIds: TRACK, startsOn: "2026-01-01", endsOn: "2026-02-01" })), "name")).toEqual([CONTROL_CHARACTER_TEXT]);
    expect(
      await fieldError(() => extendDeadlineAction("en", orgA, cohortA, learner.id, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-30", reason: `Ill${NUL}` })), "reason"),
    ).toEqual([CONTROL_CHARACTER_TEXT]);
    expect(await snapshot()).toEqual(before);
    // A roster row with a NUL in the name is reported with its row number; the file's other rows are unaffected.
    const report = (await importRosterAction("en", orgA, cohortA, null, form({ file: new File([`email,name\nnul-row@uni.test,Bad${NUL}Name`], "r.csv") }))) as { ok: true; data: { problems: { row: number; reason: string }[]; enrolled: number } };
    expect(report.ok).toBe(true);
    expect(report.data.enrolled).toBe(0);
    expect(report.data.problems).toEqual([expect.objectContaining({ row: 2, reason: expect.stringContaining(CONTROL_CHARACTER_TEXT) })]);
    // (The import itself is audited; no account or enrollment is made.)
    const after = await snapshot();
    expect([after.counts[0], after.counts[12]]).toEqual([before.counts[0], before.counts[12]]);
  });

  it("another organization's ids are refused and change nothing", async () => {
    const before = await snapshot();
    const rows: [string, Actor, () => Promise<unknown>][] = [
      ["addMember to org B", orgAdmin, () => addMemberAction("en", orgB, null, form({ email: "cross@uni.test", role: "ORG_ADMIN", name: "Cross" }))],
      ["removeMember of org B", orgAdmin, () => removeMemberAction("en", orgB, orgBAdmin.id, null)],
      ["createCohort in org B", orgAdmin, () => createCohortAction("en", orgB, null, form({ name: "Cross cohort", trackIds: TRACK, startsOn: "2026-01-01", endsOn: "2026-02-01" }))],
      ["importRoster into org B's cohort via org A's URL", orgAdmin, () => importRosterAction("en", orgA, cohortB, null, form({ file: new File(["email,name\ncross-roster@uni.test,Cross"], "r.csv") }))],
      ["setModuleDeadline of org B's cohort", orgAdmin, () => setModuleDeadlineAction("en", orgB, cohortB, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "" }))],
      ["rotateInviteCode of org B's cohort", orgAdmin, () => rotateInviteCodeAction("en", orgA, cohortB, null)],
      ["extendDeadline for org B's learner", orgAdmin, () => extendDeadlineAction("en", orgA, cohortB, learnerB.id, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-30", reason: "Cross org" }))],
      ["extendDeadline for org B's learner in org A's cohort", orgAdmin, () => extendDeadlineAction("en", orgA, cohortA, learnerB.id, null, form({ module: `${TRACK}/eu-vat-ecommerce`, dueOn: "2026-12-30", reason: "Cross org" }))],
      ["createSetupLink for org B's account", orgAdmin, () => createSetupLinkAction("en", cohortB, unclaimedB, null)],
      ["createSetupLink for org B's account via org A's cohort", orgAdmin, () => createSetupLinkAction("en", cohortA, unclaimedB, null)],
      ["gradeMemo of org B's learner", orgInstructor, () => gradeMemoAction("en", submissionB, null, form({ "criterion.scope": "2", comment: docOf("Cross") }))],
      ["revokeCredential by a learner", learner, () => revokeCredentialAction("en", publicId, null, form({ reason: "Not mine to revoke" }))],
      ["renewCertificate of someone else's credential", learner, () => renewCertificateAction("en", publicId, null)],
    ];
    for (const [label, who, run] of rows) {
      as(who);
      expectRefusedClearly(label, (await run().catch((error: Error) => ({ ok: false, message: `threw: ${error.message}` }))) as { ok: boolean; message?: string });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("a roster over the size limit is refused with the limit in the message", async () => {
    const before = await snapshot();
    as(orgAdmin);
    const big = new File(["email,name\n", "x".repeat(MAX_ROSTER_BYTES)], "big.csv", { type: "text/csv" });
    expect(await importRosterAction("en", orgA, cohortA, null, form({ file: big }))).toEqual({ ok: false, message: "The file is larger than 2 MB.", fieldErrors: { file: ["The file is larger than 2 MB."] } });
    expect(await snapshot()).toEqual(before);
  });

  it("an unknown or malformed lesson is a 404, not an error page, and marks nothing read", async () => {
    const before = await snapshot();
    as(learner);
    for (const [label, args] of [
      ["an unknown lesson", ["en", TRACK, "no-such-lesson", "/en"]],
      ["an unknown track", ["en", "no-such-track", lessonId, "/en"]],
      ["a NUL in the lesson id", ["en", TRACK, NUL, "/en"]],
      ["a number as the lesson id", ["en", TRACK, 42, "/en"]],
      ["an over-long return path", ["en", TRACK, lessonId, OVER_LONG]],
      ["an object as the return path", ["en", TRACK, lessonId, {}]],
      ["another language", ["fr", TRACK, lessonId, "/en"]],
    ] as const) {
      const outcome = await (completeLessonAction as (...a: unknown[]) => Promise<void>)(...args).then(
        () => "completed",
        (error: { digest?: string; message?: string }) => error.digest?.split(";").slice(0, 2).join(";") ?? `threw: ${error.message}`,
      );
      expect([label, outcome]).toEqual([label, "NEXT_HTTP_ERROR_FALLBACK;404"]);
    }
    expect(await snapshot()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Route handlers: called as Next calls them, with a Request and a params promise.

type RouteCall = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
type RouteRow = {
  name: string;
  route: RouteCall;
  method: "GET" | "POST";
  who: () => Actor | null;
  params: () => Record<string, unknown>;
  /** The params attacked, with the kind of value each is. */
  attack: Record<string, "id" | "number">;
  query?: string;
};
const routeRequest = (method: string, query = "", init: RequestInit = {}) => new Request(`http://test/api/x${query}`, { method, ...init });

const ROUTES: RouteRow[] = [
  { name: "GET /api/credentials/[id]", route: credentialRoute as RouteCall, method: "GET", who: () => null, params: () => ({ id: publicId }), attack: { id: "id" } },
  { name: "GET /api/credentials/[id]/pdf", route: credentialPdfRoute as RouteCall, method: "GET", who: () => null, params: () => ({ id: publicId }), attack: { id: "id" } },
  { name: "GET /api/status-lists/[id]", route: statusListRoute as RouteCall, method: "GET", who: () => null, params: () => ({ id: "1" }), attack: { id: "id" } },
  { name: "GET /api/org/cohorts/[cohortId]/export", route: exportRoute as RouteCall, method: "GET", who: () => orgAdmin, params: () => ({ cohortId: cohortA }), attack: { cohortId: "id" } },
  { name: "POST /api/tracks/[trackId]/cases/[simulationId]/attempts", route: startAttemptRoute as RouteCall, method: "POST", who: () => learnerB, params: () => ({ trackId: TRACK, simulationId: CASE }), attack: { trackId: "id", simulationId: "id" } },
  {
    name: "POST /api/tracks/[trackId]/cases/[simulationId]/attempts/[number]", route: submitAttemptRoute as RouteCall, method: "POST", who: () => learner,
    params: () => ({ trackId: TRACK, simulationId: CASE, number: String(openAttempt) }), attack: { trackId: "id", simulationId: "id", number: "number" },
  },
];
const HOSTILE_PARAMS: Record<"id" | "number", [string, unknown][]> = {
  id: [...HOSTILE_STRINGS, ["an encoded NUL", "%00"], ...WRONG_TYPES],
  number: [["2^31", String(2 ** 31)], ["2^53", String(2 ** 53)], ["zero", "0"], ["negative", "-1"], ["a fraction", "1.5"], ["1e3", "1e3"], ["hex", "0x10"], ["letters", "abc"], ["NUL", NUL], ["over-long", OVER_LONG], ...WRONG_TYPES],
};

async function expectClientError(label: string, response: Response, status?: number) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  if (status) expect(response.status, label).toBe(status);
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  expect(typeof body?.error?.message === "string" && body.error.message.length > 0, `${label}: a JSON error with a message`).toBe(true);
  return body!.error!;
}

describe("route handlers refuse hostile requests with a 4xx and a message, and write nothing", () => {
  it("hostile route params: malformed ids and attempt numbers (2^31 used to be a 500)", async () => {
    const before = await snapshot();
    for (const row of ROUTES) {
      for (const [param, kind] of Object.entries(row.attack)) {
        for (const [label, value] of HOSTILE_PARAMS[kind]) {
          as(row.who());
          const params = { ...row.params(), [param]: value };
          const response = await row.route(routeRequest(row.method, "", row.method === "POST" ? { body: "{}", headers: { "content-type": "application/json" } } : {}), { params: Promise.resolve(params) });
          await expectClientError(`${row.name} ${param} as ${label}`, response);
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("hostile query values of the export", async () => {
    const before = await snapshot();
    as(orgAdmin);
    for (const query of [`?part=${encodeURIComponent(NUL)}`, `?part=${"a".repeat(5000)}`, "?part=passwords"]) {
      await expectClientError(`export ${query.slice(0, 40)}`, await exportRoute(routeRequest("GET", query), { params: Promise.resolve({ cohortId: cohortA }) }), 400);
    }
    // An unknown language falls back to English rather than failing the download.
    for (const lang of ["fr", RTL_OVERRIDE, NUL]) {
      expect((await exportRoute(routeRequest("GET", `?part=learners&lang=${encodeURIComponent(lang)}`), { params: Promise.resolve({ cohortId: cohortA }) })).status).toBe(200);
    }
    await expectClientError("export of org B's cohort", await exportRoute(routeRequest("GET", "?part=learners"), { params: Promise.resolve({ cohortId: cohortB }) }), 404);
    expect(await snapshot()).toEqual(before);
  });

  /** A body of `bytes` bytes streamed in 64 KB chunks without a Content-Length; counts what was read. */
  function streamedBody(bytes: number, chunk = "x") {
    const piece = new TextEncoder().encode(chunk.repeat(64 * 1024));
    const read = { bytes: 0 };
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= bytes) return controller.close();
        sent += piece.byteLength;
        read.bytes += piece.byteLength;
        controller.enqueue(piece);
      },
    });
    return { body, read };
  }
  const streamed = (body: ReadableStream<Uint8Array>, type: string) => routeRequest("POST", "", { body, headers: { "content-type": type }, duplex: "half" } as RequestInit);

  it("bodies over the cap are 413 whether or not a Content-Length is declared, and are not read to the end", async () => {
    const before = await snapshot();
    const TWENTY_MB = 20 * 1024 * 1024;
    const answerParams = () => ({ params: Promise.resolve({ trackId: TRACK, simulationId: CASE, number: String(openAttempt) }) });
    as(learner);
    const declared = routeRequest("POST", "", { body: JSON.stringify({ vatAmountEur: "1".repeat(TWENTY_MB) }), headers: { "content-type": "application/json" } });
    expect((await expectClientError("answer with 20 MB declared", await submitAttemptRoute(declared, answerParams()), 413)).code).toBe("TOO_LARGE");
    const answer = streamedBody(TWENTY_MB);
    await expectClientError("answer streamed, 20 MB", await submitAttemptRoute(streamed(answer.body, "application/json"), answerParams()), 413);
    expect(answer.read.bytes).toBeLessThan(MAX_JSON_BODY_BYTES + 256 * 1024);
    // A lying Content-Length does not get past the cap either.
    const lying = streamedBody(TWENTY_MB);
    await expectClientError("answer with a lying Content-Length", await submitAttemptRoute(routeRequest("POST", "", { body: lying.body, headers: { "content-type": "application/json", "content-length": "10" }, duplex: "half" } as RequestInit), answerParams()), 413);

    as(null);
    for (const [name, route, type] of [["verify", verifyRoute, "application/json"], ["bulk verify", bulkVerifyRoute, "text/csv"]] as const) {
      const upload = streamedBody(TWENTY_MB);
      await expectClientError(`${name} streamed, 20 MB`, await route(streamed(upload.body, type), { params: Promise.resolve({}) }), 413);
      expect(upload.read.bytes).toBeLessThan(MAX_UPLOAD_BYTES + 256 * 1024);
      const multipart = new FormData();
      multipart.append("file", new File(["x".repeat(MAX_UPLOAD_BYTES + 1)], "big.json"));
      await expectClientError(`${name} multipart file over the cap`, await route(routeRequest("POST", "", { body: multipart }), { params: Promise.resolve({}) }), 413);
    }
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("malformed and wrongly typed answer bodies are 400 with a message and leave the attempt open", async () => {
    const before = await snapshot();
    as(learner);
    const params = () => ({ params: Promise.resolve({ trackId: TRACK, simulationId: CASE, number: String(openAttempt) }) });
    const json = (body: string) => routeRequest("POST", "", { body, headers: { "content-type": "application/json" } });
    for (const [label, body] of [
      ["not JSON", "{"],
      ["empty", ""],
      ["an array", "[1,2]"],
      ["a string", '"answers"'],
      ["a number", "42"],
      ["null", "null"],
      ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
      ["a NUL in an answer", JSON.stringify({ vatAmountEur: NUL })],
      ["an RTL override in an answer", JSON.stringify({ vatAmountEur: RTL_OVERRIDE })],
      ["an object as an answer", JSON.stringify({ vatAmountEur: { $gt: 0 } })],
      ["a prototype key", '{"__proto__": {"admin": true}, "vatAmountEur": "1"}'],
    ] as const) {
      await expectClientError(`answer ${label}`, await submitAttemptRoute(json(body as string), params()), 400);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("signed out, a route that needs a session is 401 with a message", async () => {
    as(null);
    await expectClientError("start attempt signed out", await startAttemptRoute(routeRequest("POST"), { params: Promise.resolve({ trackId: TRACK, simulationId: CASE }) }), 401);
    await expectClientError("export signed out", await exportRoute(routeRequest("GET"), { params: Promise.resolve({ cohortId: cohortA }) }), 401);
  });

  it("health takes no input and answers 200", async () => {
    expect((await healthRoute()).status).toBe(200);
  });
});
