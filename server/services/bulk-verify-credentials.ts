import "server-only";
import { formatBulkResultsCsv, parseBulkIds, type BulkResultRow } from "@/domain/certificates/bulk-verification-csv";
import { AppError } from "../errors";
import { getPublicCredential, standingReason } from "./get-public-credential";

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Verifies every certificate id in a CSV and returns the results as CSV (one row per id, in the
 * order given). Public, like the verify page: it reveals only what /verify/<id> shows.
 */
export async function bulkVerifyCredentials(csv: string, now = new Date()): Promise<{ csv: string; rows: BulkResultRow[] }> {
  const ids = parseBulkIds(csv);
  if (ids.length === 0) throw new AppError("VALIDATION", "The file has no certificate ids: put one id per line, in the first column.");
  const rows: BulkResultRow[] = [];
  for (const { id, error } of ids) {
    const empty = { holder: "", track: "", issued: "", validUntil: "" };
    if (error) {
      rows.push({ id, status: "error", ...empty, reason: error });
      continue;
    }
    try {
      const found = await getPublicCredential(id, now);
      rows.push({
        id,
        status: found.standing,
        holder: found.record.user.name,
        track: found.track?.title.en ?? found.record.trackId,
        issued: day(found.record.issuedAt),
        validUntil: day(found.record.validUntil),
        reason: standingReason(found.standing, {
          revocationReason: found.record.revocationReason,
          renewedBy: found.record.renewedBy?.publicId ?? null,
          currency: found.currency,
          verification: found.verification,
        }),
      });
    } catch (caught) {
      if (!(caught instanceof AppError && caught.code === "NOT_FOUND")) throw caught;
      rows.push({ id, status: "not-found", ...empty, reason: "No certificate with this id" });
    }
  }
  return { csv: formatBulkResultsCsv(rows), rows };
}
