/**
 * CSV in and out for bulk verification: a list of certificate ids in, one result row per id out.
 * Rows are validated one by one: a bad id becomes an "error" row, never a failed upload.
 */
import { readCsvRecords, toCsv } from "../cohorts/csv";

/** Most ids accepted in one upload. */
export const MAX_BULK_IDS = 1000;
/**
 * Each unclosed quote makes the reader start again after its line, and reading to the end of the
 * file to find it is never closed costs a full pass: a bound keeps a hostile file linear.
 */
const MAX_UNCLOSED_QUOTES = 10;
const PUBLIC_ID = /^[A-Za-z0-9_-]{8,64}$/;
const HEADER_NAMES = new Set(["id", "publicid", "public_id", "certificate", "certificate id", "credential", "credential id"]);

export type BulkIdRow = { line: number; id: string; error?: string };

/** Thrown on the id after the last allowed one, to stop reading there. */
class TooManyIds extends Error {}

export type BulkIds = { rows: BulkIdRow[]; tooMany: false } | { tooMany: true; limit: number };

/**
 * Reads ids from the first column of a CSV (or a plain list, one per line). A first row that is a
 * header ("id", "publicId", …) is skipped; blank lines are ignored; a verify URL
 * (…/verify/<id>) is accepted for its id; a quoted cell may hold a line break (the row keeps the
 * line it starts on). More than MAX_BULK_IDS rows is refused as a whole (reading stops at the
 * first row over), so a huge list costs no more than the limit. A quote never closed makes its
 * line an error row and reading goes on with the next line, so a stray quote loses no other id
 * (up to MAX_UNCLOSED_QUOTES of them).
 */
export function parseBulkIds(text: string): BulkIds {
  const rows: BulkIdRow[] = [];
  const add = (row: BulkIdRow) => {
    if (rows.length === MAX_BULK_IDS) throw new TooManyIds();
    rows.push(row);
  };
  let rest = text.replace(/^\uFEFF/, "");
  let linesBefore = 0;
  let unclosedQuotes = 0;
  try {
    for (;;) {
      const { unclosedQuoteLine } = readCsvRecords(rest, ({ cells, line }) => {
        const cell = (cells[0] ?? "").trim();
        if (cell === "") return;
        if (rows.length === 0 && HEADER_NAMES.has(cell.toLowerCase())) return;
        const id = cell.match(/\/verify\/([^/?#\s]+)\/?$/)?.[1] ?? cell;
        add(PUBLIC_ID.test(id) ? { line: linesBefore + line, id } : { line: linesBefore + line, id: id.slice(0, 80), error: "Not a certificate id (8-64 letters, digits, - or _)" });
      });
      if (unclosedQuoteLine === undefined) break;
      const [badLine, after] = splitAfterLine(rest, unclosedQuoteLine);
      unclosedQuotes++;
      const giveUp = unclosedQuotes === MAX_UNCLOSED_QUOTES && after.trim() !== "";
      add({
        line: linesBefore + unclosedQuoteLine,
        id: badLine.trim().slice(0, 80),
        error: giveUp ? "A quote opened on this line is never closed; too many such lines, so the lines after it were not read" : "A quote opened on this line is never closed",
      });
      if (giveUp) break;
      linesBefore += unclosedQuoteLine;
      rest = after;
    }
  } catch (error) {
    if (error instanceof TooManyIds) return { tooMany: true, limit: MAX_BULK_IDS };
    throw error;
  }
  return { rows, tooMany: false };
}

/** Line `line` (1-based) of `text`, and the text after it. */
function splitAfterLine(text: string, line: number): [string, string] {
  const lineBreak = /\r\n|\n|\r/g;
  let start = 0;
  for (let n = 1; n < line && lineBreak.exec(text); n++) start = lineBreak.lastIndex;
  const end = lineBreak.exec(text);
  return end ? [text.slice(start, end.index), text.slice(lineBreak.lastIndex)] : [text.slice(start), ""];
}

export const BULK_RESULT_COLUMNS = ["id", "status", "holder", "track", "issued", "validUntil", "reason"] as const;
export type BulkResultRow = Record<(typeof BULK_RESULT_COLUMNS)[number], string>;

/** The results CSV: a header row, then one row per id, CRLF line ends (RFC 4180), formulas defused. */
export function formatBulkResultsCsv(rows: readonly BulkResultRow[]): string {
  return toCsv([[...BULK_RESULT_COLUMNS], ...rows.map((row) => BULK_RESULT_COLUMNS.map((column) => row[column]))]);
}
