import "server-only";
import type { Actor } from "../authorize";
import { prisma } from "../db";

/** The actor's own certificates, newest first, with what the list page shows. */
export async function listOwnCredentials(actor: Actor) {
  const db = await prisma();
  return db.credential.findMany({
    where: { userId: actor.id },
    orderBy: { issuedAt: "desc" },
    select: { publicId: true, trackId: true, contentVersion: true, issuedAt: true, validUntil: true, revokedAt: true, revocationReason: true, renewedBy: { select: { publicId: true } } },
  });
}
