import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireOrgAccess } from "../organizations/org-access";

/** An org admin removes a member. The last admin cannot be removed, so an organization is never orphaned. */
export async function removeOrgMember(actor: Actor, organizationId: string, userId: string): Promise<void> {
  await requireOrgAccess(actor, organizationId, ["ORG_ADMIN"]);
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const member = await tx.orgMembership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
    if (!member) throw new AppError("NOT_FOUND", "errors.noSuchMember");
    if (member.role === "ORG_ADMIN") {
      const admins = await tx.orgMembership.count({ where: { organizationId, role: "ORG_ADMIN" } });
      if (admins <= 1) throw new AppError("CONFLICT", "errors.needOneAdmin");
    }
    await tx.orgMembership.delete({ where: { organizationId_userId: { organizationId, userId } } });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "organization.member.remove", subject: `organization:${organizationId}`, detail: { userId, role: member.role } } });
  });
}
