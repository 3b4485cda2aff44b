import { describe, expect, it } from "vitest";
import {
  productComplianceObligations as engine,
  type ProductComplianceParams,
} from "@/domain/simulations/engines/compliance/product-compliance-obligations";

const base: ProductComplianceParams = {
  asOf: "2025-03-17",
  sellerEstablishment: "outside-eu",
  targetMarkets: "DE-and-FR",
  productCategory: "aluminium-ladders",
  channel: "marketplace",
  annualImportTonnes: 38,
};
const solve = (overrides: Partial<ProductComplianceParams>) => engine.solve({ ...base, ...overrides }).answer;
const mistakeCodes = (overrides: Partial<ProductComplianceParams>) => {
  const params = { ...base, ...overrides };
  return engine.predictMistakes(params, engine.solve(params)).map((m) => m.code);
};

describe("product compliance obligations", () => {
  it("gives a Chinese ladder seller on a marketplace every packaging, GPSR and CBAM reporting duty in 2025", () => {
    expect(solve({})).toEqual({
      obligations: ["lucid-registration", "fr-epr-idu", "triman-label", "gpsr-responsible-person", "gpsr-listing-information", "cbam-quarterly-reports"],
      marketplaceChecks: ["verify-lucid-registration", "collect-idu-or-pay-eco-fees"],
      cbamHeadroomTonnes: 0,
    });
  });

  it("requires LUCID from a seller established outside Germany", () => {
    expect(solve({ targetMarkets: "DE", sellerEstablishment: "eu" }).obligations).toContain("lucid-registration");
    expect(mistakeCodes({ targetMarkets: "DE" })).toContain("lucid-only-for-german-sellers");
  });

  it("applies the GPSR from 2024-12-13 only, and asks a responsible person only of a non-EU seller", () => {
    expect(solve({ asOf: "2024-10-01", productCategory: "phone-cases" }).obligations).not.toContain("gpsr-listing-information");
    expect(mistakeCodes({ asOf: "2024-10-01", productCategory: "phone-cases" })).toContain("gpsr-before-2024-12-13");
    expect(solve({ productCategory: "phone-cases", sellerEstablishment: "eu" }).obligations).toEqual(["lucid-registration", "fr-epr-idu", "triman-label", "gpsr-listing-information"]);
  });

  it("keeps Triman off B2B packaging and off goods sold only in Germany", () => {
    expect(solve({ productCategory: "machine-steel-bolts", targetMarkets: "FR", asOf: "2025-03-17" }).obligations).toEqual(["cbam-quarterly-reports"]);
    expect(mistakeCodes({ productCategory: "machine-steel-bolts", targetMarkets: "FR" })).toContain("triman-for-b2b");
    expect(solve({ productCategory: "ceramic-mugs", targetMarkets: "DE" }).obligations).not.toContain("triman-label");
  });

  it("requires Triman on fresh stock from 2022-09-09 (older stock sold until 2023-03-09)", () => {
    expect(solve({ asOf: "2022-04-20", productCategory: "ceramic-mugs", targetMarkets: "FR" }).obligations).toEqual(["fr-epr-idu"]);
    expect(solve({ asOf: "2022-11-14", productCategory: "ceramic-mugs", targetMarkets: "FR" }).obligations).toEqual(["fr-epr-idu", "triman-label"]);
  });

  it("extends LUCID and the marketplace check to B2B packaging on 2022-07-01", () => {
    const b2b = { productCategory: "machine-steel-bolts", targetMarkets: "DE" } as const;
    expect(solve({ ...b2b, asOf: "2022-06-30" })).toEqual({ obligations: ["none-of-these"], marketplaceChecks: ["none"], cbamHeadroomTonnes: 0 });
    expect(solve({ ...b2b, asOf: "2022-07-01" })).toMatchObject({ obligations: ["lucid-registration"], marketplaceChecks: ["verify-lucid-registration"] });
  });

  it("brings B2B packaging into French EPR on 2026-07-01", () => {
    const b2b = { productCategory: "aluminium-profiles", targetMarkets: "FR", sellerEstablishment: "eu", annualImportTonnes: 80 } as const;
    expect(solve({ ...b2b, asOf: "2026-06-30" })).toEqual({ obligations: ["cbam-authorised-declarant"], marketplaceChecks: ["none"], cbamHeadroomTonnes: 0 });
    expect(solve({ ...b2b, asOf: "2026-07-01" })).toEqual({ obligations: ["fr-epr-idu", "cbam-authorised-declarant"], marketplaceChecks: ["collect-idu-or-pay-eco-fees"], cbamHeadroomTonnes: 0 });
  });

  it("switches CBAM from quarterly reports to the 50 t test on 2026-01-01", () => {
    const screws = { productCategory: "diy-steel-screws", targetMarkets: "DE", sellerEstablishment: "eu" } as const;
    expect(solve({ ...screws, asOf: "2023-09-30" }).obligations).not.toContain("cbam-quarterly-reports");
    expect(solve({ ...screws, asOf: "2023-10-01" }).obligations).toContain("cbam-quarterly-reports");
    expect(solve({ ...screws, asOf: "2025-12-31", annualImportTonnes: 20 }).cbamHeadroomTonnes).toBe(0);
    expect(solve({ ...screws, asOf: "2026-01-01", annualImportTonnes: 20 })).toMatchObject({ obligations: ["lucid-registration", "gpsr-listing-information"], cbamHeadroomTonnes: 30 });
    expect(solve({ ...screws, asOf: "2026-01-01", annualImportTonnes: 50 })).toMatchObject({ obligations: ["lucid-registration", "gpsr-listing-information"], cbamHeadroomTonnes: 0 });
    expect(solve({ ...screws, asOf: "2026-01-01", annualImportTonnes: 50.5 }).obligations).toContain("cbam-authorised-declarant");
    expect(mistakeCodes({ ...screws, asOf: "2026-01-01", annualImportTonnes: 20 })).toContain("cbam-150-eur-de-minimis");
  });

  it("leaves goods outside Annex I out of CBAM", () => {
    expect(solve({ productCategory: "phone-cases", asOf: "2026-07-15", annualImportTonnes: 90 })).toMatchObject({ cbamHeadroomTonnes: 0 });
    expect(solve({ productCategory: "phone-cases", asOf: "2026-07-15" }).obligations).not.toContain("cbam-authorised-declarant");
  });

  it("gives an own webshop no marketplace duty", () => {
    expect(solve({ channel: "own-shop" }).marketplaceChecks).toEqual(["none"]);
  });

  it("rejects dates before 2022-01-01 and answers after 2026", () => {
    expect(engine.paramsSchema.safeParse({ ...base, asOf: "2021-12-31" }).success).toBe(false);
    expect(engine.paramsSchema.safeParse({ ...base, asOf: "2027-01-01" }).success).toBe(true);
  });
});
