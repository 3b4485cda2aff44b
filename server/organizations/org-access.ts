import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { OrgRole } from "../generated/prisma/enums";

/**
 * Who may see and change an organization's data, decided next to the data. Services call these
 * before any org-scoped query, then scope every query by the organization or cohort they return.
 *
 * - A platform admin acts with ORG_ADMIN rights in every organization.
 * - Staff (OrgMembership ORG_ADMIN or INSTRUCTOR) see their own organization only.
 * - Anyone else gets NOT_FOUND, never FORBIDDEN: another organization's ids must not be
 *   confirmed to exist. FORBIDDEN is kept for staff of the organization lacking the role
 *   (an instructor trying to manage members).
 */
export type OrgAccess = { organizationId: string; role: OrgRole };

const STAFF: readonly OrgRole[] = ["ORG_ADMIN", "INSTRUCTOR"];

/** The actor's role in the organization, or null (platform admins count as ORG_ADMIN). */
export async function orgRoleOf(actor: Actor, organizationId: string): Promise<OrgRole | null> {
  const db = await prisma();
  if (actor.role === "PLATFORM_ADMIN") {
    const exists = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
    return exists ? "ORG_ADMIN" : null;
  }
  const membership = await db.orgMembership.findUnique({ where: { organizationId_userId: { organizationId, userId: actor.id } }, select: { role: true } });
  return membership?.role ?? null;
}

/** Throws NOT_FOUND unless the actor is staff of the organization, FORBIDDEN without one of `roles`. */
export async function requireOrgAccess(actor: Actor, organizationId: string, roles: readonly OrgRole[] = STAFF): Promise<OrgAccess> {
  const role = await orgRoleOf(actor, organizationId);
  if (!role) throw new AppError("NOT_FOUND", "errors.noSuchOrganization");
  if (!roles.includes(role)) throw new AppError("FORBIDDEN", "errors.onlyOrgAdmins");
  return { organizationId, role };
}

export type CohortAccess = OrgAccess & { cohortId: string };

/** Throws NOT_FOUND unless the cohort exists and the actor is staff of its organization. */
export async function requireCohortAccess(actor: Actor, cohortId: string, roles: readonly OrgRole[] = STAFF): Promise<CohortAccess> {
  const db = await prisma();
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { organizationId: true } });
  if (!cohort) throw new AppError("NOT_FOUND", "errors.noSuchCohort");
  const role = await orgRoleOf(actor, cohort.organizationId);
  if (!role) throw new AppError("NOT_FOUND", "errors.noSuchCohort");
  if (!roles.includes(role)) throw new AppError("FORBIDDEN", "errors.onlyOrgAdmins");
  return { organizationId: cohort.organizationId, role, cohortId };
}

/** True when the actor may see the cohort's learners and their work (its org's staff, platform admins). */
export async function canSeeCohort(actor: Actor, cohortId: string): Promise<boolean> {
  return requireCohortAccess(actor, cohortId).then(
    () => true,
    (error: unknown) => {
      if (error instanceof AppError) return false;
      throw error;
    },
  );
}

/**
 * Throws NOT_FOUND unless the actor is staff of the cohort's organization AND the learner is
 * enrolled in that cohort: staff of one cohort's organization see only that cohort's learners.
 */
export async function requireCohortLearner(actor: Actor, cohortId: string, userId: string, roles: readonly OrgRole[] = STAFF): Promise<CohortAccess & { enrollmentId: string }> {
  const access = await requireCohortAccess(actor, cohortId, roles);
  const db = await prisma();
  const enrollment = await db.enrollment.findUnique({ where: { cohortId_userId: { cohortId, userId } }, select: { id: true } });
  if (!enrollment) throw new AppError("NOT_FOUND", "errors.noSuchLearnerInCohort");
  return { ...access, enrollmentId: enrollment.id };
}

export type TaughtCohort = { id: string; name: string; organizationId: string; organizationName: string; trackIds: string[]; role: OrgRole };

/** Every cohort the actor may follow as staff (all of them for a platform admin), newest first. */
export async function cohortsTaughtBy(actor: Actor): Promise<TaughtCohort[]> {
  const db = await prisma();
  const memberships = actor.role === "PLATFORM_ADMIN" ? null : await db.orgMembership.findMany({ where: { userId: actor.id }, select: { organizationId: true, role: true } });
  const roleIn = new Map(memberships?.map((m) => [m.organizationId, m.role]));
  const cohorts = await db.cohort.findMany({
    where: memberships ? { organizationId: { in: [...roleIn.keys()] } } : {},
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, organizationId: true, trackIds: true, organization: { select: { name: true } } },
  });
  return cohorts.map((c) => ({
    id: c.id,
    name: c.name,
    organizationId: c.organizationId,
    organizationName: c.organization.name,
    trackIds: c.trackIds,
    role: roleIn.get(c.organizationId) ?? "ORG_ADMIN",
  }));
}

/** Organizations where the actor is staff (all for a platform admin), with the actor's role. */
export async function organizationsOf(actor: Actor): Promise<{ id: string; name: string; kind: string; role: OrgRole }[]> {
  const db = await prisma();
  if (actor.role === "PLATFORM_ADMIN") {
    const all = await db.organization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
    return all.map((o) => ({ ...o, role: "ORG_ADMIN" as const }));
  }
  const memberships = await db.orgMembership.findMany({
    where: { userId: actor.id },
    orderBy: { organization: { name: "asc" } },
    select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
  });
  return memberships.map((m) => ({ ...m.organization, role: m.role }));
}
