import { describe, expect, it } from "vitest";
import { piplExportMechanism as engine, type PiplExportParams } from "@/domain/simulations/engines/compliance/pipl-export-mechanism";

const base: PiplExportParams = {
  asOf: "2026-03-01",
  isCiio: false,
  hasImportantData: false,
  purpose: "group-crm-analytics",
  nonSensitiveIndividuals: 120_000,
  sensitiveIndividuals: 0,
};
const mechanism = (overrides: Partial<PiplExportParams>) => engine.solve({ ...base, ...overrides }).answer.mechanism;

describe("PIPL export mechanism (CAC Order No. 16)", () => {
  it("draws the non-sensitive tiers at 100,000 and 1,000,000 individuals", () => {
    expect(mechanism({ nonSensitiveIndividuals: 99_999 })).toBe("none");
    expect(mechanism({ nonSensitiveIndividuals: 100_000 })).toBe("standard-contract-or-certification");
    expect(mechanism({ nonSensitiveIndividuals: 999_999 })).toBe("standard-contract-or-certification");
    expect(mechanism({ nonSensitiveIndividuals: 1_000_000 })).toBe("security-assessment");
  });

  it("needs a contract for any sensitive PI and an assessment from 10,000 individuals", () => {
    expect(mechanism({ nonSensitiveIndividuals: 10, sensitiveIndividuals: 1 })).toBe("standard-contract-or-certification");
    expect(mechanism({ sensitiveIndividuals: 9_999 })).toBe("standard-contract-or-certification");
    expect(mechanism({ sensitiveIndividuals: 10_000 })).toBe("security-assessment");
  });

  it("exempts order fulfilment whatever the volume, but not important data", () => {
    expect(engine.solve({ ...base, purpose: "fulfil-cross-border-orders", nonSensitiveIndividuals: 5_000_000, sensitiveIndividuals: 50_000 }).answer).toEqual({
      mechanism: "none",
      filing: "none",
      documents: ["pipia"],
    });
    expect(mechanism({ purpose: "fulfil-cross-border-orders", hasImportantData: true })).toBe("security-assessment");
  });

  it("sends a CIIO to the security assessment at any volume", () => {
    expect(engine.solve({ ...base, isCiio: true, nonSensitiveIndividuals: 500 }).answer).toEqual({
      mechanism: "security-assessment",
      filing: "cac-assessment-application",
      documents: ["pipia", "self-assessment-report"],
    });
  });

  it("rejects dates before Order No. 16", () => {
    expect(engine.paramsSchema.safeParse({ ...base, asOf: "2024-03-21" }).success).toBe(false);
  });
});
