import { DidDocumentSchema, MultikeyVerificationMethodSchema } from "./did-web";
import { decodePublicKeyMultibase } from "./keys";
import type { CheckReasonCode, CheckReasonParams } from "./verification-result";

/** Returns the issuer's DID document; may throw or reject (treated as unreadable). */
export type ResolveDidDocument = (did: string) => unknown;

type Reasoned = { reason: string; code: CheckReasonCode; params: CheckReasonParams };
export type IssuerKeyResolution = ({ ok: true; publicKey: Uint8Array } & Reasoned) | ({ ok: false } & Reasoned) | ({ ok: null } & Reasoned);

/** The DID part of a DID URL (`did:web:host#key-1` → `did:web:host`). */
export function didOf(didUrl: string): string {
  return didUrl.split("#")[0] ?? didUrl;
}

/**
 * Reads a resolved DID document (untrusted JSON) and finds the Ed25519 key for
 * `verificationMethod`: it must be listed in `assertionMethod`, be a Multikey
 * controlled by `issuerDid`, and decode as an Ed25519 public key. Returns
 * `ok: false` (unknown key) when the document does not authorize the key and
 * `ok: null` when the document itself is unusable.
 */
export function findAssertionKey(didDocument: unknown, issuerDid: string, verificationMethod: string): IssuerKeyResolution {
  const parsed = DidDocumentSchema.safeParse(didDocument);
  if (!parsed.success) return { ok: null, reason: "The issuer's DID document could not be read", code: "did-document-unreadable", params: { issuer: issuerDid } };
  const document = parsed.data;
  if (document.id !== issuerDid) return { ok: null, reason: `Resolver returned the DID document of ${document.id}, not ${issuerDid}`, code: "did-document-mismatch", params: { returned: document.id, issuer: issuerDid } };

  // DID documents may use relative ids ("#key-1"); compare absolute DID URLs.
  const absolute = (id: string) => (id.startsWith("#") ? `${issuerDid}${id}` : id);
  const assertionIds = document.assertionMethod.map((entry) =>
    typeof entry === "string" ? absolute(entry) : absolute(String((entry as { id?: unknown } | null)?.id ?? "")),
  );
  if (!assertionIds.includes(verificationMethod)) {
    return { ok: false, reason: `${verificationMethod} is not an assertion key in the issuer's DID document`, code: "key-not-assertion", params: { key: verificationMethod } };
  }
  const embedded = document.assertionMethod.filter((entry) => typeof entry === "object");
  const method = [...document.verificationMethod, ...embedded]
    .map((candidate) => MultikeyVerificationMethodSchema.safeParse(candidate))
    .flatMap((result) => (result.success ? [result.data] : []))
    .find((candidate) => absolute(candidate.id) === verificationMethod);
  if (!method) return { ok: false, reason: `${verificationMethod} is not a Multikey verification method of the issuer`, code: "key-not-multikey", params: { key: verificationMethod } };
  if (method.controller !== issuerDid) return { ok: false, reason: `${verificationMethod} is controlled by ${method.controller}, not the issuer`, code: "key-wrong-controller", params: { key: verificationMethod, controller: method.controller } };
  try {
    return { ok: true, publicKey: decodePublicKeyMultibase(method.publicKeyMultibase), reason: `Signed with ${verificationMethod}, an assertion key of ${issuerDid}`, code: "key-trusted", params: { key: verificationMethod, issuer: issuerDid } };
  } catch {
    return { ok: false, reason: `${verificationMethod} is not an Ed25519 Multikey`, code: "key-not-ed25519", params: { key: verificationMethod } };
  }
}

/** Resolves `issuerDid` with the injected resolver; a throw or rejection becomes `null` (unreadable). */
export async function resolveDidDocumentSafely(resolve: ResolveDidDocument, issuerDid: string): Promise<{ document: unknown } | { error: string; detail: string }> {
  try {
    return { document: await resolve(issuerDid) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: `The issuer's DID document could not be resolved: ${detail}`, detail };
  }
}
