import type { Actor } from "@/server/authorize";
import { prisma } from "@/server/db";
import type { OrgRole } from "@/server/generated/prisma/enums";
import { createCohort } from "@/server/services/create-cohort";
import { createOrganization } from "@/server/services/create-organization";
import { createLearner } from "./learners";

export const TRACK = "compliance-architect";

export async function createPlatformAdmin(): Promise<Actor> {
  return createLearner({ role: "PLATFORM_ADMIN" });
}

export async function createOrgWithStaff(platformAdmin: Actor, name: string) {
  const { id } = await createOrganization(platformAdmin, { name, kind: "UNIVERSITY" });
  const admin = await createLearner({ role: "ORG_ADMIN" });
  const instructor = await createLearner({ role: "INSTRUCTOR" });
  await addMember(id, admin, "ORG_ADMIN");
  await addMember(id, instructor, "INSTRUCTOR");
  return { id, admin, instructor };
}

export async function addMember(organizationId: string, user: Actor, role: OrgRole) {
  const db = await prisma();
  await db.orgMembership.create({ data: { organizationId, userId: user.id, role } });
}

export async function createTestCohort(actor: Actor, organizationId: string, overrides: Record<string, unknown> = {}) {
  return createCohort(actor, organizationId, {
    name: "Spring cohort",
    trackIds: [TRACK],
    startsOn: "2026-09-01",
    endsOn: "2027-01-31",
    deadlines: { [`${TRACK}/eu-vat-ecommerce`]: "2026-10-01", [`${TRACK}/low-value-imports`]: "2026-12-01" },
    ...overrides,
  });
}

export async function enroll(cohortId: string, user: Actor, studentId: string | null = null) {
  const db = await prisma();
  await db.enrollment.create({ data: { cohortId, userId: user.id, studentId, source: "INVITE" } });
}

export async function codeOf(error: unknown): Promise<string> {
  return (error as { code?: string }).code ?? String(error);
}

/** Runs a call and returns "ok" or the AppError code it failed with. */
export async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "ok";
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
}
