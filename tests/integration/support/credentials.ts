import type { Actor } from "@/server/authorize";
import { loadCatalog } from "@/server/content/load-content";
import { prisma } from "@/server/db";
import { issueCredential } from "@/server/services/issue-credential";

/**
 * Issues a real, signed certificate for a track without playing its cases (the way the demo seed
 * does), through the same issueCredential that claims use: the cohort rule runs as at a claim.
 * The caller installs issuer keys (useIssuerKeys).
 */
export async function issueTestCredential(holder: Actor, trackId = "compliance-architect", generation = 0): Promise<{ publicId: string; cohortId: string | null }> {
  const track = loadCatalog().track(trackId)!;
  const db = await prisma();
  const { publicId } = await issueCredential(db, {
    holder,
    track,
    results: [],
    ruleVersions: new Map(),
    generation,
    issuedAt: new Date(),
    actorId: holder.id,
    auditAction: "credential.issued",
  });
  const { cohortId } = await db.credential.findUniqueOrThrow({ where: { publicId }, select: { cohortId: true } });
  return { publicId, cohortId };
}
