import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import type { Locale } from "@/domain/content/locale";
import { formatDate } from "@/lib/format";
import { orgMessages } from "@/lib/org-messages";
import { routeLocale } from "@/lib/route-locale";
import { authorizePage } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { listNotifications, type NotificationItem } from "@/server/services/list-notifications";
import { markNotificationsReadAction } from "./actions";

function sentence(n: NotificationItem, lang: Locale): string {
  const d = n.data as Record<string, string | number | undefined>;
  const zh = lang === "zh";
  switch (n.kind) {
    case "ENROLLED":
      return zh ? `${d.organizationName} 已将你加入班级「${d.cohortName}」。` : `${d.organizationName} enrolled you in ${d.cohortName}.`;
    case "INVITED":
      return zh ? `${d.organizationName} 邀请你加入班级「${d.cohortName}」，请接受或拒绝。` : `${d.organizationName} invites you to join ${d.cohortName}: accept or decline.`;
    case "DEADLINE_APPROACHING": {
      const module = loadCatalog().track(String(d.trackId))?.moduleList.find((m) => m.id === d.moduleId);
      const title = module?.title[lang] ?? String(d.moduleId);
      const due = d.dueAt ? formatDate(new Date(String(d.dueAt)), lang) : "";
      return zh ? `「${title}」将于 ${due} 截止（${d.cohortName}）。` : `${title} is due on ${due} (${d.cohortName}).`;
    }
    case "DEADLINE_CHANGED": {
      const module = loadCatalog().track(String(d.trackId))?.moduleList.find((m) => m.id === d.moduleId);
      const title = module?.title[lang] ?? String(d.moduleId);
      const from = d.from ? formatDate(new Date(String(d.from)), lang) : null;
      const to = d.to ? formatDate(new Date(String(d.to)), lang) : null;
      if (from && to) return zh ? `「${title}」（${d.cohortName}）的截止日期由 ${from} 改为 ${to}。` : `The deadline for ${title} (${d.cohortName}) moved from ${from} to ${to}.`;
      if (to) return zh ? `「${title}」（${d.cohortName}）现在的截止日期为 ${to}。` : `${title} (${d.cohortName}) is now due on ${to}.`;
      return zh ? `「${title}」（${d.cohortName}）已取消截止日期（原为 ${from ?? ""}）。` : `${title} (${d.cohortName}) no longer has a deadline (it was ${from ?? ""}).`;
    }
    case "GRADED":
      return zh ? `「${d.title}」已评分。` : `${d.title} has been graded.`;
  }
}

// GET /[lang]/notifications – the signed-in user's own notifications.
export default async function NotificationsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await routeLocale(params);
  const t = orgMessages(lang);
  const actor = await authorizePage(lang, `/${lang}/notifications`);
  const items = await listNotifications(actor);
  return (
    <div className="narrow">
      <h1>{t.notifications}</h1>
      {items.length === 0 ? <p className="muted">{t.noNotifications}</p> : null}
      <ul className="list" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? "notice" : "notice unread"}>
            <span>{n.href ? <Link href={`/${lang}${n.href}`}>{sentence(n, lang)}</Link> : sentence(n, lang)}</span>
            <span className="small muted">
              {formatDate(n.createdAt, lang)}
              {n.readAt ? "" : ` · ${t.unread}`}
            </span>
          </li>
        ))}
      </ul>
      {items.some((n) => !n.readAt) ? <ActionForm lang={lang} action={markNotificationsReadAction.bind(null, lang)} submitLabel={t.markAllRead} className="inline-form" /> : null}
    </div>
  );
}
