import { describe, expect, it } from "vitest";
import { ukLowValueConsignment as engine, type UkLowValueParams } from "@/domain/simulations/engines/compliance/uk-low-value-consignment";

const base: UkLowValueParams = {
  asOf: "2026-03-10",
  channel: "own-webshop",
  buyer: "consumer",
  goodsType: "general",
  goodsValueGbp: 89.99,
  shippingGbp: 6.5,
  dutyRatePercent: 12,
  exciseDutyGbp: 14.2,
};
const solve = (overrides: Partial<UkLowValueParams>) => engine.solve({ ...base, ...overrides }).answer;

describe("UK GBP 135 model", () => {
  it("makes the overseas seller charge 20% supply VAT on price plus delivery, with no duty", () => {
    expect(solve({})).toEqual({ collector: "seller-at-point-of-sale", vatAmountGbp: 19.3, customsDutyGbp: 0 });
  });

  it("makes the marketplace liable when it facilitates the sale", () => {
    expect(solve({ channel: "marketplace" }).collector).toBe("omp-at-point-of-sale");
  });

  it("reverse-charges a B2B sale to a buyer that gives its VAT number, on a marketplace too", () => {
    expect(solve({ buyer: "vat-registered-business", channel: "marketplace" })).toMatchObject({ collector: "business-reverse-charge", vatAmountGbp: 19.3 });
  });

  it("applies to GBP 135.00 exactly and not to GBP 135.01; delivery does not count towards the threshold", () => {
    expect(solve({ goodsValueGbp: 135 }).collector).toBe("seller-at-point-of-sale");
    expect(solve({ goodsValueGbp: 135.01, shippingGbp: 5, dutyRatePercent: 4 })).toEqual({
      collector: "importer-at-border",
      customsDutyGbp: 5.6, // 4% x 140.01 = 5.6004
      vatAmountGbp: 29.12, // 20% x (140.01 + 5.60) = 29.122
    });
  });

  it("excludes excise goods: duty and excise at the border, both in the import VAT base", () => {
    expect(solve({ goodsType: "excise", goodsValueGbp: 60, shippingGbp: 10, dutyRatePercent: 8, exciseDutyGbp: 12.5 })).toEqual({
      collector: "importer-at-border",
      customsDutyGbp: 5.6,
      vatAmountGbp: 17.62,
    });
  });

  it("rejects dates before the model started", () => {
    expect(engine.paramsSchema.safeParse({ ...base, asOf: "2020-12-31" }).success).toBe(false);
  });
});
