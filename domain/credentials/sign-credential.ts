import { CredentialError } from "./credential-error";
import type { DocumentLoader } from "./document-loader";
import { formatDateTime } from "./format-date-time";
import { encodeMultibaseBase58btc } from "./multibase";
import type { DataIntegrityProof, Signed } from "./open-badge-credential";
import { hashForProof } from "./proof-hash";
import type { Signer } from "./signer";

/**
 * Adds a Data Integrity proof (`DataIntegrityProof`, cryptosuite
 * `eddsa-rdfc-2022`, purpose `assertionMethod`) to a JSON-LD credential, per
 * W3C Data Integrity EdDSA Cryptosuites v1.0 §3.3.1: canonicalize proof options
 * and document with RDFC-1.0, SHA-256 each, sign configHash ‖ documentHash with
 * Ed25519, encode the signature as multibase base58btc.
 *
 * @param now the proof's `created` time (UTC, rounded down to the second); the domain never reads the clock.
 * @param documentLoader defaults to the bundled, network-free contexts.
 * Throws `invalid-input` if the document already has a proof (proof sets are not
 * supported), `unknown-context`/`canonicalization-failed` if it is not valid JSON-LD
 * under the bundled contexts (e.g. an undefined term).
 */
export async function signCredential<T extends { "@context": unknown }>(
  credential: T,
  { signer, now, documentLoader }: { signer: Signer; now: Date; documentLoader?: DocumentLoader },
): Promise<Signed<T>> {
  if ("proof" in credential) {
    throw new CredentialError("invalid-input", "Credential already has a proof; proof sets are not supported");
  }
  const proofConfig: Omit<DataIntegrityProof, "proofValue"> = {
    type: "DataIntegrityProof",
    cryptosuite: "eddsa-rdfc-2022",
    created: formatDateTime(now),
    verificationMethod: signer.verificationMethod,
    proofPurpose: "assertionMethod",
  };
  const hashData = await hashForProof(credential, proofConfig, documentLoader);
  const signature = await signer.sign(hashData);
  return { ...credential, proof: { ...proofConfig, proofValue: encodeMultibaseBase58btc(signature) } };
}
