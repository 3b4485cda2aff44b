import { z } from "zod";
import {
  CREDENTIALS_V2_CONTEXT_URL,
  OPEN_BADGES_EXTENSIONS_CONTEXT_URL,
  OPEN_BADGES_V3_CONTEXT_URL,
} from "./context-urls";
import { CredentialError } from "./credential-error";
import { formatDateTime } from "./format-date-time";
import { hashEmailIdentity } from "./hash-identity";
import {
  OB_ACHIEVEMENT_CREDENTIAL_SCHEMA_URL,
  type OpenBadgeCredential,
  type Result,
  type ResultDescription,
} from "./open-badge-credential";

/** The contexts every Borderless credential carries, in this order. */
export const OPEN_BADGE_CREDENTIAL_CONTEXTS = [
  CREDENTIALS_V2_CONTEXT_URL,
  OPEN_BADGES_V3_CONTEXT_URL,
  // Defines `1EdTechJsonSchemaValidator2019`: without it that type is an
  // undefined term and safe-mode canonicalization refuses the document.
  OPEN_BADGES_EXTENSIONS_CONTEXT_URL,
];

// https everywhere, except plain http on the developer's own machine (a dev server has no TLS).
const httpsUrl = z.union([z.url({ protocol: /^https$/ }), z.url({ protocol: /^http$/, hostname: /^(localhost|127\.0\.0\.1)$/ })]);
const urnUuid = z.string().regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and dashes");
const text = z.string().trim().min(1);
// OB 3.0 open enumerations accept `ext:` values besides the listed ones.
const extensionValue = z.string().regex(/^ext:[A-Za-z0-9._-]+$/);

/** OB 3.0 AchievementType values Borderless uses (plus `ext:…`). */
export const AchievementTypeSchema = z.union([
  z.enum(["Certificate", "CertificateOfCompletion", "Certification", "Course", "Competency", "Badge", "MicroCredential", "Assessment", "LearningProgram"]),
  extensionValue,
]);

/** OB 3.0 ResultType values (plus `ext:…`). */
export const ResultTypeSchema = z.union([
  z.enum(["GradePointAverage", "LetterGrade", "Percent", "PerformanceLevel", "PredictedScore", "RawScore", "Result", "RubricCriterion", "RubricCriterionLevel", "RubricScore", "ScaledScore", "Status"]),
  extensionValue,
]);

/** OB 3.0 ResultStatusType values. */
export const ResultStatusSchema = z.enum(["Completed", "Enrolled", "Failed", "InProgress", "OnHold", "Provisional", "Withdrew"]);

/** Input of `buildCredential`; everything the credential says comes from here (no clock, no randomness). */
export const BuildCredentialInputSchema = z
  .object({
    /** `urn:uuid:…` or the https URL where the credential can be looked up. */
    id: z.union([urnUuid, httpsUrl]),
    issuer: z.object({ id: z.string().startsWith("did:"), name: text, url: httpsUrl }),
    name: text,
    description: text.optional(),
    validFrom: z.date(),
    validUntil: z.date().optional(),
    subject: z
      .object({
        name: text.optional(),
        /** Hashed into an OB IdentityObject; the salt must be random per credential (≥ 16 chars). */
        email: z.object({ address: z.email(), salt: z.string().min(16) }).optional(),
      })
      .refine((subject) => subject.name !== undefined || subject.email !== undefined, "subject needs a name or an email"),
    achievement: z.object({
      id: z.union([httpsUrl, urnUuid]),
      name: text,
      description: text,
      criteriaNarrative: text,
      achievementType: AchievementTypeSchema,
      /** Version of the track content the learner completed, recorded as `achievement.version`. */
      contentVersion: text,
      competencies: z
        .array(
          z.object({
            targetName: text,
            targetUrl: httpsUrl,
            targetDescription: text.optional(),
            targetCode: text.optional(),
            targetFramework: text.optional(),
          }),
        )
        .default([]),
    }),
    /** Graded parts (e.g. one per case), each a ResultDescription plus the learner's Result. */
    results: z
      .array(
        z.object({
          key: slug,
          name: text,
          resultType: ResultTypeSchema,
          value: text.optional(),
          status: ResultStatusSchema.optional(),
          valueMin: text.optional(),
          valueMax: text.optional(),
          requiredValue: text.optional(),
        }),
      )
      .default([]),
    /** Rule sets (e.g. VAT rates) the cases were graded under, each with its version. */
    ruleVersions: z.array(z.object({ ruleId: slug, name: text, version: text })).default([]),
    status: z.object({ statusListCredential: httpsUrl, statusListIndex: z.int().nonnegative() }),
    /**
     * Other credentials this one refers to (e.g. the certificate it renews), each with a Subresource
     * Integrity digest of the exact bytes served at its URL (VC 2.0 `relatedResource`).
     */
    relatedResources: z
      .array(z.object({ id: httpsUrl, digestSRI: z.string().regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/), mediaType: text.optional() }))
      .default([]),
  })
  .refine((input) => !input.validUntil || input.validUntil > input.validFrom, {
    message: "validUntil must be after validFrom",
    path: ["validUntil"],
  })
  .refine((input) => new Set(input.results.map((r) => r.key)).size === input.results.length, {
    message: "result keys must be unique",
    path: ["results"],
  })
  .refine((input) => new Set(input.ruleVersions.map((r) => r.ruleId)).size === input.ruleVersions.length, {
    message: "ruleIds must be unique",
    path: ["ruleVersions"],
  });
export type BuildCredentialInput = z.input<typeof BuildCredentialInputSchema>;

/** Rule versions are recorded as results of this OB extension result type. */
export const RULE_VERSION_RESULT_TYPE = "ext:BorderlessRuleSetVersion";
/** Each rule version's ResultDescription is named this prefix plus the rule's name (its id). */
export const RULE_VERSION_NAME_PREFIX = "Graded under rule set: ";

/**
 * Builds an unsigned Open Badges 3.0 `OpenBadgeCredential`.
 *
 * - Dates are written as UTC dateTimes rounded down to the second.
 * - The email (if any) is stored only as a salted hash (OB IdentityObject).
 * - Each graded part becomes an `achievement.resultDescription` (id
 *   `<achievement id>#result-<key>`) and a `credentialSubject.result` pointing to it.
 * - The content version is `achievement.version`; each rule version is a
 *   ResultDescription of type `ext:BorderlessRuleSetVersion` (`#rule-<ruleId>`)
 *   with a Result whose `value` is the version. Only terms from the bundled OB
 *   contexts are used, so the document survives safe-mode RDF canonicalization.
 *
 * Throws `CredentialError` code `invalid-input` (with the zod issues) on bad input.
 */
export function buildCredential(rawInput: BuildCredentialInput): OpenBadgeCredential {
  const parsed = BuildCredentialInputSchema.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new CredentialError("invalid-input", `Invalid credential input: ${issues}`, { cause: parsed.error });
  }
  const input = parsed.data;
  const achievementId = input.achievement.id;

  const gradedDescriptions: ResultDescription[] = input.results.map((part) => ({
    id: `${achievementId}#result-${part.key}`,
    type: ["ResultDescription"],
    name: part.name,
    resultType: part.resultType,
    ...(part.valueMin !== undefined && { valueMin: part.valueMin }),
    ...(part.valueMax !== undefined && { valueMax: part.valueMax }),
    ...(part.requiredValue !== undefined && { requiredValue: part.requiredValue }),
  }));
  const gradedResults: Result[] = input.results.map((part) => ({
    type: ["Result"],
    resultDescription: `${achievementId}#result-${part.key}`,
    ...(part.value !== undefined && { value: part.value }),
    ...(part.status !== undefined && { status: part.status }),
  }));
  const ruleDescriptions: ResultDescription[] = input.ruleVersions.map((rule) => ({
    id: `${achievementId}#rule-${rule.ruleId}`,
    type: ["ResultDescription"],
    name: `${RULE_VERSION_NAME_PREFIX}${rule.name}`,
    resultType: RULE_VERSION_RESULT_TYPE,
  }));
  const ruleResults: Result[] = input.ruleVersions.map((rule) => ({
    type: ["Result"],
    resultDescription: `${achievementId}#rule-${rule.ruleId}`,
    value: rule.version,
  }));
  const resultDescription = [...gradedDescriptions, ...ruleDescriptions];
  const result = [...gradedResults, ...ruleResults];
  const { email, name } = input.subject;

  return {
    "@context": [...OPEN_BADGE_CREDENTIAL_CONTEXTS],
    id: input.id,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    issuer: { id: input.issuer.id, type: ["Profile"], name: input.issuer.name, url: input.issuer.url },
    name: input.name,
    ...(input.description !== undefined && { description: input.description }),
    validFrom: formatDateTime(input.validFrom),
    ...(input.validUntil !== undefined && { validUntil: formatDateTime(input.validUntil) }),
    credentialSubject: {
      type: ["AchievementSubject"],
      ...(name !== undefined && { name }),
      ...(email !== undefined && {
        identifier: [
          {
            type: "IdentityObject",
            identityType: "emailAddress",
            hashed: true,
            identityHash: hashEmailIdentity(email.address, email.salt),
            salt: email.salt,
          },
        ],
      }),
      achievement: {
        id: achievementId,
        type: ["Achievement"],
        name: input.achievement.name,
        description: input.achievement.description,
        criteria: { narrative: input.achievement.criteriaNarrative },
        achievementType: input.achievement.achievementType,
        version: input.achievement.contentVersion,
        ...(input.achievement.competencies.length > 0 && {
          alignment: input.achievement.competencies.map((competency) => ({ type: ["Alignment"] as ["Alignment"], ...competency })),
        }),
        ...(resultDescription.length > 0 && { resultDescription }),
      },
      ...(result.length > 0 && { result }),
    },
    credentialStatus: {
      id: `${input.status.statusListCredential}#${input.status.statusListIndex}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(input.status.statusListIndex),
      statusListCredential: input.status.statusListCredential,
    },
    credentialSchema: [{ id: OB_ACHIEVEMENT_CREDENTIAL_SCHEMA_URL, type: "1EdTechJsonSchemaValidator2019" }],
    ...(input.relatedResources.length > 0 && {
      relatedResource: input.relatedResources.map((resource) => ({
        id: resource.id,
        digestSRI: resource.digestSRI,
        ...(resource.mediaType !== undefined && { mediaType: resource.mediaType }),
      })),
    }),
  };
}
