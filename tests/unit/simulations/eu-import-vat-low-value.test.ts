import { describe, expect, it } from "vitest";
import { euImportVatLowValue } from "@/domain/simulations/engines/eu-import-vat-low-value";
import type { EuImportVatParams } from "@/domain/simulations/engines/eu-import-vat-low-value";

const base: EuImportVatParams = {
  asOf: "2026-09-01",
  destination: "FI",
  channel: "own-webshop",
  sellerIossRegistered: true,
  goodsValueEur: 100,
  shippingEur: 10,
  units: 5,
  tariffLines: 2,
};

const solve = (overrides: Partial<EuImportVatParams>) => euImportVatLowValue.solve({ ...base, ...overrides }).answer;

describe("EU import VAT on a low-value consignment", () => {
  it("charges the destination rate at checkout under the seller's IOSS, duty outside the VAT base", () => {
    expect(solve({})).toEqual({ collector: "seller-at-checkout", vatRate: 25.5, vatAmountEur: 28.05, customsDutyEur: 6 });
  });

  it("makes the marketplace collect as deemed supplier whatever the seller's IOSS status", () => {
    expect(solve({ channel: "marketplace", sellerIossRegistered: false }).collector).toBe("marketplace-at-checkout");
  });

  it("puts the customs duty into the import VAT base when the carrier collects", () => {
    expect(solve({ sellerIossRegistered: false })).toMatchObject({ collector: "carrier-from-consumer", vatAmountEur: 29.58 });
  });

  it("answers as of the date: Finland's 24% before 1 September 2024 and no duty before July 2026", () => {
    expect(solve({ asOf: "2024-08-31" })).toMatchObject({ vatRate: 24, vatAmountEur: 26.4, customsDutyEur: 0 });
    expect(solve({ asOf: "2024-09-01" })).toMatchObject({ vatRate: 25.5, customsDutyEur: 0 });
    expect(solve({ asOf: "2026-06-30" }).customsDutyEur).toBe(0);
    expect(solve({ asOf: "2026-07-01" }).customsDutyEur).toBe(6);
  });

  it("uses each rate change in the dossier: Romania 21% from August 2025, Estonia 24% from July 2025, Slovakia 23% from 2025", () => {
    expect(solve({ destination: "RO", asOf: "2025-07-31" }).vatRate).toBe(19);
    expect(solve({ destination: "RO", asOf: "2025-08-01" }).vatRate).toBe(21);
    expect(solve({ destination: "EE", asOf: "2025-07-01" }).vatRate).toBe(24);
    expect(solve({ destination: "SK", asOf: "2025-01-01" }).vatRate).toBe(23);
    expect(solve({ destination: "LU", asOf: "2023-06-01" }).vatRate).toBe(16);
  });

  it("cites the rate rule, the base rule and the rounding convention for the VAT amount", () => {
    const ids = euImportVatLowValue.solve(base).partRules.vatAmountEur!.map((rule) => rule.id);
    expect(ids).toEqual(["eu.vat.standard-rate.FI.2024-09-01", "eu.vat.distance-sale.taxable-amount", "borderless.rounding.half-up-to-cent"]);
  });

  it("rejects a consignment above the EUR 150 ceiling and dates before IOSS existed", () => {
    expect(euImportVatLowValue.paramsSchema.safeParse({ ...base, goodsValueEur: 150.01 }).success).toBe(false);
    expect(euImportVatLowValue.paramsSchema.safeParse({ ...base, asOf: "2021-06-30" }).success).toBe(false);
  });
});
