import "server-only";
import { MemberSchema } from "@/domain/organizations/organization-schemas";
import type { Actor } from "../authorize";
import { issueSetupTokens, UNCLAIMED_PASSWORD_HASH } from "../accounts/password-setup";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireOrgAccess } from "../organizations/org-access";
import { fieldErrorsOf } from "../validation";

export type AddedMember = {
  userId: string;
  /** Set only when this call created the account: the one-time set-password token, shown to the admin once. */
  setupToken?: string;
};

/**
 * An org admin adds a person as ORG_ADMIN or INSTRUCTOR, or changes the role of a member. The
 * person's global role is untouched.
 *
 * A person with an account is simply added. For an email without an account, the account is made
 * without a password (it cannot sign in) together with the membership in one transaction, and the
 * admin gets a one-time set-password link to pass on: the same mechanism as roster imports.
 */
export async function addOrgMember(actor: Actor, organizationId: string, raw: unknown, now = new Date()): Promise<AddedMember> {
  await requireOrgAccess(actor, organizationId, ["ORG_ADMIN"]);
  const parsed = MemberSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const { email, role, name } = parsed.data;
  const db = await prisma();
  return db.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    let setupToken: string | undefined;
    if (!user) {
      if (!name) throw new AppError("VALIDATION", "errors.checkHighlightedFields", { name: ["errors.enterPersonName"] });
      // skipDuplicates: someone may sign up with this email meanwhile; they then keep their account and get no link.
      await tx.user.createMany({ data: [{ email, name, passwordHash: UNCLAIMED_PASSWORD_HASH, createdByOrganizationId: organizationId }], skipDuplicates: true });
      const made = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true, createdByOrganizationId: true } });
      // skipDuplicates may have kept another organization's unclaimed account: no link for that one.
      if (made.passwordHash === UNCLAIMED_PASSWORD_HASH && made.createdByOrganizationId === organizationId) setupToken = (await issueSetupTokens(tx, [made.id], now)).get(made.id);
      user = made;
    }
    const userId = user.id;
    await tx.orgMembership.upsert({
      where: { organizationId_userId: { organizationId, userId } },
      create: { organizationId, userId, role },
      update: { role },
    });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "organization.member.add", subject: `organization:${organizationId}`, detail: { userId, role, accountCreated: setupToken !== undefined } },
    });
    return setupToken ? { userId, setupToken } : { userId };
  });
}
