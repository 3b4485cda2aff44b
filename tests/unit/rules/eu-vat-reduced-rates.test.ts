import { describe, expect, it } from "vitest";
import { EU_MEMBER_STATES } from "@/domain/rules/eu-member-states";
import { EU_VAT_REDUCED_RATE_RULES, euReducedVatRates } from "@/domain/rules/eu-vat-reduced-rates";

describe("EU reduced VAT rates as of a date", () => {
  it("has exactly one list in force for every Member State on every checked date", () => {
    for (const date of ["2021-07-01", "2023-07-21", "2024-01-01", "2025-08-01", "2026-01-01", "2026-11-24"]) {
      for (const state of EU_MEMBER_STATES) expect(() => euReducedVatRates(state, date)).not.toThrow();
    }
  });

  it("follows the dossier's change dates at their boundaries", () => {
    expect(euReducedVatRates("CZ", "2023-12-31").value).toEqual([15, 10]);
    expect(euReducedVatRates("CZ", "2024-01-01").value).toEqual([12]);
    expect(euReducedVatRates("RO", "2025-07-31").value).toEqual([9, 5]);
    expect(euReducedVatRates("RO", "2025-08-01").value).toEqual([11]);
    expect(euReducedVatRates("FI", "2025-12-31").value).toEqual([14, 10]);
    expect(euReducedVatRates("FI", "2026-01-01").value).toEqual([13.5, 10]);
    expect(euReducedVatRates("LT", "2026-01-01").value).toEqual([12, 5]);
    expect(euReducedVatRates("EE", "2025-01-01").value).toEqual([13, 9]);
    expect(euReducedVatRates("SK", "2025-01-01").value).toEqual([19, 5]);
    expect(euReducedVatRates("AT", "2026-06-30").value).toEqual([13, 10]);
    expect(euReducedVatRates("AT", "2026-07-01").value).toEqual([13, 10, 4.9]);
    expect(euReducedVatRates("CY", "2023-07-21").value).toEqual([9, 5, 3]);
    expect(euReducedVatRates("LU", "2023-06-01").value).toEqual([13, 7, 3]);
    expect(euReducedVatRates("LU", "2024-01-01").value).toEqual([14, 8, 3]);
    expect(euReducedVatRates("DK", "2026-11-24").value).toEqual([]);
  });

  it("cites a source on every rule", () => {
    for (const rule of EU_VAT_REDUCED_RATE_RULES) expect(rule.sources.length).toBeGreaterThan(0);
  });
});
