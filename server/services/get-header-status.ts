import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { refreshDeadlineReminders } from "./refresh-deadline-reminders";

/**
 * What the header shows a signed-in person: unread notifications (after creating any due deadline
 * reminders, which is how reminders happen without a scheduler) and whether to link the
 * organization pages.
 */
export async function getHeaderStatus(actor: Actor, now = new Date()): Promise<{ unread: number; isStaff: boolean }> {
  await refreshDeadlineReminders(actor, now);
  const db = await prisma();
  const [unread, memberships] = await Promise.all([
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    actor.role === "PLATFORM_ADMIN" ? Promise.resolve(1) : db.orgMembership.count({ where: { userId: actor.id } }),
  ]);
  return { unread, isStaff: memberships > 0 };
}
