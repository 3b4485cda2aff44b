import "server-only";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { buildCredential, signCredential } from "@/domain/credentials";
import type { TrackWithModules } from "@/domain/content/catalog";
import { serializeCredential, sriDigest } from "../certificates/credential-bytes";
import { renderCertificatePdfInWorker } from "../workers/credential-tasks";
import { loadCatalog } from "../content/load-content";
import type { PrismaClient } from "../generated/prisma/client";
import { isUniqueViolation } from "../errors";
import { credentialUrl, issuerDid, issuerSigner, publicOrigin, statusListUrl, verifyPageUrl, ISSUER_NAME } from "../issuer";
import { checkStoredProof } from "./check-stored-proof";
import { STATUS_LIST_LENGTH } from "./status-list";

/** Limits of the write transaction: generous to start (it may queue behind others on one PGlite connection or a full pool), bounded to run. */
export const ISSUE_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/** 12 random bytes, base64url (16 characters): short enough for a URL, far too many to guess. */
export const newPublicId = () => randomBytes(12).toString("base64url");

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}


export type IssueCredentialInput = {
  holder: { id: string; name: string; email: string };
  track: TrackWithModules;
  /** Best score (0..1) per required case. */
  results: { simulationId: string; best: number }[];
  /** Rule id → version the cases were graded under. */
  ruleVersions: ReadonlyMap<string, number>;
  generation: number;
  renewedFrom?: { id: string; publicId: string; document: unknown; cohortId?: string | null };
  issuedAt: Date;
  validUntil?: Date;
  /** Only the demo seed passes a fixed id (and an older content version); everyone else gets a random id and the current version. */
  publicId?: string;
  contentVersion?: string;
  actorId: string | null;
  auditAction: "credential.issued" | "credential.renewed";
};

/**
 * The cohort a certificate is earned in, recorded on it at issuance: of the holder's enrollments at
 * that moment in cohorts that teach the track, the most recently joined one (ties: the cohort id).
 * Null when the holder studies the track in no cohort. That cohort's organization may then revoke
 * the certificate and its staff see it; no other organization ever does.
 */
export async function credentialCohortFor(db: PrismaClient, userId: string, trackId: string): Promise<string | null> {
  const enrollment = await db.enrollment.findFirst({
    where: { userId, cohort: { trackIds: { has: trackId } } },
    orderBy: [{ enrolledAt: "desc" }, { cohortId: "asc" }],
    select: { cohortId: true },
  });
  return enrollment?.cohortId ?? null;
}

/**
 * Builds, signs and stores one certificate with its PDF, in one transaction with its audit event.
 * Throws the driver's unique violation when the learner/track/version/generation (or renewal) is
 * taken, so callers can return the winner of a race; a status-index collision is retried here.
 */
export async function issueCredential(db: PrismaClient, input: IssueCredentialInput): Promise<{ publicId: string }> {
  const { holder, track, issuedAt } = input;
  const catalog = loadCatalog();
  const origin = publicOrigin();
  const publicId = input.publicId ?? newPublicId();
  const validUntil = input.validUntil ?? addMonths(issuedAt, track.certificate.validityMonths);
  const contentVersion = input.contentVersion ?? track.contentVersion;
  // A renewal earned outside any cohort stays with the cohort of the certificate it renews.
  const cohortId = (await credentialCohortFor(db, holder.id, track.id)) ?? input.renewedFrom?.cohortId ?? null;
  for (let tries = 0; tries < 5; tries++) {
    // A random index (not a counter) so that list positions reveal nothing about issuance order.
    const statusIndex = randomInt(STATUS_LIST_LENGTH);
    const unsigned = buildCredential({
      id: `urn:uuid:${randomUUID()}`,
      issuer: { id: issuerDid(), name: ISSUER_NAME, url: origin },
      name: `${track.title.en} — Borderless certificate`,
      description: track.summary.en,
      validFrom: issuedAt,
      validUntil,
      subject: { name: holder.name, email: { address: holder.email, salt: randomBytes(16).toString("base64url") } },
      achievement: {
        id: `${origin}/en/tracks/${track.id}#achievement`,
        name: track.title.en,
        description: track.summary.en,
        criteriaNarrative: `Scored at least ${Math.round(track.certificate.passMark * 100)}% on every graded case of the required modules: ${track.requiredModules.join(", ")}.`,
        achievementType: "Certificate",
        contentVersion,
        competencies: track.competencies.map((competency) => ({
          targetName: competency.name.en,
          targetUrl: `${origin}/en/tracks/${track.id}#competency-${competency.id}`,
          targetCode: competency.id,
          targetFramework: "Borderless competencies",
        })),
      },
      results: input.results.map((result) => ({
        key: result.simulationId,
        name: catalog.simulation(result.simulationId)?.title.en ?? result.simulationId,
        resultType: "Percent",
        value: String(Math.round(result.best * 1000) / 10),
        valueMin: "0",
        valueMax: "100",
        requiredValue: String(Math.round(track.certificate.passMark * 100)),
        status: "Completed",
      })),
      ruleVersions: [...input.ruleVersions].map(([id, version]) => ({ ruleId: id.replace(/[^a-z0-9-]+/gi, "-").toLowerCase(), name: id, version: String(version) })),
      status: { statusListCredential: statusListUrl(), statusListIndex: statusIndex },
      relatedResources: input.renewedFrom
        ? [{ id: credentialUrl(input.renewedFrom.publicId), digestSRI: sriDigest(serializeCredential(input.renewedFrom.document)), mediaType: "application/vc+ld+json" }]
        : [],
    });
    const document = await signCredential(unsigned, { signer: issuerSigner(), now: issuedAt });
    // Checked once, here: reads answer from these outcomes plus the status bit and dates.
    const proof = await checkStoredProof(document);
    if (!proof.proofChecks.every((check) => check.ok === true)) {
      throw new Error(`A freshly signed credential failed its own proof check: ${JSON.stringify(proof.proofChecks)}`);
    }
    const pdf = await renderCertificatePdfInWorker({
      publicId,
      holderName: holder.name,
      trackTitle: track.title,
      competencies: track.competencies.map((c) => c.name.en),
      contentVersion,
      issuedAt,
      validUntil,
      issuerName: ISSUER_NAME,
      issuerDid: issuerDid(),
      verifyUrl: verifyPageUrl(publicId),
      credential: document,
    });
    try {
      // Signing and the PDF are done above; the transaction only writes, so it is short, and its
      // limits are explicit (Prisma's defaults, 2 s to start and 5 s to run, are easily exceeded on
      // a busy event loop, and a timeout would surface as a 500 although nothing was wrong).
      await db.$transaction(async (tx) => {
        await tx.credential.create({
          data: {
            publicId,
            userId: holder.id,
            trackId: track.id,
            contentVersion,
            generation: input.generation,
            renewedFromId: input.renewedFrom?.id ?? null,
            cohortId,
            issuedAt,
            validUntil,
            statusIndex,
            document: document as object,
            credentialId: document.id,
            proofChecks: proof.proofChecks,
            proofKeyring: proof.proofKeyring,
            proofCheckedAt: proof.proofCheckedAt,
            pdf: { create: { pdfBase64: Buffer.from(pdf).toString("base64") } },
          },
          select: { id: true },
        });
        await tx.auditEvent.create({
          data: {
            actorId: input.actorId,
            action: input.auditAction,
            subject: `credential:${publicId}`,
            detail: { trackId: track.id, contentVersion, generation: input.generation, ...(input.renewedFrom && { renewedFrom: input.renewedFrom.publicId }) },
          },
        });
      }, ISSUE_TRANSACTION_OPTIONS);
      return { publicId };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const indexTaken = await db.credential.findUnique({ where: { statusIndex }, select: { id: true } });
      if (!indexTaken) throw error; // Someone else won the learner's slot: the caller returns theirs.
    }
  }
  throw new Error("Could not allocate a status list index");
}

type GradedAttempt = { simulationId: string; score: number | null; submittedAt: Date | null; ruleRefs: unknown };

/**
 * The rule versions a certificate records: per case, those of the learner's latest passing attempt
 * (so a case re-passed under a corrected rule records the correction, not the old version too);
 * a rule cited by several cases under different versions is recorded with the oldest.
 */
export function ruleVersionsOfPasses(attempts: readonly GradedAttempt[], passMark: number, simulationIds: readonly string[]): Map<string, number> {
  const latestPass = new Map<string, GradedAttempt>();
  for (const attempt of attempts) {
    if (attempt.score === null || attempt.score < passMark || !attempt.submittedAt || !simulationIds.includes(attempt.simulationId)) continue;
    const known = latestPass.get(attempt.simulationId);
    if (!known || known.submittedAt! < attempt.submittedAt) latestPass.set(attempt.simulationId, attempt);
  }
  const versions = new Map<string, number>();
  for (const attempt of latestPass.values()) {
    // Two cases citing one rule under different versions: record the older, so a correction shows.
    for (const ref of (attempt.ruleRefs ?? []) as { id: string; version: number }[]) versions.set(ref.id, Math.min(ref.version, versions.get(ref.id) ?? ref.version));
  }
  return versions;
}
