/**
 * Email verification: sign-up writes a verification email with the account; the link works once
 * and expires; an unverified account learns but gets no certificate until it verifies.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: "2999-01-01T00:00:00Z" } : null),
}));

import { claimCertificateAction } from "@/app/[lang]/tracks/[trackId]/actions";
import { resendVerificationAction } from "@/app/[lang]/verify-email/actions";
import { verifyEmailAction } from "@/app/[lang]/verify-email/[token]/actions";
import { generateKeyPair, toPublicKeyEntry } from "@/domain/credentials";
import type { Actor } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { useIssuerKeys } from "@/server/keys/issuer-keys";
import { smtpSender } from "@/server/mail/mail-sender";
import { deliverDueEmails } from "@/server/mail/outbox-runner";
import { claimCertificate } from "@/server/services/claim-certificate";
import { createAccount } from "@/server/services/create-account";
import { createPasswordSetupLink } from "@/server/services/create-password-setup-link";
import { importRoster } from "@/server/services/import-roster";
import { setPasswordWithToken } from "@/server/services/set-password-with-token";
import { getEmailVerification, verifyEmail } from "@/server/services/verify-email";
import { passSimulation, requiredSimulations } from "./support/learners";
import { createOrgWithStaff, createPlatformAdmin, createTestCohort, TRACK } from "./support/organizations";
import { startSmtpInbox, type SmtpInbox } from "./support/smtp-inbox";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let inbox: SmtpInbox;

const errorOf = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as AppError);

async function verificationLink(to: string) {
  await deliverDueEmails(db.prisma, smtpSender(inbox.url, "Borderless <no-reply@borderless.test>"));
  const mail = inbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to).at(-1)!;
  const token = /\/(?:en|zh)\/verify-email\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "")![1]!;
  return { token, mail };
}

async function actorOf(id: string): Promise<Actor> {
  return db.prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, name: true, role: true, locale: true } });
}

beforeAll(async () => {
  db = await freshTestDatabase();
  inbox = await startSmtpInbox();
  const key = generateKeyPair({ keyId: "key-1" });
  useIssuerKeys({ active: key, published: [toPublicKeyEntry(key)] });
}, 60_000);
afterAll(async () => {
  await inbox.close();
  await db.dispose();
});
beforeEach(() => {
  session.userId = null;
});

describe("signing up", () => {
  it("emails a verification link in the sign-up's language; the account learns, but claims wait for it", async () => {
    const account = await createAccount({ name: "Zhou Min", email: "zhou@example.test", password: "tariff-lines-42" }, "zh");
    const { token, mail } = await verificationLink("zhou@example.test");
    expect(mail.subject).toBe("确认您在 Borderless 的邮箱地址");
    expect(mail.text).toContain("7 天内有效");
    expect(String(mail.html)).toContain(`/zh/verify-email/${token}`);

    const actor = await actorOf(account.id);
    for (const simulationId of requiredSimulations(TRACK)) await passSimulation(actor, TRACK, simulationId);
    const refused = await errorOf(claimCertificate(actor, TRACK));
    expect(refused?.code).toBe("FORBIDDEN");
    expect(refused?.message).toMatch(/^Confirm your email address first/);
    session.userId = account.id;
    expect(await claimCertificateAction("zh", TRACK, null)).toEqual({ ok: false, message: expect.stringMatching(/^请先确认邮箱地址/) });
    expect(await db.prisma.credential.count({ where: { userId: account.id } })).toBe(0);

    expect(await getEmailVerification(token)).toEqual({ email: "zhou@example.test" });
    expect(await verifyEmailAction("zh", token, null)).toEqual({ ok: true, data: { email: "zhou@example.test" } });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: account.id } })).emailVerifiedAt).not.toBeNull();
    // Once only.
    expect(await verifyEmailAction("en", token, null)).toEqual({ ok: false, message: "This link is not valid any more. Ask for a new one." });
    await expect(claimCertificate(actor, TRACK)).resolves.toMatchObject({ publicId: expect.any(String) });
  }, 120_000);

  it("a link expires after 7 days; a resent link replaces the old one", async () => {
    const account = await createAccount({ name: "Late Verifier", email: "late-v@example.test", password: "tariff-lines-42" }, "en");
    const first = await verificationLink("late-v@example.test");
    expect((await errorOf(verifyEmail(first.token, new Date(Date.now() + 7 * 86_400_000 + 1000))))?.code).toBe("NOT_FOUND");

    session.userId = account.id;
    expect(await resendVerificationAction("en", null)).toEqual({ ok: true, data: undefined });
    const second = await verificationLink("late-v@example.test");
    expect(second.token).not.toBe(first.token);
    expect((await errorOf(verifyEmail(first.token)))?.code).toBe("NOT_FOUND");
    await expect(verifyEmail(second.token)).resolves.toEqual({ email: "late-v@example.test" });
    expect(await resendVerificationAction("en", null)).toEqual({ ok: false, message: "Your email address is already confirmed." });
  });

  it("resending needs a signed-in user", async () => {
    expect(await resendVerificationAction("en", null)).toMatchObject({ ok: false, message: "Sign in to continue." });
  });

  it("refuses guessed, malformed and oversized tokens with a message, writing nothing", async () => {
    await createAccount({ name: "Guesser", email: "guesser@example.test", password: "tariff-lines-42" }, "en");
    const { token } = await verificationLink("guesser@example.test");
    const before = await db.prisma.user.count({ where: { emailVerifiedAt: { not: null } } });
    for (const bad of ["B".repeat(32), "abc\u0000def", "a".repeat(100_000), "../../x", "", 42, null, ["x"]]) {
      expect(await verifyEmailAction("en", bad as string, null)).toMatchObject({ ok: false, message: "This link is not valid any more. Ask for a new one." });
    }
    expect(await db.prisma.user.count({ where: { emailVerifiedAt: { not: null } } })).toBe(before);
    expect(await getEmailVerification(token)).toEqual({ email: "guesser@example.test" });
  });
});

describe("accounts an organization created", () => {
  it("are verified when their owner sets the password through the handed-out link", async () => {
    const platformAdmin = await createPlatformAdmin();
    const org = await createOrgWithStaff(platformAdmin, "Verification Uni");
    const cohort = await createTestCohort(org.admin, org.id);
    const report = await importRoster(org.admin, cohort.id, "email,name\nroster-v@uni.test,Roster Person");
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: report.accountsCreated[0]!.email } });
    expect(user.emailVerifiedAt).toBeNull();
    const { token } = await createPasswordSetupLink(org.admin, cohort.id, user.id);
    await setPasswordWithToken(token, "roster-pass-2026");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });
});
