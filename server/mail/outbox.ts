import "server-only";
import type { Locale } from "@/domain/content/locale";
import type { Prisma } from "../generated/prisma/client";
import { renderEmail, type EmailContent } from "./email-templates";

/**
 * Writes an email to the outbox inside the caller's transaction: it exists if and only if the
 * change that caused it committed. The outbox runner sends it (server/mail/outbox-runner.ts).
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, to: { email: string; locale: string }, content: EmailContent): Promise<void> {
  const locale: Locale = to.locale === "zh" ? "zh" : "en";
  const message = renderEmail(locale, content);
  await tx.outboxEmail.create({
    data: { toEmail: to.email, locale, kind: content.kind, subject: message.subject, text: message.text, html: message.html, link: message.link },
  });
}
