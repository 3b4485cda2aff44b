import { describe, expect, it } from "vitest";
import { landedCostPricing, type LandedCostPricingParams } from "@/domain/simulations/engines/growth/landed-cost-pricing";

const base: LandedCostPricingParams = {
  asOf: "2026-11-24", destination: "DE", goodsValueUsd: 10000, freightUsd: 1000, insuranceUsd: 50, fxRate: 0.9,
  dutyRatePercent: 8, feesLocal: 120, units: 500, importerVatRegistered: true, targetMarginPercent: 40,
};

describe("landed-cost pricing case", () => {
  it("keys the worked German batch", () => {
    expect(landedCostPricing.solve(base).answer).toEqual({ customsValue: 9945, dutyAmount: 795.6, importVat: 2040.71, landedCostPerUnit: 21.72, netPricePerUnit: 36.2 });
  });

  it("predicts margin-as-markup and the wrong valuation basis", () => {
    const mistakes = landedCostPricing.predictMistakes(base, landedCostPricing.solve(base));
    expect(mistakes).toContainEqual({ part: "netPricePerUnit", code: "margin-as-markup", value: 30.41 });
    expect(mistakes).toContainEqual({ part: "customsValue", code: "fob-basis-in-cif-market", value: 9000 });
    expect(mistakes).toContainEqual({ part: "landedCostPerUnit", code: "import-vat-as-cost", value: 25.8 });
  });

  it("cites the valuation basis and the margin definition", () => {
    const rules = landedCostPricing.solve({ ...base, destination: "US" }).partRules;
    expect(rules.customsValue!.map((rule) => rule.id)).toContain("us.customs.value.fob");
    expect(rules.netPricePerUnit!.map((rule) => rule.id)).toContain("pricing.margin-on-price");
  });
});
