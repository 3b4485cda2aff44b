import { verify } from "node:crypto";
import { CredentialError } from "./credential-error";
import type { CheckReasonCode, CheckReasonParams } from "./verification-result";
import type { DocumentLoader } from "./document-loader";
import { publicKeyObjectFromRaw } from "./keys";
import { decodeMultibaseBase58btc } from "./multibase";
import { hashForProof } from "./proof-hash";

export type ProofVerification =
  | { ok: true }
  | { ok: false; failure: "tampered" | "malformed"; reason: string; code: CheckReasonCode; params?: CheckReasonParams };

/**
 * Checks an `eddsa-rdfc-2022` proof against a raw Ed25519 public key
 * (Data Integrity EdDSA Cryptosuites v1.0 §3.3.2). Never throws: a document that
 * cannot be canonicalized is `malformed`; a signature that does not match (or a
 * proofValue that does not decode to 64 bytes) is `tampered`.
 * The caller is responsible for checking that the key belongs to the issuer.
 */
export async function verifyProof(
  securedDocument: { "@context": unknown; proof: object },
  publicKey: Uint8Array,
  documentLoader?: DocumentLoader,
): Promise<ProofVerification> {
  const { proof, ...unsecuredDocument } = securedDocument;
  const { proofValue, ...proofOptions } = proof as Record<string, unknown>;
  if (proofOptions.type !== "DataIntegrityProof" || proofOptions.cryptosuite !== "eddsa-rdfc-2022") {
    return { ok: false, failure: "malformed", reason: "Proof is not a DataIntegrityProof with cryptosuite eddsa-rdfc-2022", code: "proof-wrong-suite" };
  }
  if (typeof proofValue !== "string") {
    return { ok: false, failure: "tampered", reason: "proofValue is missing", code: "proof-value-missing" };
  }
  let signature: Uint8Array;
  try {
    signature = decodeMultibaseBase58btc(proofValue);
  } catch {
    return { ok: false, failure: "tampered", reason: "proofValue is not multibase base58btc", code: "proof-value-not-base58" };
  }
  if (signature.length !== 64) {
    return { ok: false, failure: "tampered", reason: `proofValue decodes to ${signature.length} bytes, not 64`, code: "proof-value-length", params: { bytes: signature.length } };
  }
  const proofContext = proofOptions["@context"];
  if (proofContext !== undefined && !startsWithContexts(unsecuredDocument["@context"], proofContext)) {
    return { ok: false, failure: "tampered", reason: "Proof @context is not a prefix of the document @context", code: "proof-context-mismatch" };
  }
  delete proofOptions["@context"];
  // §3.3.2: the document is processed with the contexts the proof was made under.
  const documentToHash = proofContext === undefined ? unsecuredDocument : { ...unsecuredDocument, "@context": proofContext };

  let hashData: Uint8Array;
  try {
    hashData = await hashForProof(documentToHash, proofOptions, documentLoader);
  } catch (error) {
    const reason = error instanceof CredentialError ? error.message : "Document cannot be canonicalized";
    return { ok: false, failure: "malformed", reason, code: "not-canonicalizable", params: { detail: reason } };
  }
  let isValid: boolean;
  try {
    isValid = verify(null, hashData, publicKeyObjectFromRaw(publicKey), signature);
  } catch {
    isValid = false;
  }
  return isValid ? { ok: true } : { ok: false, failure: "tampered", reason: "Signature does not match the document", code: "signature-mismatch" };
}

function startsWithContexts(documentContext: unknown, proofContext: unknown): boolean {
  const docList = Array.isArray(documentContext) ? documentContext : [documentContext];
  const proofList = Array.isArray(proofContext) ? proofContext : [proofContext];
  return proofList.every((entry, i) => JSON.stringify(entry) === JSON.stringify(docList[i]));
}
