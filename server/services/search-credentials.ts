import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { canManageCredentials, loadPolicyActor } from "../policies";

/**
 * Certificates for the admin list, newest first: all of them, or those whose public id matches or
 * whose holder's email contains the query (case-insensitive). At most 50 rows.
 */
export async function searchCredentials(actor: Actor, query: string) {
  const policyActor = await loadPolicyActor(actor);
  if (!canManageCredentials(policyActor)) throw new AppError("FORBIDDEN", "errors.noAccessToCertificates");
  const db = await prisma();
  const q = query.trim().slice(0, 200);
  // Org admins see only the certificates earned in their organizations' cohorts (the ones they may revoke).
  const scope = actor.role === "PLATFORM_ADMIN" ? {} : { cohort: { organizationId: { in: [...policyActor.adminOfOrganizations] } } };
  return db.credential.findMany({
    where: { AND: [scope, q ? { OR: [{ publicId: q }, { user: { email: { contains: q, mode: "insensitive" as const } } }] } : {}] },
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
