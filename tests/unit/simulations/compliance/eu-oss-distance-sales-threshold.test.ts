import { describe, expect, it } from "vitest";
import { euOssDistanceSalesThreshold as engine, type OssThresholdParams } from "@/domain/simulations/engines/compliance/eu-oss-distance-sales-threshold";

const base: OssThresholdParams = {
  asOf: "2025-09-01",
  sellerCountry: "DE",
  customerCountry: "RO",
  previousYearEur: 8900,
  currentYearBeforeSaleEur: 9720,
  saleEur: 410.5,
  optedIn: false,
};
const solve = (overrides: Partial<OssThresholdParams>) => engine.solve({ ...base, ...overrides }).answer;

describe("EU-wide EUR 10,000 distance-sales threshold (Art. 59c)", () => {
  it("taxes the sale that takes the total above EUR 10,000 at destination, that sale included", () => {
    expect(solve({})).toEqual({ placeOfSupply: "customer-country", yearTotalEur: 10130.5, vatRate: 21, vatAmountEur: 86.21, declaredOn: "oss-return" });
  });

  it("keeps home VAT when the running total reaches exactly EUR 10,000 (not exceeded)", () => {
    expect(solve({ currentYearBeforeSaleEur: 9589.5 })).toMatchObject({ placeOfSupply: "seller-country", yearTotalEur: 10000, vatRate: 19, declaredOn: "domestic-return" });
    expect(solve({ currentYearBeforeSaleEur: 9589.51 }).placeOfSupply).toBe("customer-country");
  });

  it("looks at the previous calendar year as well: above EUR 10,000 last year means destination VAT from the first sale", () => {
    expect(solve({ previousYearEur: 10000.01, currentYearBeforeSaleEur: 0 }).placeOfSupply).toBe("customer-country");
    expect(solve({ previousYearEur: 10000, currentYearBeforeSaleEur: 0 }).placeOfSupply).toBe("seller-country");
  });

  it("applies destination VAT below the threshold when the seller opted in", () => {
    expect(solve({ currentYearBeforeSaleEur: 1200, optedIn: true }).placeOfSupply).toBe("customer-country");
  });

  it("uses the taxing country's rate as of the date of sale (Romania 19% until 31 July 2025)", () => {
    expect(solve({ asOf: "2025-07-31" }).vatRate).toBe(19);
    expect(solve({ asOf: "2025-08-01" }).vatRate).toBe(21);
  });

  it("names the misconception of taxing from the next sale", () => {
    const solution = engine.solve(base);
    const mistakes = engine.predictMistakes(base, solution);
    expect(mistakes).toContainEqual({ part: "placeOfSupply", code: "threshold-from-next-sale", value: "seller-country" });
    expect(mistakes).toContainEqual({ part: "vatRate", code: "home-rate-used", value: 19 });
  });

  it("rejects same-country sales and dates outside the modelled period", () => {
    expect(engine.paramsSchema.safeParse({ ...base, customerCountry: "DE" }).success).toBe(false);
    expect(engine.paramsSchema.safeParse({ ...base, asOf: "2027-01-01" }).success).toBe(true);
    expect(engine.paramsSchema.safeParse({ ...base, asOf: "2021-06-30" }).success).toBe(false);
  });
});
