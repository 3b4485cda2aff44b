/**
 * Password reset: the same answer for every email, a link delivered by a real SMTP server, used
 * once within its hour, ending every other session; limited per email and per client address.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sessionVersion?: number }; expires: string } }));
vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: async () => session.current }));

import { resetPasswordAction } from "@/app/[lang]/reset-password/[token]/actions";
import { requestPasswordResetAction } from "@/app/[lang]/forgot-password/actions";
import { currentActor } from "@/server/authorize";
import { AppError } from "@/server/errors";
import { smtpSender } from "@/server/mail/mail-sender";
import { deliverDueEmails } from "@/server/mail/outbox-runner";
import { authenticate } from "@/server/services/authenticate";
import { createAccount } from "@/server/services/create-account";
import { requestPasswordReset } from "@/server/services/request-password-reset";
import { getPasswordReset, resetPassword } from "@/server/services/reset-password";
import { startSmtpInbox, type SmtpInbox } from "./support/smtp-inbox";
import { freshTestDatabase } from "./support/test-database";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let inbox: SmtpInbox;
let ipCounter = 0;
/** A fresh client address per request, so per-address limits do not mix tests. */
const client = () => ({ ip: `198.51.100.${++ipCounter}` });

const errorOf = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as AppError);
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

/** Runs the outbox and reads the newest message that reached `to`. */
async function deliveredLink(to: string): Promise<{ token: string; text: string; subject: string; html: string }> {
  await deliverDueEmails(db.prisma, smtpSender(inbox.url, "Borderless <no-reply@borderless.test>"));
  const mail = inbox.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to).at(-1)!;
  const match = /\/(en|zh)\/reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text ?? "");
  return { token: match![2]!, text: mail.text ?? "", subject: mail.subject ?? "", html: String(mail.html) };
}

beforeAll(async () => {
  db = await freshTestDatabase();
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
  await db.dispose();
});
beforeEach(() => {
  inbox.messages.length = 0;
  session.current = null;
});

describe("asking for a reset", () => {
  it("answers the same for an account and for an unknown email, and writes only for the account", async () => {
    await createAccount({ name: "Mei Lin", email: "mei@example.test", password: "tariff-lines-42" }, "en");
    const before = { tokens: await db.prisma.accountToken.count(), mail: await db.prisma.outboxEmail.count() };
    const known = await requestPasswordResetAction("en", null, form({ email: "MEI@example.test" }));
    const mailAfterKnown = await db.prisma.outboxEmail.count();
    const unknown = await requestPasswordResetAction("en", null, form({ email: "nobody@example.test" }));
    expect(known).toEqual(unknown);
    expect(known).toEqual({ ok: true, data: undefined });
    expect(mailAfterKnown).toBe(before.mail + 1);
    expect(await db.prisma.outboxEmail.count()).toBe(mailAfterKnown); // nothing for the unknown email
    expect(await db.prisma.accountToken.count()).toBe(before.tokens + 1);
    expect(await db.prisma.outboxEmail.count({ where: { toEmail: "nobody@example.test" } })).toBe(0);
  });

  it("stores only a hash of the token", async () => {
    await createAccount({ name: "Hash Check", email: "hash@example.test", password: "tariff-lines-42" }, "en");
    await requestPasswordReset("hash@example.test", client());
    const { token } = await deliveredLink("hash@example.test");
    const stored = await db.prisma.accountToken.findMany({ where: { email: "hash@example.test", purpose: "PASSWORD_RESET" } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("is limited per email, from any address", async () => {
    await createAccount({ name: "Limit", email: "limit@example.test", password: "tariff-lines-42" }, "en");
    for (let i = 0; i < 5; i += 1) await requestPasswordReset("limit@example.test", client());
    const limited = await errorOf(requestPasswordReset("limit@example.test", client()));
    expect(limited?.code).toBe("RATE_LIMITED");
    expect(limited?.message).toMatch(/Too many password-reset requests/);
  });

  it("is limited per client address, whatever the email (and says so the same way for unknown emails)", async () => {
    const from = client();
    for (let i = 0; i < 5; i += 1) await requestPasswordReset(`someone${i}@example.test`, from);
    expect((await errorOf(requestPasswordReset("another@example.test", from)))?.code).toBe("RATE_LIMITED");
  });

  it("refuses a malformed email with a field message, writing nothing", async () => {
    const before = await db.prisma.outboxEmail.count();
    for (const email of ["not-an-email", "a\u0000b@example.test", `${"a".repeat(300)}@example.test`, 42, null]) {
      const result = await requestPasswordResetAction("en", null, form({ email: String(email) }));
      expect(result.ok).toBe(false);
      expect(await errorOf(requestPasswordReset(email, client()))).toMatchObject({ code: "VALIDATION" });
    }
    expect(await db.prisma.outboxEmail.count()).toBe(before);
  });
});

describe("using the link", () => {
  it("emails the link in the account's language, sets the new password once, and ends other sessions", async () => {
    const account = await createAccount({ name: "Wei Zhang", email: "wei@example.test", password: "tariff-lines-42" }, "zh");
    const signedIn = await authenticate({ email: "wei@example.test", password: "tariff-lines-42" }, client());
    session.current = { user: { id: account.id, sessionVersion: signedIn.sessionVersion }, expires: "2999-01-01T00:00:00Z" };
    expect(await currentActor()).toMatchObject({ id: account.id });

    await requestPasswordReset("wei@example.test", client());
    const { token, text, subject, html } = await deliveredLink("wei@example.test");
    expect(subject).toBe("设置新的 Borderless 密码");
    expect(text).toContain("/zh/reset-password/");
    expect(html).toContain(`/zh/reset-password/${token}`);
    expect(await getPasswordReset(token)).toEqual({ email: "wei@example.test" });

    expect(await resetPasswordAction("zh", token, null, form({ password: "new-rules-2026" }))).toEqual({ ok: true, data: { email: "wei@example.test" } });
    await expect(authenticate({ email: "wei@example.test", password: "new-rules-2026" }, client())).resolves.toMatchObject({ id: account.id, sessionVersion: 1 });
    expect((await errorOf(authenticate({ email: "wei@example.test", password: "tariff-lines-42" }, client())))?.code).toBe("UNAUTHENTICATED");
    // The session from before the reset no longer counts; a new sign-in does.
    expect(await currentActor()).toBeNull();
    session.current = { user: { id: account.id, sessionVersion: 1 }, expires: "2999-01-01T00:00:00Z" };
    expect(await currentActor()).toMatchObject({ id: account.id });

    // Single use.
    const again = await resetPasswordAction("zh", token, null, form({ password: "another-pass-99" }));
    expect(again).toEqual({ ok: false, message: "此链接已失效，请重新申请。" });
    expect((await errorOf(getPasswordReset(token)))?.code).toBe("NOT_FOUND");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: account.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("expires after an hour", async () => {
    await createAccount({ name: "Late", email: "late@example.test", password: "tariff-lines-42" }, "en");
    const asked = new Date();
    await requestPasswordReset("late@example.test", client(), asked);
    const { token } = await deliveredLink("late@example.test");
    const later = new Date(asked.getTime() + 60 * 60 * 1000 + 1);
    expect((await errorOf(getPasswordReset(token, later)))?.code).toBe("NOT_FOUND");
    expect((await errorOf(resetPassword(token, "new-rules-2026", later)))?.code).toBe("NOT_FOUND");
    await expect(resetPassword(token, "new-rules-2026", new Date(asked.getTime() + 59 * 60 * 1000))).resolves.toEqual({ email: "late@example.test" });
  });

  it("only the newest link works", async () => {
    await createAccount({ name: "Twice", email: "twice@example.test", password: "tariff-lines-42" }, "en");
    await requestPasswordReset("twice@example.test", client());
    const first = await deliveredLink("twice@example.test");
    await requestPasswordReset("twice@example.test", client());
    const second = await deliveredLink("twice@example.test");
    expect((await errorOf(resetPassword(first.token, "new-rules-2026")))?.code).toBe("NOT_FOUND");
    await expect(resetPassword(second.token, "new-rules-2026")).resolves.toEqual({ email: "twice@example.test" });
  });

  it("refuses guessed, malformed and oversized tokens and weak passwords with a message, writing nothing", async () => {
    const account = await createAccount({ name: "Guess", email: "guess@example.test", password: "tariff-lines-42" }, "en");
    await requestPasswordReset("guess@example.test", client());
    const { token } = await deliveredLink("guess@example.test");
    const before = await db.prisma.user.findUniqueOrThrow({ where: { id: account.id } });
    for (const bad of ["A".repeat(32), "abc\u0000def", "a".repeat(100_000), "../../etc/passwd", "", 42, null]) {
      const result = await resetPasswordAction("en", bad as string, null, form({ password: "new-rules-2026" }));
      expect(result).toMatchObject({ ok: false, message: "This link is not valid any more. Ask for a new one." });
    }
    const weak = await resetPasswordAction("en", token, null, form({ password: "short" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: ["Use at least 10 characters", "Include at least one digit"] } });
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: account.id } })).toEqual(before);
    expect(await getPasswordReset(token)).toEqual({ email: "guess@example.test" }); // still usable
  });
});
