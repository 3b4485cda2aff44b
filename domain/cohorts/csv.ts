/**
 * CSV reading and writing (RFC 4180). Pure: no I/O.
 *
 * Writing is safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'` so it is shown as text and never evaluated as a formula
 * (OWASP "CSV injection"). Numbers are passed as numbers and are not prefixed, so `-0.5` stays a number.
 */

import type { DomainMessage } from "../message";

export type CsvCell = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: formula-neutralised, then quoted if it holds a comma, quote or line break. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends (RFC 4180), without a trailing BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export type CsvParseResult = { rows: string[][] } | { error: DomainMessage };

/**
 * Parses CSV text into rows of cells. Accepts CRLF or LF line ends, a leading UTF-8 BOM, quoted
 * cells with `""` escapes and line breaks inside quotes. Blank lines are dropped. An unterminated
 * quote is an error (naming the line where the quote opened), because guessing could import the
 * wrong people.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let quoteOpenedOn = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === "") {
      quoted = true;
      quoteOpenedOn = line;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      line++;
    } else cell += c;
  }
  if (quoted) return { error: { key: "errors.csvUnclosedQuote", params: { line: quoteOpenedOn } } };
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows: rows.filter((r) => r.some((value) => value.trim() !== "")) };
}
