import { z } from "zod";
import { CredentialError } from "./credential-error";
import { decodePublicKeyMultibase, toPublicKeyEntry, type PublicKeyEntry } from "./keys";
import { DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL } from "./context-urls";

/** A Multikey verification method as published in the DID document. */
export const MultikeyVerificationMethodSchema = z.object({
  id: z.string(),
  type: z.literal("Multikey"),
  controller: z.string(),
  publicKeyMultibase: z.string(),
});
export type MultikeyVerificationMethod = z.infer<typeof MultikeyVerificationMethodSchema>;

/**
 * The parts of a DID document the verifier relies on. Parsed loosely: unknown
 * members and non-Multikey methods are tolerated and simply not used.
 */
export const DidDocumentSchema = z.looseObject({
  "@context": z.union([z.string(), z.array(z.unknown())]).optional(),
  id: z.string(),
  verificationMethod: z.array(z.unknown()).default([]),
  assertionMethod: z.array(z.union([z.string(), z.unknown()])).default([]),
});
export type DidDocument = {
  "@context": string[];
  id: string;
  verificationMethod: MultikeyVerificationMethod[];
  assertionMethod: string[];
};

/**
 * The did:web DID for a host, per the did:web method spec: the port's colon is
 * percent-encoded (`localhost:3000` → `did:web:localhost%3A3000`) and optional
 * path segments are joined with `:` (`did:web:example.com:org:acme`).
 * The host is lower-cased; anything with a scheme, path, user or query throws `invalid-did`.
 */
export function didWebFromHost(host: string, pathSegments: readonly string[] = []): string {
  let url: URL;
  try {
    url = new URL(`https://${host}`);
  } catch (cause) {
    throw new CredentialError("invalid-did", `Not a host name: ${host}`, { cause });
  }
  if (url.host !== host.toLowerCase() || url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new CredentialError("invalid-did", `did:web needs a bare host[:port], got: ${host}`);
  }
  const segments = pathSegments.map((segment) => {
    if (segment === "") throw new CredentialError("invalid-did", "Empty did:web path segment");
    return encodeURIComponent(segment);
  });
  return ["did", "web", encodeURIComponent(url.host), ...segments].join(":");
}

/**
 * The HTTPS URL a did:web resolver fetches: `/.well-known/did.json` for a bare
 * host, `/<path>/did.json` otherwise. Throws `invalid-did` for other DIDs.
 */
export function didWebToUrl(did: string): string {
  const match = /^did:web:([^:#?/]+)((?::[^:#?/]+)*)$/.exec(did);
  if (!match || match[1] === undefined) throw new CredentialError("invalid-did", `Not a did:web DID: ${did}`);
  const host = decodeURIComponent(match[1]);
  const path = (match[2] ?? "").split(":").filter(Boolean).map(decodeURIComponent);
  return path.length === 0 ? `https://${host}/.well-known/did.json` : `https://${host}/${path.join("/")}/did.json`;
}

/** The DID URL of a key: `did:web:host#key-1`. */
export function verificationMethodId(did: string, keyId: string): string {
  return `${did}#${keyId}`;
}

/**
 * Builds the DID document listing every key as a Multikey verification method
 * in `assertionMethod`. Keep retired keys in the list after a rotation: a
 * credential stays verifiable only while the key that signed it is listed.
 * Only public fields are copied, so passing full key pairs leaks no secret.
 * Throws `invalid-key` for an empty list, a duplicate keyId or a malformed public key.
 */
export function buildDidDocument(did: string, keys: readonly PublicKeyEntry[]): DidDocument {
  if (keys.length === 0) throw new CredentialError("invalid-key", "A DID document needs at least one key");
  const seen = new Set<string>();
  const verificationMethod = keys.map((key) => {
    const { keyId, publicKeyMultibase } = toPublicKeyEntry(key);
    if (seen.has(keyId)) throw new CredentialError("invalid-key", `Duplicate keyId ${keyId}`);
    seen.add(keyId);
    decodePublicKeyMultibase(publicKeyMultibase);
    return { id: verificationMethodId(did, keyId), type: "Multikey" as const, controller: did, publicKeyMultibase };
  });
  return {
    "@context": [DID_V1_CONTEXT_URL, MULTIKEY_V1_CONTEXT_URL],
    id: did,
    verificationMethod,
    assertionMethod: verificationMethod.map((method) => method.id),
  };
}
