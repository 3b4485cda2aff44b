import "server-only";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { buildCredential, signCredential } from "@/domain/credentials";
import type { Actor } from "../authorize";
import { prisma } from "../db";
import { AppError, isUniqueViolation } from "../errors";
import { loadCatalog } from "../content/load-content";
import { issuerDid, issuerSigner, publicOrigin, statusListUrl, ISSUER_NAME } from "../issuer";
import { getTrackProgress } from "./get-track-progress";
import { STATUS_LIST_LENGTH } from "./status-list";

/** 16 random bytes, base64url: short enough for a URL, far too many to guess. */
const newPublicId = () => randomBytes(12).toString("base64url");

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/**
 * Issues the actor's certificate for a track once its requirement is met. Idempotent: one
 * credential per learner, track and content version, even under a double click or two tabs
 * (the unique constraint decides; the loser returns the winner's credential).
 */
export async function claimCertificate(actor: Actor, trackId: string, now = new Date()): Promise<{ publicId: string }> {
  const track = loadCatalog().track(trackId);
  if (!track) throw new AppError("NOT_FOUND", "No such track.");
  const db = await prisma();
  const key = { userId: actor.id, trackId, contentVersion: track.contentVersion };
  const existing = await db.credential.findUnique({ where: { userId_trackId_contentVersion: key }, select: { publicId: true } });
  if (existing) return existing;

  const progress = await getTrackProgress(actor, track);
  if (!progress.eligibility.eligible) throw new AppError("FORBIDDEN", "The certificate's requirements are not met yet.");

  const attempts = await db.attempt.findMany({
    where: { userId: actor.id, trackId, submittedAt: { not: null } },
    select: { simulationId: true, score: true, ruleRefs: true },
  });
  const ruleVersions = new Map<string, number>();
  for (const attempt of attempts) {
    for (const ref of (attempt.ruleRefs ?? []) as { id: string; version: number }[]) ruleVersions.set(ref.id, ref.version);
  }

  const publicId = newPublicId();
  const validUntil = addMonths(now, track.certificate.validityMonths);
  const catalog = loadCatalog();
  const origin = publicOrigin();
  for (let tries = 0; tries < 5; tries++) {
    // A random index (not a counter) so that list positions reveal nothing about issuance order.
    const statusIndex = randomInt(STATUS_LIST_LENGTH);
    const unsigned = buildCredential({
      id: `urn:uuid:${randomUUID()}`,
      issuer: { id: issuerDid(), name: ISSUER_NAME, url: origin },
      name: `${track.title.en} — Borderless certificate`,
      description: track.summary.en,
      validFrom: now,
      validUntil,
      subject: { name: actor.name, email: { address: actor.email, salt: randomBytes(16).toString("base64url") } },
      achievement: {
        id: `${origin}/en/tracks/${track.id}#achievement`,
        name: track.title.en,
        description: track.summary.en,
        criteriaNarrative: `Scored at least ${Math.round(track.certificate.passMark * 100)}% on every graded case of the required modules: ${track.requiredModules.join(", ")}.`,
        achievementType: "Certificate",
        contentVersion: track.contentVersion,
        competencies: track.competencies.map((competency) => ({
          targetName: competency.name.en,
          targetUrl: `${origin}/en/tracks/${track.id}#competency-${competency.id}`,
          targetCode: competency.id,
          targetFramework: "Borderless competencies",
        })),
      },
      results: progress.eligibility.requirements.map((requirement) => ({
        key: requirement.simulationId,
        name: catalog.simulation(requirement.simulationId)?.title.en ?? requirement.simulationId,
        resultType: "Percent",
        value: String(Math.round((requirement.best ?? 0) * 1000) / 10),
        valueMin: "0",
        valueMax: "100",
        requiredValue: String(Math.round(track.certificate.passMark * 100)),
        status: "Completed",
      })),
      ruleVersions: [...ruleVersions].map(([id, version]) => ({ ruleId: id.replace(/[^a-z0-9-]+/gi, "-").toLowerCase(), name: id, version: String(version) })),
      status: { statusListCredential: statusListUrl(), statusListIndex: statusIndex },
    });
    const document = await signCredential(unsigned, { signer: issuerSigner(), now });
    try {
      await db.credential.create({
        data: { ...key, publicId, issuedAt: now, validUntil, statusIndex, document: document as object },
      });
      await db.auditEvent.create({ data: { actorId: actor.id, action: "credential.issued", subject: `credential:${publicId}`, detail: { trackId, contentVersion: track.contentVersion } } });
      return { publicId };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await db.credential.findUnique({ where: { userId_trackId_contentVersion: key }, select: { publicId: true } });
      if (winner) return winner;
      // Otherwise the random status index collided: draw another.
    }
  }
  throw new Error("Could not allocate a status list index");
}
