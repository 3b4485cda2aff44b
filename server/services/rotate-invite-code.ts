import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { requireCohortAccess } from "../organizations/org-access";
import { newInviteCode } from "./create-cohort";

/**
 * An org admin replaces a cohort's invite code (e.g. after the link leaked). The old link and code
 * stop working at once: joining looks the cohort up by its current code only. Learners already
 * enrolled stay enrolled. Audited with the retired code, so "why does my link 404" can be answered.
 */
export async function rotateInviteCode(actor: Actor, cohortId: string): Promise<{ inviteCode: string }> {
  await requireCohortAccess(actor, cohortId, ["ORG_ADMIN"]);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const { inviteCode: previous } = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { inviteCode: true } });
    const { inviteCode } = await tx.cohort.update({ where: { id: cohortId }, data: { inviteCode: newInviteCode() }, select: { inviteCode: true } });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "cohort.invite.rotate", subject: `cohort:${cohortId}`, detail: { previous } } });
    return { inviteCode };
  });
}
