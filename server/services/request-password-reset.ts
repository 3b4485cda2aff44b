import "server-only";
import { z } from "zod";
import { EmailSchema } from "@/domain/accounts/account-schemas";
import { issueAccountToken } from "../accounts/account-tokens";
import { prisma } from "../db";
import { AppError } from "../errors";
import { enqueueEmail } from "../mail/outbox";
import { limitPasswordResetRequest } from "../rate-limits/rate-limits";
import { fieldErrorsOf } from "../validation";

/**
 * Sends a password-reset link to `email` if an account uses it, and answers the same either way
 * (nothing returned, same limits spent), so the form cannot tell who has an account. Limited per
 * email and per client address (RATE_LIMIT_PASSWORD_RESET). The link and its email are written in
 * one transaction; the outbox runner sends it.
 */
export async function requestPasswordReset(rawEmail: unknown, client: { ip: string }, now = new Date()): Promise<void> {
  const parsed = z.object({ email: EmailSchema }).safeParse({ email: rawEmail });
  if (!parsed.success) throw new AppError("VALIDATION", "errors.checkHighlightedFields", fieldErrorsOf(parsed.error));
  const { email } = parsed.data;
  await limitPasswordResetRequest(email, client.ip);
  const db = await prisma();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, locale: true } });
    if (!user) return;
    const { link } = await issueAccountToken(tx, user, "PASSWORD_RESET", now);
    await enqueueEmail(tx, user, { kind: "password-reset", name: user.name, link });
  });
}
