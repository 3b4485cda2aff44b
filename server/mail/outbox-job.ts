import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { outboxOnlySender, smtpSender, type MailSender } from "./mail-sender";
import { deliverDueEmails } from "./outbox-runner";

// On globalThis: Next may load this module more than once per process, and one runner is enough.
const KEY = Symbol.for("borderless.outbox-job");
type Holder = { [KEY]?: ReturnType<typeof setInterval> };

let running = false;

async function runOnce(sender: MailSender): Promise<void> {
  if (running) return; // a slow round is not overlapped by the next tick
  running = true;
  try {
    // A full batch means more may be waiting: keep going until a round comes back short.
    for (;;) {
      const round = await deliverDueEmails(await prisma(), sender);
      if (round.sent + round.failed === 0 || round.failed > 0) break;
    }
  } catch (error) {
    // The database may be down: the next tick tries again; it must never take the server down.
    console.error("Outbox runner failed", error);
  } finally {
    running = false;
  }
}

/** The sender the environment asks for: SMTP_URL's server, or the outbox only. */
export function configuredMailSender(): MailSender {
  const { SMTP_URL, MAIL_FROM } = env();
  return SMTP_URL ? smtpSender(SMTP_URL, MAIL_FROM) : outboxOnlySender();
}

/**
 * Sends due outbox mail now and then every `intervalSeconds`, once per process. Every instance
 * may run it: claims use FOR UPDATE SKIP LOCKED (outbox-runner.ts). The timer does not keep the
 * process alive.
 */
export function startOutboxJob(intervalSeconds: number): void {
  const holder = globalThis as Holder;
  if (holder[KEY]) return;
  const sender = configuredMailSender();
  holder[KEY] = setInterval(() => void runOnce(sender), intervalSeconds * 1000);
  holder[KEY].unref();
  void runOnce(sender);
}
