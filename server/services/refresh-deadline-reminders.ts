import "server-only";
import { deadlinesDueSoon, moduleStanding } from "@/domain/cohorts/schedule";
import { loadCatalog } from "../content/load-content";
import { prisma } from "../db";
import { notifyMany } from "../notifications/notify";

export const REMINDER_WINDOW_DAYS = 3;

type Learner = { id: string };

/**
 * Creates "deadline approaching" notifications for one learner's cohort modules due within three
 * days (the learner's extension replaces the cohort deadline). Called by the scheduled reminder job
 * (send-deadline-reminders.ts), never while rendering a page. The dedupe key (cohort, module, due
 * date) makes it idempotent, so several instances may run it at once, and a new extension date
 * gives a new reminder.
 */
export async function refreshDeadlineReminders(learner: Learner, now = new Date()): Promise<number> {
  const db = await prisma();
  const windowEnd = new Date(now.getTime() + REMINDER_WINDOW_DAYS * 86_400_000);
  const enrollments = await db.enrollment.findMany({
    where: { userId: learner.id },
    select: {
      cohort: {
        select: {
          id: true,
          name: true,
          // Deadlines already passed may still have an extension in the window, so read up to windowEnd.
          deadlines: { where: { dueAt: { lte: windowEnd } }, select: { trackId: true, moduleId: true, dueAt: true } },
          extensions: { where: { userId: learner.id }, select: { trackId: true, moduleId: true, dueAt: true } },
        },
      },
    },
  });
  const due = enrollments.flatMap(({ cohort }) => {
    const extended = new Map(cohort.extensions.map((e) => [`${e.trackId}/${e.moduleId}`, e.dueAt]));
    const effective = [
      ...cohort.deadlines.map((d) => ({ ...d, dueAt: extended.get(`${d.trackId}/${d.moduleId}`) ?? d.dueAt })),
      // An extension for a module whose cohort deadline lies beyond the window.
      ...cohort.extensions.filter((e) => !cohort.deadlines.some((d) => d.trackId === e.trackId && d.moduleId === e.moduleId)),
    ];
    return deadlinesDueSoon(effective, now, REMINDER_WINDOW_DAYS).map((d) => ({ cohort, ...d }));
  });
  const pending = due.length ? await withoutCompleted(learner, due, now) : [];
  await notifyMany(
    pending.map((d) => ({
      userId: learner.id,
      data: { cohortId: d.cohort.id, cohortName: d.cohort.name, trackId: d.trackId, moduleId: d.moduleId, dueAt: d.dueAt.toISOString() },
      href: `/tracks/${d.trackId}`,
      dedupeKey: `deadline:${d.cohort.id}:${d.trackId}:${d.moduleId}:${d.dueAt.toISOString()}`,
    })),
    "DEADLINE_APPROACHING",
  );
  return pending.length;
}

/** Drops modules the learner has already completed (nothing to remind of). Runs only when something is due. */
async function withoutCompleted<T extends { trackId: string; moduleId: string; dueAt: Date }>(learner: Learner, due: T[], now: Date): Promise<T[]> {
  const db = await prisma();
  const trackIds = [...new Set(due.map((d) => d.trackId))];
  const [lessons, attempts] = await Promise.all([
    db.lessonProgress.findMany({ where: { userId: learner.id, trackId: { in: trackIds } }, select: { trackId: true, lessonId: true } }),
    db.attempt.groupBy({ by: ["simulationId"], where: { userId: learner.id, trackId: { in: trackIds }, score: { not: null } }, _max: { score: true } }),
  ]);
  const best = new Map(attempts.map((a) => [a.simulationId, a._max.score ?? 0]));
  const read = new Set(lessons.map((l) => `${l.trackId}/${l.lessonId}`));
  const catalog = loadCatalog();
  return due.filter((d) => {
    const track = catalog.track(d.trackId);
    const module = track?.moduleList.find((m) => m.id === d.moduleId);
    if (!track || !module) return false;
    const lessonIds = module.lessonList.map((l) => l.id);
    const requirement = { trackId: track.id, moduleId: module.id, lessonIds, simulationIds: module.simulations, passMark: track.certificate.passMark };
    return !moduleStanding(requirement, lessonIds.filter((id) => read.has(`${track.id}/${id}`)).length, best, d.dueAt, null, now).complete;
  });
}
