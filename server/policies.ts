import "server-only";
import type { Actor } from "./authorize";
import { prisma } from "./db";

/**
 * Who may do what to whom. Each policy is a pure function of the actor and the facts about the
 * subject; the loaders below read those facts from the database, next to the data.
 */

/** The acting user as policies see it: global role, and the organizations they administer. */
export type PolicyActor = Pick<Actor, "id" | "role"> & { adminOfOrganizations: readonly string[] };

/** What a credential policy needs to know about the holder: the organizations they study with. */
export type CredentialHolderFacts = { userId: string; organizationIds: readonly string[] };

/**
 * Revoking a certificate: a platform admin, for any certificate; an org admin, for certificates of
 * learners enrolled in a cohort of an organization they administer. Learners and instructors never
 * may, not even their own certificate.
 */
export function canRevokeCredential(actor: PolicyActor, holder: CredentialHolderFacts): boolean {
  if (actor.role === "PLATFORM_ADMIN") return true;
  return holder.organizationIds.some((id) => actor.adminOfOrganizations.includes(id));
}

/** Listing and searching certificates (the admin page): platform admins all, org admins their learners'. */
export function canManageCredentials(actor: PolicyActor): boolean {
  return actor.role === "PLATFORM_ADMIN" || actor.adminOfOrganizations.length > 0;
}

export async function loadPolicyActor(actor: Actor): Promise<PolicyActor> {
  const db = await prisma();
  const memberships = await db.orgMembership.findMany({ where: { userId: actor.id, role: "ORG_ADMIN" }, select: { organizationId: true } });
  return { id: actor.id, role: actor.role, adminOfOrganizations: memberships.map((m) => m.organizationId) };
}

export async function loadHolderFacts(userId: string): Promise<CredentialHolderFacts> {
  const db = await prisma();
  const enrollments = await db.enrollment.findMany({ where: { userId }, select: { cohort: { select: { organizationId: true } } } });
  return { userId, organizationIds: [...new Set(enrollments.map((e) => e.cohort.organizationId))] };
}
