import "server-only";
import { NewPasswordSchema } from "@/domain/accounts/account-schemas";
import { findAccountToken, spendAccountToken } from "../accounts/account-tokens";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";
import { hashPassword } from "./password-hashing";

/** Whose password a reset link changes (to show on its page); NOT_FOUND when unknown, used or expired. */
export async function getPasswordReset(token: string, now = new Date()): Promise<{ email: string }> {
  const db = await prisma();
  const { email } = await findAccountToken(db, token, "PASSWORD_RESET", now);
  return { email };
}

/**
 * Sets a new password with a reset link (once, within its hour). Every session of the account ends:
 * its sessionVersion goes up, and sessions that carry the old one are refused (authorize.ts). The
 * link reached the address, so the address counts as verified; an account a roster created is now
 * its owner's (as with the set-password link).
 */
export async function resetPassword(token: string, password: unknown, now = new Date()): Promise<{ email: string }> {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", { password: fieldErrorsOf(parsed.error).form ?? [] });
  const passwordHash = await hashPassword(parsed.data);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const { userId, email } = await spendAccountToken(tx, token, "PASSWORD_RESET", now);
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    // A link sent to an address the account no longer uses proves nothing about the current one.
    if (current.email !== email) throw new AppError("NOT_FOUND", "account.linkInvalid");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, createdByOrganizationId: null, emailVerifiedAt: current.emailVerifiedAt ?? now },
    });
    await tx.passwordSetupToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.auditEvent.create({ data: { actorId: userId, action: "account.password.reset", subject: `user:${userId}` } });
    return { email };
  });
}
