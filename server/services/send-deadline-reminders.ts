import "server-only";
import { prisma } from "../db";
import { REMINDER_WINDOW_DAYS, refreshDeadlineReminders } from "./refresh-deadline-reminders";

/**
 * The scheduled reminder job's one run: "deadline approaching" notifications for every learner
 * with a cohort deadline (or their own extension) due within the reminder window. Safe to run from
 * several instances at once: each reminder has a dedupe key and a second write of it does nothing.
 * Returns how many reminders are due (whether written now or by an earlier run).
 */
export async function sendDeadlineReminders(now = new Date()): Promise<number> {
  const db = await prisma();
  const dueAt = { gt: now, lte: new Date(now.getTime() + REMINDER_WINDOW_DAYS * 86_400_000) };
  // A superset (any extension in the cohort counts): each learner's own deadlines are read below.
  const learners = await db.enrollment.findMany({
    where: { cohort: { OR: [{ deadlines: { some: { dueAt } } }, { extensions: { some: { dueAt } } }] } },
    select: { userId: true },
    distinct: ["userId"],
  });
  let due = 0;
  for (const { userId } of learners) due += await refreshDeadlineReminders({ id: userId }, now);
  return due;
}
