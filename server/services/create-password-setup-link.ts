import "server-only";
import type { Actor } from "../authorize";
import { issueSetupTokens, UNCLAIMED_PASSWORD_HASH } from "../accounts/password-setup";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireCohortLearner } from "../organizations/org-access";

/**
 * A new set-password link for a cohort learner whose account was created from a roster and never
 * claimed (the first link was lost or expired). Refused for accounts that have a password, and for
 * accounts another organization created: whoever holds the link becomes the account's owner, so
 * only the organization that made the account may hand it out.
 */
export async function createPasswordSetupLink(actor: Actor, cohortId: string, userId: string, now = new Date()): Promise<{ token: string }> {
  const access = await requireCohortLearner(actor, cohortId, userId, ["ORG_ADMIN"]);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, createdByOrganizationId: true } });
    if (user.passwordHash !== UNCLAIMED_PASSWORD_HASH) throw new AppError("CONFLICT", "errors.learnerHasPassword");
    if (user.createdByOrganizationId !== access.organizationId) throw new AppError("FORBIDDEN", "errors.onlyCreatorSendsLink");
    const tokens = await issueSetupTokens(tx, [userId], now);
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "account.password.setup-link", subject: `user:${userId}`, detail: { cohortId } } });
    return { token: tokens.get(userId)! };
  });
}
