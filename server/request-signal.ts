import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The abort signal of the request being handled, so work queued deep inside a service (e.g. a
// verification waiting for a worker) can be dropped when the client goes away, without threading
// the signal through every service signature.
const storage = new AsyncLocalStorage<AbortSignal>();

export function runWithRequestSignal<T>(signal: AbortSignal, body: () => T): T {
  return storage.run(signal, body);
}

/** The current request's signal, or undefined outside a route handler (pages, scripts, tests). */
export function currentRequestSignal(): AbortSignal | undefined {
  return storage.getStore();
}
