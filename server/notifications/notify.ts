import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";
import { prisma } from "../db";

/**
 * What each kind of notification carries: facts, never a sentence. `notificationText` turns them
 * into a sentence in the reader's language when shown. GRADED is for written work (the memo-grading feature calls `notify` with it).
 */
export type NotificationData = {
  ENROLLED: { cohortId: string; cohortName: string; organizationName: string };
  /** An invitation to a cohort, answered on the learner's cohorts page. */
  INVITED: { cohortId: string; cohortName: string; organizationName: string };
  DEADLINE_APPROACHING: { cohortId: string; cohortName: string; trackId: string; moduleId: string; dueAt: string };
  /**
   * Written work graded: the page shows the assignment's title (by `assignmentId`) in the reader's
   * language; `title` is the English title, kept for an assignment later removed from the content.
   */
  GRADED: { title: string; assignmentId?: string; score?: number; cohortId?: string };
  /** ISO instants; null = no deadline (set for the first time, or cleared). */
  DEADLINE_CHANGED: { cohortId: string; cohortName: string; trackId: string; moduleId: string; from: string | null; to: string | null };
};

type Client = PrismaClient | Prisma.TransactionClient;

export type NotifyOptions = {
  /** App path without the language prefix, e.g. `/cohorts`. */
  href?: string;
  /** One notification per user and key: a second notify with the same key does nothing. */
  dedupeKey?: string;
  /** Write inside the caller's transaction (so the notification exists only if the change does). */
  tx?: Client;
};

/** Sends an in-app notification to one user. Idempotent when a dedupeKey is given. */
export async function notify<K extends NotificationKind>(userId: string, kind: K, data: NotificationData[K], options: NotifyOptions = {}): Promise<void> {
  const db = options.tx ?? (await prisma());
  await db.notification.createMany({
    data: [{ userId, kind, data: data as Prisma.InputJsonValue, href: options.href ?? null, dedupeKey: options.dedupeKey ?? null }],
    skipDuplicates: true,
  });
}

/** The same notification to many users in one statement (e.g. a roster import). */
export async function notifyMany<K extends NotificationKind>(
  items: { userId: string; data: NotificationData[K]; href?: string; dedupeKey?: string }[],
  kind: K,
  tx?: Client,
): Promise<void> {
  if (items.length === 0) return;
  const db = tx ?? (await prisma());
  await db.notification.createMany({
    data: items.map((item) => ({ userId: item.userId, kind, data: item.data as Prisma.InputJsonValue, href: item.href ?? null, dedupeKey: item.dedupeKey ?? null })),
    skipDuplicates: true,
  });
}
