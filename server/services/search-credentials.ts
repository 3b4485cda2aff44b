import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { canManageCredentials } from "../policies";

/**
 * Certificates for the admin list, newest first: all of them, or those whose public id matches or
 * whose holder's email contains the query (case-insensitive). At most 50 rows.
 */
export async function searchCredentials(actor: Actor, query: string) {
  if (!canManageCredentials(actor)) throw new AppError("FORBIDDEN", "You do not have access to certificates.");
  const db = await prisma();
  const q = query.trim().slice(0, 200);
  return db.credential.findMany({
    where: q ? { OR: [{ publicId: q }, { user: { email: { contains: q, mode: "insensitive" } } }] } : {},
    orderBy: { issuedAt: "desc" },
    take: 50,
    select: {
      publicId: true,
      trackId: true,
      contentVersion: true,
      issuedAt: true,
      validUntil: true,
      revokedAt: true,
      revocationReason: true,
      user: { select: { name: true, email: true } },
      renewedBy: { select: { publicId: true } },
    },
  });
}
