import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";

/**
 * What the header shows a signed-in person: unread notifications and whether to link the
 * organization pages. Read-only: it runs on every page render (reminders are written by the
 * scheduled job, see send-deadline-reminders.ts).
 */
export async function getHeaderStatus(actor: Actor): Promise<{ unread: number; isStaff: boolean }> {
  const db = await prisma();
  const [unread, memberships] = await Promise.all([
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
    actor.role === "PLATFORM_ADMIN" ? Promise.resolve(1) : db.orgMembership.count({ where: { userId: actor.id } }),
  ]);
  return { unread, isStaff: memberships > 0 };
}
