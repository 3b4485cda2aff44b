import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { notificationText } from "@/server/notifications/notification-text";
import { listNotifications } from "@/server/services/list-notifications";
import { markNotificationsReadAction } from "./actions";

// GET /[lang]/notifications – the signed-in user's own notifications.
export default async function NotificationsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = translator(lang);
  const actor = await authorizePage(lang, `/${lang}/notifications`);
  const items = await listNotifications(actor);
  return (
    <div className="narrow">
      <h1>{t("org.notifications")}</h1>
      {items.length === 0 ? <p className="muted">{t("org.noNotifications")}</p> : null}
      <ul className="list" data-testid="notifications">
        {items.map((n) => {
          const sentence = notificationText(n, lang);
          return (
            <li key={n.id} className={n.readAt ? "notice" : "notice unread"}>
              <span>{n.href ? <Link href={`/${lang}${n.href}`}>{sentence}</Link> : sentence}</span>
              <span className="small muted">
                {formatDate(n.createdAt, lang)}
                {n.readAt ? "" : ` · ${t("org.unread")}`}
              </span>
            </li>
          );
        })}
      </ul>
      {items.some((n) => !n.readAt) ? <ActionForm action={markNotificationsReadAction.bind(null, lang)} submitLabel={t("org.markAllRead")} className="inline-form" /> : null}
    </div>
  );
}
