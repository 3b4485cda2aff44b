import "server-only";
import { createHash } from "node:crypto";
import { checkCredentialProof, StoredProofChecksSchema, type StoredProofChecks } from "@/domain/credentials";
import { issuerDid, issuerDidDocument } from "../issuer";

/** Our DID document is the only one we resolve: another issuer's credential stays unverifiable here. */
export function resolveOwnDidDocument(did: string) {
  if (did !== issuerDid()) throw new Error(`Cannot resolve ${did}: only this deployment's issuer (${issuerDid()}) is known here`);
  return issuerDidDocument();
}

/** Names the issuer DID document (DID and keys) a stored proof check was made under. */
export function issuerKeyring(): string {
  return createHash("sha256").update(JSON.stringify(issuerDidDocument())).digest("base64url");
}

export type StoredProof = { proofChecks: StoredProofChecks; proofKeyring: string; proofCheckedAt: Date };

/**
 * Runs the byte-and-key checks of a stored credential (schema, issuer key, signature) once, for
 * keeping beside it: at issuance, and again only when the issuer's keyring has changed.
 */
export async function checkStoredProof(document: unknown, now = new Date()): Promise<StoredProof> {
  const proofKeyring = issuerKeyring();
  const outcomes = await checkCredentialProof(document, { resolveDidDocument: resolveOwnDidDocument });
  return { proofChecks: StoredProofChecksSchema.parse(outcomes), proofKeyring, proofCheckedAt: now };
}

/** The kept proof outcomes when they were made under today's keyring, else undefined (check again). */
export function keptProofChecks(row: { proofChecks: unknown; proofKeyring: string | null }): StoredProofChecks | undefined {
  if (row.proofKeyring !== issuerKeyring()) return undefined;
  const parsed = StoredProofChecksSchema.safeParse(row.proofChecks);
  return parsed.success ? parsed.data : undefined;
}
