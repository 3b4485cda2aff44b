import { z } from "zod";
import { didOf, findAssertionKey } from "./resolve-issuer-key";
import { decodeStatusList, getStatus } from "./status-list";
import type { CheckOutcome, CheckReasonCode, CheckReasonParams } from "./verification-result";
import { verifyProof } from "./verify-proof";

/** Returns the status list credential published at `url`; may throw or reject (treated as unreadable). */
export type FetchStatusList = (url: string) => unknown;

export const BitstringStatusListEntrySchema = z.looseObject({
  type: z.literal("BitstringStatusListEntry"),
  statusPurpose: z.string(),
  statusListIndex: z.string().regex(/^(0|[1-9][0-9]*)$/),
  statusListCredential: z.url(),
});
type StatusEntry = z.infer<typeof BitstringStatusListEntrySchema>;

const StatusListCredentialSchema = z.looseObject({
  "@context": z.unknown(),
  id: z.string().optional(),
  type: z.array(z.string()).refine((types) => types.includes("BitstringStatusListCredential")),
  issuer: z.union([z.string(), z.looseObject({ id: z.string() })]),
  validFrom: z.string().optional(),
  validUntil: z.string().optional(),
  credentialSubject: z.looseObject({
    type: z.literal("BitstringStatusList"),
    statusPurpose: z.string(),
    encodedList: z.string(),
  }),
  proof: z.looseObject({ verificationMethod: z.string() }),
});

const undecided = (reason: string, code: CheckReasonCode, params: CheckReasonParams = {}): CheckOutcome => ({ check: "status", ok: null, reason, code, params });

/**
 * Bitstring Status List check of one credential status entry. The status list
 * credential must be signed by the same issuer with an assertion key from
 * `issuerDidDocument`, be current at `now`, have the entry's purpose and cover
 * the index; otherwise the result is undecided (`ok: null`), never "not revoked".
 */
export async function checkStatusEntry({
  entry,
  issuerDid,
  issuerDidDocument,
  fetchStatusList,
  now,
}: {
  entry: StatusEntry;
  issuerDid: string;
  issuerDidDocument: unknown;
  fetchStatusList: FetchStatusList;
  now: Date;
}): Promise<CheckOutcome> {
  let fetched: unknown;
  try {
    fetched = await fetchStatusList(entry.statusListCredential);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return undecided(`Status list ${entry.statusListCredential} could not be read: ${detail}`, "status-list-unreadable", { url: entry.statusListCredential, detail });
  }
  const parsed = StatusListCredentialSchema.safeParse(fetched);
  if (!parsed.success) return undecided(`Status list ${entry.statusListCredential} is not a BitstringStatusListCredential`, "status-list-not-list", { url: entry.statusListCredential });
  const list = parsed.data;
  const listIssuer = typeof list.issuer === "string" ? list.issuer : list.issuer.id;
  if (list.id !== undefined && list.id !== entry.statusListCredential) return undecided("Status list credential id does not match the URL it was fetched from", "status-list-id-mismatch", { url: entry.statusListCredential });
  if (listIssuer !== issuerDid || didOf(list.proof.verificationMethod) !== issuerDid) {
    return undecided("Status list is not issued and signed by the credential's issuer", "status-list-wrong-issuer");
  }
  const key = findAssertionKey(issuerDidDocument, issuerDid, list.proof.verificationMethod);
  if (key.ok !== true) return undecided(`Status list signing key not usable: ${key.reason}`, "status-list-key-unusable", { detail: key.reason });
  const proof = await verifyProof({ ...list, proof: list.proof }, key.publicKey);
  if (!proof.ok) return undecided(`Status list signature is not valid: ${proof.reason}`, "status-list-signature-invalid", { detail: proof.reason });
  const validFrom = list.validFrom === undefined ? undefined : Date.parse(list.validFrom);
  const validUntil = list.validUntil === undefined ? undefined : Date.parse(list.validUntil);
  if ((validFrom !== undefined && !(validFrom <= now.getTime())) || (validUntil !== undefined && !(now.getTime() <= validUntil))) {
    return undecided("Status list credential is not current", "status-list-not-current");
  }
  if (list.credentialSubject.statusPurpose !== entry.statusPurpose) return undecided("Status list purpose does not match the credential's status entry", "status-list-purpose-mismatch");

  const index = Number(entry.statusListIndex);
  try {
    const bits = decodeStatusList(list.credentialSubject.encodedList);
    if (index >= bits.length) return undecided(`Status index ${index} is beyond the status list (${bits.length} bits)`, "status-index-beyond-list", { index, bits: bits.length });
    if (getStatus(bits, index)) {
      return { check: "status", ok: false, failure: "revoked", reason: `The issuer has set ${entry.statusPurpose} status for this credential (index ${index})`, code: "status-set", params: { purpose: entry.statusPurpose, index } };
    }
  } catch {
    return undecided("Status list encodedList could not be decoded", "status-list-undecodable");
  }
  return { check: "status", ok: true, reason: `Not ${entry.statusPurpose === "revocation" ? "revoked" : `in ${entry.statusPurpose}`} (status list index ${index})`, code: "status-clear", params: { purpose: entry.statusPurpose, index } };
}
