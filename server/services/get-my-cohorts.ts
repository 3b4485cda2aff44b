import "server-only";
import { moduleKey } from "@/domain/cohorts/schedule";
import type { Actor } from "../authorize";
import { loadCatalog } from "../content/load-content";
import { prisma } from "../db";

/** The actor's own cohorts with the deadlines that apply to them (their extensions included). */
export async function getMyCohorts(actor: Actor) {
  const db = await prisma();
  const enrollments = await db.enrollment.findMany({
    where: { userId: actor.id },
    orderBy: { enrolledAt: "desc" },
    select: {
      enrolledAt: true,
      cohort: {
        select: {
          id: true, name: true, trackIds: true, startsOn: true, endsOn: true,
          organization: { select: { name: true } },
          deadlines: { orderBy: { dueAt: "asc" }, select: { trackId: true, moduleId: true, dueAt: true } },
          extensions: { where: { userId: actor.id }, select: { trackId: true, moduleId: true, dueAt: true } },
        },
      },
    },
  });
  const catalog = loadCatalog();
  return enrollments.map(({ cohort, enrolledAt }) => {
    const extended = new Map(cohort.extensions.map((x) => [moduleKey(x.trackId, x.moduleId), x.dueAt]));
    return {
      id: cohort.id, name: cohort.name, organizationName: cohort.organization.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn, enrolledAt,
      tracks: cohort.trackIds.flatMap((id) => catalog.track(id) ?? []).map((t) => ({ id: t.id, title: t.title })),
      deadlines: cohort.deadlines.map((d) => {
        const module = catalog.track(d.trackId)?.moduleList.find((m) => m.id === d.moduleId);
        const extension = extended.get(moduleKey(d.trackId, d.moduleId));
        return { trackId: d.trackId, moduleId: d.moduleId, title: module?.title ?? { en: d.moduleId, zh: d.moduleId }, dueAt: extension ?? d.dueAt, extended: Boolean(extension) };
      }),
    };
  });
}
