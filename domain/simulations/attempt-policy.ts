import type { Simulation } from "./simulation-schema";

export type AttemptGate =
  | { allowed: true; nextNumber: number }
  | { allowed: false; reason: "limit"; limit: number }
  | { allowed: false; reason: "cooldown"; retryAt: Date };

/**
 * Whether a learner may start another attempt: at most `limit` attempts per simulation, and a
 * cooldown after each submission so that answers are reasoned rather than guessed.
 * `submittedAt` of earlier attempts, any order.
 */
export function gateNextAttempt(policy: Simulation["attempts"], previous: readonly { submittedAt: Date | null }[], now: Date): AttemptGate {
  if (previous.length >= policy.limit) return { allowed: false, reason: "limit", limit: policy.limit };
  const lastSubmitted = Math.max(0, ...previous.map((attempt) => attempt.submittedAt?.getTime() ?? 0));
  const retryAt = lastSubmitted + policy.cooldownSeconds * 1000;
  if (lastSubmitted > 0 && now.getTime() < retryAt) return { allowed: false, reason: "cooldown", retryAt: new Date(retryAt) };
  return { allowed: true, nextNumber: previous.length + 1 };
}
