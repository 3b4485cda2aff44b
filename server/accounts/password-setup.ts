import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";

/** How long a set-password link stays valid. */
export const SETUP_LINK_DAYS = 14;

export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A one-time token for an account created by an admin (no password yet). The token itself is
 * returned once, to be shown to the admin as a link; only its SHA-256 is stored.
 */
export async function issueSetupTokens(tx: Prisma.TransactionClient, userIds: readonly string[], now = new Date()): Promise<Map<string, string>> {
  const tokens = new Map(userIds.map((userId) => [userId, randomBytes(24).toString("base64url")]));
  const expiresAt = new Date(now.getTime() + SETUP_LINK_DAYS * 86_400_000);
  await tx.passwordSetupToken.createMany({ data: [...tokens].map(([userId, token]) => ({ userId, tokenHash: hashSetupToken(token), expiresAt })) });
  return tokens;
}

/** An account that was created from a roster and whose owner has not set a password yet. */
export const UNCLAIMED_PASSWORD_HASH = "";
