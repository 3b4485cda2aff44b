import "server-only";
import type { CredentialCurrency } from "@/domain/certificates/credential-currency";
import type { VerificationResult } from "@/domain/credentials";
import { prisma } from "../db";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";
import { credentialCurrency } from "./credential-currency";
import { verifyCredentialDocument } from "./verify-credential-document";

export type CredentialStanding = "valid" | "revoked" | "expired" | "superseded" | "outdated" | "invalid" | "unverifiable";

export const PUBLIC_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Everything a verifier may see about a certificate (public, no account needed): the signed
 * document, the holder's name, and a status decided by checking the signature and status list,
 * not by trusting the database row alone.
 */
export async function getPublicCredential(publicId: string, now = new Date()) {
  if (!PUBLIC_ID_PATTERN.test(publicId)) throw new AppError("NOT_FOUND", "No such certificate.");
  const db = await prisma();
  const record = await db.credential.findUnique({
    where: { publicId },
    select: {
      publicId: true,
      userId: true,
      trackId: true,
      contentVersion: true,
      issuedAt: true,
      validUntil: true,
      revokedAt: true,
      revocationReason: true,
      document: true,
      user: { select: { name: true } },
      renewedBy: { select: { publicId: true } },
      renewedFrom: { select: { publicId: true } },
      pdf: { select: { credentialId: true } },
    },
  });
  if (!record) throw new AppError("NOT_FOUND", "No such certificate.");
  const verification = await verifyCredentialDocument(record.document, now);
  const track = loadCatalog().track(record.trackId);
  const currency = credentialCurrency(record, now);
  return { record, track, verification, currency, standing: standingOf(verification, record, currency) };
}

function standingOf(verification: VerificationResult, record: { revokedAt: Date | null; renewedBy: { publicId: string } | null }, currency: CredentialCurrency): CredentialStanding {
  if (verification.status === "unverifiable") return "unverifiable";
  if (verification.status === "invalid") {
    if (verification.reason === "revoked") return "revoked";
    if (verification.reason === "expired") return "expired";
    return "invalid";
  }
  // Signature and status list say valid; a revocation not yet in the list still counts.
  if (record.revokedAt) return "revoked";
  if (record.renewedBy) return "superseded";
  if (currency.outdated) return "outdated";
  return "valid";
}

/** One sentence on why a credential has its standing (for the verify page, the API and bulk CSV). */
export function standingReason(standing: CredentialStanding, details: { revocationReason: string | null; renewedBy: string | null; currency: CredentialCurrency; verification: VerificationResult }): string {
  switch (standing) {
    case "valid":
      return "Signature, issuer key, status list and dates check out.";
    case "revoked":
      return details.revocationReason ? `Revoked: ${details.revocationReason}` : "Revoked by the issuer.";
    case "expired":
      return details.verification.checks.find((c) => c.check === "dates")?.reason ?? "Expired.";
    case "superseded":
      return `Renewed: superseded by certificate ${details.renewedBy}.`;
    case "outdated": {
      const parts = details.currency.ruleChanges.map((change) =>
        change.kind === "corrected"
          ? `rule ${change.ruleId} was corrected (version ${change.recordedVersion} → ${change.currentVersion})`
          : change.kind === "ended"
            ? `rule ${change.ruleId} stopped applying after ${change.until}`
            : `rule ${change.ruleId} was withdrawn`,
      );
      if (details.currency.contentChange) parts.push(`the track moved from content version ${details.currency.contentChange.issued} to ${details.currency.contentChange.current}`);
      return `Outdated since issuance: ${parts.join("; ")}.`;
    }
    case "invalid":
    case "unverifiable":
      return details.verification.checks.find((c) => c.ok === (standing === "invalid" ? false : null))?.reason ?? standing;
  }
}
