import "server-only";
import { OrganizationSchema } from "@/domain/organizations/organization-schemas";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";

/** A platform admin creates a university or company; its admins are then added as members. */
export async function createOrganization(actor: Actor, raw: unknown): Promise<{ id: string }> {
  if (actor.role !== "PLATFORM_ADMIN") throw new AppError("FORBIDDEN", "errors.onlyAdminsCreateOrganizations");
  const parsed = OrganizationSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: parsed.data, select: { id: true } });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "organization.create", subject: `organization:${organization.id}`, detail: parsed.data } });
    return organization;
  });
}
