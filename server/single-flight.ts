import "server-only";

/**
 * Coalesces concurrent calls with the same key: while one call's promise is pending, later callers
 * get that same promise instead of starting the work again. Used where a double click, a retry or
 * fifty tabs would otherwise each sign a certificate and then race for one unique row (the losers'
 * transactions queued behind the winner's and timed out). In-process only: across processes the
 * database's unique constraint still decides, and callers handle the loser's violation.
 */
export function singleFlight<T>(inFlight: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
  const pending = inFlight.get(key);
  if (pending) return pending;
  const started = work().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
