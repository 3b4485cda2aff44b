import "server-only";
import type { VerificationResult } from "@/domain/credentials";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";
import { verifyCredentialDocument } from "./verify-credential-document";

export type CredentialStanding = "valid" | "revoked" | "expired" | "outdated" | "invalid" | "unverifiable";

/**
 * Everything a verifier may see about a certificate (public, no account needed): the signed
 * document, the holder's name, and a status decided by checking the signature and status list,
 * not by trusting the database row alone.
 */
export async function getPublicCredential(publicId: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(publicId)) throw new AppError("NOT_FOUND", "No such certificate.");
  const db = await prisma();
  const record = await db.credential.findUnique({
    where: { publicId },
    select: { publicId: true, trackId: true, contentVersion: true, issuedAt: true, validUntil: true, revokedAt: true, revocationReason: true, document: true, user: { select: { name: true } } },
  });
  if (!record) throw new AppError("NOT_FOUND", "No such certificate.");
  const verification = await verifyCredentialDocument(record.document, now);
  const track = loadCatalog().track(record.trackId);
  return { record, track, verification, standing: standingOf(verification, record, track?.contentVersion) };
}

function standingOf(verification: VerificationResult, record: { revokedAt: Date | null; contentVersion: string }, currentVersion: string | undefined): CredentialStanding {
  if (verification.status === "unverifiable") return "unverifiable";
  if (verification.status === "invalid") {
    if (verification.reason === "revoked") return "revoked";
    if (verification.reason === "expired") return "expired";
    return "invalid";
  }
  // Signature and status list say valid; a revocation not yet in the list still counts.
  if (record.revokedAt) return "revoked";
  if (currentVersion && currentVersion !== record.contentVersion) return "outdated";
  return "valid";
}
