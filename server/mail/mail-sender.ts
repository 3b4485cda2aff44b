import "server-only";
import nodemailer from "nodemailer";

export type OutgoingEmail = { id: string; toEmail: string; kind: string; subject: string; text: string; html: string; link: string | null };

/** Where the outbox runner hands messages: an SMTP server, or nowhere (kept in the outbox, logged). */
export type MailSender = { deliveredBy: "smtp" | "outbox"; send(message: OutgoingEmail): Promise<void>; close(): void };

/**
 * Sends through the SMTP server in `url`. nodemailer upgrades an smtp:// connection with STARTTLS
 * whenever the server offers it (smtps:// is TLS from the start). Timeouts keep one attempt well
 * inside the runner's lease, so a hung server cannot make two runners send the same message.
 */
export function smtpSender(url: string, from: string): MailSender {
  const transport = nodemailer.createTransport({ url, connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    deliveredBy: "smtp",
    async send(message) {
      await transport.sendMail({
        from,
        to: message.toEmail,
        subject: message.subject,
        text: message.text,
        html: message.html,
        // Retries of one outbox row carry one Message-ID, so a receiver can tell a resend.
        messageId: `<${message.id}@borderless.outbox>`,
      });
    },
    close: () => transport.close(),
  };
}

/** No SMTP server: the message stays readable at /<lang>/admin/outbox, and its link goes to the log. */
export function outboxOnlySender(log: (line: string) => void = console.log): MailSender {
  return {
    deliveredBy: "outbox",
    async send(message) {
      log(`Mail (no SMTP_URL, kept in the outbox) to ${message.toEmail}: ${message.subject}${message.link ? ` ${message.link}` : ""}`);
    },
    close: () => undefined,
  };
}
