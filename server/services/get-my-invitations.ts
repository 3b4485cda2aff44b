import "server-only";
import type { Actor } from "../authorize";
import { loadCatalog } from "../content/load-content";
import { prisma } from "../db";

/** The actor's own open invitations to cohorts (never anyone else's), oldest first. */
export async function getMyInvitations(actor: Actor) {
  const db = await prisma();
  const invitations = await db.cohortInvitation.findMany({
    where: { userId: actor.id, status: "INVITED" },
    orderBy: { createdAt: "asc" },
    select: { id: true, createdAt: true, cohort: { select: { name: true, trackIds: true, startsOn: true, endsOn: true, organization: { select: { name: true } } } } },
  });
  const catalog = loadCatalog();
  return invitations.map(({ id, createdAt, cohort }) => ({
    id,
    invitedAt: createdAt,
    cohortName: cohort.name,
    organizationName: cohort.organization.name,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    tracks: cohort.trackIds.flatMap((trackId) => catalog.track(trackId) ?? []).map((t) => ({ id: t.id, title: t.title })),
  }));
}
