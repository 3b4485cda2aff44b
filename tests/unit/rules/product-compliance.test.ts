import { describe, expect, it } from "vitest";
import { isInForce } from "@/domain/rules/rule";
import {
  DE_MARKETPLACE_REGISTRATION_CHECK,
  EU_CBAM_DEFINITIVE,
  EU_CBAM_GOODS,
  EU_CBAM_TRANSITIONAL,
  EU_GPSD_NO_LISTING_REQUIREMENT,
  EU_GPSR_ONLINE_LISTING,
  EU_GPSR_RESPONSIBLE_OPERATOR,
  FR_EPR_PRODUCER_IDU,
  FR_MARKETPLACE_IDU_COLLECTION,
  FR_PROFESSIONAL_PACKAGING_EPR,
  deLucidRegistrationRule,
  frTrimanRule,
} from "@/domain/rules/product-compliance";

describe("German packaging registration (VerpackG / LUCID) as of a date", () => {
  it("does not exist before 2019-01-01", () => {
    expect(() => deLucidRegistrationRule("2018-12-31")).toThrow(/No rule in force/);
  });

  it("covers household packaging from 2019-01-01 and all packaging from 2022-07-01", () => {
    expect(deLucidRegistrationRule("2019-01-01").value.packaging).toBe("household");
    expect(deLucidRegistrationRule("2022-06-30").value.packaging).toBe("household");
    expect(deLucidRegistrationRule("2022-07-01").value.packaging).toBe("all");
  });

  it("makes marketplaces check registration from 2022-07-01", () => {
    expect(isInForce(DE_MARKETPLACE_REGISTRATION_CHECK, "2022-06-30")).toBe(false);
    expect(isInForce(DE_MARKETPLACE_REGISTRATION_CHECK, "2022-07-01")).toBe(true);
  });
});

describe("French EPR (AGEC) as of a date", () => {
  it("requires the IDU and marketplace collection from 2022-01-01", () => {
    for (const rule of [FR_EPR_PRODUCER_IDU, FR_MARKETPLACE_IDU_COLLECTION]) {
      expect(isInForce(rule, "2021-12-31")).toBe(false);
      expect(isInForce(rule, "2022-01-01")).toBe(true);
    }
  });

  it("starts professional-packaging EPR on its operational date, 2026-07-01", () => {
    expect(isInForce(FR_PROFESSIONAL_PACKAGING_EPR, "2026-06-30")).toBe(false);
    expect(isInForce(FR_PROFESSIONAL_PACKAGING_EPR, "2026-07-01")).toBe(true);
  });

  it("lets stock made before 2022-09-09 go without Info-tri until 2023-03-09, then requires it on all", () => {
    expect(() => frTrimanRule("2021-12-31")).toThrow(/No rule in force/);
    expect(frTrimanRule("2022-01-01").value.stockMadeBeforeExempt).toBe("2022-09-09");
    expect(frTrimanRule("2023-03-09").value.stockMadeBeforeExempt).toBe("2022-09-09");
    expect(frTrimanRule("2023-03-10").value.stockMadeBeforeExempt).toBeNull();
  });
});

describe("EU product safety: GPSD to GPSR on 2024-12-13", () => {
  it("has no listing or EU-operator requirement up to 2024-12-12 and both from 2024-12-13", () => {
    expect(isInForce(EU_GPSD_NO_LISTING_REQUIREMENT, "2024-12-12")).toBe(true);
    expect(isInForce(EU_GPSD_NO_LISTING_REQUIREMENT, "2024-12-13")).toBe(false);
    for (const rule of [EU_GPSR_RESPONSIBLE_OPERATOR, EU_GPSR_ONLINE_LISTING]) {
      expect(isInForce(rule, "2024-12-12")).toBe(false);
      expect(isInForce(rule, "2024-12-13")).toBe(true);
    }
  });
});

describe("CBAM as of a date", () => {
  it("covers cement, iron and steel, aluminium, fertilisers, hydrogen and electricity", () => {
    expect([...EU_CBAM_GOODS.value].sort()).toEqual(["aluminium", "cement", "electricity", "fertilisers", "hydrogen", "iron-steel"]);
  });

  it("reports from 2023-10-01 to 2025-12-31 with the EUR 150 de minimis, then applies the 50 t test from 2026-01-01", () => {
    expect(isInForce(EU_CBAM_TRANSITIONAL, "2023-09-30")).toBe(false);
    expect(isInForce(EU_CBAM_TRANSITIONAL, "2023-10-01")).toBe(true);
    expect(isInForce(EU_CBAM_TRANSITIONAL, "2025-12-31")).toBe(true);
    expect(isInForce(EU_CBAM_TRANSITIONAL, "2026-01-01")).toBe(false);
    expect(EU_CBAM_TRANSITIONAL.value.deMinimisEurPerConsignment).toBe(150);
    expect(isInForce(EU_CBAM_DEFINITIVE, "2025-12-31")).toBe(false);
    expect(isInForce(EU_CBAM_DEFINITIVE, "2026-01-01")).toBe(true);
    expect(EU_CBAM_DEFINITIVE.value).toEqual({ thresholdTonnesPerYear: 50, outsideThreshold: ["hydrogen", "electricity"] });
  });
});
