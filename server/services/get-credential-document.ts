import "server-only";
import { createHash } from "node:crypto";
import { serializeCredential } from "../certificates/credential-bytes";
import { prisma } from "../db";
import { AppError } from "../errors";
import { PUBLIC_ID_PATTERN, readForVerifier } from "./get-public-credential";

export type CredentialDocumentBytes = { publicId: string; bytes: string; etag: string };

// A signed document never changes after issuance, so its bytes may be kept; the short lifetime
// only bounds how long a deleted account's certificate (the one way a row goes away) stays served.
const KEEP_MS = 60_000;
const MAX_KEPT = 2_000;
const kept = new Map<string, CredentialDocumentBytes & { until: number }>();

/**
 * The signed credential exactly as issued, as served by GET /api/credentials/<id>: a lookup by the
 * indexed public id, no verification (the verify page and API judge its standing).
 */
export async function getCredentialDocument(publicId: string, now = Date.now()): Promise<CredentialDocumentBytes> {
  if (!PUBLIC_ID_PATTERN.test(publicId)) throw new AppError("NOT_FOUND", { key: "errors.noCertificateWithId", params: { id: publicId } });
  const hit = kept.get(publicId);
  if (hit && hit.until > now) return hit;
  const row = await readForVerifier(async () => (await prisma()).credential.findUnique({ where: { publicId }, select: { publicId: true, document: true } }));
  if (!row) throw new AppError("NOT_FOUND", { key: "errors.noCertificateWithId", params: { id: publicId } });
  const bytes = serializeCredential(row.document);
  const entry = { publicId, bytes, etag: `"${createHash("sha256").update(bytes).digest("base64url")}"`, until: now + KEEP_MS };
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(publicId, entry);
  return entry;
}
