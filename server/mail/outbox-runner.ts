import "server-only";
import { retryDelaySeconds } from "@/domain/mail/retry-backoff";
import type { PrismaClient } from "../generated/prisma/client";
import type { MailSender } from "./mail-sender";

/** How long a claimed message is a runner's own: longer than one SMTP attempt can take (see mail-sender.ts). */
export const LEASE_SECONDS = 120;
export const BATCH_SIZE = 20;

export type DeliveryRound = { sent: number; failed: number };

/**
 * One round of the outbox runner: claims up to `batchSize` due messages, hands each to `sender`,
 * marks it sent, or schedules the next attempt with backoff (retry-backoff.ts).
 *
 * Claiming is one statement, so one short transaction: `FOR UPDATE SKIP LOCKED` lets runners of
 * several instances take disjoint batches without waiting for each other, and the lease it writes
 * keeps a claimed row away from other runners after that transaction commits. A runner that dies
 * mid-send leaves its rows to be claimed again when the lease ends: delivery is at least once;
 * `sentAt` is written once (only while still null).
 */
export async function deliverDueEmails(prisma: PrismaClient, sender: MailSender, now = new Date(), batchSize = BATCH_SIZE): Promise<DeliveryRound> {
  const at = now.toISOString();
  const leaseUntil = new Date(now.getTime() + LEASE_SECONDS * 1000).toISOString();
  const claimed = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxEmail" SET "leaseUntil" = ${leaseUntil}::timestamptz, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxEmail"
      WHERE "sentAt" IS NULL AND "availableAt" <= ${at}::timestamptz AND ("leaseUntil" IS NULL OR "leaseUntil" <= ${at}::timestamptz)
      ORDER BY "availableAt", "id"
      LIMIT ${batchSize}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const messages = await prisma.outboxEmail.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    select: { id: true, toEmail: true, kind: true, subject: true, text: true, html: true, link: true, attempts: true },
    orderBy: { availableAt: "asc" },
  });
  const round: DeliveryRound = { sent: 0, failed: 0 };
  for (const message of messages) {
    try {
      await sender.send(message);
    } catch (error) {
      round.failed += 1;
      const retryAt = new Date(now.getTime() + retryDelaySeconds(message.attempts) * 1000);
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await prisma.outboxEmail.updateMany({ where: { id: message.id, sentAt: null }, data: { availableAt: retryAt, leaseUntil: null, lastError: reason } });
      continue;
    }
    round.sent += 1;
    await prisma.outboxEmail.updateMany({ where: { id: message.id, sentAt: null }, data: { sentAt: new Date(), leaseUntil: null, deliveredBy: sender.deliveredBy, lastError: null } });
  }
  return round;
}
