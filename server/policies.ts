import "server-only";
import type { Actor } from "./authorize";

/**
 * Who may do what to whom, decided next to the data by the services. Each policy takes the actor
 * and the facts about the subject it needs, so that adding organizations means adding a fact here,
 * not a check in every caller.
 */

/** The acting user as policies see it; `organizationId` arrives with organizations. */
export type PolicyActor = Pick<Actor, "id" | "role"> & { organizationId?: string | null };

/** What a credential policy needs to know about the holder. */
export type CredentialHolderFacts = {
  userId: string;
  /** The holder's organization, once organizations exist (always null until then). */
  organizationId: string | null;
};

/**
 * Revoking a certificate: a platform admin, for any certificate. Planned: an org admin for the
 * certificates of their own organization's learners (`actor.organizationId === holder.organizationId`,
 * both non-null) once users belong to organizations; until then an ORG_ADMIN may not revoke.
 * Learners and instructors never may, not even their own certificate.
 */
export function canRevokeCredential(actor: PolicyActor, holder: CredentialHolderFacts): boolean {
  if (actor.role === "PLATFORM_ADMIN") return true;
  if (actor.role === "ORG_ADMIN") {
    // Organizations do not exist yet, so both ids are null today and this is false.
    return holder.organizationId !== null && actor.organizationId === holder.organizationId;
  }
  return false;
}

/** Listing and searching all certificates (the admin page): the same people who may revoke some. */
export function canManageCredentials(actor: PolicyActor): boolean {
  return actor.role === "PLATFORM_ADMIN";
}
