import "server-only";
import { MemberSchema } from "@/domain/organizations/organization-schemas";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireOrgAccess } from "../organizations/org-access";
import { fieldErrorsOf } from "../validation";

/**
 * An org admin adds a person (by the email of an existing account) as ORG_ADMIN or INSTRUCTOR,
 * or changes the role of a member. The person's global role is untouched.
 */
export async function addOrgMember(actor: Actor, organizationId: string, raw: unknown): Promise<{ userId: string }> {
  await requireOrgAccess(actor, organizationId, ["ORG_ADMIN"]);
  const parsed = MemberSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  const { email, role } = parsed.data;
  const db = await prisma();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("VALIDATION", "Check the highlighted fields.", { email: ["No account uses this email. Ask the person to create one first."] });
  await db.$transaction(async (tx) => {
    await tx.orgMembership.upsert({
      where: { organizationId_userId: { organizationId, userId: user.id } },
      create: { organizationId, userId: user.id, role },
      update: { role },
    });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "organization.member.add", subject: `organization:${organizationId}`, detail: { userId: user.id, role } } });
  });
  return { userId: user.id };
}
