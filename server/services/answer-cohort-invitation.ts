import "server-only";
import { z } from "zod";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";

export const AnswerInvitationSchema = z.object({
  // Prisma cuids: lower-case letters and digits.
  invitationId: z.string().regex(/^[a-z0-9]{20,40}$/, "Not an invitation id."),
  answer: z.enum(["accept", "decline"], { message: "Answer accept or decline." }),
});

/**
 * The invited learner accepts (enrolled now, with the student id the organization gave) or declines
 * (the organization stops seeing them). Only the invited account may answer, only once: the
 * invitation is switched with a conditional update, so two clicks enroll once.
 */
export async function answerCohortInvitation(actor: Actor, raw: unknown, now = new Date()): Promise<{ cohortId: string; status: "ACCEPTED" | "DECLINED" }> {
  const parsed = AnswerInvitationSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.invitationUnanswerable", fieldErrorsOf(parsed.error));
  const { invitationId, answer } = parsed.data;
  const status = answer === "accept" ? "ACCEPTED" : "DECLINED";
  const db = await prisma();
  return db.$transaction(async (tx) => {
    // Another person's invitation and an unknown id look the same.
    const invitation = await tx.cohortInvitation.findFirst({ where: { id: invitationId, userId: actor.id }, select: { cohortId: true, studentId: true } });
    if (!invitation) throw new AppError("NOT_FOUND", "errors.noSuchInvitation");
    const { count } = await tx.cohortInvitation.updateMany({ where: { id: invitationId, userId: actor.id, status: "INVITED" }, data: { status, respondedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", "errors.invitationAnswered");
    const { cohortId } = invitation;
    if (status === "ACCEPTED") {
      await tx.enrollment.createMany({ data: [{ cohortId, userId: actor.id, studentId: invitation.studentId, source: "CSV", enrolledAt: now }], skipDuplicates: true });
    }
    await tx.notification.updateMany({ where: { userId: actor.id, dedupeKey: `invited:${cohortId}`, readAt: null }, data: { readAt: now } });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: `cohort.invitation.${answer}`, subject: `cohort:${cohortId}`, detail: { userId: actor.id, invitationId } } });
    return { cohortId, status };
  });
}
