/**
 * The outbox: mail written with the change that causes it, delivered by the runner through a real
 * SMTP server (smtp-server in this process), retried with backoff while the server is down,
 * sent once when it is back, never twice by two runners.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FIRST_RETRY_SECONDS } from "@/domain/mail/retry-backoff";
import { openDatabase } from "@/server/database/connect";
import { outboxOnlySender, smtpSender, type MailSender } from "@/server/mail/mail-sender";
import { enqueueEmail } from "@/server/mail/outbox";
import { deliverDueEmails } from "@/server/mail/outbox-runner";
import { freshTestDatabase } from "./support/test-database";
import { startSmtpInbox, type SmtpInbox } from "./support/smtp-inbox";

let db: Awaited<ReturnType<typeof freshTestDatabase>>;
let inbox: SmtpInbox;
const FROM = "Borderless <no-reply@borderless.test>";

beforeAll(async () => {
  db = await freshTestDatabase();
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
  await db.dispose();
});
beforeEach(async () => {
  await db.prisma.outboxEmail.deleteMany();
  inbox.messages.length = 0;
});

const queue = (to: string, locale: string, link = "http://localhost:3000/en/reset-password/abc") =>
  db.prisma.$transaction((tx) => enqueueEmail(tx, { email: to, locale }, { kind: "password-reset", name: "Lin Wei", link }));

describe("delivery through SMTP", () => {
  it("delivers text and HTML parts, from MAIL_FROM, with the link, the product's name and a footer", async () => {
    await queue("lin@example.test", "en", "http://localhost:3000/en/reset-password/tok-en");
    expect(await deliverDueEmails(db.prisma, smtpSender(inbox.url, FROM))).toEqual({ sent: 1, failed: 0 });
    const [mail] = inbox.messages;
    expect(mail!.to).toMatchObject({ text: "lin@example.test" });
    expect(mail!.from?.text).toBe('"Borderless" <no-reply@borderless.test>');
    expect(mail!.subject).toBe("Choose a new Borderless password");
    expect(mail!.text).toContain("Hello Lin Wei,");
    expect(mail!.text).toContain("http://localhost:3000/en/reset-password/tok-en");
    expect(mail!.text).toContain("You get this email because of an account on Borderless");
    expect(mail!.html).toContain('href="http://localhost:3000/en/reset-password/tok-en"');
    expect(mail!.html).toContain("Choose a new password");
    expect(mail!.headers.has("list-unsubscribe")).toBe(false); // transactional
    const row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, deliveredBy: "smtp", leaseUntil: null });
    expect(row.sentAt).not.toBeNull();
  });

  it("writes to a Chinese-speaking recipient in Chinese, in both parts", async () => {
    await queue("wei@example.test", "zh", "http://localhost:3000/zh/reset-password/tok-zh");
    await deliverDueEmails(db.prisma, smtpSender(inbox.url, FROM));
    const [mail] = inbox.messages;
    expect(mail!.subject).toBe("设置新的 Borderless 密码");
    expect(mail!.text).toContain("Lin Wei，您好：");
    expect(mail!.text).toContain("/zh/reset-password/tok-zh");
    expect(mail!.html).toContain('lang="zh-CN"');
    expect(mail!.html).toContain("设置新密码");
  });

  it("escapes names in the HTML part", async () => {
    await db.prisma.$transaction((tx) => enqueueEmail(tx, { email: "x@example.test", locale: "en" }, { kind: "password-reset", name: "<script>alert(1)</script>", link: "http://localhost:3000/en/reset-password/a" }));
    await deliverDueEmails(db.prisma, smtpSender(inbox.url, FROM));
    expect(inbox.messages[0]!.html).not.toContain("<script>");
    expect(inbox.messages[0]!.text).toContain("<script>alert(1)</script>"); // plain text is shown as text
  });

  it("refuses wrong SMTP credentials and keeps the message", async () => {
    await queue("lin@example.test", "en");
    const round = await deliverDueEmails(db.prisma, smtpSender(inbox.url.replace("secret", "wrong"), FROM));
    expect(round).toEqual({ sent: 0, failed: 1 });
    expect(inbox.messages).toHaveLength(0);
    const row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row.sentAt).toBeNull();
    expect(row.lastError).toMatch(/Invalid username or password|auth/i);
  });

  it("is not written when the change that causes it rolls back", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { email: "lin@example.test", locale: "en" }, { kind: "password-reset", name: "Lin", link: "http://x/" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.prisma.outboxEmail.count()).toBe(0);
  });
});

describe("an SMTP server that is down", () => {
  it("keeps the message, retries it with backoff, and delivers it exactly once when the server is back", async () => {
    const down = await startSmtpInbox();
    const { port, url } = down;
    await down.close(); // nothing listens on `port` now
    await queue("lin@example.test", "en");
    const t0 = new Date("2026-12-04T12:00:00Z");
    await db.prisma.outboxEmail.updateMany({ data: { availableAt: t0 } });
    const sender = smtpSender(url, FROM);

    expect(await deliverDueEmails(db.prisma, sender, t0)).toEqual({ sent: 0, failed: 1 });
    let row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row.attempts).toBe(1);
    expect(row.sentAt).toBeNull();
    expect(row.availableAt.getTime() - t0.getTime()).toBe(FIRST_RETRY_SECONDS * 1000);
    // Not before its retry time.
    expect(await deliverDueEmails(db.prisma, sender, new Date(t0.getTime() + 5_000))).toEqual({ sent: 0, failed: 0 });
    // Still down at the retry: the wait doubles.
    const t1 = new Date(t0.getTime() + FIRST_RETRY_SECONDS * 1000);
    expect(await deliverDueEmails(db.prisma, sender, t1)).toEqual({ sent: 0, failed: 1 });
    row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row.availableAt.getTime() - t1.getTime()).toBe(30_000);

    const back = await startSmtpInbox(port);
    try {
      const t2 = new Date(t1.getTime() + 30_000);
      expect(await deliverDueEmails(db.prisma, sender, t2)).toEqual({ sent: 1, failed: 0 });
      expect(await deliverDueEmails(db.prisma, sender, new Date(t2.getTime() + 3_600_000))).toEqual({ sent: 0, failed: 0 });
      expect(back.messages).toHaveLength(1);
      row = await db.prisma.outboxEmail.findFirstOrThrow();
      expect(row).toMatchObject({ attempts: 3, deliveredBy: "smtp", lastError: null });
    } finally {
      await back.close();
    }
  });

  it("a runner that died mid-send leaves the message to another once its lease ends", async () => {
    await queue("lin@example.test", "en");
    const t0 = new Date(Date.now() + 1000);
    // A runner claims it and never comes back.
    await db.prisma.outboxEmail.updateMany({ data: { leaseUntil: new Date(t0.getTime() + 120_000), attempts: 1 } });
    expect(await deliverDueEmails(db.prisma, smtpSender(inbox.url, FROM), t0)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverDueEmails(db.prisma, smtpSender(inbox.url, FROM), new Date(t0.getTime() + 121_000))).toEqual({ sent: 1, failed: 0 });
    expect(inbox.messages).toHaveLength(1);
  });
});

describe("without SMTP_URL", () => {
  it("keeps the message in the outbox, marked as kept, and prints its link in the log", async () => {
    await queue("lin@example.test", "en", "http://localhost:3000/en/reset-password/logged");
    const lines: string[] = [];
    expect(await deliverDueEmails(db.prisma, outboxOnlySender((line) => lines.push(line)))).toEqual({ sent: 1, failed: 0 });
    expect(lines).toEqual([expect.stringContaining("http://localhost:3000/en/reset-password/logged")]);
    const row = await db.prisma.outboxEmail.findFirstOrThrow();
    expect(row.deliveredBy).toBe("outbox");
  });
});

describe("several runners", () => {
  /** Counts sends per message; a slow send widens the window in which runners could overlap. */
  const countingSender = (counts: Map<string, number>): MailSender => ({
    deliveredBy: "smtp",
    async send(message) {
      counts.set(message.id, (counts.get(message.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 2));
    },
    close: () => undefined,
  });

  it("never send one message twice, on this database and (with TEST_DATABASE_URL) from two connections of PostgreSQL", async () => {
    await db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 60; i += 1) await enqueueEmail(tx, { email: `r${i}@example.test`, locale: "en" }, { kind: "password-reset", name: `R${i}`, link: "http://x/" });
    });
    // Two app instances: a second connection pool on the same PostgreSQL database when there is one.
    const other = db.url ? await openDatabase({ kind: "postgresql", url: db.url }) : null;
    const counts = new Map<string, number>();
    try {
      const clients = [db.prisma, other?.prisma ?? db.prisma, db.prisma, other?.prisma ?? db.prisma];
      const drain = async (client: typeof db.prisma) => {
        for (;;) {
          const round = await deliverDueEmails(client, countingSender(counts), new Date(), 7);
          if (round.sent === 0) return;
        }
      };
      await Promise.all(clients.map(drain));
    } finally {
      await other?.close();
    }
    expect(counts.size).toBe(60);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(await db.prisma.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });
});
