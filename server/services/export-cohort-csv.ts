import "server-only";
import { toCsv, type CsvCell } from "@/domain/cohorts/csv";
import type { Locale } from "@/domain/content/locale";
import type { Actor } from "../authorize";
import { AppError } from "../errors";
import { getCohortDashboard, type CohortDashboard } from "./get-cohort-dashboard";

export const EXPORT_PARTS = ["learners", "misconceptions", "timeline"] as const;
export type ExportPart = (typeof EXPORT_PARTS)[number];

const round = (value: number | null, digits = 3) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);
const date = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * One row per learner, with every per-module column the dashboard shows, then one row per pending
 * invitation holding only the email the organization typed and "invited" (nothing of the account).
 */
function learnerRows(d: CohortDashboard, lang: Locale): CsvCell[][] {
  const header: CsvCell[] = ["student_id", "name", "email", "status", "enrolled_on", "account_claimed", "work_done", "modules_behind", "average_best_score", "attempts", "certificates"];
  for (const m of d.modules) {
    header.push(`${m.key} lessons_read`, `${m.key} due`, `${m.key} status`);
    for (const s of m.simulationIds) header.push(`${m.key} ${s} best`);
  }
  const rows: CsvCell[][] = [header];
  for (const l of d.learners) {
    const row: CsvCell[] = [l.studentId, l.name, l.email, "enrolled", date(l.enrolledAt), !l.unclaimed, round(l.workDone), l.behindModules, round(l.averageBest), l.attempts, l.certificates.map((c) => `${c.trackId} ${date(c.issuedAt)}`).join("; ")];
    l.standings.forEach((s) => {
      row.push(`${s.lessonsRead}/${s.lessonCount}`, date(s.dueAt) + (s.extended ? " (extended)" : ""), s.complete ? "complete" : s.behind ? "behind" : "in progress");
      for (const c of s.cases) row.push(round(c.best));
    });
    rows.push(row);
  }
  for (const invitation of d.invitations) rows.push([null, null, invitation.email, "invited", ...header.slice(4).map(() => null)]);
  void lang;
  return rows;
}

function misconceptionRows(d: CohortDashboard, lang: Locale): CsvCell[][] {
  const rows: CsvCell[][] = [["simulation", "simulation_title", "misconception", "count", "note"]];
  for (const s of d.misconceptions) for (const m of s.top) rows.push([s.simulationId, s.title[lang], m.code, m.count, m.note?.[lang] ?? null]);
  return rows;
}

function timelineRows(d: CohortDashboard): CsvCell[][] {
  return [["day", "share_of_work_done"], ...d.timeline.map((t) => [t.day, round(t.share, 4)])];
}

/** The dashboard as CSV (formula-injection safe), one table per part; same access as the dashboard. */
export async function exportCohortCsv(actor: Actor, cohortId: string, part: string, lang: Locale, now = new Date()): Promise<{ filename: string; csv: string }> {
  if (!(EXPORT_PARTS as readonly string[]).includes(part)) throw new AppError("VALIDATION", { key: "errors.exportPart", params: { parts: EXPORT_PARTS.join(", ") } });
  const dashboard = await getCohortDashboard(actor, cohortId, now);
  const rows = part === "learners" ? learnerRows(dashboard, lang) : part === "misconceptions" ? misconceptionRows(dashboard, lang) : timelineRows(dashboard);
  const slug = dashboard.cohort.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "cohort";
  // A BOM so that spreadsheet programs read UTF-8 (Chinese names) correctly.
  return { filename: `${slug}-${part}-${now.toISOString().slice(0, 10)}.csv`, csv: "\uFEFF" + toCsv(rows) };
}
