import { describe, expect, it } from "vitest";
import { formatBulkResultsCsv, MAX_BULK_IDS, parseBulkIds, type BulkResultRow } from "@/domain/certificates/bulk-verification-csv";

const rowsOf = (text: string) => {
  const parsed = parseBulkIds(text);
  if (parsed.tooMany) throw new Error("unexpected tooMany");
  return parsed.rows;
};

describe("parseBulkIds", () => {
  it("reads the first column, skips a header and blank lines, and takes the id out of a verify URL", () => {
    expect(rowsOf('id,note\r\nabcdefgh1,x\r\n\r\n"https://example.com/verify/abcdefgh2/",y\nbad id!\n')).toEqual([
      { line: 2, id: "abcdefgh1" },
      { line: 4, id: "abcdefgh2" },
      { line: 5, id: "bad id!", error: "Not a certificate id (8-64 letters, digits, - or _)" },
    ]);
  });

  it("keeps a quoted line break inside its row, and numbers the rows after it by their own lines", () => {
    // The old line splitter read `still a note"` as an id of its own.
    expect(rowsOf('id,note\nabcdefgh1,"first line\nstill a note"\nabcdefgh2,plain\n')).toEqual([
      { line: 2, id: "abcdefgh1" },
      { line: 4, id: "abcdefgh2" },
    ]);
  });

  it("drops a leading BOM, so the header is still recognised", () => {
    expect(rowsOf("\uFEFFid\r\nabcdefgh1\r\n")).toEqual([{ line: 2, id: "abcdefgh1" }]);
  });

  it("makes a never-closed quote an error row for its line and reads on", () => {
    expect(rowsOf('abcdefgh1\n"abcdefgh2\nabcdefgh3\n')).toEqual([
      { line: 1, id: "abcdefgh1" },
      { line: 2, id: '"abcdefgh2', error: "A quote opened on this line is never closed" },
      { line: 3, id: "abcdefgh3" },
    ]);
  });

  it("stops recovering after ten never-closed quotes, saying so", () => {
    // Every restart after a never-closed quote reads to the end again: each line here closes the
    // quote the line before opened and opens another, so from any line on the file is one
    // unfinished row. Without a bound the cost grows with the square of the file.
    const rows = rowsOf(['a,"b', ...Array.from({ length: 12 }, () => 'c",d,"e')].join("\n"));
    expect(rows).toHaveLength(10);
    expect(rows[9]).toMatchObject({ line: 10, error: expect.stringContaining("the lines after it were not read") });
  });

  it("accepts exactly MAX_BULK_IDS ids and refuses one more as a whole", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `abcdefgh${i}`).join("\n");
    expect(rowsOf(ids(MAX_BULK_IDS))).toHaveLength(MAX_BULK_IDS);
    expect(parseBulkIds(ids(MAX_BULK_IDS + 1))).toEqual({ tooMany: true, limit: MAX_BULK_IDS });
    expect(parseBulkIds(`${ids(MAX_BULK_IDS)}\n"never closed`)).toEqual({ tooMany: true, limit: MAX_BULK_IDS });
  });
});

describe("formatBulkResultsCsv", () => {
  it("writes a header and CRLF rows, quoting what needs it and defusing formulas", () => {
    const row: BulkResultRow = { id: "abcdefgh1", status: "valid", holder: '=HYPERLINK("x")', track: "EU VAT, OSS", issued: "2025-03-01", validUntil: "2027-03-01", reason: "two\nlines" };
    expect(formatBulkResultsCsv([row])).toBe(
      'id,status,holder,track,issued,validUntil,reason\r\nabcdefgh1,valid,"\'=HYPERLINK(""x"")","EU VAT, OSS",2025-03-01,2027-03-01,"two\nlines"\r\n',
    );
  });
});
