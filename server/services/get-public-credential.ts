import "server-only";
import type { CredentialCurrency } from "@/domain/certificates/credential-currency";
import { verifyStoredCredential, type VerificationResult } from "@/domain/credentials";
import { prisma } from "../db";
import { translate } from "@/lib/i18n/translate";
import { AppError } from "../errors";
import { loadCatalog } from "../content/load-content";
import { credentialCurrency } from "./credential-currency";
import { checkStoredProof, keptProofChecks } from "./check-stored-proof";

export type CredentialStanding = "valid" | "revoked" | "expired" | "superseded" | "outdated" | "invalid" | "unverifiable";

export const PUBLIC_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

const PUBLIC_CREDENTIAL_SELECT = {
  id: true,
  publicId: true,
  userId: true,
  trackId: true,
  contentVersion: true,
  issuedAt: true,
  validUntil: true,
  revokedAt: true,
  revocationReason: true,
  document: true,
  proofChecks: true,
  proofKeyring: true,
  user: { select: { name: true } },
  renewedBy: { select: { publicId: true } },
  renewedFrom: { select: { publicId: true } },
  pdf: { select: { credentialId: true } },
} as const;

/** Verifier-facing message when the issuer's own records cannot be read (never "valid", never a raw error). */
const RECORDS_UNREACHABLE_MESSAGE = "errors.recordsUnreachable";
/** That message in English (the JSON API and tests read it; pages render the error in their language). */
export const RECORDS_UNREACHABLE = translate("en", RECORDS_UNREACHABLE_MESSAGE);

/**
 * Runs a read against the database for a verifier: a failure of the database itself becomes
 * UNAVAILABLE ("could not be checked"), so no verifier path answers with a raw 500.
 */
export async function readForVerifier<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error("Verifier read failed", error);
    throw new AppError("UNAVAILABLE", RECORDS_UNREACHABLE_MESSAGE);
  }
}

type PublicCredentialRow = NonNullable<Awaited<ReturnType<typeof findPublicCredentials>>>[number];

async function findPublicCredentials(publicIds: readonly string[]) {
  const db = await prisma();
  return db.credential.findMany({ where: { publicId: { in: [...publicIds] } }, select: PUBLIC_CREDENTIAL_SELECT });
}

/**
 * Everything a verifier may see about certificates (public, no account needed), in one query:
 * the signed document, the holder's name, and a status from the proof outcomes checked once at
 * issuance (again only when the issuer's keyring changes) plus the status bit and dates, never a
 * re-run of canonicalization and signature checks. Ids not found are absent from the map.
 */
export async function getPublicCredentials(publicIds: readonly string[], now = new Date()) {
  const wanted = [...new Set(publicIds.filter((id) => PUBLIC_ID_PATTERN.test(id)))];
  if (wanted.length === 0) return new Map<string, PublicCredential>();
  return readForVerifier(async () => {
    const rows = await findPublicCredentials(wanted);
    const found = new Map<string, PublicCredential>();
    for (const row of rows) found.set(row.publicId, await describe(row, now));
    return found;
  });
}

/** One certificate for a verifier (see `getPublicCredentials`); NOT_FOUND when there is none. */
export async function getPublicCredential(publicId: string, now = new Date()): Promise<PublicCredential> {
  if (!PUBLIC_ID_PATTERN.test(publicId)) throw new AppError("NOT_FOUND", "errors.noSuchCertificate");
  const found = (await getPublicCredentials([publicId], now)).get(publicId);
  if (!found) throw new AppError("NOT_FOUND", "errors.noSuchCertificate");
  return found;
}

export type PublicCredential = Awaited<ReturnType<typeof describe>>;

async function describe(record: PublicCredentialRow, now: Date) {
  const proofChecks = keptProofChecks(record) ?? (await recheckProof(record));
  const verification = verifyStoredCredential({ document: record.document, proofChecks, revoked: record.revokedAt !== null, now });
  const track = loadCatalog().track(record.trackId);
  const currency = credentialCurrency(record, now);
  return { record, track, verification, currency, standing: standingOf(verification, record, currency) };
}

/** The issuer's keyring changed (or the row predates kept checks): check once more and keep it. */
async function recheckProof(record: PublicCredentialRow) {
  const proof = await checkStoredProof(record.document);
  const db = await prisma();
  await db.credential.update({ where: { id: record.id }, data: proof });
  return proof.proofChecks;
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
