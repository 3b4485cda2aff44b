import "server-only";
import { NewPasswordSchema } from "@/domain/accounts/account-schemas";
import { hashSetupToken } from "../accounts/password-setup";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";
import { hashPassword } from "./password-hashing";

const INVALID = "errors.linkInvalid";

/** Who a set-password link is for (to greet them); NOT_FOUND when unknown, used or expired. */
export async function getPasswordSetup(token: string, now = new Date()): Promise<{ email: string; name: string }> {
  const db = await prisma();
  const record = await db.passwordSetupToken.findUnique({ where: { tokenHash: hashSetupToken(token) }, select: { usedAt: true, expiresAt: true, user: { select: { email: true, name: true } } } });
  if (!record || record.usedAt || record.expiresAt <= now) throw new AppError("NOT_FOUND", INVALID);
  return record.user;
}

/**
 * Sets the password of an account created from a roster, using its one-time link. The token is
 * spent in the same transaction (a conditional update), so a link works exactly once.
 */
export async function setPasswordWithToken(token: string, password: unknown, now = new Date()): Promise<{ email: string }> {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", { password: fieldErrorsOf(parsed.error).form ?? [] });
  const passwordHash = await hashPassword(parsed.data);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const tokenHash = hashSetupToken(token);
    const spent = await tx.passwordSetupToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count !== 1) throw new AppError("NOT_FOUND", INVALID);
    const { userId } = await tx.passwordSetupToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true } });
    // Claimed: the account is its owner's now, no longer the creating organization's to enroll.
    // The link reached its owner (by email, or from the organization that knows them): the address
    // counts as verified, and any session from before the password existed ends.
    const current = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, createdByOrganizationId: null, sessionVersion: { increment: 1 }, emailVerifiedAt: current.emailVerifiedAt ?? now },
      select: { email: true },
    });
    // Other links for the same account die with this one.
    await tx.passwordSetupToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.auditEvent.create({ data: { actorId: userId, action: "account.password.setup", subject: `user:${userId}` } });
    return user;
  });
}
