import "server-only";
import { moduleKey, moduleStanding, workDone } from "@/domain/cohorts/schedule";
import type { Actor } from "../authorize";
import { loadCatalog } from "../content/load-content";
import { prisma } from "../db";
import { requireCohortLearner } from "../organizations/org-access";

/**
 * The drill-down on one learner of a cohort, for the org's staff: standing per module, every case
 * attempt (score, misconceptions, date), lessons read, certificates and the extension trail.
 * Only learners enrolled in the cohort can be opened (an invitation not yet accepted is not an
 * enrollment), only cohort tracks are shown, and only what was earned for this organization: work
 * since the earlier of joining and the cohort's start, certificates earned in its cohorts.
 */
export async function getCohortLearner(actor: Actor, cohortId: string, userId: string, now = new Date()) {
  const access = await requireCohortLearner(actor, cohortId, userId);
  const db = await prisma();
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { id: true, name: true, organizationId: true, trackIds: true, startsOn: true, deadlines: { select: { trackId: true, moduleId: true, dueAt: true } } },
  });
  const enrollment = await db.enrollment.findUniqueOrThrow({ where: { id: access.enrollmentId }, select: { enrolledAt: true } });
  // The same rule as the dashboard's COUNTS_FROM.
  const since = { gte: enrollment.enrolledAt < cohort.startsOn ? enrollment.enrolledAt : cohort.startsOn };
  const tracks = { in: cohort.trackIds };
  const [learner, lessons, attempts, credentials, extensions, trail] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, email: true, passwordHash: true, createdByOrganizationId: true, enrollments: { where: { cohortId }, select: { studentId: true, enrolledAt: true, source: true } } } }),
    db.lessonProgress.findMany({ where: { userId, trackId: tracks, completedAt: since }, select: { trackId: true, lessonId: true, completedAt: true } }),
    db.attempt.findMany({
      where: { userId, trackId: tracks, createdAt: since },
      orderBy: [{ simulationId: "asc" }, { number: "asc" }],
      select: { simulationId: true, number: true, score: true, misconceptions: true, createdAt: true, submittedAt: true },
    }),
    db.credential.findMany({ where: { userId, trackId: tracks, cohort: { organizationId: cohort.organizationId } }, orderBy: { issuedAt: "desc" }, select: { publicId: true, trackId: true, issuedAt: true, revokedAt: true } }),
    db.deadlineExtension.findMany({ where: { cohortId, userId }, select: { trackId: true, moduleId: true, dueAt: true, reason: true } }),
    db.auditEvent.findMany({ where: { subject: `enrollment:${cohortId}:${userId}` }, orderBy: { createdAt: "desc" }, select: { action: true, detail: true, createdAt: true, actorId: true } }),
  ]);
  const actors = await db.user.findMany({ where: { id: { in: trail.flatMap((t) => (t.actorId ? [t.actorId] : [])) } }, select: { id: true, name: true } });
  const actorName = new Map(actors.map((a) => [a.id, a.name]));

  const catalog = loadCatalog();
  const best = new Map<string, number>();
  for (const a of attempts) if (a.score !== null && a.score > (best.get(a.simulationId) ?? -1)) best.set(a.simulationId, a.score);
  const read = new Set(lessons.map((l) => `${l.trackId}/${l.lessonId}`));
  const deadlineOf = new Map(cohort.deadlines.map((d) => [moduleKey(d.trackId, d.moduleId), d.dueAt]));
  const extensionOf = new Map(extensions.map((x) => [moduleKey(x.trackId, x.moduleId), x]));
  const modules = cohort.trackIds.flatMap((trackId) => {
    const track = catalog.track(trackId);
    if (!track) return [];
    return track.moduleList.map((m) => {
      const key = moduleKey(track.id, m.id);
      const requirement = { trackId: track.id, moduleId: m.id, lessonIds: m.lessonList.map((l) => l.id), simulationIds: m.simulations, passMark: track.certificate.passMark };
      const lessonsRead = m.lessonList.filter((l) => read.has(`${track.id}/${l.id}`)).length;
      return {
        key,
        title: m.title,
        trackTitle: track.title,
        standing: moduleStanding(requirement, lessonsRead, best, deadlineOf.get(key) ?? null, extensionOf.get(key)?.dueAt ?? null, now),
        cohortDueAt: deadlineOf.get(key) ?? null,
        extensionReason: extensionOf.get(key)?.reason ?? null,
        attempts: attempts.filter((a) => m.simulations.includes(a.simulationId)).map((a) => ({ ...a, title: catalog.simulation(a.simulationId)?.title ?? { en: a.simulationId, zh: a.simulationId } })),
      };
    });
  });
  return {
    cohort: { id: cohort.id, name: cohort.name, organizationId: cohort.organizationId },
    viewerRole: access.role,
    learner: {
      id: learner.id, name: learner.name, email: learner.email, unclaimed: learner.passwordHash === "",
      // Only the organization that created an unclaimed account may hand out its set-password link.
      setupLinkAllowed: learner.passwordHash === "" && learner.createdByOrganizationId === cohort.organizationId,
      ...learner.enrollments[0]!,
    },
    modules,
    workDone: workDone(modules.map((m) => m.standing)),
    credentials,
    trail: trail.map((t) => ({ ...t, detail: (t.detail ?? {}) as Record<string, string | null>, actorName: t.actorId ? (actorName.get(t.actorId) ?? "—") : "—" })),
  };
}
