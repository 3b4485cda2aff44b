import "server-only";
import type { TrackWithModules } from "@/domain/content/catalog";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { loadCatalog } from "../content/load-content";
import { singleFlight } from "../single-flight";
import { getTrackProgress } from "./get-track-progress";
import { issueCredential, ruleVersionsOfPasses } from "./issue-credential";

/**
 * Issues the actor's certificate for a track once its requirement is met. Idempotent: one
 * credential per learner, track and content version (generation 0; renewals are made by
 * renewCertificate), even under fifty simultaneous clicks: concurrent claims of one learner's
 * certificate in this process share one issuance, and across processes the unique constraint
 * decides and the loser returns the winner's credential.
 */
export async function claimCertificate(actor: Actor, trackId: string, now = new Date()): Promise<{ publicId: string }> {
  const track = loadCatalog().track(trackId);
  if (!track) throw new AppError("NOT_FOUND", "errors.noSuchTrack");
  return singleFlight(claimsInFlight, JSON.stringify([actor.id, track.id, track.contentVersion]), () => claimOnce(actor, track, now));
}

/** Claims being issued in this process, by learner, track and content version. */
const claimsInFlight = new Map<string, Promise<{ publicId: string }>>();

async function claimOnce(actor: Actor, track: TrackWithModules, now: Date): Promise<{ publicId: string }> {
  const trackId = track.id;
  const db = await prisma();
  const key = { userId: actor.id, trackId, contentVersion: track.contentVersion };
  const existing = () => db.credential.findFirst({ where: key, orderBy: { generation: "desc" }, select: { publicId: true } });
  const held = await existing();
  if (held) return held;

  const holder = await db.user.findUnique({ where: { id: actor.id }, select: { emailVerifiedAt: true } });
  // A certificate names its holder's address: only one its owner has proved they read.
  if (!holder?.emailVerifiedAt) throw new AppError("FORBIDDEN", "account.verifyBeforeClaim");

  const progress = await getTrackProgress(actor, track);
  if (!progress.eligibility.eligible) throw new AppError("FORBIDDEN", "errors.requirementsNotMet");

  const attempts = await db.attempt.findMany({
    where: { userId: actor.id, trackId, submittedAt: { not: null } },
    select: { simulationId: true, score: true, submittedAt: true, ruleRefs: true },
  });
  const required = progress.eligibility.requirements.map((r) => r.simulationId);
  const ruleVersions = ruleVersionsOfPasses(attempts, track.certificate.passMark, required);
  try {
    return await issueCredential(db, {
      holder: actor,
      track,
      results: progress.eligibility.requirements.map((r) => ({ simulationId: r.simulationId, best: r.best ?? 0 })),
      ruleVersions,
      generation: 0,
      issuedAt: now,
      actorId: actor.id,
      auditAction: "credential.issued",
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await existing();
    if (winner) return winner;
    throw error;
  }
}
