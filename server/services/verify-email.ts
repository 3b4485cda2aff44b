import "server-only";
import type { Actor } from "../authorize";
import { findAccountToken, issueAccountToken, ACCOUNT_TOKEN_LIFETIME_MS, spendAccountToken } from "../accounts/account-tokens";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { enqueueEmail } from "../mail/outbox";
import { enforceRateLimit } from "../rate-limits/rate-limits";

const VERIFY_LINK_DAYS = ACCOUNT_TOKEN_LIFETIME_MS.VERIFY_EMAIL / 86_400_000;

/** Writes a verification link and its email in the caller's transaction (sign-up, resend). */
export async function sendVerificationEmail(tx: Prisma.TransactionClient, user: { id: string; email: string; name: string; locale: string }, now = new Date()): Promise<void> {
  const { link } = await issueAccountToken(tx, user, "VERIFY_EMAIL", now);
  await enqueueEmail(tx, user, { kind: "verify-email", name: user.name, link, days: VERIFY_LINK_DAYS });
}

/** Whether the actor's address is verified (certificates are issued only to verified addresses). */
export async function isEmailVerified(actor: Actor): Promise<boolean> {
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { emailVerifiedAt: true } });
  return Boolean(user?.emailVerifiedAt);
}

/** The address a verification link confirms (for its page); NOT_FOUND when unknown, used or expired. */
export async function getEmailVerification(token: string, now = new Date()): Promise<{ email: string }> {
  const db = await prisma();
  const { email } = await findAccountToken(db, token, "VERIFY_EMAIL", now);
  return { email };
}

/**
 * Confirms an address with its emailed link (once, before it expires). A link for an address the
 * account no longer uses confirms nothing.
 */
export async function verifyEmail(token: string, now = new Date()): Promise<{ email: string }> {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const { userId, email } = await spendAccountToken(tx, token, "VERIFY_EMAIL", now);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    if (user.email !== email) throw new AppError("NOT_FOUND", "account.linkInvalid");
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now } });
    await tx.auditEvent.create({ data: { actorId: userId, action: "account.email.verified", subject: `user:${userId}` } });
    return { email };
  });
}

/** A new verification link for the signed-in user (the old one stops working). Limited like reset requests. */
export async function resendVerificationEmail(actor: Actor, now = new Date()): Promise<void> {
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, email: true, name: true, locale: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) throw new AppError("CONFLICT", "account.alreadyVerified");
  // The password-reset budget (RATE_LIMIT_PASSWORD_RESET), keyed by account: both send mail to an address on request.
  await enforceRateLimit("passwordReset", `verify:${user.id}`);
  await db.$transaction((tx) => sendVerificationEmail(tx, user, now));
}
