import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";
import { cohortsTaughtBy } from "../organizations/org-access";

/**
 * Whether the actor may read and grade a learner's memo on a track: a platform admin always; staff
 * of an organization only when the learner is enrolled in one of its cohorts that covers the track.
 * Anyone else gets NOT_FOUND, so memo ids of other organizations are not confirmed to exist.
 */
export async function requireMemoGrader(actor: Actor, learnerId: string, trackId: string): Promise<void> {
  if (actor.role === "PLATFORM_ADMIN") return;
  const cohorts = (await cohortsTaughtBy(actor)).filter((cohort) => cohort.trackIds.includes(trackId));
  if (cohorts.length > 0) {
    const db = await prisma();
    const enrolled = await db.enrollment.findFirst({ where: { userId: learnerId, cohortId: { in: cohorts.map((c) => c.id) } }, select: { id: true } });
    if (enrolled) return;
  }
  throw new AppError("NOT_FOUND", "errors.noSuchMemo");
}
