/**
 * TypeScript shapes of the JSON documents Borderless issues: an Open Badges 3.0
 * `OpenBadgeCredential` (VC Data Model 2.0) and its Data Integrity proof.
 * These describe what the builder produces; untrusted input is parsed by
 * `SignedCredentialShapeSchema` in verify-credential.ts instead.
 */

export const OB_ACHIEVEMENT_CREDENTIAL_SCHEMA_URL =
  "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

export interface IssuerProfile {
  id: string;
  type: ["Profile"];
  name: string;
  url: string;
}

/** OB 3.0 IdentityObject with a salted SHA-256 hash (`sha256$<hex>`). */
export interface HashedIdentityObject {
  type: "IdentityObject";
  identityType: "emailAddress";
  hashed: true;
  identityHash: string;
  salt: string;
}

export interface Alignment {
  type: ["Alignment"];
  targetName: string;
  targetUrl: string;
  targetDescription?: string;
  targetCode?: string;
  targetFramework?: string;
  targetType?: string;
}

export interface ResultDescription {
  id: string;
  type: ["ResultDescription"];
  name: string;
  resultType: string;
  valueMin?: string;
  valueMax?: string;
  requiredValue?: string;
}

export interface Result {
  type: ["Result"];
  resultDescription: string;
  value?: string;
  status?: string;
}

export interface Achievement {
  id: string;
  type: ["Achievement"];
  name: string;
  description: string;
  criteria: { narrative: string };
  achievementType: string;
  /** Version of the track content the learner completed. */
  version: string;
  alignment?: Alignment[];
  resultDescription?: ResultDescription[];
}

export interface AchievementSubject {
  type: ["AchievementSubject"];
  name?: string;
  identifier?: HashedIdentityObject[];
  achievement: Achievement;
  result?: Result[];
}

export interface BitstringStatusListEntry {
  id: string;
  type: "BitstringStatusListEntry";
  statusPurpose: "revocation";
  /** Decimal string, per Bitstring Status List v1.0. */
  statusListIndex: string;
  statusListCredential: string;
}

export interface CredentialSchemaReference {
  id: typeof OB_ACHIEVEMENT_CREDENTIAL_SCHEMA_URL;
  type: "1EdTechJsonSchemaValidator2019";
}

export interface OpenBadgeCredential {
  "@context": string[];
  id: string;
  type: ["VerifiableCredential", "OpenBadgeCredential"];
  issuer: IssuerProfile;
  name: string;
  description?: string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: AchievementSubject;
  credentialStatus: BitstringStatusListEntry;
  credentialSchema: [CredentialSchemaReference];
  /** VC 2.0 related resources, e.g. the credential this one renews, with an SRI digest of its bytes. */
  relatedResource?: { id: string; digestSRI: string; mediaType?: string }[];
}

/** A Data Integrity proof using the `eddsa-rdfc-2022` cryptosuite. */
export interface DataIntegrityProof {
  type: "DataIntegrityProof";
  cryptosuite: "eddsa-rdfc-2022";
  created: string;
  verificationMethod: string;
  proofPurpose: "assertionMethod";
  proofValue: string;
}

/** Any JSON-LD document with its proof attached. */
export type Signed<T extends object> = T & { proof: DataIntegrityProof };
