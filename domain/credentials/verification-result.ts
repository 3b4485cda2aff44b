/** The checks `verifyCredential` runs, in the order reported. */
export type VerificationCheckName = "schema" | "signature" | "issuer-key" | "status" | "dates";

/**
 * Stable ids for why a check came out as it did, so readers of other languages get the reason in
 * theirs: the interface maps each code (with its `params`) to a message; `reason` stays the English
 * sentence for the JSON API and logs. Adding a code means adding its message where codes are shown.
 */
export const CHECK_REASON_CODES = [
  // schema
  "well-formed",
  "profile-invalid",
  "not-signed-credential",
  "not-checked-malformed",
  "verification-incomplete",
  // issuer key
  "key-not-issuers",
  "did-unresolvable",
  "did-document-unreadable",
  "did-document-mismatch",
  "key-not-assertion",
  "key-not-multikey",
  "key-wrong-controller",
  "key-not-ed25519",
  "key-trusted",
  // signature
  "signature-matches",
  "signature-not-checked",
  "proof-wrong-suite",
  "proof-value-missing",
  "proof-value-not-base58",
  "proof-value-length",
  "proof-context-mismatch",
  "not-canonicalizable",
  "signature-mismatch",
  // status
  "no-status-entry",
  "status-needs-did-document",
  "status-entry-malformed",
  "status-list-unreadable",
  "status-list-not-list",
  "status-list-id-mismatch",
  "status-list-wrong-issuer",
  "status-list-key-unusable",
  "status-list-signature-invalid",
  "status-list-not-current",
  "status-list-purpose-mismatch",
  "status-index-beyond-list",
  "status-list-undecodable",
  "status-set",
  "status-clear",
  // dates
  "not-yet-valid",
  "expired",
  "valid-from-until",
  "valid-from",
] as const;
export type CheckReasonCode = (typeof CHECK_REASON_CODES)[number];

/**
 * A reason's parameters: ids, URLs, numbers, ISO dateTimes (named `validFrom`, `validUntil`), and
 * `detail`, a technical English text (an error message, schema issues) with no translation.
 */
export type CheckReasonParams = Record<string, string | number>;

/**
 * One check's outcome: `ok` is `true` (passed), `false` (failed: the credential
 * is invalid) or `null` (could not be decided, e.g. a resource was unreadable).
 * `reason` is a human-readable English sentence for the JSON API and logs; `code` and `params`
 * say the same for the verify page in the reader's language (absent only on proof checks an
 * issuer stored before codes existed).
 */
export interface VerificationCheck {
  check: VerificationCheckName;
  ok: boolean | null;
  reason: string;
  code?: CheckReasonCode;
  params?: CheckReasonParams;
}

/** Why a credential is invalid, most serious first. */
export const INVALID_REASONS = ["malformed", "tampered", "unknown-key", "revoked", "expired", "not-yet-valid"] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/**
 * `valid` only when every check passed; `invalid` when at least one check
 * failed (with the most serious reason); otherwise `unverifiable` (some check
 * could not be decided, e.g. the status list or issuer key was unreadable).
 */
export type VerificationResult =
  | { status: "valid"; checks: VerificationCheck[] }
  | { status: "invalid"; reason: InvalidReason; checks: VerificationCheck[] }
  | { status: "unverifiable"; checks: VerificationCheck[] };

/** A check outcome plus, when failed, the invalid reason it stands for. */
export type CheckOutcome = VerificationCheck & { failure?: InvalidReason };

/** Combines check outcomes into the three-state result (see `VerificationResult`). */
export function summarizeChecks(outcomes: readonly CheckOutcome[]): VerificationResult {
  const checks = outcomes.map(({ check, ok, reason, code, params }) => ({ check, ok, reason, ...(code && { code }), ...(params && { params }) }));
  const failures = new Set(outcomes.filter((o) => o.ok === false).map((o) => o.failure ?? "malformed"));
  const reason = INVALID_REASONS.find((candidate) => failures.has(candidate));
  if (reason) return { status: "invalid", reason, checks };
  if (outcomes.some((o) => o.ok === null)) return { status: "unverifiable", checks };
  return { status: "valid", checks };
}
