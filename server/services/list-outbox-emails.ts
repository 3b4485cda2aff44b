import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError } from "../errors";

/**
 * The newest emails of the outbox, for the platform admin's outbox page: without SMTP_URL this is
 * where mail "arrives" (reset and verification links included), so only platform admins see it.
 */
export async function listOutboxEmails(actor: Actor, limit = 100) {
  if (actor.role !== "PLATFORM_ADMIN") throw new AppError("FORBIDDEN", "errors.noAccessToPage");
  const db = await prisma();
  return db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, toEmail: true, kind: true, subject: true, text: true, link: true, attempts: true, lastError: true, sentAt: true, deliveredBy: true, createdAt: true },
  });
}
