import "server-only";
import type { Actor } from "./authorize";
import { prisma } from "./db";

/**
 * Who may do what to whom. Each policy is a pure function of the actor and the facts about the
 * subject; the loaders below read those facts from the database, next to the data.
 */

/** The acting user as policies see it: global role, and the organizations they administer. */
export type PolicyActor = Pick<Actor, "id" | "role"> & { adminOfOrganizations: readonly string[] };

/** What a credential policy needs to know: the organization of the cohort it was earned in, if any. */
export type CredentialFacts = { earnedInOrganizationId: string | null };

/**
 * Revoking a certificate: a platform admin, for any certificate; an org admin, only for a
 * certificate earned in a cohort of an organization they administer (Credential.cohortId), never
 * one earned elsewhere by a learner who merely also studies with them. Learners and instructors
 * never may, not even their own certificate.
 */
export function canRevokeCredential(actor: PolicyActor, credential: CredentialFacts): boolean {
  if (actor.role === "PLATFORM_ADMIN") return true;
  return credential.earnedInOrganizationId !== null && actor.adminOfOrganizations.includes(credential.earnedInOrganizationId);
}

/** Listing and searching certificates (the admin page): platform admins all, org admins those earned in their cohorts. */
export function canManageCredentials(actor: PolicyActor): boolean {
  return actor.role === "PLATFORM_ADMIN" || actor.adminOfOrganizations.length > 0;
}

export async function loadPolicyActor(actor: Actor): Promise<PolicyActor> {
  const db = await prisma();
  const memberships = await db.orgMembership.findMany({ where: { userId: actor.id, role: "ORG_ADMIN" }, select: { organizationId: true } });
  return { id: actor.id, role: actor.role, adminOfOrganizations: memberships.map((m) => m.organizationId) };
}
