import { createHash } from "node:crypto";
import { canonicalize } from "./canonicalize";
import type { DocumentLoader } from "./document-loader";

/**
 * The bytes an `eddsa-rdfc-2022` proof signs (Data Integrity EdDSA Cryptosuites
 * v1.0, §3.3.4–3.3.6): SHA-256 of the RDFC-1.0 canonical proof configuration,
 * followed by SHA-256 of the RDFC-1.0 canonical unsecured document (64 bytes).
 * `proofConfig` must not contain `proofValue`; its `@context` is replaced by the document's.
 */
export async function hashForProof(
  unsecuredDocument: { "@context": unknown },
  proofConfig: Record<string, unknown>,
  documentLoader?: DocumentLoader,
): Promise<Uint8Array> {
  const configWithContext = { ...proofConfig, "@context": unsecuredDocument["@context"] };
  const [canonicalConfig, canonicalDocument] = await Promise.all([
    canonicalize(configWithContext, documentLoader),
    canonicalize(unsecuredDocument, documentLoader),
  ]);
  const configHash = createHash("sha256").update(canonicalConfig, "utf8").digest();
  const documentHash = createHash("sha256").update(canonicalDocument, "utf8").digest();
  return new Uint8Array(Buffer.concat([configHash, documentHash]));
}
