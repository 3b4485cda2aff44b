/**
 * CSV in and out for bulk verification: a list of certificate ids in, one result row per id out.
 * Rows are validated one by one: a bad id becomes an "error" row, never a failed upload.
 */

/** Most ids accepted in one upload. */
export const MAX_BULK_IDS = 1000;
const PUBLIC_ID = /^[A-Za-z0-9_-]{8,64}$/;
const HEADER_NAMES = new Set(["id", "publicid", "public_id", "certificate", "certificate id", "credential", "credential id"]);

export type BulkIdRow = { line: number; id: string; error?: string };

/** Splits one CSV line into fields (RFC 4180 quoting: "a, b" and doubled "" inside quotes). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") fields.push(field), (field = "");
    else field += char;
  }
  fields.push(field);
  return fields;
}

export type BulkIds = { rows: BulkIdRow[]; tooMany: false } | { tooMany: true; limit: number };

/**
 * Reads ids from the first column of a CSV (or a plain list, one per line). A first row that is a
 * header ("id", "publicId", …) is skipped; blank lines are ignored; a verify URL
 * (…/verify/<id>) is accepted for its id. More than MAX_BULK_IDS rows is refused as a whole
 * (reading stops at the first row over), so a huge list costs no more than the limit.
 */
export function parseBulkIds(text: string): BulkIds {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const rows: BulkIdRow[] = [];
  for (const [index, raw] of lines.entries()) {
    const cell = (splitCsvLine(raw)[0] ?? "").trim();
    if (cell === "") continue;
    if (rows.length === 0 && HEADER_NAMES.has(cell.toLowerCase())) continue;
    if (rows.length === MAX_BULK_IDS) return { tooMany: true, limit: MAX_BULK_IDS };
    const line = index + 1;
    const id = cell.match(/\/verify\/([^/?#\s]+)\/?$/)?.[1] ?? cell;
    rows.push(PUBLIC_ID.test(id) ? { line, id } : { line, id: id.slice(0, 80), error: "Not a certificate id (8-64 letters, digits, - or _)" });
  }
  return { rows, tooMany: false };
}

export const BULK_RESULT_COLUMNS = ["id", "status", "holder", "track", "issued", "validUntil", "reason"] as const;
export type BulkResultRow = Record<(typeof BULK_RESULT_COLUMNS)[number], string>;

/**
 * Quotes a CSV field when needed, and defuses spreadsheet formulas: a field starting with = + - @
 * (or a tab/CR) gets a leading apostrophe so Excel shows it as text instead of running it.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The results CSV: a header row, then one row per id, CRLF line ends (RFC 4180). */
export function formatBulkResultsCsv(rows: readonly BulkResultRow[]): string {
  return [BULK_RESULT_COLUMNS.join(","), ...rows.map((row) => BULK_RESULT_COLUMNS.map((column) => csvField(row[column])).join(","))].join("\r\n") + "\r\n";
}
