import "server-only";
import type { VerificationResult } from "@/domain/credentials";
import { summarizeChecks } from "@/domain/credentials/verification-result";
import { issuerDid, issuerDidDocument, statusListUrl } from "../issuer";
import { currentRequestSignal } from "../request-signal";
import { assertCredentialWorkersAvailable, verifyCredentialInWorker, type VerifyCredentialTask } from "../workers/credential-tasks";
import { isWorkerPoolError } from "../workers/worker-pool";
import { signedStatusList } from "./status-list";

/** True when any credentialStatus entry of the (untrusted) credential points at `url`. */
function referencesStatusList(credential: unknown, url: string): boolean {
  if (typeof credential !== "object" || credential === null) return false;
  const status = (credential as { credentialStatus?: unknown }).credentialStatus;
  return [status]
    .flat()
    .some((entry) => typeof entry === "object" && entry !== null && (entry as { statusListCredential?: unknown }).statusListCredential === url);
}

/**
 * Verifies any credential with this deployment as the trust anchor: our own DID document and
 * status list are read locally; other issuers' cannot be fetched from here, so their credentials
 * come back "unverifiable", never "valid".
 *
 * The checks themselves (JSON-LD canonicalization, Ed25519) run on a worker thread so they never
 * block other requests; a full queue is AppError UNAVAILABLE (503, Retry-After). A route's
 * request that is aborted while waiting is dropped before it runs.
 */
export async function verifyCredentialDocument(credential: unknown, now = new Date()): Promise<VerificationResult> {
  // Refuse a full pool before reading the status list, not after.
  assertCredentialWorkersAvailable();
  const ownStatusList = statusListUrl();
  let statusList: VerifyCredentialTask["statusList"] = { error: "Not read: the credential does not use this deployment's status list" };
  if (referencesStatusList(credential, ownStatusList)) {
    try {
      statusList = { credential: await signedStatusList(now) };
    } catch (error) {
      statusList = { error: `Could not read status list ${ownStatusList}: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const task: VerifyCredentialTask = { credential, now: now.getTime(), issuerDid: issuerDid(), issuerDidDocument: issuerDidDocument(), statusListUrl: ownStatusList, statusList };
  try {
    return await verifyCredentialInWorker(task, currentRequestSignal());
  } catch (error) {
    // A credential that takes that long is hostile or broken: undecided, like any check that
    // could not complete, rather than a server error.
    if (isWorkerPoolError(error, "WorkerTimeoutError")) return summarizeChecks([{ check: "schema", ok: null, reason: `Verification could not complete: ${error.message}` }]);
    throw error;
  }
}
