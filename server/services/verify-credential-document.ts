import "server-only";
import { verifyCredential, type VerificationResult } from "@/domain/credentials";
import { issuerDid, issuerDidDocument, statusListUrl } from "../issuer";
import { signedStatusList } from "./status-list";

/**
 * Verifies any credential with this deployment as the trust anchor: our own DID document and
 * status list are read locally; other issuers' cannot be fetched from here, so their credentials
 * come back "unverifiable", never "valid".
 */
export async function verifyCredentialDocument(credential: unknown, now = new Date()): Promise<VerificationResult> {
  return verifyCredential(credential, {
    now,
    resolveDidDocument: (did: string) => {
      if (did !== issuerDid()) throw new Error(`Cannot resolve ${did}: only this deployment's issuer (${issuerDid()}) is known here`);
      return issuerDidDocument();
    },
    fetchStatusList: async (url: string) => {
      if (url !== statusListUrl()) throw new Error(`Cannot read status list ${url}: not published by this deployment`);
      return signedStatusList(now);
    },
  });
}
