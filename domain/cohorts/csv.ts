/**
 * CSV reading and writing (RFC 4180) through csv-parse and csv-stringify, with this project's
 * choices in one place. Pure: no I/O.
 *
 * Writing is safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'` so it is shown as text and never evaluated as a formula
 * (OWASP "CSV injection"), except a bare token like a certificate id. Numbers are passed as numbers
 * and are not prefixed, so `-0.5` stays a number.
 */
import { CsvError, parse, type Options as ParseOptions } from "csv-parse/sync";
import { stringify, type Options as StringifyOptions } from "csv-stringify/sync";

import type { DomainMessage } from "../message";

export type CsvCell = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;
// A certificate id (8-64 letters, digits, `_` and `-`; one in 64 starts with a minus, e.g.
// "-_SWC6jsvZaXuL0y") cannot call a function or reach outside the sheet: it is left as it is, so
// ids round-trip. Shorter values such as "-1" are still prefixed.
const INERT_TOKEN = /^-[A-Za-z0-9_-]{7,63}$/;
const defused = (value: string) => (FORMULA_START.test(value) && !INERT_TOKEN.test(value) ? `'${value}` : value);

const WRITE_OPTIONS: StringifyOptions = {
  record_delimiter: "windows",
  // csv-stringify quotes only the record delimiter (CRLF) by itself; a lone LF or CR must be quoted too.
  quoted_match: /[\r\n]/,
  cast: {
    boolean: (value) => (value ? "true" : "false"),
    number: (value) => (Number.isFinite(value) ? String(value) : ""),
    date: (value) => value.toISOString(),
    string: defused,
  },
};

/** One cell as CSV text: formula-neutralised, then quoted if it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  return stringify([[value]], { ...WRITE_OPTIONS, eof: false });
}

/** Rows as CSV text with CRLF line ends (RFC 4180), without a BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows as CsvCell[][], WRITE_OPTIONS);
}

/**
 * How uploads are read: a leading UTF-8 BOM dropped, CRLF, LF or CR line ends (mixed too),
 * rows of any length (the caller reports a wrong count), a stray quote inside an unquoted cell
 * kept as text, empty lines skipped.
 */
const READ_OPTIONS: ParseOptions = {
  bom: true,
  record_delimiter: ["\r\n", "\n", "\r"],
  relax_column_count: true,
  relax_quotes: true,
  skip_empty_lines: true,
};

export type CsvRecord = { cells: string[]; line: number };
export type CsvReadResult = { records: CsvRecord[]; unclosedQuoteLine?: number };

/**
 * Reads CSV records with the line each starts on (a quoted line break makes a record span lines).
 * `onRecord` sees each record as it is read and may throw to stop reading (the error propagates). An
 * unterminated quote ends the records read so far and reports the line its record starts on.
 */
export function readCsvRecords(input: string, onRecord?: (record: CsvRecord, index: number) => void): CsvReadResult {
  const records: CsvRecord[] = [];
  let endLine = 0;
  let emptyLines = 0;
  const nextRecordLine = (skipped: number) => endLine + 1 + (skipped - emptyLines);
  try {
    parse(input, {
      ...READ_OPTIONS,
      on_record: (cells: string[], context) => {
        const record = { cells, line: nextRecordLine(context.empty_lines) };
        endLine = context.lines;
        emptyLines = context.empty_lines;
        onRecord?.(record, records.length);
        records.push(record);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") {
      return { records, unclosedQuoteLine: firstNonEmptyLineAfter(input, endLine) };
    }
    throw error;
  }
  return { records };
}

/** The first non-empty line after `line` (1-based): where csv-parse, skipping empty lines, started the next record. */
function firstNonEmptyLineAfter(input: string, line: number): number {
  const lines = input.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let index = line;
  while (index < lines.length - 1 && lines[index] === "") index++;
  return index + 1;
}

export type CsvParseResult = { rows: string[][] } | { error: DomainMessage };

/**
 * Parses CSV text into rows of cells. Accepts CRLF or LF line ends, a leading UTF-8 BOM, quoted
 * cells with `""` escapes and line breaks inside quotes. Blank lines (and rows of blank cells) are
 * dropped. An unterminated quote is an error (naming the line where its row starts), because
 * guessing could import the wrong people.
 */
export function parseCsv(input: string): CsvParseResult {
  const { records, unclosedQuoteLine } = readCsvRecords(input);
  if (unclosedQuoteLine !== undefined) return { error: { key: "errors.csvUnclosedQuote", params: { line: unclosedQuoteLine } } };
  return { rows: records.map((record) => record.cells).filter((cells) => cells.some((value) => value.trim() !== "")) };
}
