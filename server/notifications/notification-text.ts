import "server-only";
import type { Locale } from "@/domain/content/locale";
import { formatDate } from "@/lib/format";
import { translator } from "@/lib/i18n/translate";
import { loadCatalog } from "../content/load-content";
import type { NotificationKind } from "../generated/prisma/enums";

/**
 * A stored notification as the reader reads it, in the reader's language. Notifications store
 * facts (kind, names the organization typed, content ids, ISO instants), never a sentence: the
 * sentence and the content titles are chosen here, when shown.
 */
export function notificationText(notification: { kind: NotificationKind; data: Record<string, unknown>; href: string | null }, lang: Locale): string {
  const t = translator(lang);
  const text = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
  const date = (value: unknown) => (typeof value === "string" && !Number.isNaN(Date.parse(value)) ? formatDate(new Date(value), lang) : "");
  const d = notification.data;
  const cohort = text(d.cohortName);
  const moduleTitle = () => {
    const module = loadCatalog().track(text(d.trackId))?.moduleList.find((m) => m.id === d.moduleId);
    return module?.title[lang] ?? text(d.moduleId);
  };
  switch (notification.kind) {
    case "ENROLLED":
      return t("org.notifyEnrolled", { organization: text(d.organizationName), cohort });
    case "INVITED":
      return t("org.notifyInvited", { organization: text(d.organizationName), cohort });
    case "DEADLINE_APPROACHING":
      return t("org.notifyDeadlineApproaching", { module: moduleTitle(), due: date(d.dueAt), cohort });
    case "DEADLINE_CHANGED": {
      const from = date(d.from);
      const to = date(d.to);
      if (from && to) return t("org.notifyDeadlineMoved", { module: moduleTitle(), cohort, from, to });
      if (to) return t("org.notifyDeadlineSet", { module: moduleTitle(), cohort, to });
      return t("org.notifyDeadlineCleared", { module: moduleTitle(), cohort, from });
    }
    case "GRADED":
      return t("org.notifyGraded", { title: gradedTitle(d, notification.href, lang) });
  }
}

/**
 * The graded assignment's title in the reader's language. Rows written before `assignmentId` was
 * stored carry only the English title, but their link names the assignment
 * (`/tracks/<track>/assignments/<id>`): read the id from there. The stored English title is the
 * last resort, for an assignment no longer in the content.
 */
function gradedTitle(data: Record<string, unknown>, href: string | null, lang: Locale): string {
  const id = typeof data.assignmentId === "string" ? data.assignmentId : /^\/tracks\/[^/]+\/assignments\/([^/?#]+)$/.exec(href ?? "")?.[1];
  const assignment = id ? loadCatalog().assignment(id) : undefined;
  return assignment?.title[lang] ?? (typeof data.title === "string" ? data.title : "");
}
