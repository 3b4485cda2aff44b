import "server-only";
import { buildStatusListCredential, createStatusList, MIN_STATUS_LIST_BITS, setStatus, signCredential } from "@/domain/credentials";
import { prisma } from "../db";
import { issuerDid, issuerSigner, statusListUrl } from "../issuer";

export const STATUS_LIST_LENGTH = MIN_STATUS_LIST_BITS;

let cache: { key: string; builtAt: number; credential: unknown } | undefined;
const REBUILD_AFTER_MS = 3600_000;

/**
 * The signed revocation list, rebuilt from the database when a revocation changed it. Bits are set
 * for revoked credentials only: expiry is read from validUntil, and "outdated" is shown by the
 * verify page, not encoded here.
 */
export async function signedStatusList(now = new Date()): Promise<unknown> {
  const db = await prisma();
  const revoked = await db.credential.findMany({ where: { revokedAt: { not: null } }, select: { statusIndex: true }, orderBy: { statusIndex: "asc" } });
  const key = revoked.map((r) => r.statusIndex).join(",");
  // Reuse only a list built at or before `now` (a list built "later" is not yet valid) and recently.
  const age = cache ? now.getTime() - cache.builtAt : -1;
  if (cache?.key === key && age >= 0 && age < REBUILD_AFTER_MS) return cache.credential;
  let list = createStatusList(STATUS_LIST_LENGTH);
  for (const { statusIndex } of revoked) list = setStatus(list, statusIndex, true);
  // Valid for a day: verifiers may cache a copy that long and must refetch after.
  const credential = await signCredential(
    buildStatusListCredential({ id: statusListUrl(), issuerDid: issuerDid(), list, validFrom: now, validUntil: new Date(now.getTime() + 24 * 3600_000) }),
    { signer: issuerSigner(), now },
  );
  cache = { key, builtAt: now.getTime(), credential };
  return credential;
}
