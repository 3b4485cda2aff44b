import "server-only";
import { ModuleDeadlineSchema } from "@/domain/organizations/organization-schemas";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../authorize";
import { loadCatalog } from "../content/load-content";
import { prisma } from "../db";
import { AppError } from "../errors";
import type { NotificationData } from "../notifications/notify";
import { requireCohortAccess } from "../organizations/org-access";
import { fieldErrorsOf } from "../validation";

export type ModuleDeadlineChange = { trackId: string; moduleId: string; from: Date | null; to: Date | null; learnersNotified: number };

/**
 * An org admin sets, moves or clears a cohort's deadline for one module after the cohort was
 * created (instructors may not: they only grant per-learner extensions). Audited with the previous
 * and new date. The dashboard and reminders read deadlines live, so they follow at once.
 *
 * Learners whose own deadline moved are notified: every enrolled learner except those with an
 * extension for the module (their extension still applies). A learner keeps at most one unread
 * notice per module: a second change before they read it updates that notice (still "from" the
 * date they last knew), and moving the date back to it withdraws the notice.
 */
export async function setModuleDeadline(actor: Actor, cohortId: string, raw: unknown, now = new Date()): Promise<ModuleDeadlineChange> {
  await requireCohortAccess(actor, cohortId, ["ORG_ADMIN"]);
  const parsed = ModuleDeadlineSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const [trackId, moduleId] = parsed.data.module.split("/") as [string, string];
  const to = parsed.data.dueOn === "" ? null : parsed.data.dueOn;
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { name: true, trackIds: true, deadlines: { where: { trackId, moduleId }, select: { dueAt: true } } } });
    const isCohortModule = cohort.trackIds.includes(trackId) && loadCatalog().track(trackId)?.moduleList.some((m) => m.id === moduleId);
    if (!isCohortModule) throw new AppError("VALIDATION", "errors.checkHighlightedFields", { module: ["errors.chooseCohortModule"] });
    const from = cohort.deadlines[0]?.dueAt ?? null;
    if (from?.getTime() === to?.getTime()) return { trackId, moduleId, from, to, learnersNotified: 0 };

    const key = { cohortId_trackId_moduleId: { cohortId, trackId, moduleId } };
    if (to) await tx.moduleDeadline.upsert({ where: key, create: { cohortId, trackId, moduleId, dueAt: to }, update: { dueAt: to } });
    else await tx.moduleDeadline.delete({ where: key });
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: "cohort.deadline.set", subject: `cohort:${cohortId}`, detail: { trackId, moduleId, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null } },
    });

    const affected = await tx.enrollment.findMany({
      where: { cohortId, user: { deadlineExtensions: { none: { cohortId, trackId, moduleId } } } },
      select: { userId: true },
    });
    const learnersNotified = await noticeDeadlineChange(tx, affected.map((e) => e.userId), { cohortId, cohortName: cohort.name, trackId, moduleId, from, to }, now);
    return { trackId, moduleId, from, to, learnersNotified };
  });
}

/**
 * Creates, updates or withdraws each learner's one unread DEADLINE_CHANGED notice for the module,
 * in a handful of statements whatever the cohort's size. Returns how many learners now hold one.
 */
async function noticeDeadlineChange(
  tx: Prisma.TransactionClient,
  userIds: string[],
  change: { cohortId: string; cohortName: string; trackId: string; moduleId: string; from: Date | null; to: Date | null },
  now: Date,
): Promise<number> {
  if (userIds.length === 0) return 0;
  const dedupeKey = `deadline-changed:${change.cohortId}:${change.trackId}:${change.moduleId}`;
  const notice = (from: string | null): NotificationData["DEADLINE_CHANGED"] => ({
    cohortId: change.cohortId, cohortName: change.cohortName, trackId: change.trackId, moduleId: change.moduleId, from, to: change.to?.toISOString() ?? null,
  });
  // A notice already read is history: free its key so this change gets a fresh notice.
  await tx.notification.updateMany({ where: { userId: { in: userIds }, dedupeKey, readAt: { not: null } }, data: { dedupeKey: null } });
  const unread = await tx.notification.findMany({ where: { userId: { in: userIds }, dedupeKey }, select: { id: true, userId: true, data: true } });
  // Unread notices keep the date their reader last knew ("from"); group them by it.
  const byKnownDate = new Map<string | null, string[]>();
  for (const n of unread) {
    const known = (n.data as NotificationData["DEADLINE_CHANGED"]).from;
    byKnownDate.set(known, [...(byKnownDate.get(known) ?? []), n.id]);
  }
  let holding = 0;
  for (const [known, ids] of byKnownDate) {
    if (known === notice(known).to) {
      await tx.notification.deleteMany({ where: { id: { in: ids } } });
    } else {
      await tx.notification.updateMany({ where: { id: { in: ids } }, data: { data: notice(known), createdAt: now } });
      holding += ids.length;
    }
  }
  const pending = new Set(unread.map((n) => n.userId));
  const fresh = userIds.filter((id) => !pending.has(id));
  const data = notice(change.from?.toISOString() ?? null);
  await tx.notification.createMany({ data: fresh.map((userId) => ({ userId, kind: "DEADLINE_CHANGED" as const, data, href: `/tracks/${change.trackId}`, dedupeKey, createdAt: now })), skipDuplicates: true });
  return holding + fresh.length;
}
