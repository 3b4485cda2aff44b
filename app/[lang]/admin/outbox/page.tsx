import { formatDateTime } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { listOutboxEmails } from "@/server/services/list-outbox-emails";

// GET /[lang]/admin/outbox – platform admins: every email written, with its status (without SMTP_URL, the only place mail arrives).
export default async function OutboxPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const actor = await authorizePage(lang, `/${lang}/admin/outbox`, { roles: ["PLATFORM_ADMIN"] });
  const t = translator(lang);
  const emails = await listOutboxEmails(actor);
  const status = (email: (typeof emails)[number]) =>
    email.sentAt ? (email.deliveredBy === "smtp" ? t("account.outboxSent") : t("account.outboxKept")) : t("account.outboxPending", { attempts: email.attempts + 1 });
  return (
    <>
      <h1>{t("account.outboxTitle")}</h1>
      <p className="lead">{t("account.outboxLead")}</p>
      {emails.length === 0 ? <p className="muted">{t("account.outboxEmpty")}</p> : null}
      {emails.map((email) => (
        <article className="card" key={email.id} data-testid="outbox-email">
          <h2>{email.subject}</h2>
          <dl>
            <dt>{t("account.outboxTo")}</dt>
            <dd>{email.toEmail}</dd>
            <dt>{t("account.outboxStatus")}</dt>
            <dd>
              {status(email)}
              {email.lastError && !email.sentAt ? <span className="muted"> {t("account.outboxLastError", { error: email.lastError })}</span> : null}
            </dd>
            <dt>{t("account.outboxWritten")}</dt>
            <dd>{formatDateTime(email.createdAt, lang)}</dd>
          </dl>
          {email.link ? (
            <p>
              <a href={email.link}>{email.link}</a>
            </p>
          ) : null}
          <details>
            <summary>{email.kind}</summary>
            <pre style={{ whiteSpace: "pre-wrap" }}>{email.text}</pre>
          </details>
        </article>
      ))}
    </>
  );
}
