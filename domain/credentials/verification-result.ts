/** The checks `verifyCredential` runs, in the order reported. */
export type VerificationCheckName = "schema" | "signature" | "issuer-key" | "status" | "dates";

/**
 * One check's outcome: `ok` is `true` (passed), `false` (failed: the credential
 * is invalid) or `null` (could not be decided, e.g. a resource was unreadable).
 * `reason` is a human-readable sentence for the verify page and logs.
 */
export interface VerificationCheck {
  check: VerificationCheckName;
  ok: boolean | null;
  reason: string;
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
  const checks = outcomes.map(({ check, ok, reason }) => ({ check, ok, reason }));
  const failures = new Set(outcomes.filter((o) => o.ok === false).map((o) => o.failure ?? "malformed"));
  const reason = INVALID_REASONS.find((candidate) => failures.has(candidate));
  if (reason) return { status: "invalid", reason, checks };
  if (outcomes.some((o) => o.ok === null)) return { status: "unverifiable", checks };
  return { status: "valid", checks };
}
