import { z } from "zod";
import { BitstringStatusListEntrySchema } from "./check-status";
import { CHECK_REASON_CODES, INVALID_REASONS, summarizeChecks, type CheckOutcome, type VerificationResult } from "./verification-result";
import { checkDates } from "./verify-credential";

/** Proof outcomes as kept beside a stored credential (see `checkCredentialProof`). */
export const StoredProofChecksSchema = z
  .array(
    z.object({
      check: z.enum(["schema", "signature", "issuer-key"]),
      ok: z.boolean().nullable(),
      reason: z.string(),
      // Absent on checks stored before reason codes existed; the page then names only the outcome.
      code: z.enum(CHECK_REASON_CODES).optional(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      failure: z.enum(INVALID_REASONS).optional(),
    }),
  )
  .min(1);
export type StoredProofChecks = z.infer<typeof StoredProofChecksSchema>;

const StoredDocumentSchema = z.looseObject({
  validFrom: z.string(),
  validUntil: z.string().optional(),
  credentialStatus: z.unknown().optional(),
});

export interface StoredCredentialFacts {
  /** The signed document exactly as issued. */
  document: unknown;
  /** Its proof outcomes, checked under the issuer's current keyring. */
  proofChecks: StoredProofChecks;
  /** The issuer's own record: true when the credential's status bit is set. */
  revoked: boolean;
  now: Date;
}

/**
 * The verification result of a credential this issuer stored, without canonicalizing or hashing
 * anything: the proof outcomes were kept when it was issued (its bytes never change), and what
 * can change, its status bit and its dates, is checked here. Gives the same statuses and reasons
 * as a full `verifyCredential` against this issuer's own status list.
 */
export function verifyStoredCredential({ document, proofChecks, revoked, now }: StoredCredentialFacts): VerificationResult {
  const wellFormed = proofChecks.some((c) => c.check === "schema" && c.ok === true);
  const fields = wellFormed ? StoredDocumentSchema.safeParse(document) : undefined;
  const dates = fields?.success ? fields.data : undefined;
  return summarizeChecks([...proofChecks, statusOutcome(dates?.credentialStatus, revoked, wellFormed), checkDates(dates, now)]);
}

function statusOutcome(credentialStatus: unknown, revoked: boolean, wellFormed: boolean): CheckOutcome {
  if (!wellFormed) return { check: "status", ok: null, reason: "Not checked: the credential is malformed", code: "not-checked-malformed" };
  const entries = z.array(BitstringStatusListEntrySchema).safeParse([credentialStatus ?? []].flat());
  if (!entries.success) return { check: "status", ok: null, reason: "Not checked: the credential's status entry is malformed", code: "status-entry-malformed" };
  const revocation = entries.data.find((entry) => entry.statusPurpose === "revocation");
  if (!revocation) return { check: "status", ok: true, reason: "The credential has no status entry", code: "no-status-entry" };
  const index = Number(revocation.statusListIndex);
  return revoked
    ? { check: "status", ok: false, failure: "revoked", reason: `The issuer has set revocation status for this credential (index ${index})`, code: "status-set", params: { purpose: "revocation", index } }
    : { check: "status", ok: true, reason: `Not revoked (status list index ${index})`, code: "status-clear", params: { purpose: "revocation", index } };
}
