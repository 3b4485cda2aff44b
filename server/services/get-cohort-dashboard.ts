import "server-only";
import type { LocalizedText } from "@/domain/content/locale";
import { moduleKey, moduleStanding, workDone, type ModuleRequirement, type ModuleStanding } from "@/domain/cohorts/schedule";
import type { Actor } from "../authorize";
import { loadCatalog } from "../content/load-content";
import { database } from "../db";
import type { OrgRole } from "../generated/prisma/enums";
import { requireCohortAccess } from "../organizations/org-access";

export type DashboardModule = ModuleRequirement & { key: string; title: LocalizedText; trackTitle: LocalizedText; dueAt: Date | null };
export type DashboardLearner = {
  userId: string;
  name: string;
  email: string;
  studentId: string | null;
  /** Account created from a roster whose owner has not set a password yet. */
  unclaimed: boolean;
  enrolledAt: Date;
  standings: ModuleStanding[];
  workDone: number;
  behindModules: number;
  /** Mean of the best scores over the cases attempted; null when none. */
  averageBest: number | null;
  attempts: number;
  certificates: { trackId: string; issuedAt: Date }[];
};
/** Someone invited to the cohort who has not accepted: only what the organization typed, nothing of the account. */
export type DashboardInvitation = { email: string; invitedAt: Date };
export type CohortDashboard = {
  cohort: { id: string; name: string; organizationId: string; organizationName: string; trackIds: string[]; startsOn: Date; endsOn: Date; inviteCode: string };
  viewerRole: OrgRole;
  modules: DashboardModule[];
  learners: DashboardLearner[];
  /** Pending invitations (not counted as learners); declined ones are not shown. */
  invitations: DashboardInvitation[];
  moduleSummary: { key: string; complete: number; behind: number; averageLessonsRead: number }[];
  misconceptions: { simulationId: string; title: LocalizedText; top: { code: string; count: number; note: LocalizedText | null }[] }[];
  /** Share of all the cohort's work done (lessons read + cases passed), cumulative per UTC day. */
  timeline: { day: string; share: number }[];
  totals: { learners: number; behind: number; certified: number; averageWorkDone: number };
  /** The latest changes to module deadlines made after the cohort was created (audit trail), newest first. */
  deadlineChanges: { trackId: string; moduleId: string; from: Date | null; to: Date | null; at: Date; actorName: string }[];
};

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Where a learner's work starts counting for a cohort: the earlier of joining it and its start
 * (so a learner who read ahead a little before joining keeps that), never work from before both,
 * which may have been done for another organization. Used on the dashboard and the drill-down.
 */
const COUNTS_FROM = `LEAST(e."enrolledAt", co."startsOn")`;

/**
 * Everything an org's staff see about one cohort, computed on the server with aggregate SQL: the
 * database returns per-learner-per-module counts and per-learner-per-case best scores, never the
 * attempts themselves, so the cost grows with learners × modules, not with attempts.
 * Staff see only what was earned for them: work since COUNTS_FROM, and certificates earned in a
 * cohort of this organization (Credential.cohortId). Invited people appear as their email only.
 */
export async function getCohortDashboard(actor: Actor, cohortId: string, now = new Date()): Promise<CohortDashboard> {
  const access = await requireCohortAccess(actor, cohortId);
  const { prisma: db, sql } = await database();
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: {
      id: true, name: true, organizationId: true, trackIds: true, startsOn: true, endsOn: true, inviteCode: true,
      organization: { select: { name: true } },
      deadlines: { select: { trackId: true, moduleId: true, dueAt: true } },
      extensions: { select: { userId: true, trackId: true, moduleId: true, dueAt: true } },
    },
  });
  const catalog = loadCatalog();
  const deadlineOf = new Map(cohort.deadlines.map((d) => [moduleKey(d.trackId, d.moduleId), d.dueAt]));
  const modules: DashboardModule[] = cohort.trackIds.flatMap((trackId) => {
    const track = catalog.track(trackId);
    if (!track) return [];
    return track.moduleList.map((m) => ({
      key: moduleKey(track.id, m.id), trackId: track.id, moduleId: m.id, title: m.title, trackTitle: track.title,
      lessonIds: m.lessonList.map((l) => l.id), simulationIds: m.simulations, passMark: track.certificate.passMark,
      dueAt: deadlineOf.get(moduleKey(track.id, m.id)) ?? null,
    }));
  });
  const lessonMap = JSON.stringify(modules.flatMap((m) => m.lessonIds.map((l) => ({ t: m.trackId, l, m: m.key }))));
  const simulationMap = JSON.stringify(modules.flatMap((m) => m.simulationIds.map((id) => ({ t: m.trackId, id, pm: m.passMark }))));
  const tracks = JSON.stringify(cohort.trackIds);

  const deadlineChanges = await recentDeadlineChanges(db, cohortId);
  const invitations = await db.cohortInvitation.findMany({ where: { cohortId, status: "INVITED" }, orderBy: [{ createdAt: "asc" }, { email: "asc" }], select: { email: true, createdAt: true } });

  // Five aggregate queries, each table scanned once; they run concurrently on the pool.
  const [learnerRows, lessonRows, scoreRows, certificateRows, misconceptionRows] = await Promise.all([
    sql.query<{ userId: string; name: string; email: string; studentId: string | null; enrolledAt: Date; unclaimed: boolean }>(
      `SELECT e."userId", u.name, u.email, e."studentId", e."enrolledAt", (u."passwordHash" = '') AS unclaimed
         FROM "Enrollment" e JOIN "User" u ON u.id = e."userId" WHERE e."cohortId" = $1`, [cohortId]),
    // Lessons read per learner and module, and (second grouping set) per UTC day for the timeline.
    sql.query<{ userId: string | null; key: string | null; day: string | null; n: number }>(
      `SELECT lp."userId", m.m AS key, to_char(lp."completedAt", 'YYYY-MM-DD') AS day, count(*)::int AS n
         FROM "Enrollment" e
         JOIN "Cohort" co ON co.id = e."cohortId"
         JOIN "LessonProgress" lp ON lp."userId" = e."userId" AND lp."completedAt" >= ${COUNTS_FROM}
         JOIN json_to_recordset($2::json) AS m(t text, l text, m text) ON m.t = lp."trackId" AND m.l = lp."lessonId"
        WHERE e."cohortId" = $1 GROUP BY GROUPING SETS ((lp."userId", m.m), (to_char(lp."completedAt", 'YYYY-MM-DD')))`, [cohortId, lessonMap]),
    // Best score, attempts and the first passing submission per learner and case.
    sql.query<{ userId: string; simulationId: string; best: number | null; attempts: number; passedOn: string | null }>(
      `SELECT a."userId", a."simulationId", max(a.score) AS best, count(*)::int AS attempts,
              to_char(min(a."submittedAt") FILTER (WHERE a.score >= s.pm), 'YYYY-MM-DD') AS "passedOn"
         FROM "Enrollment" e
         JOIN "Cohort" co ON co.id = e."cohortId"
         JOIN "Attempt" a ON a."userId" = e."userId" AND a."createdAt" >= ${COUNTS_FROM}
         JOIN json_to_recordset($2::json) AS s(t text, id text, pm float8) ON s.id = a."simulationId" AND s.t = a."trackId"
        WHERE e."cohortId" = $1 GROUP BY 1, 2`, [cohortId, simulationMap]),
    sql.query<{ userId: string; trackId: string; issuedAt: Date }>(
      `SELECT c."userId", c."trackId", max(c."issuedAt") AS "issuedAt"
         FROM "Enrollment" e
         JOIN "Credential" c ON c."userId" = e."userId"
         JOIN "Cohort" earned ON earned.id = c."cohortId" AND earned."organizationId" = $3
        WHERE e."cohortId" = $1 AND c."revokedAt" IS NULL AND c."trackId" IN (SELECT json_array_elements_text($2::json))
        GROUP BY 1, 2`, [cohortId, tracks, cohort.organizationId]),
    sql.query<{ simulationId: string; code: string; n: number }>(
      `SELECT a."simulationId", code, count(*)::int AS n
         FROM "Enrollment" e
         JOIN "Cohort" co ON co.id = e."cohortId"
         JOIN "Attempt" a ON a."userId" = e."userId" AND a."createdAt" >= ${COUNTS_FROM}
         JOIN json_to_recordset($2::json) AS s(t text, id text, pm float8) ON s.id = a."simulationId" AND s.t = a."trackId"
         CROSS JOIN LATERAL unnest(a.misconceptions) AS code
        WHERE e."cohortId" = $1 AND a."submittedAt" IS NOT NULL GROUP BY 1, 2`, [cohortId, simulationMap]),
  ]);

  const events = new Map<string, number>();
  const count = (day: string, n: number) => events.set(day, (events.get(day) ?? 0) + n);
  // Nested maps (learner → module → count) avoid building 50,000 string keys at 5,000 learners.
  const lessonsRead = new Map<string, Map<string, number>>();
  for (const r of lessonRows) {
    if (r.userId === null) {
      if (r.day) count(r.day, Number(r.n));
      continue;
    }
    let perModule = lessonsRead.get(r.userId);
    if (!perModule) lessonsRead.set(r.userId, (perModule = new Map()));
    perModule.set(r.key!, Number(r.n));
  }
  const bestOf = new Map<string, Map<string, number>>();
  const attemptsOf = new Map<string, number>();
  for (const r of scoreRows) {
    attemptsOf.set(r.userId, (attemptsOf.get(r.userId) ?? 0) + Number(r.attempts));
    if (r.passedOn) count(r.passedOn, 1);
    if (r.best === null) continue;
    let scores = bestOf.get(r.userId);
    if (!scores) bestOf.set(r.userId, (scores = new Map()));
    scores.set(r.simulationId, Number(r.best));
  }
  const extensionOf = new Map<string, Map<string, Date>>();
  for (const x of cohort.extensions) {
    let perModule = extensionOf.get(x.userId);
    if (!perModule) extensionOf.set(x.userId, (perModule = new Map()));
    perModule.set(moduleKey(x.trackId, x.moduleId), x.dueAt);
  }
  const certificatesOf = new Map<string, { trackId: string; issuedAt: Date }[]>();
  for (const c of certificateRows) (certificatesOf.get(c.userId) ?? certificatesOf.set(c.userId, []).get(c.userId)!).push({ trackId: c.trackId, issuedAt: new Date(c.issuedAt) });

  const noScores = new Map<string, number>();
  const learners: DashboardLearner[] = learnerRows.map((row) => {
    const scores = bestOf.get(row.userId) ?? noScores;
    const read = lessonsRead.get(row.userId);
    const extended = extensionOf.get(row.userId);
    const standings = modules.map((m) => moduleStanding(m, read?.get(m.key) ?? 0, scores, m.dueAt, extended?.get(m.key) ?? null, now));
    const bests = [...scores.values()];
    return {
      userId: row.userId, name: row.name, email: row.email, studentId: row.studentId, unclaimed: Boolean(row.unclaimed), enrolledAt: new Date(row.enrolledAt),
      standings, workDone: workDone(standings), behindModules: standings.filter((s) => s.behind).length,
      averageBest: bests.length ? bests.reduce((a, b) => a + b, 0) / bests.length : null,
      attempts: attemptsOf.get(row.userId) ?? 0,
      certificates: certificatesOf.get(row.userId) ?? [],
    };
  });
  // Behind first, then least work done, then name: the people to contact come first.
  learners.sort((a, b) => b.behindModules - a.behindModules || a.workDone - b.workDone || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const moduleSummary = modules.map((m, i) => ({
    key: m.key,
    complete: learners.filter((l) => l.standings[i]!.complete).length,
    behind: learners.filter((l) => l.standings[i]!.behind).length,
    averageLessonsRead: learners.length ? learners.reduce((sum, l) => sum + l.standings[i]!.lessonsRead, 0) / learners.length : 0,
  }));

  const misconceptions = modules.flatMap((m) =>
    m.simulationIds.map((simulationId) => {
      const simulation = catalog.simulation(simulationId);
      const top = misconceptionRows
        .filter((r) => r.simulationId === simulationId)
        .map((r) => ({ code: r.code, count: Number(r.n), note: simulation?.misconceptions[r.code] ?? null }))
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code))
        .slice(0, 5);
      return { simulationId, title: simulation?.title ?? { en: simulationId, zh: simulationId }, top };
    }),
  );

  const perLearner = modules.reduce((sum, m) => sum + m.lessonIds.length + m.simulationIds.length, 0);
  const timeline: CohortDashboard["timeline"] = [];
  const end = Math.min(now.getTime(), cohort.endsOn.getTime());
  const firstDay = dayOf(cohort.startsOn);
  let cumulative = [...events].filter(([day]) => day < firstDay).reduce((sum, [, n]) => sum + n, 0);
  for (let t = cohort.startsOn.getTime(); t <= end; t += DAY) {
    const day = dayOf(new Date(t));
    cumulative += events.get(day) ?? 0;
    timeline.push({ day, share: learners.length && perLearner ? cumulative / (learners.length * perLearner) : 0 });
  }

  return {
    cohort: { id: cohort.id, name: cohort.name, organizationId: cohort.organizationId, organizationName: cohort.organization.name, trackIds: cohort.trackIds, startsOn: cohort.startsOn, endsOn: cohort.endsOn, inviteCode: cohort.inviteCode },
    viewerRole: access.role,
    modules,
    learners,
    invitations: invitations.map((i) => ({ email: i.email, invitedAt: i.createdAt })),
    moduleSummary,
    misconceptions,
    timeline,
    totals: {
      learners: learners.length,
      behind: learners.filter((l) => l.behindModules > 0).length,
      certified: learners.filter((l) => l.certificates.length > 0).length,
      averageWorkDone: learners.length ? learners.reduce((sum, l) => sum + l.workDone, 0) / learners.length : 0,
    },
    deadlineChanges,
  };
}

async function recentDeadlineChanges(db: Awaited<ReturnType<typeof database>>["prisma"], cohortId: string): Promise<CohortDashboard["deadlineChanges"]> {
  const events = await db.auditEvent.findMany({
    where: { subject: `cohort:${cohortId}`, action: "cohort.deadline.set" },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { actorId: true, detail: true, createdAt: true },
  });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const names = new Map((actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : []).map((u) => [u.id, u.name]));
  const date = (value: unknown) => (typeof value === "string" ? new Date(value) : null);
  return events.map((e) => {
    const detail = (e.detail ?? {}) as Record<string, unknown>;
    return { trackId: String(detail.trackId), moduleId: String(detail.moduleId), from: date(detail.from), to: date(detail.to), at: e.createdAt, actorName: (e.actorId && names.get(e.actorId)) || "—" };
  });
}
