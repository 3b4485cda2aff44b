import { describe, expect, it } from "vitest";
import { csvCell, parseCsv, toCsv } from "@/domain/cohorts/csv";
import { english } from "../i18n/english";

describe("CSV writing", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Wei, "Lin"')).toBe('"Wei, ""Lin"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("lone\rreturn")).toBe('"lone\rreturn"');
    expect(toCsv([["a", 1, null], ["b", true, undefined]])).toBe("a,1,\r\nb,true,\r\n");
    expect(toCsv([[new Date(Date.UTC(2025, 2, 1)), false]])).toBe("2025-03-01T00:00:00.000Z,false\r\n");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const value of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rx"]) {
      expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
    }
    expect(csvCell("=1,2")).toBe(`"'=1,2"`);
  });

  it("leaves a certificate id that starts with a minus as it is (1 id in 64 does), so it round-trips", () => {
    expect(csvCell("-_SWC6jsvZaXuL0y")).toBe("-_SWC6jsvZaXuL0y");
    for (const value of ["-A1+1", "-cmd|' /C calc'!A0", "-(1)"]) expect(csvCell(value).replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("leaves real numbers alone, negative ones included", () => {
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("round-trips through the parser", () => {
    const rows = [["name", "note"], ["Lin, Wei", 'said "hi"\nthen left']];
    expect(parseCsv(toCsv(rows))).toEqual({ rows });
  });
});

describe("CSV reading", () => {
  it("accepts a BOM, CRLF, LF and blank lines", () => {
    expect(parseCsv("\uFEFFa,b\r\n1,2\n\n3,4")).toEqual({ rows: [["a", "b"], ["1", "2"], ["3", "4"]] });
  });

  it("keeps a line break inside a quoted cell, with CRLF or LF", () => {
    expect(parseCsv('email,name\r\nlin@example.com,"Lin\r\nWei"\r\nwang@example.com,Wang\n')).toEqual({
      rows: [["email", "name"], ["lin@example.com", "Lin\r\nWei"], ["wang@example.com", "Wang"]],
    });
  });

  it("drops only a leading BOM, and keeps a quote inside an unquoted cell as text", () => {
    expect(parseCsv("\uFEFFemail,name\nlin@example.com,O\"Neil\uFEFF\n")).toEqual({ rows: [["email", "name"], ["lin@example.com", 'O"Neil\uFEFF']] });
  });

  it("drops rows of blank cells", () => {
    expect(parseCsv("a,b\n , \n,\n1,2")).toEqual({ rows: [["a", "b"], ["1", "2"]] });
  });

  it("refuses an unterminated quote and names its line", () => {
    const parsed = parseCsv('a,b\n"open,2\n3,4');
    expect("error" in parsed && english(parsed.error)).toBe("A quoted cell that starts on line 2 is never closed.");
    const later = parseCsv('a,b\n"two\nlines",2\n\n\n"open,2\n3,4');
    expect("error" in later && english(later.error)).toBe("A quoted cell that starts on line 6 is never closed.");
  });
});
