import "server-only";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { DidDocument, VerificationResult } from "@/domain/credentials";
import type { CertificatePdfInput } from "../certificates/render-certificate-pdf";
import { env } from "../env";
import { AppError } from "../errors";
import { isWorkerPoolError, WorkerPool, type WorkerEntry } from "./worker-pool";

/** What the worker needs to verify a credential without the database or the keys. */
export type VerifyCredentialTask = {
  credential: unknown;
  /** Epoch milliseconds. */
  now: number;
  issuerDid: string;
  issuerDidDocument: DidDocument;
  statusListUrl: string;
  /** This deployment's signed status list, or why it could not be read. */
  statusList: { credential: unknown } | { error: string };
};

export type RenderCertificatePdfTask = CertificatePdfInput;

/** Built by scripts/build-workers.mjs after `next build`, next to Next's own output. */
export const CREDENTIAL_WORKER_BUNDLE = ".next/workers/credential-worker.mjs";
export const CREDENTIAL_WORKER_SOURCE = "server/workers/credential-worker-entry.ts";
const TASK_TIMEOUT_MS = 30_000;

/**
 * The production server runs the bundled worker (Next's server bundle has no TypeScript sources
 * or `@/` paths at run time); tests and `next dev` run the TypeScript entry through tsx. Both are
 * found from the working directory, which is the project root for `npm start`, `next dev` and
 * the tests (the certificate font is found the same way).
 */
export function credentialWorkerEntry(): WorkerEntry {
  return process.env.NODE_ENV === "production"
    ? { kind: "bundle", file: join(process.cwd(), CREDENTIAL_WORKER_BUNDLE) }
    : { kind: "source", file: join(process.cwd(), CREDENTIAL_WORKER_SOURCE) };
}

// One pool per process: Next may load this module more than once (route bundles, layers, `next dev`
// reloads), and each copy must feed the same workers.
const KEY = Symbol.for("borderless.credentialWorkers");
const holder = globalThis as typeof globalThis & { [KEY]?: WorkerPool };

export function credentialWorkerPool(): WorkerPool {
  if (!holder[KEY]) {
    const size = env().VERIFY_WORKERS ?? availableParallelism();
    holder[KEY] = new WorkerPool({
      entry: credentialWorkerEntry(),
      size,
      queueLimit: env().VERIFY_QUEUE_LIMIT ?? 4 * size,
      taskTimeoutMs: TASK_TIMEOUT_MS,
    });
  }
  return holder[KEY];
}

/** Replaces the process's pool (tests, like useDatabase and useIssuerKeys); returns the previous one. */
export function useCredentialWorkerPool(pool: WorkerPool): WorkerPool | undefined {
  const previous = holder[KEY];
  holder[KEY] = pool;
  return previous;
}

/** A full pool is the app's UNAVAILABLE (503 with Retry-After); other errors pass unchanged. */
function asAppError(error: unknown): unknown {
  return isWorkerPoolError(error, "WorkerPoolFullError") ? new AppError("UNAVAILABLE", { key: "errors.serverBusy", params: { seconds: error.retryAfterSeconds ?? 2 } }, undefined, { retryAfterSeconds: error.retryAfterSeconds ?? 2 }) : error;
}

/** Throws AppError UNAVAILABLE when the pool would refuse a task now (check before costly preparation). */
export function assertCredentialWorkersAvailable(): void {
  try {
    credentialWorkerPool().assertCapacity();
  } catch (error) {
    throw asAppError(error);
  }
}

export function verifyCredentialInWorker(task: VerifyCredentialTask, signal?: AbortSignal): Promise<VerificationResult> {
  return credentialWorkerPool().run<VerificationResult>("verify-credential", task, { signal }).catch((error: unknown) => Promise.reject(asAppError(error)));
}

export function renderCertificatePdfInWorker(input: RenderCertificatePdfTask, signal?: AbortSignal): Promise<Uint8Array> {
  return credentialWorkerPool().run<Uint8Array>("render-certificate-pdf", input, { signal }).catch((error: unknown) => Promise.reject(asAppError(error)));
}
