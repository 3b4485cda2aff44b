import "server-only";
import type { Actor } from "../authorize";
import { UNCLAIMED_PASSWORD_HASH } from "../accounts/password-setup";
import { prisma } from "../db";
import { requireOrgAccess } from "../organizations/org-access";

/** An organization's page for its staff: members and cohorts (scoped to that organization). */
export async function getOrganization(actor: Actor, organizationId: string) {
  const access = await requireOrgAccess(actor, organizationId);
  const db = await prisma();
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: {
      id: true,
      name: true,
      kind: true,
      memberships: { orderBy: [{ role: "asc" }, { createdAt: "asc" }], select: { role: true, user: { select: { id: true, name: true, email: true, passwordHash: true } } } },
      cohorts: {
        orderBy: { startsOn: "desc" },
        select: { id: true, name: true, trackIds: true, startsOn: true, endsOn: true, _count: { select: { enrollments: true } } },
      },
    },
  });
  // Never hand password hashes to a page: only whether the account was claimed.
  const memberships = organization.memberships.map(({ role, user: { passwordHash, ...user } }) => ({ role, user: { ...user, unclaimed: passwordHash === UNCLAIMED_PASSWORD_HASH } }));
  return { ...organization, memberships, viewerRole: access.role };
}
