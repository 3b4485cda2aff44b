/**
 * Borderless credential domain: Open Badges 3.0 credentials signed with
 * Data Integrity `eddsa-rdfc-2022`, did:web issuer documents, Bitstring Status
 * Lists. Framework-free; the server layer supplies keys, clock, DID resolution
 * and status-list fetching.
 */
export { CredentialError, type CredentialErrorCode } from "./credential-error";
export {
  Ed25519KeyPairSchema,
  type Ed25519KeyPair,
  type PublicKeyEntry,
  generateKeyPair,
  keyPairFromSeed,
  parseKeyPair,
  serializeKeyPair,
  toPublicKeyEntry,
  encodePublicKeyMultibase,
  decodePublicKeyMultibase,
  encodeSecretKeyMultibase,
  decodeSecretKeyMultibase,
} from "./keys";
export {
  didWebFromHost,
  didWebToUrl,
  verificationMethodId,
  buildDidDocument,
  type DidDocument,
  type MultikeyVerificationMethod,
} from "./did-web";
export {
  CREDENTIALS_V2_CONTEXT_URL,
  OPEN_BADGES_V3_CONTEXT_URL,
  OPEN_BADGES_EXTENSIONS_CONTEXT_URL,
  MULTIKEY_V1_CONTEXT_URL,
  DID_V1_CONTEXT_URL,
} from "./context-urls";
export { BUNDLED_CONTEXTS, createStaticDocumentLoader, type DocumentLoader, type RemoteDocument } from "./document-loader";
export { canonicalize } from "./canonicalize";
export {
  buildCredential,
  BuildCredentialInputSchema,
  type BuildCredentialInput,
  OPEN_BADGE_CREDENTIAL_CONTEXTS,
  RULE_VERSION_RESULT_TYPE,
} from "./build-credential";
export { readRuleVersions, type RecordedRuleVersion } from "./read-rule-versions";
export { hashEmailIdentity } from "./hash-identity";
export type * from "./open-badge-credential";
export { OB_ACHIEVEMENT_CREDENTIAL_SCHEMA_URL } from "./open-badge-credential";
export { createEd25519Signer, type Signer } from "./signer";
export { signCredential } from "./sign-credential";
export { verifyProof, type ProofVerification } from "./verify-proof";
export {
  verifyCredential,
  checkCredentialProof,
  type VerifyCredentialOptions,
  type ResolveDidDocument,
  type FetchStatusList,
} from "./verify-credential";
export { verifyStoredCredential, StoredProofChecksSchema, type StoredProofChecks, type StoredCredentialFacts } from "./verify-stored-credential";
export type { VerificationResult, VerificationCheck, VerificationCheckName, InvalidReason, CheckReasonCode, CheckReasonParams } from "./verification-result";
export { CHECK_REASON_CODES } from "./verification-result";
export {
  MIN_STATUS_LIST_BITS,
  createStatusList,
  getStatus,
  setStatus,
  encodeStatusList,
  decodeStatusList,
  buildStatusListCredential,
  type StatusList,
  type BitstringStatusListCredential,
} from "./status-list";
