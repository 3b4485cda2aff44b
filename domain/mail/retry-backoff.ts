/** The first retry after a failed delivery, in seconds (the issue asks for one within 30 s). */
export const FIRST_RETRY_SECONDS = 15;
/** The longest wait between two delivery attempts, in seconds. */
export const MAX_RETRY_SECONDS = 3600;

/**
 * Seconds to wait before the next delivery attempt, after `attemptsSoFar` failed ones (1 or more):
 * 15 s, 30 s, 1 min, 2 min, … doubling, capped at one hour (reached after the 9th failure).
 * Never gives up: a message is retried hourly until the mail server takes it.
 */
export function retryDelaySeconds(attemptsSoFar: number): number {
  const exponent = Math.max(0, Math.min(attemptsSoFar - 1, 20));
  return Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** exponent);
}
