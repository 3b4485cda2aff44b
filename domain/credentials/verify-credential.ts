import { z } from "zod";
import { BitstringStatusListEntrySchema, checkStatusEntry, type FetchStatusList } from "./check-status";
import { CREDENTIALS_V2_CONTEXT_URL, OPEN_BADGES_V3_CONTEXT_URL } from "./context-urls";
import type { DocumentLoader } from "./document-loader";
import { didOf, findAssertionKey, resolveDidDocumentSafely, type ResolveDidDocument } from "./resolve-issuer-key";
import { summarizeChecks, type CheckOutcome, type VerificationResult } from "./verification-result";
import { verifyProof } from "./verify-proof";

export type { FetchStatusList } from "./check-status";
export type { ResolveDidDocument } from "./resolve-issuer-key";

const DateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "must be an XML Schema dateTime with a time zone")
  .refine((value) => !Number.isNaN(Date.parse(value)), "must be a real date");

/** The minimum shape anything must have to be verified at all; otherwise it is `malformed`. */
export const SignedCredentialShapeSchema = z.looseObject({
  "@context": z.array(z.unknown()).min(1),
  type: z.array(z.string()),
  issuer: z.union([z.string(), z.looseObject({ id: z.string() })]),
  credentialSubject: z.unknown(),
  proof: z.looseObject({
    type: z.string(),
    cryptosuite: z.string(),
    verificationMethod: z.string(),
    proofPurpose: z.string(),
    proofValue: z.string(),
  }),
});

// What Borderless (and OB 3.0 over VC 2.0) requires beyond the minimum shape.
const OpenBadgeProfileSchema = z.looseObject({
  "@context": z
    .array(z.unknown())
    .refine((contexts) => contexts[0] === CREDENTIALS_V2_CONTEXT_URL, "the first @context must be the VC 2.0 context")
    .refine((contexts) => contexts.includes(OPEN_BADGES_V3_CONTEXT_URL), "the OB 3.0.3 context is missing"),
  type: z
    .array(z.string())
    .refine((types) => types.includes("VerifiableCredential"), "type must include VerifiableCredential")
    .refine((types) => types.includes("OpenBadgeCredential") || types.includes("AchievementCredential"), "type must include OpenBadgeCredential"),
  issuer: z.looseObject({ id: z.string().startsWith("did:"), type: z.union([z.string(), z.array(z.string())]) }),
  validFrom: DateTimeSchema,
  validUntil: DateTimeSchema.optional(),
  credentialSubject: z.looseObject({
    achievement: z.looseObject({ id: z.string(), type: z.union([z.string(), z.array(z.string())]), name: z.string(), criteria: z.object({}).loose() }),
  }),
  credentialStatus: z.union([BitstringStatusListEntrySchema, z.array(BitstringStatusListEntrySchema)]).optional(),
  proof: z.looseObject({
    type: z.literal("DataIntegrityProof"),
    cryptosuite: z.literal("eddsa-rdfc-2022"),
    proofPurpose: z.literal("assertionMethod"),
  }),
});

export interface VerifyCredentialOptions {
  /** Returns the DID document for a DID (the app fetches did:web over HTTPS or reads its own). */
  resolveDidDocument: ResolveDidDocument;
  /** Returns the status list credential at a URL. */
  fetchStatusList: FetchStatusList;
  /** The moment to judge validity at; the domain never reads the clock. */
  now: Date;
  /** Defaults to the bundled, network-free contexts. */
  documentLoader?: DocumentLoader;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "credential"}: ${issue.message}`).join("; ");
}

/**
 * Verifies an Open Badges 3.0 credential signed with `eddsa-rdfc-2022`: its shape
 * (OB 3.0 / VC 2.0 profile, not the full 1EdTech JSON Schema), the issuer key
 * (listed in the issuer's DID document under `assertionMethod`), the signature,
 * the Bitstring Status List entry, and `validFrom`/`validUntil` against `now`.
 *
 * Never throws, whatever `credential` is and whatever the injected functions do:
 * input of unknown shape is `invalid`/`malformed`; a resolver or fetch that
 * throws, rejects or returns garbage makes the result `unverifiable`, never `valid`.
 */
export async function verifyCredential(credential: unknown, options: VerifyCredentialOptions): Promise<VerificationResult> {
  try {
    return await verifyUntrusted(credential, options);
  } catch (error) {
    // Defensive: a bug or an exotic input must not turn into a 500 on the verify page.
    const detail = error instanceof Error ? error.message : String(error);
    return summarizeChecks([{ check: "schema", ok: null, reason: `Verification could not complete: ${detail}`, code: "verification-incomplete", params: { detail } }]);
  }
}

async function verifyUntrusted(credential: unknown, options: VerifyCredentialOptions): Promise<VerificationResult> {
  const shape = SignedCredentialShapeSchema.safeParse(credential);
  if (!shape.success) return malformedResult(shape.error);
  const { outcomes, profile, resolved } = await checkProofParts(credential, shape.data, options);
  const { fetchStatusList, now } = options;
  const issuerDid = issuerDidOf(shape.data);

  // Status: every status entry must be readable and unset.
  const entries = profile ? [profile.credentialStatus ?? []].flat() : [];
  let status: CheckOutcome;
  if (!profile) {
    status = { check: "status", ok: null, reason: "Not checked: the credential is malformed", code: "not-checked-malformed" };
  } else if (entries.length === 0) {
    status = { check: "status", ok: true, reason: "The credential has no status entry", code: "no-status-entry" };
  } else if ("error" in resolved) {
    status = { check: "status", ok: null, reason: "Not checked: the issuer's DID document is needed to trust the status list", code: "status-needs-did-document" };
  } else {
    const results = await Promise.all(entries.map((entry) => checkStatusEntry({ entry, issuerDid, issuerDidDocument: resolved.document, fetchStatusList, now })));
    status = results.find((r) => r.ok === false) ?? results.find((r) => r.ok === null) ?? results[0] ?? { check: "status", ok: null, reason: "No status result", code: "status-list-unreadable", params: { url: "", detail: "No status result" } };
  }
  return summarizeChecks([...outcomes, status, checkDates(profile, now)]);
}

/**
 * The checks that depend only on a credential's bytes and its issuer's keys (schema, issuer key,
 * signature), never on the clock or the status list. An issuer can run them once per credential
 * and keyring, keep the outcomes, and answer later reads with a status-bit and date check
 * (see `verifyStoredCredential`).
 */
export async function checkCredentialProof(credential: unknown, options: Pick<VerifyCredentialOptions, "resolveDidDocument" | "documentLoader">): Promise<CheckOutcome[]> {
  try {
    const shape = SignedCredentialShapeSchema.safeParse(credential);
    if (!shape.success) return malformedOutcomes(shape.error).slice(0, 3);
    return (await checkProofParts(credential, shape.data, options)).outcomes;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ check: "schema", ok: null, reason: `Verification could not complete: ${detail}`, code: "verification-incomplete", params: { detail } }];
  }
}

type SignedShape = z.infer<typeof SignedCredentialShapeSchema>;
const issuerDidOf = (document: SignedShape) => (typeof document.issuer === "string" ? document.issuer : document.issuer.id);

async function checkProofParts(credential: unknown, document: SignedShape, { resolveDidDocument, documentLoader }: Pick<VerifyCredentialOptions, "resolveDidDocument" | "documentLoader">) {
  const outcomes: CheckOutcome[] = [];
  const profile = OpenBadgeProfileSchema.safeParse(document);
  outcomes.push(
    profile.success
      ? { check: "schema", ok: true, reason: "Well-formed Open Badges 3.0 credential", code: "well-formed" }
      : { check: "schema", ok: false, failure: "malformed", reason: describeIssues(profile.error), code: "profile-invalid", params: { detail: describeIssues(profile.error) } },
  );

  // Issuer key: the proof's key must be the issuer's own assertion key.
  const issuerDid = issuerDidOf(document);
  const verificationMethod = document.proof.verificationMethod;
  const resolved = await resolveDidDocumentSafely(resolveDidDocument, issuerDid);
  let publicKey: Uint8Array | undefined;
  if (didOf(verificationMethod) !== issuerDid) {
    outcomes.push({ check: "issuer-key", ok: false, failure: "unknown-key", reason: `Signed with ${verificationMethod}, which does not belong to the issuer ${issuerDid}`, code: "key-not-issuers", params: { key: verificationMethod, issuer: issuerDid } });
  } else if ("error" in resolved) {
    outcomes.push({ check: "issuer-key", ok: null, reason: resolved.error, code: "did-unresolvable", params: { issuer: issuerDid, detail: resolved.detail } });
  } else {
    const key = findAssertionKey(resolved.document, issuerDid, verificationMethod);
    if (key.ok === true) publicKey = key.publicKey;
    const { reason, code, params } = key;
    outcomes.push(key.ok === false ? { check: "issuer-key", ok: false, failure: "unknown-key", reason, code, params } : { check: "issuer-key", ok: key.ok, reason, code, params });
  }

  // Signature: only meaningful with a key we trust.
  if (publicKey) {
    // Hash the caller's object, not the parsed copy, so nothing zod does can change what is checked.
    const proof = await verifyProof(credential as typeof document, publicKey, documentLoader);
    outcomes.push(proof.ok ? { check: "signature", ok: true, reason: "The signature matches the document (eddsa-rdfc-2022)", code: "signature-matches" } : { check: "signature", ok: false, failure: proof.failure, reason: proof.reason, code: proof.code, ...(proof.params && { params: proof.params }) });
  } else {
    outcomes.push({ check: "signature", ok: null, reason: "Not checked: no usable issuer key", code: "signature-not-checked" });
  }
  return { outcomes, profile: profile.success ? profile.data : undefined, resolved };
}

function malformedOutcomes(error: z.ZodError): CheckOutcome[] {
  const notChecked = "Not checked: the credential is malformed";
  return [
    { check: "schema", ok: false, failure: "malformed", reason: `Not a signed credential: ${describeIssues(error)}`, code: "not-signed-credential", params: { detail: describeIssues(error) } },
    ...(["signature", "issuer-key", "status", "dates"] as const).map((check) => ({ check, ok: null, reason: notChecked, code: "not-checked-malformed" as const })),
  ];
}

const malformedResult = (error: z.ZodError) => summarizeChecks(malformedOutcomes(error));

export function checkDates(credential: { validFrom: string; validUntil?: string | undefined } | undefined, now: Date): CheckOutcome {
  if (!credential) return { check: "dates", ok: null, reason: "Not checked: the credential is malformed", code: "not-checked-malformed" };
  const nowMs = now.getTime();
  if (nowMs < Date.parse(credential.validFrom)) {
    return { check: "dates", ok: false, failure: "not-yet-valid", reason: `Not valid before ${credential.validFrom}`, code: "not-yet-valid", params: { validFrom: credential.validFrom } };
  }
  if (credential.validUntil !== undefined && nowMs > Date.parse(credential.validUntil)) {
    return { check: "dates", ok: false, failure: "expired", reason: `Expired at ${credential.validUntil}`, code: "expired", params: { validUntil: credential.validUntil } };
  }
  return credential.validUntil
    ? { check: "dates", ok: true, reason: `Valid from ${credential.validFrom} until ${credential.validUntil}`, code: "valid-from-until", params: { validFrom: credential.validFrom, validUntil: credential.validUntil } }
    : { check: "dates", ok: true, reason: `Valid from ${credential.validFrom}`, code: "valid-from", params: { validFrom: credential.validFrom } };
}
