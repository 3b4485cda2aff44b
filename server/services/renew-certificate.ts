import "server-only";
import { checkEligibility } from "@/domain/certificates/eligibility";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { singleFlight } from "../single-flight";
import { getHolderRenewal } from "./credential-currency";
import { issueCredential, ruleVersionsOfPasses } from "./issue-credential";

/**
 * Renews the actor's outdated certificate once its update path is done: a new credential for the
 * current content version, linked to the old one (column `renewedFromId` and, in the signed JSON, a
 * `relatedResource` with the old credential's digest). The old one stays verifiable, shown as
 * superseded. Idempotent: one renewal per credential (unique `renewedFromId`); concurrent renewals of
 * one credential in this process share one issuance.
 */
export async function renewCertificate(actor: Actor, publicId: string, now = new Date()): Promise<{ publicId: string }> {
  return singleFlight(renewalsInFlight, JSON.stringify([actor.id, publicId]), () => renewOnce(actor, publicId, now));
}

/** Renewals being issued in this process, by holder and old credential. */
const renewalsInFlight = new Map<string, Promise<{ publicId: string }>>();

async function renewOnce(actor: Actor, publicId: string, now: Date): Promise<{ publicId: string }> {
  const db = await prisma();
  const renewal = await getHolderRenewal(actor, publicId, now);
  if (renewal.renewedBy) return { publicId: renewal.renewedBy };
  if (renewal.revoked) throw new AppError("FORBIDDEN", "errors.revokedCannotRenew");
  if (renewal.expired) throw new AppError("FORBIDDEN", "errors.expiredEarnAgain");
  if (!renewal.currency.outdated) throw new AppError("CONFLICT", "errors.certificateCurrent");
  if (!renewal.path.complete) throw new AppError("FORBIDDEN", "errors.passUpdatePathFirst");

  const { track } = renewal;
  const old = await db.credential.findUniqueOrThrow({ where: { publicId }, select: { id: true, publicId: true, document: true, generation: true, cohortId: true } });
  const attempts = await db.attempt.findMany({
    where: { userId: actor.id, trackId: track.id, submittedAt: { not: null } },
    select: { simulationId: true, score: true, submittedAt: true, ruleRefs: true },
  });
  const best = new Map<string, number>();
  for (const a of attempts) if (a.score !== null && a.score > (best.get(a.simulationId) ?? -1)) best.set(a.simulationId, a.score);
  const eligibility = checkEligibility(track, best);
  if (!eligibility.eligible) throw new AppError("FORBIDDEN", "errors.requirementsNotMetCurrent");
  const required = eligibility.requirements.map((r) => r.simulationId);
  try {
    return await issueCredential(db, {
      holder: actor,
      track,
      results: eligibility.requirements.map((r) => ({ simulationId: r.simulationId, best: r.best ?? 0 })),
      ruleVersions: ruleVersionsOfPasses(attempts, track.certificate.passMark, required),
      generation: old.generation + 1,
      renewedFrom: old,
      issuedAt: now,
      actorId: actor.id,
      auditAction: "credential.renewed",
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.credential.findUnique({ where: { renewedFromId: old.id }, select: { publicId: true } });
    if (winner) return winner;
    throw error;
  }
}
