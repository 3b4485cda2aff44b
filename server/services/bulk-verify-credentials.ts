import "server-only";
import { formatBulkResultsCsv, parseBulkIds, type BulkResultRow } from "@/domain/certificates/bulk-verification-csv";
import { AppError } from "../errors";
import { getPublicCredentials, standingReason } from "./get-public-credential";

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Verifies every certificate id in a CSV and returns the results as CSV (one row per id line, in
 * the order given). Public, like the verify page: it reveals only what /verify/<id> shows. All
 * ids are read in one query and each distinct id is judged once, from its stored proof outcomes.
 */
export async function bulkVerifyCredentials(csv: string, now = new Date()): Promise<{ csv: string; rows: BulkResultRow[] }> {
  const parsed = parseBulkIds(csv);
  if (parsed.tooMany) throw new AppError("TOO_LARGE", { key: "errors.tooManyIds", params: { limit: parsed.limit } });
  const ids = parsed.rows;
  if (ids.length === 0) throw new AppError("VALIDATION", "errors.noIdsInFile");
  const found = await getPublicCredentials(ids.filter((row) => !row.error).map((row) => row.id), now);
  const empty = { holder: "", track: "", issued: "", validUntil: "" };
  const rows: BulkResultRow[] = ids.map(({ id, error }) => {
    if (error) return { id, status: "error", ...empty, reason: error };
    const credential = found.get(id);
    if (!credential) return { id, status: "not-found", ...empty, reason: "No certificate with this id" };
    return {
      id,
      status: credential.standing,
      holder: credential.record.user.name,
      track: credential.track?.title.en ?? credential.record.trackId,
      issued: day(credential.record.issuedAt),
      validUntil: day(credential.record.validUntil),
      reason: standingReason(credential.standing, {
        revocationReason: credential.record.revocationReason,
        renewedBy: credential.record.renewedBy?.publicId ?? null,
        currency: credential.currency,
        verification: credential.verification,
      }),
    };
  });
  return { csv: formatBulkResultsCsv(rows), rows };
}
