import "server-only";
import type { VerificationCheck } from "@/domain/credentials";
import type { Locale } from "@/domain/content/locale";
import { translator } from "@/lib/i18n/translate";
import { checkText, standingText, type CheckText } from "../certificates/verification-text";
import { SignedCredentialShapeSchema } from "@/domain/credentials/verify-credential";
import { prisma } from "../db";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation";
import { getPublicCredential, readForVerifier, standingReason, type CredentialStanding } from "./get-public-credential";
import { verifyCredentialDocument } from "./verify-credential-document";

export type SubmittedVerification = {
  /** The cryptographic result: valid only when every check passed. */
  status: "valid" | "invalid" | "unverifiable";
  reason?: string;
  checks: (VerificationCheck & { outcome: "passed" | "failed" | "not-checked"; display?: CheckText })[];
  credentialId: string | null;
  /** For a credential this deployment issued: its standing (revoked, superseded, outdated…) and where to see it. */
  issuedHere?: { publicId: string; standing: CredentialStanding; reason: string; verifyPath: string; display?: { standing: string; reason: string } };
};

const typeName = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "an array" : typeof value);

/**
 * Parses JSON text into something worth verifying: malformed JSON, a non-object, or an object
 * without the fields of a signed credential (or with the wrong types) is a VALIDATION error with a
 * message naming the problem.
 */
export function parseSubmittedCredential(text: string): Record<string, unknown> {
  if (text.trim() === "") throw new AppError("VALIDATION", "The request has no credential: send the credential JSON as the body or upload it as a file.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError("VALIDATION", `Malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new AppError("VALIDATION", `Expected a credential (a JSON object), got ${typeName(json)}.`);
  }
  const shape = SignedCredentialShapeSchema.safeParse(json);
  if (!shape.success) {
    const fieldErrors = fieldErrorsOf(shape.error);
    const summary = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`).join("; ");
    throw new AppError("VALIDATION", `Not a signed credential (wrong or missing fields): ${summary}`, fieldErrors);
  }
  return json as Record<string, unknown>;
}

const STANDING_LABELS = {
  valid: "verify.standingValid",
  revoked: "verify.standingRevoked",
  expired: "verify.standingExpired",
  superseded: "verify.standingSuperseded",
  outdated: "verify.standingOutdated",
  invalid: "verify.standingInvalid",
  unverifiable: "verify.standingUnverifiable",
} as const;

/**
 * Verifies a credential someone submitted (API or upload page), with each check's outcome and
 * English reason; with `displayLocale` (the upload page), each check and the issuer's standing
 * also come as `display` text in that language.
 */
export async function verifySubmittedCredential(text: string, now = new Date(), displayLocale?: Locale): Promise<SubmittedVerification> {
  const credential = parseSubmittedCredential(text);
  const result = await verifyCredentialDocument(credential, now);
  const credentialId = typeof credential.id === "string" ? credential.id : null;
  const verification: SubmittedVerification = {
    status: result.status,
    ...(result.status === "invalid" && { reason: result.reason }),
    checks: result.checks.map((check) => ({
      ...check,
      outcome: check.ok === true ? "passed" : check.ok === false ? "failed" : "not-checked",
      ...(displayLocale && { display: checkText(check, displayLocale) }),
    })),
    credentialId,
  };
  if (result.status !== "valid" || !credentialId) return verification;
  // A valid credential of ours: add what only the issuer knows (revoked after the list was read,
  // renewed, outdated) from its row, found by the indexed credential id; nothing is verified twice.
  const row = await readForVerifier(async () => (await prisma()).credential.findUnique({ where: { credentialId }, select: { publicId: true } }));
  if (!row) return verification;
  const found = await getPublicCredential(row.publicId, now);
  const details = {
    revocationReason: found.record.revocationReason,
    renewedBy: found.record.renewedBy?.publicId ?? null,
    currency: found.currency,
    verification: found.verification,
  };
  const reason = standingReason(found.standing, details);
  const display = displayLocale ? standingText(found.standing, details, displayLocale) : undefined;
  return {
    ...verification,
    issuedHere: {
      publicId: row.publicId,
      standing: found.standing,
      reason,
      verifyPath: `/verify/${row.publicId}`,
      ...(display && displayLocale && { display: { standing: translator(displayLocale)(STANDING_LABELS[found.standing]), reason: [display.text, display.revocationReason, display.detail].filter(Boolean).join(" ") } }),
    },
  };
}
