import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import type { NotificationKind } from "../generated/prisma/enums";

export type NotificationItem = { id: string; kind: NotificationKind; data: Record<string, unknown>; href: string | null; readAt: Date | null; createdAt: Date };

/** The actor's own notifications, newest first (never anyone else's). */
export async function listNotifications(actor: Actor, take = 50): Promise<NotificationItem[]> {
  const db = await prisma();
  const rows = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, data: true, href: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, data: (row.data ?? {}) as Record<string, unknown> }));
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  const db = await prisma();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks all of the actor's notifications read. */
export async function markNotificationsRead(actor: Actor, now = new Date()): Promise<void> {
  const db = await prisma();
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } });
}
