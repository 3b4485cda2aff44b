import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { notify } from "../notifications/notify";

const CodeSchema = /^[0-9A-Z]{10}$/;

/** What the invite link shows before joining: the cohort's and organization's names only. */
export async function getCohortInvite(code: string) {
  const normalized = code.trim().toUpperCase();
  if (!CodeSchema.test(normalized)) throw new AppError("NOT_FOUND", "errors.inviteCodeInvalid");
  const db = await prisma();
  const cohort = await db.cohort.findUnique({
    where: { inviteCode: normalized },
    select: { id: true, name: true, trackIds: true, startsOn: true, endsOn: true, organization: { select: { name: true } } },
  });
  if (!cohort) throw new AppError("NOT_FOUND", "errors.inviteCodeInvalid");
  return cohort;
}

/**
 * The actor joins a cohort with its invite code (their own act, so consent). Idempotent; a first
 * join notifies the learner, and answers an open invitation to the same cohort.
 */
export async function joinCohort(actor: Actor, code: string): Promise<{ cohortId: string; joined: boolean }> {
  const cohort = await getCohortInvite(code);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const created = await tx.enrollment.createMany({ data: [{ cohortId: cohort.id, userId: actor.id, source: "INVITE" }], skipDuplicates: true });
    if (created.count === 0) return { cohortId: cohort.id, joined: false };
    await tx.cohortInvitation.updateMany({ where: { cohortId: cohort.id, userId: actor.id, status: "INVITED" }, data: { status: "ACCEPTED", respondedAt: new Date() } });
    await notify(actor.id, "ENROLLED", { cohortId: cohort.id, cohortName: cohort.name, organizationName: cohort.organization.name }, { href: "/cohorts", dedupeKey: `enrolled:${cohort.id}`, tx });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "cohort.join", subject: `cohort:${cohort.id}`, detail: { userId: actor.id } } });
    return { cohortId: cohort.id, joined: true };
  });
}
