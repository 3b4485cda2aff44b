import "server-only";
import { ExtensionSchema } from "@/domain/organizations/organization-schemas";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { requireCohortLearner } from "../organizations/org-access";
import { fieldErrorsOf } from "../validation";

/**
 * Gives one learner of a cohort their own deadline for one module (org admins and the org's
 * instructors). The current extension is one row; every grant or change is an AuditEvent with
 * the previous and new date, the reason and who decided, which is the trail shown on the learner page.
 */
export async function extendDeadline(actor: Actor, cohortId: string, userId: string, raw: unknown): Promise<void> {
  await requireCohortLearner(actor, cohortId, userId);
  const parsed = ExtensionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const { module, dueOn, reason } = parsed.data;
  const [trackId, moduleId] = module.split("/") as [string, string];
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { trackIds: true, deadlines: { where: { trackId, moduleId }, select: { dueAt: true } } } });
    if (!cohort.trackIds.includes(trackId)) throw new AppError("VALIDATION", "errors.checkHighlightedFields", { module: ["errors.chooseCohortModule"] });
    const key = { cohortId_userId_trackId_moduleId: { cohortId, userId, trackId, moduleId } };
    const previous = await tx.deadlineExtension.findUnique({ where: key, select: { dueAt: true } });
    await tx.deadlineExtension.upsert({
      where: key,
      create: { cohortId, userId, trackId, moduleId, dueAt: dueOn, reason, grantedById: actor.id },
      update: { dueAt: dueOn, reason, grantedById: actor.id },
    });
    await tx.auditEvent.create({
      data: {
        actorId: actor.id,
        action: "cohort.deadline.extend",
        subject: `enrollment:${cohortId}:${userId}`,
        detail: { trackId, moduleId, from: (previous?.dueAt ?? cohort.deadlines[0]?.dueAt ?? null)?.toISOString() ?? null, to: dueOn.toISOString(), reason },
      },
    });
  });
}
