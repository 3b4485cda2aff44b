import { describe, expect, it } from "vitest";
import { computeLandedCost, markupForMargin, priceForMargin, priceForMarkup, valuationBasis, type LandedCostInput } from "@/domain/rules/landed-cost";
import { NoRuleInForceError } from "@/domain/rules/rule";

const batch: LandedCostInput = {
  asOf: "2026-11-24",
  destination: "DE",
  goodsValueUsd: 10000,
  freightUsd: 1000,
  insuranceUsd: 50,
  fxRate: 0.9,
  dutyRatePercent: 8,
  feesLocal: 120,
  units: 500,
  importerVatRegistered: true,
};

describe("landed cost", () => {
  it("values EU imports CIF, puts the duty into the import VAT base and leaves deductible VAT out of cost", () => {
    expect(computeLandedCost(batch)).toMatchObject({ goods: 9000, freight: 900, insurance: 45, customsValue: 9945, duty: 795.6, importVat: 2040.71, vatInCost: 0, total: 10860.6, perUnit: 21.72 });
  });

  it("values US imports FOB with no import VAT, but freight and insurance stay in the cost", () => {
    expect(computeLandedCost({ ...batch, destination: "US" })).toMatchObject({ customsValue: 10000, duty: 800, importVat: 0, total: 11970, perUnit: 23.94 });
    expect(valuationBasis("US").id).toBe("us.customs.value.fob");
    expect(valuationBasis("UK").value).toBe("cif");
  });

  it("values UK imports CIF at 20% VAT", () => {
    expect(computeLandedCost({ ...batch, destination: "UK", fxRate: 0.78 })).toMatchObject({ customsValue: 8619, duty: 689.52, importVat: 1861.7, vatRatePercent: 20 });
  });

  it("counts import VAT as cost for an importer that cannot deduct it, at the rate on the date", () => {
    const finland = { ...batch, destination: "FI", goodsValueUsd: 5000, freightUsd: 600, insuranceUsd: 25, fxRate: 0.92, dutyRatePercent: 12, feesLocal: 80, units: 200, importerVatRegistered: false } as const;
    expect(computeLandedCost({ ...finland, asOf: "2024-06-01" })).toMatchObject({ customsValue: 5175, duty: 621, importVat: 1391.04, vatInCost: 1391.04, perUnit: 36.34 });
    expect(computeLandedCost({ ...finland, asOf: "2024-09-01" })).toMatchObject({ vatRatePercent: 25.5, importVat: 1477.98 });
  });

  it("rounds each converted line to the cent before adding", () => {
    // 0.005 x 3 lines would drift if summed unrounded; each line is rounded half up first.
    expect(computeLandedCost({ ...batch, goodsValueUsd: 1000.01, freightUsd: 100.01, insuranceUsd: 10.01, fxRate: 0.5 })).toMatchObject({ goods: 500.01, freight: 50.01, insurance: 5.01, customsValue: 555.03 });
  });

  it("refuses a date with no VAT rate in force", () => {
    expect(() => computeLandedCost({ ...batch, asOf: "1990-01-01" })).toThrow(NoRuleInForceError);
  });
});

describe("margin is not markup", () => {
  it("prices a 40% margin at cost / 0.6 and a 40% markup at cost x 1.4", () => {
    expect(priceForMargin(21.72, 40)).toBe(36.2);
    expect(priceForMarkup(21.72, 40)).toBe(30.41);
  });

  it("converts a margin to the equivalent markup", () => {
    expect(markupForMargin(40)).toBeCloseTo(66.6667, 4);
    expect(markupForMargin(50)).toBe(100);
  });

  it("rejects a margin of 100% or more", () => {
    expect(() => priceForMargin(10, 100)).toThrow(RangeError);
  });
});
