import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { AccountTokenPurpose } from "../generated/prisma/enums";
import { AppError, type ErrorMessage } from "../errors";
import { publicOrigin } from "../issuer";
import { hashSetupToken } from "./password-setup";

/** How long an emailed link stays valid, by what it is for. */
export const ACCOUNT_TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60 * 1000,
  VERIFY_EMAIL: 7 * 86_400_000,
};

const PATHS: Record<AccountTokenPurpose, string> = { PASSWORD_RESET: "reset-password", VERIFY_EMAIL: "verify-email" };

export const INVALID_LINK: ErrorMessage = "account.linkInvalid";

/**
 * A one-time link for `userId`, sent to `email`: the token is returned once (for the email) and only
 * its SHA-256 is stored. Earlier unspent links of the same purpose die, so only the newest works.
 */
export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string; locale: string },
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<{ token: string; link: string }> {
  await tx.accountToken.updateMany({ where: { userId: user.id, purpose, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(24).toString("base64url");
  await tx.accountToken.create({
    data: { userId: user.id, purpose, email: user.email, tokenHash: hashSetupToken(token), expiresAt: new Date(now.getTime() + ACCOUNT_TOKEN_LIFETIME_MS[purpose]) },
  });
  const lang = user.locale === "zh" ? "zh" : "en";
  return { token, link: `${publicOrigin()}/${lang}/${PATHS[purpose]}/${token}` };
}

/** The live (unspent, unexpired) link's account, or NOT_FOUND: for a page to greet its holder. */
export async function findAccountToken(db: Prisma.TransactionClient, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<{ userId: string; email: string }> {
  const record = await db.accountToken.findUnique({ where: { tokenHash: hashSetupToken(token) }, select: { userId: true, email: true, purpose: true, usedAt: true, expiresAt: true } });
  if (!record || record.purpose !== purpose || record.usedAt || record.expiresAt <= now) throw new AppError("NOT_FOUND", INVALID_LINK);
  return { userId: record.userId, email: record.email };
}

/**
 * Spends a link inside the caller's transaction: a conditional update, so of two simultaneous uses
 * exactly one succeeds. NOT_FOUND when unknown, of another purpose, used or expired.
 */
export async function spendAccountToken(tx: Prisma.TransactionClient, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<{ userId: string; email: string }> {
  const tokenHash = hashSetupToken(token);
  const spent = await tx.accountToken.updateMany({ where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (spent.count !== 1) throw new AppError("NOT_FOUND", INVALID_LINK);
  return tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, email: true } });
}
